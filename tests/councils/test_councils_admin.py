"""In the admin a council's editors and Learning Academy reach their own council's records only.

For each pair of demo councils and each admin role, the records of one council
are built and the other council's people try every admin address that lists,
shows, chooses, edits, exports, counts or bulk-changes them: each is not
found or refused, nothing they see names the record, and nothing changes.
The owner council's Learning Academy runs the same visits as a control.
"""

import datetime
import hashlib
import itertools
from dataclasses import dataclass, field

import pytest
import wagtail_factories
from django.contrib.auth.models import Permission
from django.core.files.base import ContentFile
from django.urls import reverse
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.documents import get_document_model
from wagtail.log_actions import log
from wagtail.models import Collection, Page, TaskState, Workflow

from councils.models import CouncilApprovalTask
from councils.tenancy import council_scope, in_council_tree
from forms_app.models import (
    CallbackRequest,
    FamilySubmission,
    FormVersion,
    OrganisationUpdate,
    SourceTag,
)
from resources.models import DeliveryMode, ServiceArea
from review.models import CycleReport, ExportRecord, FeedbackCycle, UpdateReview
from search.models import Synonym
from tests import factories

pytestmark = pytest.mark.django_db

COUNCILS = ["tower-hamlets", "newham", "telford"]
HOSTS = {"tower-hamlets": "localhost", "newham": "newham.localhost", "telford": "telford.localhost"}
PAIRS = [(owner, viewer) for owner in COUNCILS for viewer in COUNCILS if owner != viewer]
_serial = itertools.count()


def username(slug, role):
    return role if slug == "tower-hamlets" else f"{slug}-{role}"


@dataclass
class Records:
    """One of each council-scoped kind of thing, with a marker no other record carries."""

    council: object
    marker: str
    snippets: dict = field(default_factory=dict)
    other: dict = field(default_factory=dict)


@pytest.fixture
def permissions(demo_users, feedback_pages):
    from review.demo import ensure_permissions

    ensure_permissions()
    return demo_users


def build(slug, users):
    council = factories.council(slug)
    marker = f"sealed{next(_serial)}x{slug.replace('-', '')}"
    records = Records(council=council, marker=marker)
    academy = users[username(slug, "academy")]
    with council_scope(council):
        contact = factories.ContactFactory(council=council, name=f"{marker} team")
        category = factories.CategoryFactory(council=council, name=f"{marker} category")
        organisation = factories.OrganisationFactory(
            council=council, name=f"{marker} centre", owner=academy, categories=[category]
        )
        cycle = FeedbackCycle.objects.create(
            name=f"{marker} cycle",
            starts_on=datetime.date(2001, 1, 1),
            ends_on=datetime.date(2001, 3, 31),
        )
        home = council.site.root_page
        form_page = home.get_children().get(slug="feedback").specific
        records.snippets = {
            "contact": contact,
            "category": category,
            "organisation": organisation,
            "consultationoffer": factories.ConsultationOfferFactory(
                council=council, title=f"{marker} consultation", contact=contact
            ),
            "participationgroup": factories.ParticipationGroupFactory(
                council=council, name=f"{marker} group", contact=contact
            ),
            "language": factories.LanguageFactory(council=council, code="zz", name=marker),
            "servicearea": ServiceArea.objects.create(code=marker, name=f"{marker} area"),
            "deliverymode": DeliveryMode.objects.create(code=marker, name=f"{marker} mode"),
            "sourcetag": SourceTag.objects.create(slug=marker, name=f"{marker} tag"),
            "synonym": Synonym.objects.create(term=marker, expansions="alpha"),
            "feedbackcycle": cycle,
            "cyclereport": CycleReport.objects.create(
                cycle=cycle, form=form_page, you_said=f"<p>{marker}</p>", we_did="<p>x</p>"
            ),
        }
        version = FormVersion.for_questions(form_page.translation_key, form_page.get_form_fields())
        submission = FamilySubmission.objects.create(
            form_key=form_page.translation_key,
            form_page=form_page,
            version=version,
            language="en",
            answers={"went_well": f"{marker} answer"},
            token_digest=hashlib.sha256(marker.encode()).hexdigest(),
        )
        CallbackRequest.objects.create(submission=submission, name=f"{marker} caller", phone="1")
        update = OrganisationUpdate.objects.create(
            kind="change",
            organisation=organisation,
            proposed={"name": f"{marker} renamed"},
            note=marker,
            token_digest=hashlib.sha256(f"u{marker}".encode()).hexdigest(),
        )
        UpdateReview.objects.get_or_create(update=update)
        ExportRecord.objects.create(user=academy, format="csv", filters={"q": marker})
        page = factories.FrameworkPageFactory(parent=home, title=f"{marker} page", slug=marker)
        page.save_revision(user=academy, log_action=True)
        log(organisation, "wagtail.edit", user=academy)
        document = get_document_model().objects.create(
            title=f"{marker} document",
            file=ContentFile(b"%PDF-1.4 sealed", name=f"{marker}.pdf"),
            collection=council.collection,
        )
        image = wagtail_factories.ImageFactory(
            title=f"{marker} image", collection=council.collection
        )
        query = Query.get(marker)
        promotion = SearchPromotion.objects.create(query=query, page=page, description=marker)
    records.other = {
        "submission": submission,
        "update": update,
        "page": page,
        "form_page": form_page,
        "document": document,
        "image": image,
        "query": query,
        "promotion": promotion,
        "cycle": cycle,
    }
    return records


