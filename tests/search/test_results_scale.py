"""Search results come a page at a time, in the same queries for 40 matches or 400."""

import re

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from resources.models import Organisation
from search import engine, indexing
from tests import factories

from .conftest import result_titles

pytestmark = pytest.mark.django_db


def add_organisations(count, owner):
    Organisation.all_councils.bulk_create(
        factories.OrganisationFactory.build_batch(
            count, owner=owner, description="A parenting group for families."
        )
    )
    indexing.rebuild()


def queries_for(client, params):
    cache.clear()
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/en/search/", params)
    assert response.status_code == 200
    return len(queries), response


def test_staff_search_results_are_paged_in_the_same_queries_for_40_or_400_matches(
    staff_client, home
):
    owner = factories.UserFactory()
    params = {"q": "parenting", "type": "organisation"}
    add_organisations(40, owner)
    staff_client.get("/en/search/", params)  # per-process caches (vocabulary, content types)
    few, _response = queries_for(staff_client, params)

    add_organisations(360, owner)
    many, response = queries_for(staff_client, params)

    assert many == few, f"{few} queries with 40 matches, {many} with 400"
    assert len(result_titles(response)) == engine.PAGE_SIZE
    html = response.content.decode()
    assert "400 results" in html
    links = re.findall(r'govuk-pagination__link" href="([^"]+)"', html)
    assert "?q=parenting&amp;type=organisation&amp;page=2" in links
    assert "?q=parenting&amp;type=organisation&amp;page=40" in links
