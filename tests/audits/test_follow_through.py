"""Moderation, the feedback meeting, re-audits at six weeks and next cycle, safeguarding."""

import datetime

import pytest
from django.core import mail
from django.utils import timezone

from audits.models import Audit, FeedbackMeeting, Grade
from tests.audits.conftest import allocate, completed

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("as_tower_hamlets")]

ALL_GRADES = {"connection__grade": "good", "curiosity__grade": "good"}


def complete(client, audit, overall, **extra):
    data = {
        **ALL_GRADES,
        "overall_grade": overall,
        "family_view": "They felt listened to.",
        "complete": "1",
        **extra,
    }
    return client.post(f"/admin/audits/{audit.pk}/conduct/", data)


def test_requires_improvement_opens_a_meeting_and_a_reaudit_at_six_weeks(
    client, audit_users, programme, today
):
    audit = allocate(programme, audit_users)
    client.force_login(audit_users["auditor"])
    complete(client, audit, "requires_improvement")
    audit.refresh_from_db()
    assert audit.status == Audit.Status.COMPLETED
    meeting = FeedbackMeeting.objects.get(audit=audit)
    reaudit = audit.reaudits.get()
    assert reaudit.kind == Audit.Kind.REAUDIT
    assert reaudit.due_on == today + datetime.timedelta(weeks=6)
    assert (reaudit.case_reference, reaudit.auditor) == (audit.case_reference, audit.auditor)
    assert meeting.due_on == today + datetime.timedelta(days=28)


def test_a_good_audit_opens_no_meeting(client, audit_users, programme):
    audit = allocate(programme, audit_users)
    client.force_login(audit_users["auditor"])
    complete(client, audit, "good")
    assert not FeedbackMeeting.objects.exists()
    assert Audit.objects.count() == 1


def test_a_moderator_changes_a_grade_with_a_reason_and_both_are_kept(
    client, audit_users, programme
):
    audit = completed(programme, audit_users, "good")
    client.force_login(audit_users["moderator"])
    url = f"/admin/audits/{audit.pk}/moderate/"
    response = client.post(
        url, {"connection": "good", "curiosity": "good", "overall": "requires_improvement"}
    )
    assert "Give the reason" in " ".join(response.context["form"].errors["reason"])
    client.post(
        url,
        {
            "connection": "good",
            "curiosity": "good",
            "overall": "requires_improvement",
            "reason": "No plan on file.",
        },
    )
    audit.refresh_from_db()
    assert audit.overall_grade == Grade.GOOD
    assert audit.final_grade == Grade.REQUIRES_IMPROVEMENT
    assert audit.moderated_by == audit_users["moderator"]
    # The moderated grade is what follows through.
    assert FeedbackMeeting.objects.filter(audit=audit).exists()
    page = client.get(f"/admin/audits/{audit.pk}/").content.decode()
    assert "No plan on file." in page
    assert "Requires improvement" in page and "Good" in page


def test_the_auditor_cannot_moderate(client, audit_users, programme):
    audit = completed(programme, audit_users, "good")
    client.force_login(audit_users["auditor"])
    response = client.post(f"/admin/audits/{audit.pk}/moderate/", {"overall": "inadequate"})
    assert response.status_code in (302, 403, 404)
    audit.refresh_from_db()
    assert audit.moderated_grades == {}


def test_the_feedback_meeting_record_and_its_actions(client, audit_users, programme, today):
    audit = completed(programme, audit_users, "inadequate")
    audit.follow_through()
    client.force_login(audit_users["team-manager"])
    response = client.post(
        f"/admin/audits/{audit.pk}/meeting/",
        {
            "held_on": today.isoformat(),
            "record": "We agreed dates for every action.",
            "actions-TOTAL_FORMS": "2",
            "actions-INITIAL_FORMS": "0",
            "actions-0-action": "Rewrite the plan",
            "actions-0-owner": audit_users["practitioner"].pk,
            "actions-0-due_on": (today + datetime.timedelta(days=7)).isoformat(),
        },
    )
    assert response.status_code == 302
    meeting = FeedbackMeeting.objects.get(audit=audit)
    assert meeting.held_on == today
    assert [action.action for action in meeting.actions.all()] == ["Rewrite the plan"]
    assert meeting.sent_at is not None
    assert "academy@example.org" in mail.outbox[-1].to


