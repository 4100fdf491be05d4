"""An audit's life in Chromium, as the demo users: allocation, the audit conversation,
moderation, the feedback meeting and the re-audit at six weeks."""

import datetime

import pytest
from playwright.sync_api import expect

from audits.models import Audit, FeedbackMeeting
from councils.tenancy import council_scope
from tests.audits.conftest import build_programme
from tests.browser.conftest import sign_in
from tests.factories import council

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


@pytest.fixture
def as_user(browser, live_server):
    contexts = []

    def open_as(username):
        context = browser.new_context(base_url=live_server.url)
        contexts.append(context)
        page = context.new_page()
        page.set_default_timeout(15_000)
        sign_in(page, username)
        return page

    yield open_as
    for context in contexts:
        context.close()


@pytest.fixture
def programme(demo_users):
    from audits import demo

    groups = demo.ensure_groups()
    users = {**demo_users, **demo.ensure_users(groups)}
    return build_programme(users, datetime.date.today())


def test_an_audit_from_allocation_to_the_reaudit_at_six_weeks(as_user, programme):
    today = datetime.date.today()
    # The Learning Academy allocates.
    academy = as_user("academy")
    academy.goto("/admin/audits/allocate/")
    academy.select_option("#id_cycle", label=str(programme["current"]))
    academy.select_option("#id_tool", label="Early Help audit tool")
    academy.fill("#id_case_reference", "EH555123")
    academy.select_option("#id_team", label=str(programme["team"]))
    academy.select_option("#id_practitioner", label="Priya Practitioner")
    academy.select_option("#id_auditor", label="Aisha Auditor")
    academy.fill("#id_due_on", (today - datetime.timedelta(days=1)).isoformat())
    academy.get_by_role("button", name="Allocate").click()
    expect(academy.get_by_text("The due date is in the past")).to_be_visible()
    academy.fill("#id_due_on", (today + datetime.timedelta(days=14)).isoformat())
    academy.get_by_role("button", name="Allocate").click()
    expect(academy.get_by_role("heading", name="Audit")).to_contain_text("EH555123")
    with council_scope(council()):
        audit = Audit.objects.get(case_reference="EH555123")

    # The auditor and the practitioner talk it through; the auditor writes it up.
    auditor = as_user("auditor")
    auditor.goto("/admin/audits/")
    auditor.get_by_role("link", name="EH555123").click()
    auditor.get_by_role("link", name="Carry out the audit").click()
    auditor.select_option("#id_connection__grade", "good")
    auditor.fill("#id_connection__working_well", "You built trust quickly and the family say so.")
    auditor.select_option("#id_curiosity__grade", "requires_improvement")
    auditor.fill("#id_curiosity__to_change", "Ask the family Mrs Begum's view of school.")
    auditor.select_option("#id_overall_grade", "requires_improvement")
    auditor.fill("#id_practitioner_view", "A heavy caseload made visits hard to arrange.")
    auditor.fill("#id_family_view", "They felt listened to.")
    auditor.get_by_role("button", name="Complete audit").click()
    expect(auditor.get_by_text("looks like it contains a name")).to_be_visible()
    auditor.fill("#id_curiosity__to_change", "Ask the family's view of school.")
    auditor.get_by_role("button", name="Complete audit").click()
    expect(auditor.get_by_text("Audit completed.")).to_be_visible()
    auditor.get_by_role("button", name="Share with the practitioner").click()
    expect(auditor.get_by_text("shared with the practitioner").first).to_be_visible()

    practitioner = as_user("practitioner")
    practitioner.goto(f"/admin/audits/{audit.pk}/")
    expect(practitioner.get_by_text("You built trust quickly")).to_be_visible()

    # The moderator agrees all but one grade, and says why.
    moderator = as_user("moderator")
    moderator.goto(f"/admin/audits/{audit.pk}/moderate/")
    moderator.select_option("#id_connection", "requires_improvement")
    moderator.get_by_role("button", name="Save moderation").click()
    expect(moderator.get_by_text("Give the reason for changing the grade.")).to_be_visible()
    moderator.fill("#id_reason", "The record does not yet show the relationship described.")
    moderator.get_by_role("button", name="Save moderation").click()
    expect(moderator.get_by_text("Moderation saved.")).to_be_visible()
    expect(moderator.get_by_text("The record does not yet show")).to_be_visible()

    # Requires improvement: the team manager records the feedback meeting.
    manager = as_user("team-manager")
    manager.goto(f"/admin/audits/{audit.pk}/")
    manager.get_by_role("link", name="Feedback meeting record").click()
    manager.fill("#id_held_on", today.isoformat())
    manager.fill("#id_record", "We agreed to ask the family about school at every visit.")
    manager.fill("#id_actions-0-action", "Visit school with the family")
    manager.select_option("#id_actions-0-owner", label="Priya Practitioner")
    manager.fill("#id_actions-0-due_on", (today + datetime.timedelta(days=21)).isoformat())
    manager.get_by_role("button", name="Save the record").click()
    expect(manager.get_by_text("Meeting record saved.")).to_be_visible()
    with council_scope(council()):
        assert FeedbackMeeting.objects.get(audit=audit).actions.count() == 1

    # Six weeks on, the auditor re-audits: the work now reaches good.
    auditor.goto(f"/admin/audits/{audit.pk}/")
    expect(
        auditor.get_by_text((today + datetime.timedelta(weeks=6)).strftime("%-d %b %Y"))
    ).to_be_visible()
    with council_scope(council()):
        reaudit = audit.reaudits.get(kind=Audit.Kind.REAUDIT)
    auditor.goto(f"/admin/audits/{reaudit.pk}/conduct/")
    auditor.select_option("#id_connection__grade", "good")
    auditor.select_option("#id_curiosity__grade", "good")
    auditor.select_option("#id_overall_grade", "good")
    auditor.fill("#id_family_view_not_sought", "Re-audit of the record with the practitioner.")
    auditor.get_by_role("button", name="Complete audit").click()
    expect(auditor.get_by_text("Audit completed.")).to_be_visible()

    academy.goto(f"/admin/audits/reports/{programme['current'].pk}/")
    expect(academy.locator("#reaudit-outcomes")).to_contain_text(
        "of 1 graded requires improvement before, 1 now reach good"
    )
