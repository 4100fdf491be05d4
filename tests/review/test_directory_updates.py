"""Staff directory updates become drafts of the Organisation snippet, approved as usual."""

import datetime
import hashlib
import itertools

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone
from wagtail.models import ModelLogEntry

from forms_app.models import OrganisationUpdate
from forms_app.staff_forms import organisation_values
from resources.models import Organisation
from review.models import Decision, UpdateReview
from review.update_views import not_verified
from tests import factories

pytestmark = pytest.mark.django_db
_tokens = itertools.count()


@pytest.fixture
def workflow(review_users, sites):
    from resources.demo import ensure_workflow

    return ensure_workflow()


@pytest.fixture
def academy(client, review_users, workflow, django_capture_on_commit_callbacks):
    """The academy's client; emails sent after commit are sent at once."""
    client.force_login(review_users["academy"])
    post = client.post

    def post_and_commit(*args, **kwargs):
        with django_capture_on_commit_callbacks(execute=True):
            return post(*args, **kwargs)

    client.post = post_and_commit
    return client


@pytest.fixture
def organisation(review_users):
    return factories.OrganisationFactory(
        name="Bow Family Centre", phone="020 7946 0001", owner=review_users["academy"]
    )


def suggest(kind, organisation=None, user=None, **proposed):
    original = organisation_values(organisation) if organisation else {}
    return OrganisationUpdate.objects.create(
        kind=kind,
        organisation=organisation,
        original=original,
        proposed={**original, **proposed} if kind != "closed" else {},
        note="Heard from the centre manager.",
        submitted_by=user,
        token_digest=hashlib.sha256(f"u{next(_tokens)}".encode()).hexdigest(),
    )


def approve(organisation, user):
    organisation.refresh_from_db()
    state = organisation.current_workflow_state
    assert state is not None, "accepting should start the organisation's workflow"
    state.current_task_state.approve(user=user)


def test_the_comparison_shows_each_field_beside_the_live_listing(
    academy, organisation, review_users
):
    update = suggest("change", organisation, review_users["staff"], phone="020 7946 0999")
    response = academy.get(reverse("review:update_detail", args=[update.pk]))
    assert response.status_code == 200
    rows = {row.name: row for row in response.context["rows"]}
    assert rows["phone"].live == "020 7946 0001"
    assert rows["phone"].proposed == "020 7946 0999"
    assert rows["phone"].changed and not rows["name"].changed
    assert response.context["conflicts"] == []


def test_accepting_a_change_makes_a_draft_that_goes_live_only_after_approval(
    academy, organisation, review_users
):
    staff, academy_user = review_users["staff"], review_users["academy"]
    update = suggest("change", organisation, staff, phone="020 7946 0999", postcode="E3 2AA")
    response = academy.post(reverse("review:update_accept", args=[update.pk]))
    assert response.status_code == 302

    organisation.refresh_from_db()
    assert organisation.phone == "020 7946 0001"  # still the live value
    assert organisation.has_unpublished_changes
    draft = organisation.get_latest_revision_as_object()
    assert (draft.phone, draft.postcode) == ("020 7946 0999", "E3 2AA")
    review = UpdateReview.objects.get(update=update)
    assert review.decision == Decision.ACCEPTED
    assert review.revision == organisation.latest_revision
    assert mail.outbox[-1].to == [staff.email]
    assert "accepted" in mail.outbox[-1].subject
    entry = ModelLogEntry.objects.get(action="review.update.accept")
    assert entry.user == academy_user and entry.object_id == str(update.pk)
    assert organisation.last_verified_on is None

    approve(organisation, academy_user)
    organisation.refresh_from_db()
    assert organisation.phone == "020 7946 0999"
    assert organisation.last_verified_on == timezone.localdate()
    assert organisation.last_verified_by == academy_user
    # The published revision says the same, so publishing it again keeps the check.
    organisation.live_revision.publish(user=academy_user)
    organisation.refresh_from_db()
    assert organisation.last_verified_on == timezone.localdate()


def test_a_suggested_new_organisation_becomes_a_draft_organisation(academy, review_users):
    update = suggest(
        "new",
        None,
        review_users["staff"],
        name="Stepney Play Club",
        description="Play sessions for under fives.",
        website="",
        email="",
        phone="",
        address="",
        postcode="",
        eligibility_description="",
        minimum_age=0,
        maximum_age=5,
        categories=[],
        languages=[],
    )
    academy.post(reverse("review:update_accept", args=[update.pk]))
    created = Organisation.objects.get(name="Stepney Play Club")
    assert not created.live
    assert created.latest_revision is not None
    approve(created, review_users["academy"])
    created.refresh_from_db()
    assert created.live
    assert created.last_verified_by == review_users["academy"]


def test_a_closed_organisation_is_set_defunct_as_a_draft(academy, organisation, review_users):
    update = suggest("closed", organisation, review_users["staff"])
    academy.post(reverse("review:update_accept", args=[update.pk]), {"closed_status": "defunct"})
    organisation.refresh_from_db()
    assert organisation.status == "active"
    assert organisation.get_latest_revision_as_object().status == "defunct"


