"""What a staff search costs the database: a never-seen search in a few round trips.

Matching, who may see each match and its kind come back from one query;
filter counts from one; the best candidates from one; the shown page's texts
and practice standards from one. The counts are the same on SQLite and
PostgreSQL (CI runs both).
"""

import pytest

from tests import factories
from tests.search.conftest import result_titles

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _page_cache_on(settings):
    settings.PAGE_CACHE_SECONDS = 600
    settings.SEARCH_RESULTS_CACHE_SECONDS = 300


@pytest.fixture
def standards_pages(home, run_on_commit):
    """Three practice standards, so that results carry standards, kinds and counts."""
    found = []
    for title in ("Young carers assessment", "Young carers support plan", "Carers breaks"):
        page = factories.PracticeStandardPageFactory.build(title=title, summary=f"{title}.")
        run_on_commit(home.add_child, instance=page)
        run_on_commit(page.save_revision().publish)
        found.append(page)
    return found


def test_a_never_seen_search_finds_its_results_in_six_queries_or_fewer(
    staff_client, standards_pages, django_assert_max_num_queries
):
    staff_client.get("/en/search/?q=warm+up")  # the person's groups, the site: once a while
    with django_assert_max_num_queries(6):
        response = staff_client.get("/en/search/?q=young+carers")
    assert response["X-Page-Cache"] == "miss"
    assert set(result_titles(response)) >= {"Young carers assessment", "Young carers support plan"}


def test_a_never_seen_search_with_a_filter_stays_within_seven_queries(
    staff_client, standards_pages, django_assert_max_num_queries
):
    staff_client.get("/en/search/?q=warm+up")
    with django_assert_max_num_queries(7):
        response = staff_client.get("/en/search/?q=carers&type=standard")
    assert response.status_code == 200
    assert "Carers breaks" in result_titles(response)


def test_a_search_that_finds_nothing_costs_three_queries_once_most_used_is_known(
    staff_client, standards_pages, django_assert_max_num_queries
):
    staff_client.get("/en/search/?q=zzyzx")
    with django_assert_max_num_queries(3):
        response = staff_client.get("/en/search/?q=qqxxy")
    assert response["X-Page-Cache"] == "miss"
    assert not result_titles(response)


def test_a_repeated_search_costs_three_queries_or_fewer(
    staff_client, standards_pages, django_assert_max_num_queries
):
    first = staff_client.get("/en/search/?q=young+carers")
    with django_assert_max_num_queries(3):
        again = staff_client.get("/en/search/?q=young+carers")
    assert again["X-Page-Cache"] == "hit"
    assert result_titles(again) == result_titles(first)


def test_results_show_their_practice_standards_in_order(staff_client, home, run_on_commit):
    from django.contrib.contenttypes.models import ContentType
    from wagtail.models import Page

    from search.audience import Audience
    from search.engine import present
    from search.models import SearchEntry, SearchEntryFacet
    from search.query import parse

    page = factories.PracticeStandardPageFactory.build(title="Young carers", summary="Help.")
    run_on_commit(home.add_child, instance=page)
    run_on_commit(page.save_revision().publish)
    entry = SearchEntry.all_councils.get(
        content_type=ContentType.objects.get_for_model(Page), object_id=str(page.pk)
    )
    SearchEntryFacet.objects.filter(entry=entry).delete()
    for position, label in ((2, "Third"), (0, "First"), (1, "Second")):
        SearchEntryFacet.objects.create(
            entry=entry,
            facet=SearchEntryFacet.STANDARD,
            value=label,
            label=label,
            position=position,
        )
    [result] = present([entry], parse("young carers", Audience(entry.council_id)))
    assert result.standards == ["First", "Second", "Third"]


def test_with_the_cache_unreachable_a_never_seen_search_still_finds_its_results(
    staff_client, standards_pages, redis_down
):
    response = staff_client.get("/en/search/?q=young+carers")
    assert response.status_code == 200
    assert not response.has_header("X-Page-Cache")
    assert set(result_titles(response)) >= {"Young carers assessment", "Young carers support plan"}