def test_last_cycles_requires_improvement_is_offered_for_reaudit_next_cycle(
    client, audit_users, programme
):
    earlier = completed(programme, audit_users, "requires_improvement", cycle="previous")
    completed(programme, audit_users, "good", reference="EH100003", cycle="previous")
    client.force_login(audit_users["academy"])
    page = client.get(f"/admin/audits/cycles/{programme['current'].pk}/candidates/")
    assert list(page.context["candidates"]) == [earlier]
    form = client.get(f"/admin/audits/allocate/?from={earlier.pk}").context["form"]
    assert form.initial["case_reference"] == earlier.case_reference
    client.post(
        "/admin/audits/allocate/",
        {
            "reaudit_of": earlier.pk,
            "cycle": programme["current"].pk,
            "tool": programme["tool"].pk,
            "case_reference": earlier.case_reference,
            "team": programme["team"].pk,
            "practitioner": audit_users["practitioner"].pk,
            "auditor": audit_users["auditor"].pk,
            "due_on": (timezone.localdate() + datetime.timedelta(days=5)).isoformat(),
        },
    )
    reaudit = Audit.objects.get(kind=Audit.Kind.NEXT_CYCLE)
    assert reaudit.reaudit_of == earlier
    page = client.get(f"/admin/audits/cycles/{programme['current'].pk}/candidates/")
    assert list(page.context["candidates"]) == []


def test_a_safeguarding_concern_is_emailed_the_same_day_and_responses_show(
    client, audit_users, programme
):
    audit = allocate(programme, audit_users)
    client.force_login(audit_users["auditor"])
    client.post(
        f"/admin/audits/{audit.pk}/conduct/",
        {
            "safeguarding_concern": "An unexplained injury was described.",
            "confirm_not_personal": "on",
        },
    )
    audit.refresh_from_db()
    assert audit.safeguarding_raised_at.date() == timezone.localdate()
    message = mail.outbox[-1]
    assert set(message.to) == {"team-manager@example.org", "academy@example.org"}
    assert f"/admin/audits/{audit.pk}/" in message.body
    client.force_login(audit_users["team-manager"])
    client.post(f"/admin/audits/{audit.pk}/respond/", {"response": "Strategy discussion held."})
    page = client.get(f"/admin/audits/{audit.pk}/").content.decode()
    assert "Strategy discussion held." in page
    assert "Tariq Manager" in page
    # Saving again does not email again.
    sent = len(mail.outbox)
    client.force_login(audit_users["auditor"])
    client.post(
        f"/admin/audits/{audit.pk}/conduct/",
        {
            "safeguarding_concern": "An unexplained injury was described.",
            "confirm_not_personal": "on",
        },
    )
    assert len(mail.outbox) == sent


def test_the_family_is_asked_through_the_feedback_form_and_answers_show_beside_the_audit(
    client, audit_users, programme, feedback_pages
):
    from tests.review.conftest import make_submission

    audit = allocate(programme, audit_users)
    client.force_login(audit_users["auditor"])
    client.post(f"/admin/audits/{audit.pk}/family-form/")
    audit.refresh_from_db()
    page = client.get(f"/admin/audits/{audit.pk}/").content.decode()
    assert f"?src=audit-{audit.pk}" in page
    make_submission(
        feedback_pages["feedback"],
        source=audit.family_source_tag,
        answers={"how_helpful": 5, "went_well": "She came back when she said."},
    )
    page = client.get(f"/admin/audits/{audit.pk}/").content.decode()
    assert "She came back when she said." in page
