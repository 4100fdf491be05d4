"""'You Said, We Did': drafted, approved, then published for staff and for families."""

from pathlib import Path

import pytest
from django.urls import reverse
from wagtail.models import Page

from councils.tenancy import council_scope
from review.models import CycleReport, FamilyYouSaidWeDidPage, YouSaidWeDidPage
from tests.factories import council
from tests.forms_app.conftest import form_token

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _as_tower_hamlets(db):
    """Cycles and reports belong to a council; outside a request the test says which."""
    with council_scope(council()):
        yield


@pytest.fixture
def workflow(review_users, sites):
    from review.demo import ensure_workflow

    return ensure_workflow()


@pytest.fixture
def report(form_page, cycles):
    return CycleReport(
        cycle=cycles["current"],
        form=form_page,
        you_said="<p>Families said waiting for a call back was too long.</p>",
        we_did="<p>We now call back within two working days.</p>",
        live=False,
    )


def publish(report, user):
    """Publish the report as the Learning Academy does, saving it first if it is new."""
    if report.pk is None:
        report.save()
    report.save_revision(user=user).publish(user=user)


def test_a_report_goes_through_approval_then_publishes_staff_and_family_pages(
    client, review_users, report, workflow, cycles, settings
):
    editor, academy = review_users["editor"], review_users["academy"]
    assert not editor.has_perm("review.publish_cyclereport")
    report.save()
    report.save_revision(user=editor)
    workflow.start(report, editor)
    assert not YouSaidWeDidPage.objects.exists()

    report.refresh_from_db()
    report.current_workflow_state.current_task_state.approve(user=academy)

    report.refresh_from_db()
    assert report.live
    staff = YouSaidWeDidPage.objects.get()
    assert staff.live and staff.cycle == cycles["current"]
    assert report.staff_page_id == staff.pk
    family = FamilyYouSaidWeDidPage.objects.all()
    assert sorted(family.values_list("locale__language_code", flat=True)) == ["bn", "en", "so"]
    # Until translators finish, only the English is published.
    assert list(family.filter(live=True).values_list("locale__language_code", flat=True)) == ["en"]
    assert report.family_page.specific.locale.language_code == "en"
    assert len({page.form_key for page in family}) == 1

    # Families read it without signing in; staff need to sign in.
    english = family.get(locale__language_code="en")
    body = client.get(english.url).content.decode()
    assert "We now call back within two working days." in body
    assert "review/print.css" in body
    assert client.get(staff.url).status_code == 302
    assert client.get(staff.url).status_code == 302
    client.force_login(review_users["staff"])
    staff_body = client.get(staff.url).content.decode()
    assert "Families said waiting for a call back was too long." in staff_body
    assert "review/print.css" in staff_body


def test_publishing_again_updates_the_same_pages(review_users, report):
    academy = review_users["academy"]
    publish(report, academy)
    report.refresh_from_db()
    report.we_did = "<p>We also changed the letters we send.</p>"
    publish(report, academy)
    assert YouSaidWeDidPage.objects.count() == 1
    assert FamilyYouSaidWeDidPage.objects.count() == 3
    assert "letters" in YouSaidWeDidPage.objects.get().we_did
    english = FamilyYouSaidWeDidPage.objects.get(locale__language_code="en")
    assert "letters" in english.we_did


def test_unpublishing_a_report_takes_down_its_staff_and_family_pages(
    client, review_users, report, form_page
):
    academy = review_users["academy"]
    publish(report, academy)
    somali = FamilyYouSaidWeDidPage.objects.get(locale__language_code="so")
    assert client.get(somali.url).status_code == 302  # to the English, until translated

    client.force_login(academy)
    url = reverse("wagtailsnippets_review_cyclereport:unpublish", args=[report.pk])
    assert client.post(url).status_code == 302

    assert not YouSaidWeDidPage.objects.live().exists()
    assert not FamilyYouSaidWeDidPage.objects.live().exists()
    assert FamilyYouSaidWeDidPage.objects.count() == 3  # kept as drafts, to publish again
    client.logout()
    assert client.get(somali.url).status_code == 404
    landing = client.get("/so/feedback/").content.decode()
    assert "/so/you-said-we-did-" not in landing

    report.refresh_from_db()
    publish(report, academy)
    assert FamilyYouSaidWeDidPage.objects.live().count() == 1