def snippet_urls(instance):
    viewset = instance.snippet_viewset
    pk = instance.pk
    urls = {
        name: reverse(viewset.get_url_name(name), args=[pk])
        for name in ("edit", "delete", "history", "usage")
    }
    if viewset.inspect_view_enabled:
        urls["inspect"] = reverse(viewset.get_url_name("inspect"), args=[pk])
    chooser = viewset.chooser_viewset
    urls["chosen"] = reverse(chooser.get_url_name("chosen"), args=[pk])
    return urls


def object_urls(records):
    """Every admin address of one of the owner's records: each must be refused."""
    other = records.other
    page, submission, update = other["page"], other["submission"], other["update"]
    urls = {}
    for label, instance in records.snippets.items():
        for name, url in snippet_urls(instance).items():
            urls[f"{label} {name}"] = url
    urls.update(
        {
            "page edit": reverse("wagtailadmin_pages:edit", args=[page.pk]),
            "page explore": reverse("wagtailadmin_explore", args=[page.pk]),
            "page history": reverse("wagtailadmin_pages:history", args=[page.pk]),
            "page delete": reverse("wagtailadmin_pages:delete", args=[page.pk]),
            "page chooser browse": reverse("wagtailadmin_choose_page_child", args=[page.pk]),
            "form links": reverse("family_forms:links", args=[other["form_page"].pk]),
            "form poster": reverse("family_forms:poster", args=[other["form_page"].pk]),
            "submission": reverse("review:detail", args=[submission.pk]),
            "call back": reverse("review:callback_detail", args=[submission.pk]),
            "cycle form dates": reverse("review:cycle_form_dates", args=[other["cycle"].pk]),
            "directory update": reverse("review:update_detail", args=[update.pk]),
            "document edit": reverse("wagtaildocs:edit", args=[other["document"].pk]),
            "document delete": reverse("wagtaildocs:delete", args=[other["document"].pk]),
            "document chosen": reverse("wagtaildocs_chooser:chosen", args=[other["document"].pk]),
            "image edit": reverse("wagtailimages:edit", args=[other["image"].pk]),
            "image delete": reverse("wagtailimages:delete", args=[other["image"].pk]),
            "image chosen": reverse("wagtailimages_chooser:chosen", args=[other["image"].pk]),
            "site settings": reverse(
                "wagtailsettings:edit", args=["home", "sitebranding", records.council.site_id]
            ),
            "search promotion": reverse("wagtailsearchpromotions:edit", args=[other["query"].pk]),
            "search promotion delete": reverse(
                "wagtailsearchpromotions:delete", args=[other["query"].pk]
            ),
        }
    )
    return urls


