"""Editors see what staff search for (query text and counts, never who), and manage synonyms."""

import datetime

import pytest
from django.contrib.auth.models import Permission
from django.test import Client
from django.utils import timezone
from wagtail.contrib.search_promotions.models import Query, QueryDailyHits

from search.models import SearchCount, SearchEntry, ZeroResultSearch
from tests.factories import UserFactory, council
from tests.search.conftest import flush_counts, result_titles

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(db):
    # A client of its own: staff_client signs the shared one in as someone else.
    client = Client()
    client.force_login(UserFactory(username="boss", is_superuser=True, is_staff=True))
    return client


def hits(text):
    return sum(row.hits for row in SearchCount.all_councils.filter(query_string=text))


def test_searches_are_counted_by_their_text(staff_client, publish):
    publish("CAMHS in Social Care", "Mental health.")
    staff_client.get("/en/search/?q=CAMHS")
    staff_client.get("/en/search/?q=camhs")
    staff_client.get("/en/search/?q=camhs&page=2")
    staff_client.get("/en/search/?q=camhs&type=page")
    staff_client.get("/en/search/?q=")
    flush_counts()
    assert hits("camhs") == 2
    assert SearchCount.all_councils.count() == 1
    # Wagtail's own counts belong to no council, so they are not kept.
    assert not QueryDailyHits.objects.exists()
    assert not ZeroResultSearch.all_councils.exists()


def test_searches_with_no_results_are_counted_per_day(staff_client, home):
    staff_client.get("/en/search/?q=Portage")
    staff_client.get("/en/search/?q=portage")
    flush_counts()
    row = ZeroResultSearch.all_councils.get()
    assert (row.query_string, row.hits, row.date) == ("portage", 2, timezone.localdate())


def test_search_counts_hold_no_user_identity(staff_client, home):
    staff_client.get("/en/search/?q=portage")
    flush_counts()
    for model in (ZeroResultSearch, SearchCount, QueryDailyHits, Query):
        columns = {field.name for field in model._meta.concrete_fields}
        assert not columns & {"user", "user_id", "username", "session", "ip", "ip_address"}
    row = ZeroResultSearch.all_councils.values().get()
    assert "staff" not in str(row)


def test_reports_show_the_last_30_days_only(admin_client, home):
    today = timezone.localdate()
    ZeroResultSearch.all_councils.create(
        council=council(), query_string="portage", date=today, hits=3
    )
    ZeroResultSearch.all_councils.create(
        council=council(), query_string="portage", date=today - datetime.timedelta(days=5), hits=2
    )
    ZeroResultSearch.all_councils.create(
        council=council(), query_string="ancient", date=today - datetime.timedelta(days=40), hits=9
    )
    SearchCount.all_councils.create(council=council(), query_string="fgc", date=today, hits=7)
    SearchCount.all_councils.create(
        council=council(),
        query_string="old news",
        date=today - datetime.timedelta(days=31),
        hits=50,
    )

    zero = admin_client.get("/admin/reports/search/no-results/")
    assert zero.status_code == 200
    assert [(row["query"], row["searches"]) for row in zero.context["object_list"]] == [
        ("portage", 5)
    ]
    top = admin_client.get("/admin/reports/search/top/")
    assert [(row["query"], row["searches"]) for row in top.context["object_list"]] == [("fgc", 7)]
    html = top.content.decode()
    assert "fgc" in html and "old news" not in html and "boss" not in html.split("<main")[-1]


def test_reports_export_the_query_text_and_counts(admin_client, home):
    ZeroResultSearch.all_councils.create(
        council=council(), query_string="portage", date=timezone.localdate(), hits=3
    )
    response = admin_client.get("/admin/reports/search/no-results/?export=csv")
    assert response.status_code == 200
    body = b"".join(response.streaming_content).decode()
    assert body.splitlines()[:2] == ["Search,Searches", "portage,3"]


@pytest.mark.parametrize(
    ("role", "allowed"),
    [("superuser", True), ("reporter", True), ("editor", False), ("staff", False)],
)
@pytest.mark.parametrize("report", ["top", "no-results"])
def test_only_people_allowed_to_see_reports_can(client, home, role, allowed, report):
    user = UserFactory(username=f"report-{role}", is_superuser=role == "superuser")
    if role in ("reporter", "editor"):
        user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    if role == "reporter":
        user.user_permissions.add(Permission.objects.get(codename="view_zeroresultsearch"))
    client.force_login(user)
    response = client.get(f"/admin/reports/search/{report}/")
    if allowed:
        assert response.status_code == 200
    else:
        assert response.status_code in (302, 403)
        assert "portage" not in response.content.decode()


def test_the_reports_menu_lists_the_search_reports(admin_client, home):
    html = admin_client.get("/admin/").content.decode()
    assert "/admin/reports/search/top/" in html
    assert "/admin/reports/search/no-results/" in html


def test_an_editor_adds_a_synonym_in_the_admin_and_search_uses_it(
    admin_client, staff_client, publish
):
    publish("Short breaks for disabled children", "Respite and activities.")
    response = admin_client.post(
        "/admin/snippets/search/synonym/add/",
        {"term": "SB", "expansions": "Short breaks", "related": ""},
    )
    assert response.status_code == 302
    assert result_titles(staff_client.get("/en/search/?q=SB")) == [
        "Short breaks for disabled children"
    ]


def test_opening_a_page_counts_towards_most_used(staff_client, publish):
    page = publish("Family support", "Support for families.")
    staff_client.get(page.url)
    staff_client.get(page.url)
    flush_counts()
    assert SearchEntry.all_councils.get(object_id=str(page.pk), kind="page").uses == 2


def test_old_counts_are_forgotten(staff_client, home):
    ZeroResultSearch.all_councils.create(
        council=council(),
        query_string="ancient",
        date=timezone.localdate() - datetime.timedelta(days=40),
        hits=9,
    )
    staff_client.get("/en/search/?q=portage")
    flush_counts()
    assert list(ZeroResultSearch.all_councils.values_list("query_string", flat=True)) == ["portage"]
