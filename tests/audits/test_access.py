"""Who sees an audit: a matrix of roles over every /admin/audits/ address the resolver knows.

The addresses are discovered by walking the URL resolver and their parameters
filled from Tower Hamlets' records; a parameter the test cannot fill fails
and names its address, so a new screen is covered the day it appears.
"""

import re

import pytest
from django.urls import URLResolver, get_resolver
from wagtail.models import ModelLogEntry

from audits.models import (
    Audit,
    AuditTheme,
    AuditTool,
    ConsultantSample,
    Cycle,
    DipSample,
    FeedbackMeeting,
    SampledAudit,
    Service,
    Team,
)
from audits.permissions import ACTIONS, policy
from councils.tenancy import council_scope
from tests.audits.conftest import SECTIONS, allocate, completed
from tests.factories import council

pytestmark = pytest.mark.django_db

MARKER = "EH777777"
NEWHAM = "newham.localhost"
PARAMETER = re.compile(r"<(?:\w+:)?(\w+)>")


def audit_routes():
    def walk(patterns, prefix):
        for pattern in patterns:
            route = prefix + str(pattern.pattern)
            if isinstance(pattern, URLResolver):
                yield from walk(pattern.url_patterns, route)
            else:
                yield route

    return sorted(
        {
            route
            for route in walk(get_resolver().url_patterns, "")
            if route.startswith("admin/audits/")
        }
    )


@pytest.fixture
def target(programme, audit_users, today):
    """A completed, shared audit with a safeguarding concern, a meeting and a dip sample.

    It is also in another consultant's sample, so that being sampled opens it to nobody else.
    """
    from django.utils import timezone

    audit = completed(
        programme,
        audit_users,
        "requires_improvement",
        reference=MARKER,
        shared_at=timezone.now(),
        safeguarding_concern="Bruising seen on a visit.",
        safeguarding_raised_at=timezone.now(),
    )
    with council_scope(council()):
        audit.follow_through()
        DipSample.objects.create(
            service=programme["service"],
            title="Neglect tool",
            questions=[("question", {"key": "tool", "label": "Tool seen?", "answer": "yes_no"})],
        )
        AuditTheme.objects.create(name="Drift and delay")
        drawn = ConsultantSample.objects.create(
            consultant=audit_users["other-consultant"],
            period_starts_on=today,
            period_ends_on=today,
            drawn_by=audit_users["academy"],
        )
        SampledAudit.objects.create(sample=drawn, audit=audit, grade="good", commentary="Fair.")
    return audit


def fill(route, programme, audit, consultant_sample=None):
    with council_scope(council()):
        sample = DipSample.objects.get()
        theme = AuditTheme.objects.get()
        consultant_sample = consultant_sample or ConsultantSample.objects.get()
    by_prefix = {
        "admin/audits/themes/": theme.pk,
        "admin/audits/services/": programme["service"].pk,
        "admin/audits/teams/": programme["team"].pk,
        "admin/audits/tools/": programme["tool"].pk,
        "admin/audits/cycles/": programme["current"].pk,
        "admin/audits/dip-sample-questions/": sample.pk,
    }
    with council_scope(council()):
        tool, _created = AuditTool.objects.get_or_create(
            name="Practice Week", kind=AuditTool.Kind.OBSERVATION, defaults={"sections": SECTIONS}
        )
    values = {
        "cycle_pk": programme["current"].pk,
        "sample_pk": sample.pk,
        "tool_pk": tool.pk,
        "consultant_sample_pk": consultant_sample.pk,
    }

    def value(match):
        name = match.group(1)
        if name in values:
            return str(values[name])
        if name == "pk":
            for prefix, pk in by_prefix.items():
                if route.startswith(prefix):
                    return str(pk)
            return str(audit.pk)
        raise AssertionError(f"The access test cannot fill <{name}> in {route}: teach it.")

    return "/" + PARAMETER.sub(value, route)


def state(audit):
    with council_scope(council()):
        fresh = Audit.objects.get(pk=audit.pk)
        return (
            fresh.status,
            fresh.moderated_grades,
            fresh.responses.count(),
            FeedbackMeeting.objects.get(audit=fresh).record,
            Audit.objects.count(),
        )


