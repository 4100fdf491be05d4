import datetime

import pytest
from django.utils import timezone

from audits.models import Audit, AuditTool, Cycle, Frequency, Service, Team
from councils.tenancy import council_scope
from tests.factories import UserFactory, council

SECTIONS = [
    ("section", {"key": "connection", "title": "Connection", "prompt": "", "graded": True}),
    ("section", {"key": "curiosity", "title": "Curiosity", "prompt": "", "graded": True}),
    ("section", {"key": "notes", "title": "Notes", "prompt": "", "graded": False}),
]


@pytest.fixture
def today():
    return timezone.localdate()


@pytest.fixture
def audit_users(demo_users):
    """The demo users with the audit roles the demo loader gives them, and a second auditor."""
    from audits import demo

    groups = demo.ensure_groups()
    users = {**demo_users, **demo.ensure_users(groups)}
    users["other-auditor"] = UserFactory(username="other-auditor", email="other@example.org")
    users["other-auditor"].groups.set([groups[("tower-hamlets", "Auditors")]])
    users["other-consultant"] = UserFactory(username="other-consultant")
    users["other-consultant"].groups.set([groups[("tower-hamlets", "External consultants")]])
    users["newham-auditor"] = UserFactory(username="newham-auditor", council=council("newham"))
    users["newham-auditor"].groups.set([groups[("newham", "Auditors")]])
    return users


def build_programme(users, today, slug="tower-hamlets", auditor="auditor"):
    """One service with a team, a tool, last cycle and this one, for ``slug``'s council."""
    with council_scope(council(slug)):
        service = Service.objects.create(
            name="Early Help",
            frequency=Frequency.TWO_MONTHLY,
            case_reference_pattern=r"^EH[0-9]{6}$",
            case_reference_example="EH104233",
            head_of_service=users["academy"] if slug == "tower-hamlets" else None,
        )
        team = Team.objects.create(
            service=service,
            name="Early Help North",
            manager=users["team-manager"] if slug == "tower-hamlets" else None,
        )
        tool = AuditTool.objects.create(
            name="Early Help audit tool", service=service, sections=SECTIONS
        )
        previous = Cycle.ensure_for(service, today.replace(day=1) - datetime.timedelta(days=70))
        current = Cycle.ensure_for(service, today.replace(day=1))
        return {
            "service": service,
            "team": team,
            "tool": tool,
            "previous": previous,
            "current": current,
        }


def allocate(programme, users, reference="EH100001", cycle="current", auditor="auditor", **extra):
    with council_scope(programme["service"].council):
        return Audit.objects.create(
            cycle=programme[cycle],
            tool_version=programme["tool"].current_version(),
            case_reference=reference,
            team=programme["team"],
            practitioner=users[extra.pop("practitioner", "practitioner")],
            auditor=users[auditor],
            due_on=extra.pop("due_on", timezone.localdate() + datetime.timedelta(days=14)),
            **extra,
        )


def completed(programme, users, grade, reference="EH100002", **extra):
    answers = {
        "connection": {"grade": grade, "working_well": "Listened well.", "to_change": "Dates."},
        "curiosity": {"grade": "good", "working_well": "", "to_change": ""},
        "notes": {"working_well": "", "to_change": ""},
    }
    return allocate(
        programme,
        users,
        reference,
        status=Audit.Status.COMPLETED,
        answers=answers,
        overall_grade=grade,
        family_view_not_sought="Not reached.",
        completed_at=timezone.now(),
        **extra,
    )


@pytest.fixture
def programme(audit_users, today):
    return build_programme(audit_users, today)


@pytest.fixture
def newham_programme(audit_users, today):
    return build_programme(audit_users, today, slug="newham")
