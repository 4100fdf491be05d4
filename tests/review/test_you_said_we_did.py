"""'You Said, We Did': drafted, approved, then published for staff and for families."""

from pathlib import Path

import pytest
from django.urls import reverse
from wagtail.models import Page

from review.models import CycleReport, FamilyYouSaidWeDidPage, YouSaidWeDidPage
from tests.forms_app.conftest import form_token

pytestmark = pytest.mark.django_db


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
    family = FamilyYouSaidWeDidPage.objects.filter(live=True)
    assert sorted(family.values_list("locale__language_code", flat=True)) == ["bn", "en", "so"]
    assert report.family_page.specific.locale.language_code == "en"
    assert len({page.form_key for page in family}) == 1

    # Families read it without signing in, in each language; staff need to sign in.
    for language in settings.FAMILY_LANGUAGES:
        page = family.get(locale__language_code=language)
        response = client.get(page.url)
        assert response.status_code == 200, language
        body = response.content.decode()
        assert "We now call back within two working days." in body
        assert "review/print.css" in body
        assert f'lang="{language}"' in body
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
    assert client.get(somali.url).status_code == 200

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
    assert FamilyYouSaidWeDidPage.objects.live().count() == 3


def test_the_thank_you_page_links_to_the_report_in_the_familys_language(
    client, review_users, report, form_page
):
    academy = review_users["academy"]
    publish(report, academy)
    somali = FamilyYouSaidWeDidPage.objects.get(locale__language_code="so")
    url = "/so/feedback/"
    response = client.post(
        url,
        {
            "how_helpful": "4",
            "listened_to": "mostly",
            "know_next_steps": "yes",
            "call_back": "no",
            "agree_to_use": "on",
            "form_token": form_token(client, url),
        },
    )
    assert response.status_code == 200
    body = response.content.decode()
    assert "Mahadsanid" in body or "thank" in body.lower()
    start = body.index("govuk-panel")
    assert "/so/you-said-we-did-" in body[start:], body[start:]
    assert somali.title in body[start:]
    assert "/en/you-said-we-did-" not in body


def test_the_print_stylesheet_hides_navigation_for_a_clean_page():
    from django.contrib.staticfiles import finders

    css = Path(finders.find("review/print.css")).read_text(encoding="utf-8")
    assert "@media print" in css
    assert "display: none" in css and "footer" in css and "header" in css


def test_editors_may_draft_but_only_the_academy_publishes(review_users):
    assert review_users["editor"].has_perm("review.change_cyclereport")
    assert not review_users["editor"].has_perm("review.publish_cyclereport")
    assert review_users["academy"].has_perm("review.publish_cyclereport")
    assert not review_users["staff"].has_perm("review.change_cyclereport")
    assert reverse("wagtailsnippets_review_cyclereport:list")
    assert Page.objects.exists()