def test_the_walk_finds_every_kind_of_audit_screen():
    routes = audit_routes()
    for expected in ("admin/audits/", "admin/audits/<int:pk>/", "admin/audits/<int:pk>/moderate/"):
        assert expected in routes
    assert any(route.startswith("admin/audits/tools/") for route in routes)


@pytest.mark.parametrize(
    "role,host",
    [
        ("anonymous", None),
        ("staff", None),
        ("editor", None),
        ("other-auditor", None),
        ("consultant", None),
        ("yjs-moderator", None),
        ("newham-academy", None),
        ("newham-academy", NEWHAM),
        ("newham-auditor", NEWHAM),
    ],
)
def test_editors_staff_other_auditors_and_other_councils_see_no_audit(
    client, audit_users, programme, newham_programme, target, role, host
):
    if role != "anonymous":
        client.force_login(audit_users[role])
    before = state(target)
    extra = {"HTTP_HOST": host} if host else {}
    for route in audit_routes():
        url = fill(route, programme, target)
        for method in ("get", "post"):
            if method == "post" and route.endswith(("/add/", "/new/")) and role == "newham-academy":
                continue  # Adding its own council's records is the Newham Academy's right.
            response = getattr(client, method)(url, {"response": "x", "reason": "x"}, **extra)
            body = b"".join(response.streaming_content) if response.streaming else response.content
            assert MARKER.encode() not in body, (role, method, url)
            assert b"Bruising" not in body, (role, method, url)
            # Outsiders are refused everywhere; an audit role elsewhere opens the lists
            # (their own audits only), never an address naming this council's records.
            outsider = role in ("anonymous", "staff", "editor") or (
                host is None and "newham" in role
            )
            # A dip sample is the council's auditors' shared tool, not anyone's audit.
            shared_tool = role == "other-auditor" and route.startswith("admin/audits/dip-samples/")
            if outsider or ("<" in route and not shared_tool):
                assert response.status_code in (302, 403, 404, 405), (role, method, url)
    assert state(target) == before


def test_the_academy_reaches_every_screen_and_each_view_is_in_the_audit_log(
    client, audit_users, programme, target
):
    client.force_login(audit_users["academy"])
    for route in audit_routes():
        url = fill(route, programme, target)
        response = client.get(url)
        if route.endswith(
            (
                "/conduct/",
                "/moderate/",
                "/share/",
                "/respond/",
                "/family-form/",
                "/consultant-review/",
            )
        ):
            # Carrying out an audit is its auditor's alone, moderating the moderators' and a
            # review the consultant's; the rest are forms posted from the audit's page.
            assert response.status_code in (404, 405), url
        else:
            assert response.status_code == 200, (url, response.status_code)
    entries = ModelLogEntry.objects.filter(object_id=str(target.pk), action__startswith="audits.")
    actions = set(entries.values_list("action", flat=True))
    assert {"audits.view", "audits.export"} <= actions
    screens = {entry.data.get("screen") for entry in entries.filter(action="audits.view")}
    assert {"detail", "meeting"} <= screens


OWN_MARKER = "YJ888888"
# The addresses each limited role opens with its own audit; every other one is closed to it.
LIMITED_ROLES = {
    "consultant": {
        "admin/audits/",
        "admin/audits/<int:pk>/",
        "admin/audits/<int:pk>/consultant-review/",
        "admin/audits/consultant-samples/",
        "admin/audits/consultant-samples/<int:consultant_sample_pk>/",
    },
    "yjs-moderator": {"admin/audits/", "admin/audits/<int:pk>/", "admin/audits/<int:pk>/moderate/"},
}


