"""Audit tools built without code, and allocating an audit with a clear message for bad input."""

import datetime

import pytest
from django.core.exceptions import ValidationError

from audits import personal
from audits.models import Audit, AuditTool, ToolVersion
from tests.audits.conftest import SECTIONS

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("as_tower_hamlets")]


def test_a_reworded_section_is_a_new_version_with_the_same_keys(programme):
    tool = programme["tool"]
    first = tool.current_version()
    assert tool.current_version() == first
    tool.sections = [
        ("section", {**SECTIONS[0][1], "title": "Connection and relationships"}),
        *SECTIONS[1:],
    ]
    tool.save()
    second = tool.current_version()
    assert second != first
    assert [s["key"] for s in second.sections] == [s["key"] for s in first.sections]
    assert ToolVersion.objects.filter(tool=tool).count() == 2


def test_two_sections_with_one_key_are_refused(programme):
    tool = AuditTool(
        name="Clash", service=programme["service"], sections=[SECTIONS[0], SECTIONS[0]]
    )
    with pytest.raises(ValidationError) as error:
        tool.full_clean()
    assert "connection" in str(error.value.message_dict["sections"])


def allocation(programme, audit_users, **changes):
    data = {
        "cycle": programme["current"].pk,
        "tool": programme["tool"].pk,
        "case_reference": "EH123456",
        "team": programme["team"].pk,
        "practitioner": audit_users["practitioner"].pk,
        "auditor": audit_users["auditor"].pk,
        "due_on": (datetime.date.today() + datetime.timedelta(days=10)).isoformat(),
    }
    data.update(changes)
    return data


def test_the_academy_allocates_an_audit(client, audit_users, programme):
    client.force_login(audit_users["academy"])
    response = client.post("/admin/audits/allocate/", allocation(programme, audit_users))
    audit = Audit.objects.get(case_reference="EH123456")
    assert response.status_code == 302
    assert (audit.auditor, audit.allocated_by) == (audit_users["auditor"], audit_users["academy"])
    assert audit.tool_version.tool == programme["tool"]


@pytest.mark.parametrize(
    "changes,field,message",
    [
        ({"due_on": "2020-01-01"}, "due_on", "The due date is in the past"),
        ({"case_reference": "Amina Khan"}, "case_reference", "case references look like EH104233"),
        ({"case_reference": "12345678"}, "case_reference", "case references look like EH104233"),
    ],
)
def test_bad_allocations_get_a_message_on_the_field_and_nothing_is_stored(
    client, audit_users, programme, changes, field, message
):
    client.force_login(audit_users["academy"])
    response = client.post("/admin/audits/allocate/", allocation(programme, audit_users, **changes))
    assert response.status_code == 200
    assert message in " ".join(response.context["form"].errors[field])
    assert not Audit.objects.exists()


def test_only_the_councils_auditors_can_be_chosen(client, audit_users, programme):
    client.force_login(audit_users["academy"])
    data = allocation(programme, audit_users, auditor=audit_users["newham-auditor"].pk)
    response = client.post("/admin/audits/allocate/", data)
    assert "auditor" in response.context["form"].errors
    assert not Audit.objects.exists()


@pytest.mark.parametrize(
    "text,kind",
    [
        ("Spoke with Mrs Begum about the plan.", "name"),
        ("the worker met Amina Khan at school", "name"),
        ("Call mum on 07700 900123 after school.", "phone"),
        ("DOB 03/04/2015, in year 5.", "date"),
        ("Born on 3 April 2015.", "date"),
    ],
)
def test_text_that_looks_personal_is_flagged(text, kind):
    assert kind in {found_kind for found_kind, _excerpt in personal.findings(text)}


def test_the_practice_models_own_words_are_not_flagged():
    text = "The plan shows Curiosity about school, and good work with Early Help and Family Hubs."
    assert personal.findings(text) == []


def test_the_auditor_confirms_or_changes_flagged_text(client, audit_users, programme):
    from tests.audits.conftest import allocate

    audit = allocate(programme, audit_users)
    client.force_login(audit_users["auditor"])
    data = {"connection__working_well": "You rang mum on 07700 900123 the same day."}
    response = client.post(f"/admin/audits/{audit.pk}/conduct/", data)
    assert response.status_code == 200
    assert "a phone number" in " ".join(response.context["form"].errors["connection__working_well"])
    audit.refresh_from_db()
    assert audit.answers == {}
    client.post(f"/admin/audits/{audit.pk}/conduct/", {**data, "confirm_not_personal": "on"})
    audit.refresh_from_db()
    assert audit.answers["connection"]["working_well"].startswith("You rang")


def test_a_grade_outside_the_scale_is_refused_with_a_clear_message(client, audit_users, programme):
    from tests.audits.conftest import allocate

    audit = allocate(programme, audit_users)
    client.force_login(audit_users["auditor"])
    response = client.post(f"/admin/audits/{audit.pk}/conduct/", {"overall_grade": "excellent"})
    assert "Choose one of the four grades" in " ".join(
        response.context["form"].errors["overall_grade"]
    )


def test_completing_needs_every_grade_and_the_familys_view(client, audit_users, programme):
    from tests.audits.conftest import allocate

    audit = allocate(programme, audit_users)
    client.force_login(audit_users["auditor"])
    response = client.post(
        f"/admin/audits/{audit.pk}/conduct/", {"complete": "1", "connection__grade": "good"}
    )
    errors = response.context["form"].errors
    assert set(errors) >= {"curiosity__grade", "overall_grade", "family_view_not_sought"}
    assert "notes__grade" not in response.context["form"].fields
    audit.refresh_from_db()
    assert audit.status == Audit.Status.ALLOCATED


def test_the_service_timetable_sets_each_cycles_length(programme):
    from audits.models import Cycle, Frequency, Service

    yjs = Service.objects.create(name="Youth Justice Service", frequency=Frequency.MONTHLY)
    csc = Service.objects.create(name="MASH", frequency=Frequency.TWICE_YEARLY)
    start = datetime.date(2026, 1, 1)
    assert Cycle.ensure_for(yjs, start).ends_on == datetime.date(2026, 1, 31)
    assert Cycle.ensure_for(programme["service"], start).ends_on == datetime.date(2026, 2, 28)
    assert Cycle.ensure_for(csc, start).ends_on == datetime.date(2026, 6, 30)
