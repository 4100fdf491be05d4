"""Reports match counts computed here, independently, from the audits made."""

import io
import random

import pytest
from openpyxl import load_workbook

from audits.models import Audit, AuditTheme, Grade
from tests.audits.conftest import completed

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("as_tower_hamlets")]
GRADES = [grade.value for grade in Grade]


@pytest.fixture
def graded(programme, audit_users):
    chance = random.Random(3)  # noqa: S311
    made = []
    for number in range(12):
        grade = chance.choice(GRADES)
        audit = completed(programme, audit_users, grade, reference=f"EH2000{number:02d}")
        if number % 3 == 0:
            audit.moderated_grades = {"overall": chance.choice(GRADES), "connection": "good"}
            audit.save()
        made.append(audit)
    return made


def test_the_report_counts_grades_before_and_after_moderation(
    client, audit_users, programme, graded
):
    before = {grade: sum(1 for a in graded if a.overall_grade == grade) for grade in GRADES}
    after = {
        grade: sum(1 for a in graded if a.moderated_grades.get("overall", a.overall_grade) == grade)
        for grade in GRADES
    }
    connection_after = {
        grade: sum(
            1
            for a in graded
            if a.moderated_grades.get("connection", a.answers["connection"]["grade"]) == grade
        )
        for grade in GRADES
    }
    client.force_login(audit_users["moderator"])
    context = client.get(f"/admin/audits/reports/{programme['current'].pk}/").context
    overall = {str(label): counts for label, counts, _total in context["overall"]}
    assert overall["Before moderation"] == [before[g] for g in GRADES]
    assert overall["After moderation"] == [after[g] for g in GRADES]
    sections = {label: counts for label, counts, _total in context["sections_after"]}
    assert sections["Connection"] == [connection_after[g] for g in GRADES]
    assert context["changed_by_moderation"] == sum(
        1 for a in graded if a.moderated_grades.get("overall", a.overall_grade) != a.overall_grade
    )


def test_reaudit_outcomes_count_requires_improvement_that_reached_good(
    client, audit_users, programme, graded
):
    from django.utils import timezone

    ris = [a for a in graded if a.final_grade == Grade.REQUIRES_IMPROVEMENT]
    for index, audit in enumerate(ris):
        audit.follow_through()
        reaudit = audit.reaudits.get()
        reaudit.status = Audit.Status.COMPLETED
        reaudit.overall_grade = Grade.GOOD if index % 2 == 0 else Grade.REQUIRES_IMPROVEMENT
        reaudit.completed_at = timezone.now()
        reaudit.save()
    client.force_login(audit_users["academy"])
    context = client.get(f"/admin/audits/reports/{programme['current'].pk}/").context
    assert context["reaudits_were_ri"] == len(ris) > 0
    assert context["reaudits_ri_reached_good"] == len(range(0, len(ris), 2))
    # Re-audits are outcomes, not counted again among the cycle's grades.
    assert context["audits"] == len(graded)


def test_the_xlsx_for_the_improvement_board_has_the_same_figures(
    client, audit_users, programme, graded
):
    client.force_login(audit_users["academy"])
    response = client.get(f"/admin/audits/reports/{programme['current'].pk}/report.xlsx")
    book = load_workbook(io.BytesIO(response.content))
    rows = list(book["Overall"].iter_rows(values_only=True))
    assert rows[1][1:5] == tuple(sum(1 for a in graded if a.overall_grade == g) for g in GRADES)
    assert "EH2000" not in str([list(sheet.values) for sheet in book])


def test_practitioners_and_auditors_get_no_report(client, audit_users, programme, graded):
    for role in ("auditor", "practitioner", "team-manager"):
        client.force_login(audit_users[role])
        response = client.get(f"/admin/audits/reports/{programme['current'].pk}/")
        assert response.status_code in (302, 403)


