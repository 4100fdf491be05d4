"""Every address the resolver knows, tried by every role of every council against another's records.

One record of every kind each council owns carries that council's marker
(``sealed_world``). Every URL pattern, ours and Wagtail's and packages' own,
is filled with another council's ids and asked for with GET and POST, as each
role of each council and anonymously, on the acting council's own host. No
answer may show another council's marker, fail with a 5xx, or change another
council's records. A pattern the walk cannot fill fails the test that names
it, unless ``EXCUSED`` says why it needs no walk.
"""

import pytest
from django.apps import apps
from django.conf import settings
from django.contrib.auth import get_user_model
from django.db.models import QuerySet
from django.forms.models import model_to_dict
from wagtail.models import Page

from councils.models import Council
from councils.tenancy import CouncilOwned, across_councils, in_council_tree
from tests.councils.sealed_world import (
    NOT_PLANTED,
    Unfillable,
    addresses,
    body_of,
    council_data_models,
    marker,
    plant,
    url_patterns,
)

pytestmark = pytest.mark.django_db

COUNCILS = ["tower-hamlets", "newham", "telford"]
ROLES = ["staff", "editor", "academy"]

# Addresses the walk does not fill, each with the reason it needs no walk.
EXCUSED = {
    "^media/(?P<path>.*)$": "media are served by Django only in development (settings.DEBUG)",
    "documents/authenticate_with_password/<int:restriction_id>/": (
        "no collection has a password here: a council's collection is private by its rights"
    ),
    "admin/localize/translate/<int:translation_id>/overrides/<int:overridable_segment_id>/edit/": (
        "no planted page has a synchronised field to override; the translation id is refused "
        "first (tests/home/test_localize_councils.py)"
    ),
    **dict.fromkeys(
        (
            "admin/locales/edit/<int:pk>/",
            "admin/locales/delete/<int:pk>/",
            "admin/locales/history/<int:pk>/",
            "admin/locales/history-results/<int:pk>/",
            "admin/locales/usage/<int:pk>/",
            "admin/locales/copy/<int:pk>/",
        ),
        "the languages are shared by every council and managed by superusers only",
    ),
}
# Answers of 500 that are Wagtail's own, for anyone, and show nothing: each says why.
WAGTAILS_OWN_ERRORS = {
    ("get", "/admin/failwhale/"): "Wagtail's deliberate error page, for testing error reporting",
    ("post", "/admin/failwhale/"): "Wagtail's deliberate error page, for testing error reporting",
    ("post", "/admin/choose-external-link/"): "Wagtail 7.4 reads a missing url field as None",
    **dict.fromkeys(
        (("post", "/admin/audits/tools/new/"), ("post", "/admin/audits/dip-sample-questions/new/")),
        "Wagtail 7.4's create view reads a StreamField's count field that an empty post lacks",
    ),
}
# Wagtail 7.4's snippet chooser "create" views have no form on a post a snippet cannot be
# created from (every council-owned snippet here): a 500 for anyone, showing nothing.
CHOOSER_CREATE = "/admin/snippets/choose/"


def council(slug):
    return Council.objects.select_related("site__root_page", "collection").get(slug=slug)


@pytest.fixture
def world(sites, demo_users, feedback_pages):
    from review.demo import ensure_permissions

    ensure_permissions()
    return {slug: plant(council(slug)) for slug in COUNCILS}


def target_of(slug):
    """Each council attacks the next one's records, so every council is both attacker and target."""
    return COUNCILS[(COUNCILS.index(slug) + 1) % len(COUNCILS)]


def _row(row):
    """A record's stored values, related records as their ids, streams as their raw data."""
    values = {}
    for key, value in model_to_dict(row).items():
        if isinstance(value, QuerySet):
            value = sorted(item.pk for item in value)
        elif hasattr(value, "raw_data"):
            value = list(value.raw_data)
        values[key] = value
    return values


def snapshot(planted):
    """What another council's request must never change: its planted records and its counts."""
    with across_councils():
        return _snapshot(planted)


