"""Dip samples reported per team; Practice Week observations; exit interviews anonymised."""

import datetime

import pytest

from audits.models import AuditTool, DipSample, DipSampleCase, Observation
from audits.samples import dip_results

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("as_tower_hamlets")]


@pytest.fixture
def sample(programme):
    return DipSample.objects.create(
        service=programme["service"],
        title="Neglect tool on the record",
        questions=[
            ("question", {"key": "tool", "label": "Neglect tool seen?", "answer": "yes_no"}),
            ("question", {"key": "visits", "label": "Visits", "answer": "count"}),
        ],
    )


def test_an_auditor_adds_cases_and_results_show_per_team(client, audit_users, programme, sample):
    from audits.models import Team

    south = Team.objects.create(service=programme["service"], name="Early Help South")
    client.force_login(audit_users["auditor"])
    url = f"/admin/audits/dip-samples/{sample.pk}/"
    for reference, team, tool, visits in [
        ("EH300001", programme["team"], "yes", 2),
        ("EH300002", programme["team"], "no", 1),
        ("EH300003", south, "yes", 4),
    ]:
        response = client.post(
            url, {"case_reference": reference, "team": team.pk, "q_tool": tool, "q_visits": visits}
        )
        assert response.status_code == 302
    _questions, rows = dip_results(sample)
    assert rows == [("Early Help North", 2, [1, 3]), ("Early Help South", 1, [1, 4])]
    page = client.get(url).content.decode()
    assert "Early Help South" in page


def test_a_dip_sample_refuses_a_bad_or_repeated_case_reference(
    client, audit_users, programme, sample
):
    client.force_login(audit_users["auditor"])
    url = f"/admin/audits/dip-samples/{sample.pk}/"
    data = {"team": programme["team"].pk, "q_tool": "yes", "q_visits": 1}
    response = client.post(url, {**data, "case_reference": "Jane Smith"})
    assert "case references look like" in " ".join(
        response.context["form"].errors["case_reference"]
    )
    client.post(url, {**data, "case_reference": "EH300001"})
    response = client.post(url, {**data, "case_reference": "EH300001"})
    assert "already in the sample" in " ".join(response.context["form"].errors["case_reference"])
    assert DipSampleCase.objects.count() == 1


def exit_form():
    return AuditTool.objects.create(
        name="Exit interview",
        kind=AuditTool.Kind.EXIT_INTERVIEW,
        sections=[
            ("section", {"key": "why", "title": "Why leave?", "prompt": "", "graded": False})
        ],
    )


def test_exit_interviews_are_anonymised_before_the_academy_reads_them(client, audit_users):
    tool = exit_form()
    client.force_login(audit_users["moderator"])
    client.post(
        f"/admin/audits/observations/{tool.pk}/new/",
        {
            "happened_on": datetime.date.today().isoformat(),
            "s_why": "My manager Mr Jones never returned calls to 07700 900456.",
            "themes": "supervision, workload",
        },
    )
    observation = Observation.objects.get()
    assert observation.observer is None
    assert "Jones" not in observation.answers["why"]
    assert "07700" not in observation.answers["why"]
    client.force_login(audit_users["academy"])
    page = client.get("/admin/audits/observations/").content.decode()
    assert "supervision" in page and "never returned calls" in page
    assert "Jones" not in page


def test_a_practice_week_observation_keeps_its_observer(client, audit_users, programme):
    tool = AuditTool.objects.create(
        name="Practice Week",
        kind=AuditTool.Kind.OBSERVATION,
        sections=[("section", {"key": "seen", "title": "Seen", "prompt": "", "graded": False})],
    )
    client.force_login(audit_users["moderator"])
    client.post(
        f"/admin/audits/observations/{tool.pk}/new/",
        {
            "happened_on": datetime.date.today().isoformat(),
            "team": programme["team"].pk,
            "s_seen": "A warm visit.",
        },
    )
    observation = Observation.objects.get()
    assert (observation.observer, observation.team) == (audit_users["moderator"], programme["team"])


def test_practitioners_cannot_read_observations_or_dip_samples(client, audit_users, sample):
    client.force_login(audit_users["practitioner"])
    assert client.get("/admin/audits/observations/").status_code in (302, 403)
    assert client.get(f"/admin/audits/dip-samples/{sample.pk}/").status_code in (302, 403)