def test_the_top_ten_is_published_on_the_intranet_without_case_references(
    client, audit_users, programme, graded
):
    from audits.models import TopTenFindingsPage

    client.force_login(audit_users["academy"])
    url = f"/admin/audits/reports/{programme['current'].pk}/top-ten/"
    form = client.get(url).context["form"]
    assert form.initial["learning_1"] == "Dates."  # the cycle's most frequent "what to change"
    data = {"title": "Top Ten: Early Help", "finding_1": "Plans lack dates", "learning_1": "Dates."}
    response = client.post(url, {**data, "finding_2": "See case EH200003 for an example"})
    assert "looks like a case reference" in " ".join(response.context["form"].errors["finding_2"])
    assert not TopTenFindingsPage.objects.exists()
    response = client.post(url, data)
    page = TopTenFindingsPage.objects.get()
    assert page.live and response.status_code == 302
    assert "Plans lack dates" in client.get(page.url).content.decode()
    client.post(url, {**data, "finding_1": "Plans now have dates"})
    assert TopTenFindingsPage.objects.get().findings[0].value["finding"] == "Plans now have dates"


@pytest.fixture
def themes():
    return [AuditTheme.objects.create(name=name) for name in ("Drift", "Child's voice", "Network")]


def test_the_report_counts_strengths_and_areas_for_development_by_theme(
    client, audit_users, programme, graded, themes
):
    chance = random.Random(7)  # noqa: S311
    ids = [theme.pk for theme in themes]
    for audit in graded:
        for key in ("connection", "curiosity"):
            audit.answers[key]["working_well_themes"] = chance.sample(ids, chance.randint(0, 2))
            audit.answers[key]["to_change_themes"] = chance.sample(ids, chance.randint(0, 3))
        audit.save()

    def audits_naming(theme, part):
        return sum(
            1
            for a in graded
            if any(theme.pk in a.answers[key].get(part, []) for key in ("connection", "curiosity"))
        )

    expected = {
        theme.name: [
            audits_naming(theme, "working_well_themes"),
            audits_naming(theme, "to_change_themes"),
        ]
        for theme in themes
    }
    assert any(counts[0] for counts in expected.values())
    client.force_login(audit_users["moderator"])
    response = client.get(f"/admin/audits/reports/{programme['current'].pk}/")
    assert {label: counts for label, counts, _total in response.context["themes"]} == expected
    assert "Strengths and areas for development by theme" in response.content.decode()
    client.force_login(audit_users["academy"])
    response = client.get(f"/admin/audits/reports/{programme['current'].pk}/report.xlsx")
    rows = list(load_workbook(io.BytesIO(response.content))["Themes"].iter_rows(values_only=True))
    assert {row[0]: list(row[1:3]) for row in rows[1:]} == expected


def test_the_auditor_tags_each_narrative_with_themes_and_the_audit_shows_them(
    client, audit_users, programme, themes
):
    from tests.audits.conftest import allocate

    audit = allocate(programme, audit_users)
    drift, voice, _network = themes
    client.force_login(audit_users["auditor"])
    response = client.post(
        f"/admin/audits/{audit.pk}/conduct/",
        {
            "connection__grade": "good",
            "connection__working_well": "Visits as promised.",
            "connection__working_well_themes": [str(voice.pk)],
            "connection__to_change": "The plan has no dates.",
            "connection__to_change_themes": [str(drift.pk), str(voice.pk)],
            "curiosity__grade": "good",
            "overall_grade": "good",
            "family_view": "Calmer at home.",
            "complete": "1",
        },
    )
    assert response.status_code == 302
    audit.refresh_from_db()
    assert audit.answers["connection"]["working_well_themes"] == [voice.pk]
    assert audit.answers["connection"]["to_change_themes"] == sorted([drift.pk, voice.pk])
    assert audit.answers["curiosity"]["to_change_themes"] == []
    body = client.get(f"/admin/audits/{audit.pk}/").content.decode()
    assert "Themes: Drift, Child" in body
    client.force_login(audit_users["academy"])
    report = client.get(f"/admin/audits/reports/{programme['current'].pk}/").context
    assert {label: counts for label, counts, _t in report["themes"]}["Drift"] == [0, 1]