def finish_translation(page, language, prefix="SO: "):
    """A translator fills every string of ``page`` in ``language`` (as a PO upload would)."""
    from wagtail_localize.models import Translation

    from home.localize import refresh_source

    translation = Translation.objects.get(
        source=refresh_source(page), target_locale__language_code=language
    )
    po = translation.export_po()
    for entry in po:
        entry.msgstr = entry.msgid if entry.msgctxt == "slug" else prefix + entry.msgid
    translation.import_po(po)


def send_somali_answers(client):
    url = "/so/feedback/"
    response = client.post(
        url,
        {
            "how_helpful": "4",
            "listened_to": "mostly",
            "what_helped": ["practical_help"],
            "know_next_steps": "yes",
            "call_back": "no",
            "agree_to_use": "on",
            "form_token": form_token(client, url),
        },
        follow=True,
    )
    assert response.redirect_chain == [("/so/feedback/?sent=1", 303)]
    body = response.content.decode()
    return body[body.index("govuk-panel") :]


def test_an_untranslated_report_is_shown_in_english_with_a_note_in_the_familys_language(
    client, review_users, report, form_page
):
    publish(report, review_users["academy"])
    somali = FamilyYouSaidWeDidPage.objects.get(locale__language_code="so")
    assert not somali.live

    response = client.get(somali.url)
    assert response.status_code == 302
    assert response["Location"].startswith("/en/you-said-we-did-")
    assert response["Location"].endswith("?untranslated=so")
    body = client.get(response["Location"]).content.decode()
    assert "We now call back within two working days." in body
    assert '<p class="govuk-inset-text" lang="so">' in body
    assert "This page is not translated into your language yet" not in body  # said in Somali

    panel = send_somali_answers(client)
    assert "/so/you-said-we-did-" not in panel
    assert "/en/you-said-we-did-" in panel and "untranslated=so" in panel
    assert 'hreflang="en"' in panel


def test_the_thank_you_page_links_to_the_report_in_the_familys_language_once_translated(
    client, review_users, report, form_page
):
    academy = review_users["academy"]
    publish(report, academy)
    english = FamilyYouSaidWeDidPage.objects.get(locale__language_code="en")
    finish_translation(english, "so")
    report.refresh_from_db()
    publish(report, academy)
    somali = FamilyYouSaidWeDidPage.objects.get(locale__language_code="so")
    assert somali.live
    assert not FamilyYouSaidWeDidPage.objects.get(locale__language_code="bn").live
    assert client.get(somali.url).status_code == 200

    panel = send_somali_answers(client)
    assert "/so/you-said-we-did-" in panel, panel
    assert somali.title in panel
    assert "/en/you-said-we-did-" not in panel


def test_the_academy_sees_which_family_pages_await_translation(client, review_users, report):
    academy = review_users["academy"]
    publish(report, academy)
    english = FamilyYouSaidWeDidPage.objects.get(locale__language_code="en")
    finish_translation(english, "so")
    report.refresh_from_db()
    publish(report, academy)

    client.force_login(academy)
    html = client.get(reverse("review_translation_report")).content.decode()
    rows = {
        line
        for line in html.split("<tr")
        if english.title in line or "How we use your answers" in line
    }
    bengali = [row for row in rows if "Bengali" in row and english.title in row]
    somali = [row for row in rows if "Somali" in row and english.title in row]
    assert bengali and "Awaiting translation" in bengali[0]
    assert somali and "Published" in somali[0]
    client.force_login(review_users["staff"])
    assert client.get(reverse("review_translation_report")).status_code in (302, 403)


