"""The external consultant's twice-yearly sample and the Youth Justice Service's moderator."""

import datetime
import io

import pytest
from openpyxl import load_workbook
from wagtail.models import ModelLogEntry

from audits.models import AuditTool, ConsultantSample, Cycle, SampledAudit, Service, Team
from tests.audits.conftest import SECTIONS, completed

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("as_tower_hamlets")]


@pytest.fixture
def four(programme, audit_users):
    return [
        completed(programme, audit_users, grade, reference=f"EH40000{number}")
        for number, grade in enumerate(["good", "requires_improvement", "good", "inadequate"])
    ]


def draw(client, audit_users, today, size=2, **extra):
    return client.post(
        "/admin/audits/consultant-samples/",
        {
            "consultant": audit_users["consultant"].pk,
            "period_starts_on": (today - datetime.timedelta(days=1)).isoformat(),
            "period_ends_on": today.isoformat(),
            "size": size,
            **extra,
        },
    )


def test_the_consultant_reviews_only_the_audits_drawn_for_them_and_both_grades_are_reported(
    client, audit_users, programme, four, today
):
    client.force_login(audit_users["academy"])
    assert draw(client, audit_users, today).status_code == 302
    sample = ConsultantSample.objects.get()
    sampled = [entry.audit for entry in sample.entries.all()]
    others = [audit for audit in four if audit not in sampled]
    assert len(sampled) == 2 and sample.drawn_by == audit_users["academy"]
    assert ModelLogEntry.objects.filter(action="audits.sampled").count() == 2

    client.force_login(audit_users["consultant"])
    for audit in sampled:
        assert client.get(f"/admin/audits/{audit.pk}/").status_code == 200
    for audit in others:
        assert client.get(f"/admin/audits/{audit.pk}/").status_code == 404
        assert client.get(f"/admin/audits/{audit.pk}/consultant-review/").status_code == 404
    for screen in ("conduct", "moderate", "meeting"):
        assert client.get(f"/admin/audits/{sampled[0].pk}/{screen}/").status_code == 404
    assert client.get(f"/admin/audits/reports/{programme['current'].pk}/").status_code in (302, 403)
    listed = client.get("/admin/audits/").content.decode()
    assert all(a.case_reference in listed for a in sampled)
    assert not any(a.case_reference in listed for a in others)

    differing = "inadequate" if sampled[0].final_grade != "inadequate" else "good"
    url = f"/admin/audits/{sampled[0].pk}/consultant-review/"
    assert client.post(url, {"grade": "excellent", "commentary": "x"}).status_code == 200
    response = client.post(url, {"grade": differing, "commentary": "The file shows no plan."})
    assert response.status_code == 302
    client.post(
        f"/admin/audits/{sampled[1].pk}/consultant-review/",
        {"grade": sampled[1].final_grade, "commentary": "Accurate."},
    )
    entry = SampledAudit.objects.get(audit=sampled[0])
    assert (entry.grade, entry.commentary) == (differing, "The file shows no plan.")
    sampled[0].refresh_from_db()
    assert sampled[0].final_grade != differing  # the audit's own grades are untouched
    actions = set(
        ModelLogEntry.objects.filter(
            object_id=str(sampled[0].pk), user=audit_users["consultant"]
        ).values_list("action", flat=True)
    )
    assert {"audits.view", "audits.consultant_review"} <= actions

    client.force_login(audit_users["academy"])
    body = client.get(f"/admin/audits/consultant-samples/{sample.pk}/").content.decode()
    assert "The file shows no plan." in body and "differs" in body
    report = client.get(f"/admin/audits/reports/{programme['current'].pk}/").context
    rows = {str(label): counts for label, counts, _total in report["consultant"]}
    grades = ["outstanding", "good", "requires_improvement", "inadequate"]
    assert rows["External consultant"] == [
        [differing, sampled[1].final_grade].count(grade) for grade in grades
    ]
    assert rows["Sampled audits, after moderation"] == [
        [a.final_grade for a in sampled].count(grade) for grade in grades
    ]
    assert (report["consultant_reviewed"], report["consultant_agreed"]) == (2, 1)
    book = load_workbook(
        io.BytesIO(
            client.get(f"/admin/audits/reports/{programme['current'].pk}/report.xlsx").content
        )
    )
    sheet = list(book["Consultant sample"].iter_rows(values_only=True))
    assert list(sheet[2][1:5]) == rows["External consultant"]


