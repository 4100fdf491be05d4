"""A search asked before comes back like a cached page, and never a stale or foreign one."""

import pickle
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from search import engine, query
from search.audience import Audience
from search.models import Synonym
from tests.factories import council
from tests.search.conftest import flush_counts, lazy_values, result_titles

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _page_cache_on(settings):
    settings.PAGE_CACHE_SECONDS = 600
    settings.SEARCH_RESULTS_CACHE_SECONDS = 300


def test_a_repeated_search_is_served_from_the_cache_in_three_queries_or_fewer(
    staff_client, publish
):
    publish("Young Carers Project", "Support for children who look after someone.")
    first = staff_client.get("/en/search/?q=young+carers")
    assert first["X-Page-Cache"] == "miss"
    with CaptureQueriesContext(connection) as queries:
        again = staff_client.get("/en/search/?q=young+carers")
    assert again["X-Page-Cache"] == "hit"
    assert len(queries) <= 3, [q["sql"][:80] for q in queries]
    assert result_titles(again) == result_titles(first) == ["Young Carers Project"]


def test_a_repeated_search_is_still_counted(staff_client, publish):
    from search.models import SearchCount

    publish("Young Carers Project", "Support for children who look after someone.")
    for _ in range(3):
        staff_client.get("/en/search/?q=young+carers")
    flush_counts()
    counted = SearchCount.all_councils.get(query_string="young carers")
    assert counted.hits == 3


def test_a_page_published_since_shows_in_the_repeated_search(staff_client, publish):
    publish("Old referral guide", "How to refer.")
    assert result_titles(staff_client.get("/en/search/?q=referral")) == ["Old referral guide"]
    publish("Referral", "The referral form.")
    assert result_titles(staff_client.get("/en/search/?q=referral"))[0] == "Referral"


def test_a_synonym_added_since_is_used_by_the_repeated_search(staff_client, publish):
    publish("Kinship care", "Family and friends caring for a child.")
    assert result_titles(staff_client.get("/en/search/?q=KC")) == []
    Synonym.objects.create(council=council(), term="KC", expansions="Kinship care")
    assert result_titles(staff_client.get("/en/search/?q=KC")) == ["Kinship care"]


def test_another_council_never_gets_a_cached_answer(client, demo_users, sites, publish):
    publish("Tower Hamlets referral guide", "How to refer.")
    publish("Newham referral guide", "How to refer.", parent=sites["circles-of-support"])
    asked = [
        ("staff", "localhost", "Tower Hamlets"),
        ("newham-staff", "newham.localhost", "Newham"),
    ]
    for _round in range(2):  # the second round is answered from the cache
        for username, host, name in asked:
            client.force_login(demo_users[username])
            response = client.get("/en/search/?q=referral", HTTP_HOST=host)
            assert result_titles(response) == [f"{name} referral guide"]


def test_a_page_restricted_to_a_group_is_not_served_to_others_from_the_cache(
    client, demo_users, publish
):
    from django.contrib.auth.models import Group
    from wagtail.models import PageViewRestriction

    page = publish("Leaders referral guide", "How to refer.")
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.GROUPS
    )
    leaders = Group.objects.create(name="Referral leaders")
    restriction.groups.add(leaders)
    page.save_revision().publish()  # indexes the restriction
    leader = demo_users["staff"]
    leader.groups.add(leaders)
    client.force_login(leader)
    assert result_titles(client.get("/en/search/?q=referral")) == ["Leaders referral guide"]
    client.force_login(demo_users["editor"])
    assert result_titles(client.get("/en/search/?q=referral")) == []


def test_what_the_results_cache_keeps_holds_no_lazy_translations(home, publish):
    publish("Young Carers Project", "Support for children who look after someone.")
    audience = Audience(council().pk, signed_in=True)
    parsed = query.parse("young carers", audience)
    outcome = engine.search(parsed, engine.Filters(), 1, audience)
    assert outcome.results and not lazy_values(outcome)
    kept = pickle.loads(pickle.dumps(outcome))  # noqa: S301 - our own object, just pickled
    assert kept.results[0].kind_label == "Page"


def test_an_apostrophe_in_a_page_body_is_shown_once_escaped(staff_client, home, run_on_commit):
    from tests.factories import ResourcePageFactory

    page = ResourcePageFactory.build(
        title="Circles of Support",
        summary="The framework.",
        # As the rich text editor stores it: the apostrophe as an HTML entity.
        body=[("rich_text", "<p>Newham&#x27;s families come first: Newham&#x27;s promise.</p>")],
    )
    run_on_commit(home.add_child, instance=page)
    run_on_commit(page.save_revision().publish)
    html = staff_client.get("/en/search/?q=promise").content.decode()
    assert "Newham&#x27;s families come first" in html
    assert "&amp;#x27;" not in html


def test_what_a_search_keeps_in_the_cache_holds_no_lazy_objects(
    staff_client, publish, monkeypatch, sites
):
    """The page kept for a repeated search, and results kept on their own, are plain values.

    A search answered as a page keeps its results once, in the page; results
    are kept on their own only where no page is (the page cache off).
    """
    from django.core.cache import cache

    publish("Young Carers Project", "Support for children who look after someone.")
    kept = {}
    real_set = cache.set

    def spy(key, value, *args, **kwargs):
        kept[key] = value
        return real_set(key, value, *args, **kwargs)

    monkeypatch.setattr(cache, "set", spy)
    assert staff_client.get("/en/search/?q=young+carers")["X-Page-Cache"] == "miss"
    pages = [key for key in kept if key.startswith("pagecache:page:")]
    assert pages
    assert not [key for key in kept if key.startswith("search:results:")]

    audience = Audience(council("tower-hamlets").pk, signed_in=True)
    parsed = query.parse("young carers", audience)
    outcome = engine.cached_search(parsed, engine.Filters(), 1, audience, "en")
    assert [result.title for result in outcome.results] == ["Young Carers Project"]
    results = [key for key in kept if key.startswith("search:results:")]
    assert results
    for key in [*pages, *results]:
        assert not lazy_values(kept[key]), key
        pickle.loads(pickle.dumps(kept[key]))  # noqa: S301 - our own values, just pickled
    assert isinstance(kept[pages[0]]["body"], str)


def test_with_the_cache_unreachable_a_title_restricted_since_is_no_longer_suggested(
    client, demo_users, publish, redis_down
):
    """Nothing is remembered in the process without an index version to know when to forget it."""
    from django.contrib.auth.models import Group
    from wagtail.models import PageViewRestriction

    page = publish("Zebrafish referral guide", "How to refer.")
    client.force_login(demo_users["staff"])
    before = client.get("/en/search/?q=zebrafsh").content.decode()
    assert re.search(r"Also showing results for:\s*<strong>zebrafish</strong>", before)
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.add(Group.objects.create(name="Referral leaders"))
    page.save_revision().publish()  # indexes the restriction
    after = client.get("/en/search/?q=zebrafsh").content.decode()
    assert 'data-search-status="no-results"' in after
    assert "zebrafish" not in after.casefold()