def test_rejecting_needs_a_reason_and_tells_the_submitter(academy, organisation, review_users):
    update = suggest("change", organisation, review_users["staff"], phone="020 7946 0999")
    response = academy.post(reverse("review:update_reject", args=[update.pk]), {"reason": " "})
    assert response.status_code == 200
    assert "reason" in response.context["reject_form"].errors
    assert not mail.outbox
    academy.post(
        reverse("review:update_reject", args=[update.pk]),
        {"reason": "The centre confirmed the old number."},
    )
    review = UpdateReview.objects.get(update=update)
    assert review.decision == Decision.REJECTED
    assert "The centre confirmed the old number." in mail.outbox[-1].body
    assert ModelLogEntry.objects.filter(action="review.update.reject").count() == 1
    assert organisation.revisions.count() == 0
    # Decided once only.
    response = academy.post(reverse("review:update_accept", args=[update.pk]))
    assert response.status_code == 409
    assert organisation.revisions.count() == 0


def test_a_listing_changed_meanwhile_shows_the_conflict_instead_of_overwriting(
    academy, organisation, review_users
):
    update = suggest("change", organisation, review_users["staff"], phone="020 7946 0999")
    organisation.phone = "020 7946 0555"
    organisation.save_revision(user=review_users["academy"]).publish(user=review_users["academy"])
    OrganisationUpdate.objects.filter(pk=update.pk).update(
        submit_time=timezone.now() - datetime.timedelta(hours=1)
    )
    detail = academy.get(reverse("review:update_detail", args=[update.pk]))
    assert detail.context["conflicts"] == ["phone"]
    assert "Changed since this update was sent" in detail.content.decode()
    revisions = organisation.revisions.count()
    response = academy.post(reverse("review:update_accept", args=[update.pk]))
    assert response.status_code == 409
    assert "Phone" in response.context["conflict"]
    assert organisation.revisions.count() == revisions
    organisation.refresh_from_db()
    assert organisation.phone == "020 7946 0555"
    assert not UpdateReview.objects.filter(update=update, decision__gt="").exists()


def test_a_change_to_other_fields_meanwhile_is_kept_beside_the_update(
    academy, organisation, review_users
):
    update = suggest("change", organisation, review_users["staff"], phone="020 7946 0999")
    organisation.description = "New description."
    organisation.save_revision(user=review_users["academy"])
    response = academy.post(reverse("review:update_accept", args=[update.pk]))
    assert response.status_code == 302
    organisation.refresh_from_db()
    draft = organisation.get_latest_revision_as_object()
    assert (draft.phone, draft.description) == ("020 7946 0999", "New description.")


def test_markup_in_a_suggestion_is_shown_as_text(academy, organisation, review_users):
    update = suggest(
        "change", organisation, review_users["staff"], description="<script>x</script>"
    )
    body = academy.get(reverse("review:update_detail", args=[update.pk])).content.decode()
    assert "&lt;script&gt;x&lt;/script&gt;" in body and "<script>x</script>" not in body


def test_organisations_not_verified_for_a_year_are_reported(academy, review_users):
    today = timezone.localdate()
    stale = factories.OrganisationFactory(last_verified_on=today - datetime.timedelta(days=400))
    never = factories.OrganisationFactory(last_verified_on=None)
    fresh = factories.OrganisationFactory(last_verified_on=today - datetime.timedelta(days=30))
    assert set(not_verified()) >= {stale, never}
    assert fresh not in set(not_verified())
    response = academy.get(reverse("review_not_verified_report"))
    assert response.status_code == 200
    body = response.content.decode()
    assert stale.name in body and never.name in body and fresh.name not in body


def test_the_inbox_points_to_directory_updates_waiting_for_a_decision(
    academy, organisation, review_users
):
    update = suggest("change", organisation, review_users["staff"], phone="020 7946 0999")
    body = academy.get(reverse("review:inbox")).content.decode()
    assert "1 directory update from staff is waiting for a decision" in body
    academy.post(reverse("review:update_reject", args=[update.pk]), {"reason": "Not so."})
    body = academy.get(reverse("review:inbox")).content.decode()
    assert "waiting for a decision" not in body


def test_the_status_of_an_update_can_be_set_and_is_recorded(academy, organisation, review_users):
    update = suggest("change", organisation, review_users["staff"], phone="020 7946 0999")
    page = academy.get(reverse("review:update_detail", args=[update.pk])).content.decode()
    assert 'name="status"' in page
    academy.post(reverse("review:update_status", args=[update.pk]), {"status": "in_review"})
    assert UpdateReview.objects.get(update=update).status == "in_review"
    entry = ModelLogEntry.objects.get(action="review.status")
    assert entry.data == {"from": "New", "to": "In review"}
    response = academy.post(reverse("review:update_status", args=[update.pk]), {"status": "x"})
    assert response.status_code == 302
    assert UpdateReview.objects.get(update=update).status == "in_review"