def listing_urls(records):
    """Every admin listing, chooser, search, report, export and count: none may name the record."""
    marker = records.marker
    urls = {}
    for label, instance in records.snippets.items():
        viewset = instance.snippet_viewset
        urls[f"{label} list"] = reverse(viewset.get_url_name("list"))
        urls[f"{label} export"] = reverse(viewset.get_url_name("list")) + "?export=csv"
        urls[f"{label} chooser"] = reverse(viewset.chooser_viewset.get_url_name("choose"))
    urls.update(
        {
            "organisation filter": reverse(
                records.snippets["organisation"].snippet_viewset.get_url_name("list")
            ),
            "page search": reverse("wagtailadmin_pages:search") + f"?q={marker}",
            "page chooser search": reverse("wagtailadmin_choose_page_search") + f"?q={marker}",
            "page chooser root": reverse("wagtailadmin_choose_page"),
            "explorer root": reverse("wagtailadmin_explore_root"),
            "dashboard": reverse("wagtailadmin_home"),
            "locked pages": reverse("wagtailadmin_reports:locked_pages"),
            "aging pages": reverse("wagtailadmin_reports:aging_pages"),
            "page types": reverse("wagtailadmin_reports:page_types_usage"),
            "site history": reverse("wagtailadmin_reports:site_history"),
            "site history export": reverse("wagtailadmin_reports:site_history") + "?export=csv",
            "workflows": reverse("wagtailadmin_reports:workflow"),
            "workflow tasks": reverse("wagtailadmin_reports:workflow_tasks"),
            "documents": reverse("wagtaildocs:index") + f"?q={marker}",
            "document chooser": reverse("wagtaildocs_chooser:choose") + f"?q={marker}",
            "images": reverse("wagtailimages:index") + f"?q={marker}",
            "image chooser": reverse("wagtailimages_chooser:choose") + f"?q={marker}",
            "search promotions": reverse("wagtailsearchpromotions:index"),
            "search terms": reverse("wagtailsearchpromotions:search_terms"),
            "inbox": reverse("review:inbox"),
            "inbox export": reverse("review:export", args=["csv"]),
            "inbox export filtered": reverse("review:export", args=["csv"])
            + f"?cycle={records.other['cycle'].pk}",
            "call backs": reverse("review:callbacks"),
            "cycle dashboard": reverse("review:dashboard"),
            "directory updates": reverse("review:updates"),
            "users": reverse("wagtailusers_users:index"),
            "groups": reverse("wagtailusers_groups:index"),
            "sites": reverse("wagtailsites:index"),
            "collections": reverse("wagtailadmin_collections:index"),
            "workflow admin": reverse("wagtailadmin_workflows:index"),
        }
    )
    return urls


def body(response):
    if getattr(response, "streaming", False):
        return b"".join(response.streaming_content).decode(errors="replace")
    return response.content.decode(errors="replace")


def visit_as(client, host, records):
    """What the visitor got: (address, status, whether the record's marker showed)."""
    other = records.other
    # A search echoes what was searched for: there the record's own addresses are the evidence.
    found_by = [
        reverse("wagtailadmin_pages:edit", args=[other["page"].pk]),
        reverse("wagtaildocs:edit", args=[other["document"].pk]),
        reverse("wagtailimages:edit", args=[other["image"].pk]),
        f'data-chooser-modal-choice="{other["page"].pk}"',
        f"/{other['document'].pk}/",
        f"/{other['image'].pk}/",
        f"{records.marker} page",
    ]
    seen = []
    for name, url in {**object_urls(records), **listing_urls(records)}.items():
        response = client.get(url, HTTP_HOST=host)
        text = body(response) if response.status_code == 200 else ""
        if "?q=" in url:
            text = text.replace(f"?q={records.marker}", "").replace(records.marker + '"', "")
            shown = any(evidence in text for evidence in found_by[:4])
        else:
            shown = records.marker in text
        seen.append((name, response.status_code, shown))
    return seen