def _snapshot(planted):
    state = {}
    for label, record in planted.records.items():
        row = type(record)._base_manager.filter(pk=record.pk).first()
        state[label] = _row(row) if row is not None else None
    council_ = planted.council
    state["pages"] = Page.objects.filter(in_council_tree(council_)).count()
    for model in council_data_models():
        if issubclass(model, CouncilOwned):
            state[model._meta.label] = model.all_councils.filter(council=council_).count()
    state["users"] = get_user_model().objects.filter(council_member__council=council_).count()
    documents = apps.get_model("wagtaildocs", "Document")
    state["documents"] = documents.objects.filter(collection=council_.collection).count()
    return state


def session_of(client):
    cookie = client.cookies.get(settings.SESSION_COOKIE_NAME)
    return cookie.value if cookie is not None else None


def walk(client, host, target, user=None):
    """(problems, unfilled) for every address filled with ``target``'s records.

    ``user`` is signed in again whenever a request changed the session cookie: the walk
    passes the sign-out addresses too.
    """
    problems, unfilled = [], []
    signed_in = object()  # no session cookie yet is not a signed-in one
    foreign = [marker(c) for c in Council.objects.exclude(site__hostname=host.split(":")[0])]
    for route, name in url_patterns():
        try:
            filled = list(addresses(route, name, target))
        except Unfillable as missing:
            if route not in EXCUSED:
                unfilled.append((route, name, str(missing)))
            continue
        for path, query in filled:
            url = f"{path}?{query}" if query else path
            for method in ("get", "post"):
                if user is not None and session_of(client) != signed_in:
                    client.force_login(user)
                    signed_in = session_of(client)
                    assert signed_in, "force_login set no session cookie"
                response = getattr(client, method)(url, HTTP_HOST=host)
                status = response.status_code
                known = (method, path) in WAGTAILS_OWN_ERRORS or (
                    method == "post"
                    and path.startswith(CHOOSER_CREATE)
                    and path.endswith("/create/")
                )
                if status >= 500 and not known:
                    problems.append((method, url, status))
                    continue
                shown = body_of(response)
                leaked = [mark for mark in foreign if mark in shown]
                if leaked:
                    problems.append((method, url, status, leaked))
    return problems, unfilled


def test_every_kind_of_council_record_is_planted_or_excused(world):
    for slug, planted in world.items():
        missing = [
            model._meta.label
            for model in council_data_models()
            if model._meta.label_lower not in planted.records
            and model._meta.label_lower not in NOT_PLANTED
        ]
        assert not missing, f"{slug}: plant these or excuse them in NOT_PLANTED: {missing}"
        assert all(marker(planted.council) for _ in planted.records)


def test_every_address_is_filled_or_excused(world):
    target = world["newham"]
    unfilled = []
    for route, name in url_patterns():
        try:
            list(addresses(route, name, target))
        except Unfillable as missing:
            if route not in EXCUSED:
                unfilled.append((route, name, str(missing)))
    assert not unfilled, "fill these in sealed_world or excuse them in EXCUSED: " + repr(unfilled)


def test_a_planted_marker_is_seen_where_it_belongs(client, world):
    """The walk's own check can fail: a council's academy sees its own marker on its own screens."""
    planted = world["tower-hamlets"]
    client.force_login(planted.users["academy"])
    shown = body_of(client.get("/admin/submissions/export.csv", HTTP_HOST="localhost"))
    assert planted.mark in shown
    page = planted.records["resources.practicestandardpage"]
    shown = body_of(client.get(f"/admin/pages/{page.pk}/edit/", HTTP_HOST="localhost"))
    assert planted.mark in shown


@pytest.mark.parametrize(
    ("slug", "role"),
    [(slug, role) for slug in COUNCILS for role in ROLES] + [("tower-hamlets", "anonymous")],
)
def test_no_address_shows_or_changes_another_councils_records(client, world, slug, role):
    acting = world[slug]
    target = world[target_of(slug)]
    host = acting.council.site.hostname
    client.raise_request_exception = False
    user = acting.users[role] if role != "anonymous" else None
    before = snapshot(target)
    problems, unfilled = walk(client, host, target, user)
    after = snapshot(target)
    changed = {
        key: (before[key], after.get(key)) for key in before if before[key] != after.get(key)
    }
    assert not unfilled, unfilled
    assert not problems, problems
    assert not changed, changed
