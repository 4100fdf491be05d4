"""Call-back details go at the retention limit; the anonymous answers stay."""

import io
import logging

import pytest
from django.core.management import call_command
from django.utils import timezone

from forms_app.models import CallbackRequest, FamilySubmission, FormVersion

pytestmark = pytest.mark.django_db


def callback(days_old, now):
    version, _created = FormVersion.objects.get_or_create(
        form_key="00000000-0000-0000-0000-000000000001", digest="x", defaults={"questions": []}
    )
    submission = FamilySubmission.objects.create(
        form_key=version.form_key,
        version=version,
        language="so",
        answers={"call_back": "yes"},
        token_digest=f"token-{days_old}",
        submit_time=now - timezone.timedelta(days=days_old),
    )
    return CallbackRequest.objects.create(
        submission=submission,
        name=f"Family {days_old}",
        phone="07700 900982",
        created_at=now - timezone.timedelta(days=days_old),
    )


@pytest.fixture
def now(monkeypatch):
    fixed = timezone.now()
    monkeypatch.setattr(timezone, "now", lambda: fixed)
    return fixed


@pytest.mark.parametrize(
    ("days_old", "kept"),
    [(89, True), (90, False), (91, False)],
    ids=["one day before the limit", "on the limit", "one day after"],
)
def test_call_back_details_are_deleted_at_the_retention_limit(now, settings, days_old, kept):
    settings.CALLBACK_RETENTION_DAYS = 90
    callback(days_old, now)
    call_command("purge_callbacks", "--council", "tower-hamlets", stdout=io.StringIO())
    assert CallbackRequest.objects.exists() is kept
    assert FamilySubmission.objects.get().answers == {"call_back": "yes"}


def test_the_purge_is_idempotent_and_logs_counts_never_details(now, settings, caplog):
    settings.CALLBACK_RETENTION_DAYS = 30
    callback(31, now)
    callback(29, now)
    with caplog.at_level(logging.INFO, logger="forms_app.retention"):
        call_command("purge_callbacks", "--council", "tower-hamlets")
        call_command("purge_callbacks", "--council", "tower-hamlets")
    messages = [record.getMessage() for record in caplog.records]
    assert [message for message in messages if "call-back" in message] == [
        "Tower Hamlets: deleted 1 call-back request(s) older than 30 days; 1 kept.",
        "Tower Hamlets: deleted 0 call-back request(s) older than 30 days; 1 kept.",
    ]
    assert "Family" not in " ".join(messages) and "07700" not in " ".join(messages)
    assert list(CallbackRequest.objects.values_list("name", flat=True)) == ["Family 29"]
    assert FamilySubmission.objects.count() == 2


def test_notes_about_a_call_go_with_the_call_back_details(now, settings):
    from review.models import Review

    settings.CALLBACK_RETENTION_DAYS = 90
    old = callback(91, now)
    Review.objects.filter(submission=old.submission).update(
        callback_notes="Spoke to mum on 07700 900982", notes="Read"
    )
    call_command("purge_callbacks", "--council", "tower-hamlets", stdout=io.StringIO())
    review = Review.objects.get(submission=old.submission)
    assert review.callback_notes == ""
    assert review.notes == "Read"
    assert review.callback_status  # what happened stays, without the words


def test_organisation_update_notes_and_submitters_go_after_a_year(now, settings, demo_users):
    from forms_app.models import OrganisationUpdate

    settings.ORGANISATION_UPDATE_RETENTION_DAYS = 365
    for days, digest in ((366, "old"), (364, "recent")):
        OrganisationUpdate.objects.create(
            kind="new",
            proposed={"name": "Stepney Parents Group"},
            note=f"Heard from a parent, {digest}",
            submitted_by=demo_users["staff"],
            submit_time=now - timezone.timedelta(days=days),
            token_digest=digest,
        )
    out = io.StringIO()
    call_command("purge_callbacks", "--council", "tower-hamlets", stdout=out)
    old, recent = (OrganisationUpdate.objects.get(token_digest=d) for d in ("old", "recent"))
    assert (old.note, old.submitted_by) == ("", None)
    assert old.proposed == {"name": "Stepney Parents Group"}
    assert recent.note and recent.submitted_by == demo_users["staff"]
    assert "organisation update(s) older than 365 days" in out.getvalue()