def snapshot(records):
    """What a refused write must leave as it was."""
    other = records.other
    return {
        "snippets": {
            label: (
                type(obj).all_councils
                if hasattr(type(obj), "all_councils")
                else type(obj)._base_manager
            )
            .filter(pk=obj.pk)
            .values()
            .first()
            for label, obj in records.snippets.items()
        },
        "review": FamilySubmission.all_councils.filter(pk=other["submission"].pk)
        .values("review__status", "review__notes")
        .first(),
        "update": UpdateReview.all_councils.filter(update=other["update"])
        .values("decision", "status")
        .first(),
        "page": type(other["page"])
        .objects.filter(pk=other["page"].pk)
        .values("title", "live")
        .first(),
        "form dates": type(other["form_page"])
        .objects.filter(translation_key=other["form_page"].translation_key)
        .values_list("opens_at", "closes_at")
        .first(),
        "document": get_document_model().all_councils.filter(pk=other["document"].pk).exists(),
        "image": type(other["image"]).all_councils.filter(pk=other["image"].pk).exists(),
        "promotion": SearchPromotion.objects.filter(pk=other["promotion"].pk).exists(),
        "callback": CallbackRequest.all_councils.filter(submission=other["submission"]).exists(),
    }


def write_as(client, host, records):
    """Every write a visitor could aim at the owner's records; returns the statuses."""
    other = records.other
    submission, update = other["submission"], other["update"]
    statuses = {}
    for label, instance in records.snippets.items():
        urls = snippet_urls(instance)
        statuses[f"{label} edit"] = client.post(urls["edit"], {"name": "Taken"}, HTTP_HOST=host)
        statuses[f"{label} delete"] = client.post(urls["delete"], HTTP_HOST=host)
        meta = instance._meta
        bulk = (
            reverse("wagtail_bulk_action", args=[meta.app_label, meta.model_name, "delete"])
            + f"?id={instance.pk}"
        )
        statuses[f"{label} bulk delete"] = client.post(bulk, HTTP_HOST=host)
    posts = {
        "submission review": (
            reverse("review:detail", args=[submission.pk]),
            {"status": "actioned", "notes": "taken"},
        ),
        "submission delete": (reverse("review:delete", args=[submission.pk]), {}),
        "bulk status": (
            reverse("review:bulk_status"),
            {"status": "actioned", "ids": [submission.pk]},
        ),
        "call back": (
            reverse("review:callback_detail", args=[submission.pk]),
            {"callback_status": "done", "delete_details": "on"},
        ),
        "cycle form dates": (
            reverse("review:cycle_form_dates", args=[other["cycle"].pk]),
            {"form": str(other["form_page"].translation_key)},
        ),
        "accept update": (reverse("review:update_accept", args=[update.pk]), {"fields": ["name"]}),
        "reject update": (reverse("review:update_reject", args=[update.pk]), {"reason": "no"}),
        "update status": (reverse("review:update_status", args=[update.pk]), {"status": "done"}),
        "page edit": (
            reverse("wagtailadmin_pages:edit", args=[other["page"].pk]),
            {"title": "Taken", "slug": "taken", "action-publish": "publish"},
        ),
        "page delete": (reverse("wagtailadmin_pages:delete", args=[other["page"].pk]), {}),
        "document delete": (reverse("wagtaildocs:delete", args=[other["document"].pk]), {}),
        "image delete": (reverse("wagtailimages:delete", args=[other["image"].pk]), {}),
        "site settings": (
            reverse("wagtailsettings:edit", args=["home", "sitebranding", records.council.site_id]),
            {"council_name": "Taken"},
        ),
        "search promotion delete": (
            reverse("wagtailsearchpromotions:delete", args=[other["query"].pk]),
            {},
        ),
    }
    for name, (url, data) in posts.items():
        statuses[name] = client.post(url, data, HTTP_HOST=host)
    return {
        name: (response.status_code, response.get("Location", ""))
        for name, response in statuses.items()
    }