def test_the_print_stylesheet_hides_navigation_for_a_clean_page():
    from django.contrib.staticfiles import finders

    css = Path(finders.find("review/print.css")).read_text(encoding="utf-8")
    assert "@media print" in css
    assert "display: none" in css and "footer" in css and "header" in css


def test_only_the_learning_academy_may_draft_or_publish_reports(review_users):
    assert not review_users["editor"].has_perm("review.change_cyclereport")
    assert not review_users["editor"].has_perm("review.publish_cyclereport")
    assert review_users["academy"].has_perm("review.publish_cyclereport")
    assert not review_users["staff"].has_perm("review.change_cyclereport")
    assert reverse("wagtailsnippets_review_cyclereport:list")
    assert Page.objects.exists()


def test_editors_cannot_open_or_edit_you_said_we_did(client, review_users, report, workflow):
    from django.contrib.auth.models import Permission

    publish(report, review_users["academy"])
    report.refresh_from_db()
    staff_page, family_page = report.staff_page, report.family_page
    # Even a group given the model's permissions directly stays out.
    for editors in review_users["editor"].groups.all():
        editors.permissions.add(
            *Permission.objects.filter(
                content_type__app_label="review", codename__endswith="report"
            )
        )
    snippet = "wagtailsnippets_review_cyclereport"
    urls = [
        reverse(f"{snippet}:list"),
        reverse(f"{snippet}:add"),
        reverse(f"{snippet}:edit", args=[report.pk]),
        reverse(f"{snippet}:history", args=[report.pk]),
        reverse("wagtailadmin_pages:edit", args=[staff_page.pk]),
        reverse("wagtailadmin_pages:edit", args=[family_page.pk]),
        reverse("wagtailadmin_pages:delete", args=[family_page.pk]),
        reverse("wagtailadmin_pages:unpublish", args=[staff_page.pk]),
    ]
    client.force_login(review_users["editor"])
    for url in urls:
        response = client.get(url)
        assert response.status_code in (302, 403, 404), url
        if response.status_code == 302:
            assert response["Location"] != url
    response = client.post(
        reverse("wagtailadmin_pages:edit", args=[staff_page.pk]),
        {"title": "Changed by an editor", "slug": staff_page.slug, "action-publish": "1"},
    )
    staff_page.refresh_from_db()
    assert staff_page.title != "Changed by an editor"
    assert staff_page.specific.latest_revision.content["title"] != "Changed by an editor"

    client.force_login(review_users["academy"])
    for url in urls[:5]:
        assert client.get(url).status_code == 200, url


def test_a_report_edited_after_translation_is_listed_as_stale_until_its_translation_is_updated(
    client, review_users, report
):
    academy = review_users["academy"]
    publish(report, academy)
    english = FamilyYouSaidWeDidPage.objects.get(locale__language_code="en")
    finish_translation(english, "so")
    report.refresh_from_db()
    publish(report, academy)
    assert FamilyYouSaidWeDidPage.objects.get(locale__language_code="so").live

    client.force_login(academy)
    address = reverse("review_stale_translation_report")

    def listed(language):
        body = client.get(f"{address}?language={language}").content.decode()
        return english.title in body

    assert not listed("so")

    report.refresh_from_db()
    report.we_did = "<p>We also changed the letters we send.</p>"
    publish(report, academy)
    assert listed("so")
    assert not listed("bn")  # never translated: awaiting translation, not stale
    client.force_login(review_users["editor"])
    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
    wanted = dashboard[dashboard.index("Translations wanted") :]
    assert "English changed since it was translated" in wanted
    client.force_login(academy)

    finish_translation(english, "so")
    report.refresh_from_db()
    publish(report, academy)
    assert FamilyYouSaidWeDidPage.objects.get(locale__language_code="so").live
    assert not listed("so")

    client.force_login(review_users["staff"])
    assert client.get(address).status_code in (302, 403)


@pytest.fixture
def council_workflow(workflow, sites):
    """Tower Hamlets' pages go to its Learning Academy, as the demo loader sets it up."""
    from wagtail.models import WorkflowPage

    WorkflowPage.objects.get_or_create(
        page=sites["better-together"], defaults={"workflow": workflow}
    )
    return workflow