def test_a_sample_needs_a_period_with_completed_audits(client, audit_users, programme, four, today):
    client.force_login(audit_users["academy"])
    response = draw(
        client, audit_users, today, period_starts_on="2020-01-01", period_ends_on="2020-06-30"
    )
    assert "No audit was completed in this period" in response.content.decode()
    response = draw(client, audit_users, today, period_ends_on="2020-01-01")
    assert "cannot end before it starts" in response.content.decode()
    response = draw(client, audit_users, today, consultant=audit_users["auditor"].pk)
    assert response.context["form"].errors["consultant"]
    assert not ConsultantSample.objects.exists()
    for role in ("consultant", "moderator", "auditor"):
        client.force_login(audit_users[role])
        draw(client, audit_users, today)
    assert not ConsultantSample.objects.exists()


@pytest.fixture
def youth_justice(audit_users, today):
    service = Service.objects.create(
        name="Youth Justice Service",
        case_reference_pattern=r"^YJ[0-9]{6}$",
        case_reference_example="YJ300127",
    )
    service.external_moderators.set([audit_users["yjs-moderator"]])
    return {
        "service": service,
        "team": Team.objects.create(service=service, name="Youth Justice"),
        "tool": AuditTool.objects.create(name="YJS tool", service=service, sections=SECTIONS),
        "current": Cycle.ensure_for(service, today.replace(day=1)),
    }


MODERATION = {"connection": "good", "curiosity": "good", "overall": "requires_improvement"}


def test_the_youth_justice_service_is_moderated_by_its_external_moderator_alone(
    client, audit_users, programme, youth_justice
):
    yjs = completed(youth_justice, audit_users, "good", reference="YJ500001")
    early_help = completed(programme, audit_users, "good", reference="EH500001")

    client.force_login(audit_users["moderator"])
    assert client.get(f"/admin/audits/{yjs.pk}/").status_code == 200  # sees all of the council's
    assert client.get(f"/admin/audits/{yjs.pk}/moderate/").status_code == 404
    assert (
        client.post(f"/admin/audits/{yjs.pk}/moderate/", {**MODERATION, "reason": "x"}).status_code
        == 404
    )
    assert client.get(f"/admin/audits/{early_help.pk}/moderate/").status_code == 200

    client.force_login(audit_users["yjs-moderator"])
    assert client.get(f"/admin/audits/{early_help.pk}/").status_code == 404
    assert client.get(f"/admin/audits/{early_help.pk}/moderate/").status_code == 404
    home = client.get("/admin/audits/").content.decode()
    assert "YJ500001" in home and "EH500001" not in home
    response = client.post(
        f"/admin/audits/{yjs.pk}/moderate/", {**MODERATION, "reason": "No plan on file."}
    )
    assert response.status_code == 302
    yjs.refresh_from_db()
    assert yjs.moderated_by == audit_users["yjs-moderator"]
    assert (yjs.overall_grade, yjs.final_grade) == ("good", "requires_improvement")
    for url in ("/admin/audits/reports/", "/admin/audits/observations/", "/admin/audits/allocate/"):
        assert client.get(url).status_code in (302, 403), url


def test_the_academy_names_a_services_external_moderator_in_the_admin(
    client, audit_users, programme
):
    service = programme["service"]
    audit = completed(programme, audit_users, "good", reference="EH500002")
    client.force_login(audit_users["academy"])
    response = client.post(
        f"/admin/audits/services/edit/{service.pk}/",
        {
            "name": service.name,
            "frequency": service.frequency,
            "case_reference_pattern": service.case_reference_pattern,
            "case_reference_example": service.case_reference_example,
            "external_moderators": [audit_users["yjs-moderator"].pk],
        },
    )
    assert response.status_code == 302, response.context["form"].errors
    assert list(service.external_moderators.all()) == [audit_users["yjs-moderator"]]
    client.force_login(audit_users["yjs-moderator"])
    assert client.get(f"/admin/audits/{audit.pk}/moderate/").status_code == 200
    client.force_login(audit_users["moderator"])
    assert client.get(f"/admin/audits/{audit.pk}/moderate/").status_code == 404