@pytest.mark.parametrize("role", ["editor", "academy"])
@pytest.mark.parametrize(("owner", "viewer"), PAIRS)
def test_admin_users_of_one_council_never_reach_another_councils_records(
    client, permissions, owner, viewer, role
):
    records = build(owner, permissions)
    user = permissions[username(viewer, role)]
    # The right to edit site settings, so that only the council can refuse it.
    user.groups.first().permissions.add(
        Permission.objects.get(content_type__app_label="home", codename="change_sitebranding")
    )
    client.force_login(user)
    host = HOSTS[viewer]

    seen = visit_as(client, host, records)
    shown = [name for name, _status, marker in seen if marker]
    opened = [
        name for name, status, _marker in seen if status == 200 and name in object_urls(records)
    ]
    assert shown == [], f"{user} on {host} sees {owner}'s records in {shown}"
    assert opened == [], f"{user} on {host} opens {owner}'s records at {opened}"

    before = snapshot(records)
    statuses = write_as(client, host, records)
    assert snapshot(records) == before, f"{user} changed {owner}'s records"
    accepted = [name for name, (status, _to) in statuses.items() if status not in (302, 403, 404)]
    # Wagtail refuses by sending the user to the dashboard; a bulk action back to its listing.
    elsewhere = [
        name
        for name, (status, to) in statuses.items()
        if status == 302
        and to != reverse("wagtailadmin_home")
        and not (name.endswith("bulk delete") or name == "bulk status")
    ]
    assert accepted == [], f"{user}'s writes to {owner}'s records answered {statuses}"
    assert elsewhere == [], statuses


@pytest.mark.parametrize("owner", ["newham"])
def test_the_owner_councils_academy_sees_what_the_others_cannot(client, permissions, owner):
    """The control: the same addresses do show the records to their own council."""
    records = build(owner, permissions)
    client.force_login(permissions[username(owner, "academy")])
    seen = {
        name: (status, marker) for name, status, marker in visit_as(client, HOSTS[owner], records)
    }
    for name in [
        "organisation edit",
        "contact edit",
        "synonym edit",
        "page edit",
        "submission",
        "directory update",
        "document edit",
        "image edit",
        "search promotion",
    ]:
        assert seen[name][0] == 200, name
    for name in [
        "organisation list",
        "organisation export",
        "page chooser search",
        "site history",
        "inbox",
        "search promotions",
        "documents",
        "images",
    ]:
        assert seen[name] == (200, True), name


def test_users_groups_sites_and_collections_are_for_superusers_only(client, permissions):
    for name in ("newham-editor", "newham-academy"):
        client.force_login(permissions[name])
        for url in [
            reverse("wagtailusers_users:index"),
            reverse("wagtailusers_groups:index"),
            reverse("wagtailsites:index"),
            reverse("wagtailadmin_collections:index"),
            reverse("wagtailadmin_workflows:index"),
            reverse("wagtailsearchpromotions:search_terms"),
        ]:
            response = client.get(url, HTTP_HOST="newham.localhost")
            assert response.status_code in (302, 403), (name, url, response.status_code)


def test_an_upload_lands_in_the_councils_own_collection(client, permissions):
    client.force_login(permissions["newham-editor"])
    response = client.post(
        reverse("wagtaildocs:add_multiple"),
        {"files[]": ContentFile(b"%PDF-1.4 hello", name="leaflet.pdf")},
        HTTP_HOST="newham.localhost",
    )
    assert response.status_code == 200
    document = get_document_model().all_councils.get(title__startswith="leaflet")
    assert document.collection == factories.council("newham").collection
    assert Collection.objects.filter(pk=document.collection_id).exists()


def test_practice_standards_offered_are_the_councils_own(client, permissions):
    newham = factories.council("newham")
    tower_hamlets = factories.council("tower-hamlets")
    made = {}
    for council in (newham, tower_hamlets):
        with council_scope(council):
            framework = factories.FrameworkPageFactory(parent=council.root_page, slug="framework")
            made[council.slug] = factories.PracticeStandardPageFactory(parent=framework)
            made[f"{council.slug} index"] = factories.InterventionIndexPageFactory(
                parent=council.root_page
            )
    own, other = made["newham"], made["tower-hamlets"]
    client.force_login(permissions["newham-editor"])
    response = client.get(
        reverse(
            "wagtailadmin_pages:add",
            args=["resources", "interventionpage", made["newham index"].pk],
        ),
        HTTP_HOST="newham.localhost",
    )
    assert response.status_code == 200
    choices = {
        int(str(value)) for value, _label in response.context["form"].fields["standards"].choices
    }
    assert own.pk in choices
    assert other.pk not in choices


