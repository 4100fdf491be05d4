"""Editors see what staff typed that found nothing and then found instead; one click adds it."""

import re

import pytest
from django.test import Client

from search.models import Synonym, SynonymSuggestion
from tests.search.conftest import flush_counts, result_titles

pytestmark = pytest.mark.django_db

REPORT = "/admin/reports/search/no-results/"


def signed_in(user):
    client = Client()
    client.force_login(user)
    return client


def suggestions_in(html):
    return re.findall(r'name="found" value="([^"]+)"', html)


def test_a_search_that_found_nothing_then_another_that_did_becomes_a_one_click_synonym(
    demo_users, publish
):
    page = publish("Family Group Conference", "Families make a plan together.")
    staff = signed_in(demo_users["staff"])
    for _time in range(2):
        assert result_titles(staff.get("/en/search/", {"q": "whanau hui"})) == []
        found = staff.get("/en/search/", {"q": "family group conference"})
        assert result_titles(found)[:1] == ["Family Group Conference"]
    staff.get(page.url, HTTP_REFERER="http://localhost/en/search/?q=family+group+conference")
    flush_counts()

    editor = signed_in(demo_users["editor"])
    html = editor.get(REPORT).content.decode()
    assert suggestions_in(html) == ["family group conference"]
    assert "Then searched for “family group conference” 2 times, and opened a result once" in html
    assert "Add “whanau hui” as a synonym of “family group conference”" in html

    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)
    editor.post(
        "/admin/reports/search/no-results/add-synonym/",
        {"typed": "whanau hui", "found": "family group conference", "csrfmiddlewaretoken": token},
    )
    synonym = Synonym.all_councils.get(term="whanau hui")
    assert synonym.expansion_list == ["family group conference"]
    assert result_titles(staff.get("/en/search/", {"q": "whanau hui"}))[:1] == [
        "Family Group Conference"
    ]
    html = editor.get(REPORT).content.decode()
    assert "“whanau hui” is a synonym of “family group conference”." in html
    assert "Add “whanau hui” as a synonym" not in html


def test_a_search_that_found_something_much_later_suggests_nothing(demo_users, publish):
    from types import SimpleNamespace

    from django.core.cache import cache

    from search import stats

    publish("Family Group Conference", "Families make a plan together.")
    staff = signed_in(demo_users["staff"])
    staff.get("/en/search/", {"q": "whanau hui"})
    key = stats._follow_up_key(SimpleNamespace(session=staff.session), "nothing-found")
    council_id, typed, at = cache.get(key)
    cache.set(key, (council_id, typed, at - stats.FOLLOW_UP_SECONDS - 1))
    staff.get("/en/search/", {"q": "family group conference"})
    flush_counts()
    assert not SynonymSuggestion.all_councils.exists()


@pytest.mark.parametrize(
    "typed",
    ["Amina Khan", "07700 900123", "amina@example.org", "E1 4DG", "1234567890", "dob 12/03/2015"],
)
def test_a_search_that_looks_like_someone_is_never_suggested(demo_users, publish, typed):
    publish("Family Group Conference", "Families make a plan together.")
    staff = signed_in(demo_users["staff"])
    assert result_titles(staff.get("/en/search/", {"q": typed})) == []
    staff.get("/en/search/", {"q": "family group conference"})
    flush_counts()
    assert not SynonymSuggestion.all_councils.exists()
    html = signed_in(demo_users["editor"]).get(REPORT).content.decode()
    assert typed.lower() not in html.lower()


def test_suggestions_stay_in_their_own_council(demo_users, publish, sites):
    publish("Family Group Conference", "Families make a plan together.")
    staff = signed_in(demo_users["staff"])
    staff.get("/en/search/", {"q": "whanau hui"})
    staff.get("/en/search/", {"q": "family group conference"})
    flush_counts()
    assert SynonymSuggestion.all_councils.get().council.slug == "tower-hamlets"

    newham_editor = signed_in(demo_users["newham-editor"])
    html = newham_editor.get(REPORT, HTTP_HOST="newham.localhost").content.decode()
    assert "whanau hui" not in html
    newham_editor.post(
        "/admin/reports/search/no-results/add-synonym/",
        {"typed": "whanau hui", "found": "family group conference"},
        HTTP_HOST="newham.localhost",
    )
    assert not Synonym.all_councils.filter(term="whanau hui", council__slug="tower-hamlets")
    assert result_titles(staff.get("/en/search/", {"q": "whanau hui"})) == []


def test_staff_cannot_add_a_synonym_from_the_report(demo_users, home):
    response = signed_in(demo_users["staff"]).post(
        "/admin/reports/search/no-results/add-synonym/",
        {"typed": "whanau hui", "found": "family group conference"},
    )
    assert response.status_code in (302, 403)
    assert not Synonym.all_councils.filter(term="whanau hui").exists()