@pytest.mark.parametrize("role", sorted(LIMITED_ROLES))
def test_the_consultant_and_the_external_moderator_open_only_their_own_audits(
    client, audit_users, programme, target, today, role
):
    """The Youth Justice Service's audit is the external moderator's, the sampled one the
    consultant's; every address with either shows nothing of the council's other audits."""
    with council_scope(council()):
        service = Service.objects.create(
            name="Youth Justice Service",
            case_reference_pattern=r"^YJ[0-9]{6}$",
            case_reference_example="YJ300127",
        )
        service.external_moderators.set([audit_users["yjs-moderator"]])
        team = Team.objects.create(service=service, name="Youth Justice")
        tool = AuditTool.objects.create(name="YJS tool", service=service, sections=SECTIONS)
        yjs = {
            "service": service,
            "team": team,
            "tool": tool,
            "current": Cycle.ensure_for(service, today.replace(day=1)),
        }
    own = completed(yjs, audit_users, "good", reference=OWN_MARKER)
    with council_scope(council()):
        drawn = ConsultantSample.objects.create(
            consultant=audit_users["consultant"],
            period_starts_on=today,
            period_ends_on=today,
            drawn_by=audit_users["academy"],
        )
        SampledAudit.objects.create(sample=drawn, audit=own)
    client.force_login(audit_users[role])
    for route in audit_routes():
        opens = route in LIMITED_ROLES[role]
        for audit in (own, target):
            url = fill(route, programme, audit, consultant_sample=drawn)
            response = client.get(url)
            body = response.content.decode()
            assert MARKER not in body and "Bruising" not in body, (role, url)
            if opens and (audit is own or "<int:pk>" not in route):
                assert response.status_code == 200, (role, url, response.status_code)
                if "<int:pk>" in route:
                    assert OWN_MARKER in body, (role, url)
            else:
                assert response.status_code in (302, 403, 404, 405), (role, url)
    viewed = ModelLogEntry.objects.filter(
        object_id=str(own.pk), action="audits.view", user=audit_users[role]
    )
    assert viewed.exists()


@pytest.mark.parametrize(
    "role,sees",
    [
        ("auditor", True),
        ("other-auditor", False),
        ("team-manager", True),
        ("moderator", True),
        ("academy", True),
        ("practitioner", False),
        ("consultant", False),
        ("yjs-moderator", False),
        ("editor", False),
        ("staff", False),
    ],
)
def test_who_opens_an_audit_before_it_is_shared(client, audit_users, programme, role, sees):
    audit = allocate(programme, audit_users, MARKER)
    client.force_login(audit_users[role])
    response = client.get(f"/admin/audits/{audit.pk}/")
    if sees:
        assert response.status_code == 200
        assert MARKER in response.content.decode()
    else:
        assert response.status_code in (302, 403, 404)
        assert MARKER not in response.content.decode()


def test_the_practitioner_sees_their_audit_once_it_is_shared(client, audit_users, programme):
    audit = completed(programme, audit_users, "good", reference=MARKER)
    client.force_login(audit_users["practitioner"])
    assert client.get(f"/admin/audits/{audit.pk}/").status_code == 404
    client.force_login(audit_users["auditor"])
    client.post(f"/admin/audits/{audit.pk}/share/")
    client.force_login(audit_users["practitioner"])
    response = client.get(f"/admin/audits/{audit.pk}/")
    assert response.status_code == 200
    assert MARKER in response.content.decode()
    # Their own work only: a colleague's shared audit stays closed to them.
    colleague = completed(
        programme, audit_users, "good", reference="EH100099", practitioner="other-auditor"
    )
    assert client.get(f"/admin/audits/{colleague.pk}/").status_code == 404


def test_the_policy_refuses_unknown_actions(audit_users):
    academy = audit_users["academy"]
    assert policy.user_has_permission(academy, "allocate")
    for action in ("publish", "delete", "", "view "):
        assert not policy.user_has_permission(academy, action)
    for action in ACTIONS:
        assert not policy.user_has_permission(audit_users["editor"], action)
        assert not policy.user_has_permission(audit_users["staff"], action)


def test_the_academys_choosers_name_only_its_own_councils_people(client, audit_users, programme):
    client.force_login(audit_users["academy"])
    for url in (
        "/admin/audits/teams/new/",
        "/admin/audits/services/new/",
        "/admin/audits/allocate/",
    ):
        body = client.get(url).content.decode()
        assert "Tariq" in body or "team-manager" in body, url
        assert "newham-auditor" not in body and "Noor" not in body, url
