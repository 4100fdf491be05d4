"""The demo programme: Tower Hamlets' tools, two cycles per service, about 30 audits, idempotent."""

import pytest

from audits import demo
from audits.models import (
    Audit,
    AuditTheme,
    AuditTool,
    DipSampleCase,
    FeedbackMeeting,
    Observation,
    SampledAudit,
)
from councils.tenancy import council_scope
from tests.factories import council

pytestmark = pytest.mark.django_db


def counts():
    with council_scope(council()):
        return {
            "audits": Audit.objects.count(),
            "meetings": FeedbackMeeting.objects.count(),
            "reaudits": Audit.objects.filter(kind=Audit.Kind.REAUDIT).count(),
            "moderated": Audit.objects.exclude(moderated_grades={}).count(),
            "changed": sum(
                1
                for a in Audit.objects.exclude(moderated_grades={})
                if a.final_grade != a.overall_grade
            ),
            "tools": AuditTool.objects.count(),
            "dip": DipSampleCase.objects.count(),
            "observations": Observation.objects.count(),
            "themes": AuditTheme.objects.count(),
            "tagged": sum(1 for a in Audit.objects.all() if a.theme_ids("to_change")),
            "sampled": SampledAudit.objects.count(),
            "reviewed": SampledAudit.objects.exclude(grade="").count(),
            "yjs_moderated": Audit.objects.filter(
                cycle__service__name="Youth Justice Service",
                moderated_by__username="yjs-moderator",
            ).count(),
        }


def test_the_demo_loads_the_programme_once(demo_users, client):
    users = demo.load({}, demo_users)
    first = counts()
    assert 25 <= first["audits"] <= 35
    assert first["meetings"] == first["reaudits"] == 2
    assert first["changed"] >= 1 and first["tools"] == 5
    assert first["dip"] > 0 and first["observations"] >= 2
    assert first["themes"] >= 6 and first["tagged"] >= 20
    assert first["sampled"] > first["reviewed"] > 0 and first["yjs_moderated"] >= 1
    demo.load({}, demo_users)
    assert counts() == first
    client.force_login(users["auditor"])
    assert client.get("/admin/audits/").status_code == 200
    client.force_login(users["consultant"])
    assert client.get("/admin/audits/consultant-samples/").status_code == 200
    assert users["consultant"].check_password("better-together")
    assert users["yjs-moderator"].check_password("better-together")
    assert users["auditor"].check_password("better-together")
    with council_scope(council("newham")):
        assert not Audit.objects.exists()