# Learning Academy approval ------------------------------------------------------------------


@pytest.fixture
def workflow(permissions, sites):
    from resources.demo import ensure_workflow

    return ensure_workflow()


def test_the_approval_step_is_one_per_council_task(workflow):
    tasks = [task.specific for task in workflow.tasks.filter(active=True)]
    assert [type(task) for task in tasks] == [CouncilApprovalTask]
    assert Workflow.objects.filter(name=workflow.name).count() == 1


def test_each_councils_academy_approves_only_its_own_councils_submissions(
    client, permissions, workflow, mailoutbox, django_capture_on_commit_callbacks
):
    tower_hamlets = factories.council("tower-hamlets")
    with council_scope(tower_hamlets):
        page = factories.FrameworkPageFactory(
            parent=tower_hamlets.root_page, title="Awaiting approval", slug="awaiting"
        )
    page.save_revision(user=permissions["editor"])
    with django_capture_on_commit_callbacks(execute=True):
        workflow.start(page, permissions["editor"])
    state = TaskState.objects.get(workflow_state__object_id=str(page.pk), status="in_progress")
    task = state.task.specific
    recipients = {address for message in mailoutbox for address in message.to}
    assert "academy@example.org" in recipients
    assert not recipients & {"newham-academy@example.org", "telford-academy@example.org"}

    newham_academy = permissions["newham-academy"]
    assert task.get_actions(page, newham_academy) == []
    assert task.locked_for_user(page, newham_academy)
    assert not task.get_task_states_user_can_moderate(newham_academy).exists()
    assert TaskState.objects.reviewable_by(newham_academy).filter(pk=state.pk).count() == 0
    assert task.get_task_states_user_can_moderate(permissions["academy"]).filter(pk=state.pk)

    client.force_login(newham_academy)
    for host in ("newham.localhost", "localhost"):
        response = client.get(reverse("wagtailadmin_home"), HTTP_HOST=host)
        assert "Awaiting approval" not in body(response)
    response = client.post(
        reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "approve", state.pk]),
        HTTP_HOST="newham.localhost",
    )
    # Refused: another council's page is not found (councils.admin_doors).
    assert (response.status_code, response.get("Location")) == (404, None)
    state.refresh_from_db()
    assert state.status == "in_progress"

    client.force_login(permissions["academy"])
    response = client.get(reverse("wagtailadmin_home"), HTTP_HOST="localhost")
    assert "Awaiting approval" in body(response)
    assert task.get_actions(page, permissions["academy"])


def test_the_workflow_report_offers_only_the_councils_own_requesters(client, permissions, workflow):
    tower_hamlets = factories.council("tower-hamlets")
    with council_scope(tower_hamlets):
        page = factories.FrameworkPageFactory(
            parent=tower_hamlets.root_page, title="Requested", slug="requested"
        )
    page.save_revision(user=permissions["editor"])
    workflow.start(page, permissions["editor"])
    requester = f'<option value="{permissions["editor"].pk}"'

    def requested_by_choices(response):
        assert response.status_code == 200
        return body(response).split('name="requested_by"', 1)[1].split("</select>", 1)[0]

    client.force_login(permissions["newham-academy"])
    response = client.get(reverse("wagtailadmin_reports:workflow"), HTTP_HOST="newham.localhost")
    assert requester not in requested_by_choices(response)

    client.force_login(permissions["academy"])
    response = client.get(reverse("wagtailadmin_reports:workflow"), HTTP_HOST="localhost")
    assert requester in requested_by_choices(response)


def test_the_dashboard_names_the_council_and_counts_only_its_pages(client, permissions):
    newham = factories.council("newham")
    own = Page.objects.filter(in_council_tree(newham)).count()
    assert 0 < own < Page.objects.count() - 1
    client.force_login(permissions["newham-editor"])
    text = body(client.get(reverse("wagtailadmin_home"), HTTP_HOST="newham.localhost"))
    assert "Newham" in text
    assert "Better Together" not in text
    assert f"{own} Pages" in text
    assert f"{Page.objects.count() - 1} Pages" not in text