def bengali_translation(page):
    from wagtail_localize.models import Translation

    from home.localize import refresh_source

    return Translation.objects.get(source=refresh_source(page), target_locale__language_code="bn")


def translate_with_a_po_file(client, page, prefix="BN: "):
    """A translator downloads the Bengali PO file, fills it in and uploads it."""
    import polib
    from django.core.files.uploadedfile import SimpleUploadedFile

    translation = bengali_translation(page)
    download = client.get(reverse("wagtail_localize:download_pofile", args=[translation.pk]))
    assert download.status_code == 200
    assert download["Content-Type"].startswith("text/x-gettext-translation")
    po = polib.pofile(download.content.decode())
    assert any("We now call back within two working days." in entry.msgid for entry in po)
    for entry in po:
        entry.msgstr = entry.msgid if entry.msgctxt == "slug" else prefix + entry.msgid
    upload = client.post(
        reverse("wagtail_localize:upload_pofile", args=[translation.pk]),
        {"file": SimpleUploadedFile("report-bn.po", str(po).encode()), "next": "/admin/"},
    )
    assert upload.status_code == 302
    return translation


def awaiting_review(client, host="localhost"):
    body = client.get(reverse("wagtailadmin_home"), HTTP_HOST=host).content.decode()
    return body[body.index("Awaiting your review") :] if "Awaiting your review" in body else ""


def test_publishing_a_report_asks_for_its_bengali_and_somali_on_the_dashboard(
    client, review_users, report
):
    publish(report, review_users["academy"])
    bengali = FamilyYouSaidWeDidPage.objects.get(locale__language_code="bn")
    somali = FamilyYouSaidWeDidPage.objects.get(locale__language_code="so")
    assert not bengali.live and not somali.live
    # The drafts carry no Bengali or Somali yet: nothing of them may go live.
    assert (
        bengali_translation(
            FamilyYouSaidWeDidPage.objects.get(locale__language_code="en")
        ).get_progress()[1]
        == 0
    )

    for username in ("academy", "editor"):
        client.force_login(review_users[username])
        body = client.get(reverse("wagtailadmin_home")).content.decode()
        assert "Translations wanted" in body, username
        wanted = body[body.index("Translations wanted") :]
        for page in (bengali, somali):
            assert reverse("wagtailadmin_pages:edit", args=[page.pk]) in wanted, username
        assert "Bengali" in wanted and "Somali" in wanted
        assert "texts to translate" in wanted

    client.force_login(review_users["newham-academy"])
    other = client.get(reverse("wagtailadmin_home"), HTTP_HOST="newham.localhost")
    assert reverse("wagtailadmin_pages:edit", args=[bengali.pk]) not in other.content.decode()


def test_a_translators_po_file_goes_to_the_councils_academy_and_approval_publishes_bengali(
    client, review_users, report, council_workflow, django_capture_on_commit_callbacks
):
    from wagtail.models import WorkflowState

    publish(report, review_users["academy"])
    english = FamilyYouSaidWeDidPage.objects.get(locale__language_code="en")
    bengali = FamilyYouSaidWeDidPage.objects.get(locale__language_code="bn")

    client.force_login(review_users["editor"])
    translate_with_a_po_file(client, english)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("wagtailadmin_pages:edit", args=[bengali.pk]), {"action": "publish"}
        )
    assert response.status_code == 302
    state = WorkflowState.objects.get(
        object_id=str(bengali.pk), status=WorkflowState.STATUS_IN_PROGRESS
    )
    assert state.workflow == council_workflow
    bengali.refresh_from_db()
    assert not bengali.live

    edit = reverse("wagtailadmin_pages:edit", args=[bengali.pk])
    client.force_login(review_users["academy"])
    assert edit in awaiting_review(client)
    client.force_login(review_users["newham-academy"])
    assert edit not in awaiting_review(client, host="newham.localhost")

    state.current_task_state.specific.approve(user=review_users["academy"])
    bengali = FamilyYouSaidWeDidPage.objects.get(pk=bengali.pk)
    assert bengali.live
    assert "BN: We now call back within two working days." in bengali.we_did
    client.logout()
    body = client.get(bengali.url).content.decode()
    assert "BN: We now call back within two working days." in body


def test_approving_a_translation_publishes_its_translated_text_not_the_english_draft(
    client, review_users, report, council_workflow
):
    """Wagtail's "Submit for approval" sends the page as last saved: English until rebuilt."""
    publish(report, review_users["academy"])
    english = FamilyYouSaidWeDidPage.objects.get(locale__language_code="en")
    bengali = FamilyYouSaidWeDidPage.objects.get(locale__language_code="bn")
    finish_translation(english, "bn", prefix="BN: ")
    assert "BN: " not in bengali.get_latest_revision().as_object().we_did

    state = council_workflow.start(bengali, review_users["editor"])
    state.current_task_state.specific.approve(user=review_users["academy"])

    bengali = FamilyYouSaidWeDidPage.objects.get(pk=bengali.pk)
    assert bengali.live
    assert "BN: We now call back within two working days." in bengali.we_did
    assert bengali.title.startswith("BN: ")


def test_an_unfinished_translation_is_never_published_in_english_by_approval(
    client, review_users, report, council_workflow
):
    from wagtail.models import WorkflowState

    publish(report, review_users["academy"])
    bengali = FamilyYouSaidWeDidPage.objects.get(locale__language_code="bn")
    edit = reverse("wagtailadmin_pages:edit", args=[bengali.pk])
    for username in ("editor", "academy"):
        client.force_login(review_users[username])
        response = client.post(edit, {"action": "publish"}, follow=True)
        assert "is not fully translated yet" in response.content.decode(), username
    assert not WorkflowState.objects.filter(object_id=str(bengali.pk)).exists()
    assert not FamilyYouSaidWeDidPage.objects.get(pk=bengali.pk).live

    # Sent another way (Wagtail's own "Submit"), approval still keeps the English out.
    state = council_workflow.start(bengali, review_users["editor"])
    state.current_task_state.specific.approve(user=review_users["academy"])
    bengali = FamilyYouSaidWeDidPage.objects.get(pk=bengali.pk)
    assert not bengali.live
    assert client.get(bengali.url).status_code == 302  # to the English, with the note


def test_an_approver_is_told_when_the_english_changed_after_a_translation_was_sent(
    client, review_users, report, council_workflow
):
    academy = review_users["academy"]
    publish(report, academy)
    english = FamilyYouSaidWeDidPage.objects.get(locale__language_code="en")
    bengali = FamilyYouSaidWeDidPage.objects.get(locale__language_code="bn")
    finish_translation(english, "bn", prefix="BN: ")
    state = council_workflow.start(bengali, review_users["editor"])
    task = state.current_task_state.task.specific
    assert "approve" in [name for name, *_ in task.get_actions(bengali, academy)]

    report.refresh_from_db()
    report.we_did = "<p>We now call back within one working day.</p>"
    publish(report, academy)

    bengali = FamilyYouSaidWeDidPage.objects.get(pk=bengali.pk)
    offered = task.get_actions(bengali, academy)
    assert [name for name, *_ in offered] == ["reject"]
    assert "not fully translated" in str(offered[0][1])
    client.force_login(academy)
    edit = reverse("wagtailadmin_pages:edit", args=[bengali.pk])
    body = awaiting_review(client)
    assert edit in body
    assert "not fully translated" in body
    refused = client.post(
        reverse(
            "wagtailadmin_pages:workflow_action",
            args=[bengali.pk, "approve", state.current_task_state.pk],
        )
    )
    assert refused.status_code == 302  # Wagtail's "permission denied", back to the dashboard
    state.refresh_from_db()
    assert state.status == state.STATUS_IN_PROGRESS
    assert not FamilyYouSaidWeDidPage.objects.get(pk=bengali.pk).live
