"""Interventions and the community directory show one page at a time, however many there are.

A council with 400 interventions or organisations gets the same page as one
with 40: the same number of rows and the same number of database queries,
with page links that keep the filters chosen (a plain GET form, no
JavaScript). The bench script bench/listings_bench.py times 40 / 400 / 4,000.
"""

import re

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from resources.models import (
    DeliveryMode,
    InterventionIndexPage,
    Organisation,
    OrganisationDirectoryPage,
    ServiceArea,
)
from tests import factories

pytestmark = pytest.mark.django_db

FEW, MANY = 40, 400


def queries_for(client, url, params):
    cache.clear()
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, params)
    assert response.status_code == 200
    return len(queries), response.content.decode()


def rows(html, name):
    return len(re.findall(rf'<li class="{name}-list__item">', html))


def page_links(html):
    return re.findall(r'class="govuk-link govuk-pagination__link" href="([^"]+)"', html)


def add_interventions(index, count, **relations):
    for _ in range(count):
        factories.InterventionPageFactory(parent=index, age_min=0, age_max=18, **relations)


def test_staff_see_interventions_a_page_at_a_time_in_the_same_queries_for_40_or_400(
    staff_client, intervention_index, standards
):
    relations = {
        "service_areas": list(ServiceArea.all_councils.for_council(factories.council())),
        "delivery_modes": list(DeliveryMode.all_councils.for_council(factories.council())),
        "standards": [standards["connect"]],
    }
    url = intervention_index.get_url()
    filters = {"age": "9", "service_area": "early-help", "standard": "connect"}
    add_interventions(intervention_index, FEW, **relations)
    staff_client.get(url)  # per-process caches (site root paths, content types)
    few, _html = queries_for(staff_client, url, filters)

    add_interventions(intervention_index, MANY - FEW, **relations)
    many, html = queries_for(staff_client, url, filters)

    assert many == few, f"{few} queries with {FEW} interventions, {many} with {MANY}"
    assert rows(html, "intervention") == InterventionIndexPage.per_page
    assert f"{MANY} interventions" in html
    assert "?age=9&amp;service_area=early-help&amp;standard=connect&amp;page=2" in page_links(html)
    _last, html = queries_for(staff_client, url, {**filters, "page": "20"})
    assert rows(html, "intervention") == MANY - 19 * InterventionIndexPage.per_page
    assert 'aria-current="page">20<' in html


def test_a_malformed_page_number_shows_the_first_page_and_a_huge_one_the_last(
    staff_client, intervention_index
):
    add_interventions(intervention_index, 25)
    url = intervention_index.get_url()
    first = staff_client.get(url, {"page": "<script>"}).content.decode()
    assert 'aria-current="page">1<' in first
    last = staff_client.get(url, {"page": "99999999999"}).content.decode()
    assert 'aria-current="page">2<' in last
    assert rows(last, "intervention") == 5


def test_staff_see_the_directory_a_page_at_a_time_in_the_same_queries_for_40_or_400(
    staff_client, directory
):
    categories = [factories.CategoryFactory() for _ in range(3)]
    somali = factories.LanguageFactory()
    owner = factories.UserFactory()
    url = directory.get_url()
    filters = {"q": "organisation", "category": categories[0].code, "language": "so"}

    def add(count):
        # In bulk: the listing reads rows, not what saving one organisation also does.
        made = Organisation.all_councils.bulk_create(
            factories.OrganisationFactory.build_batch(count, owner=owner)
        )
        through = Organisation.categories.through
        through.objects.bulk_create(
            through(organisation=made_one, category=category)
            for made_one in made
            for category in categories
        )
        through = Organisation.languages.through
        through.objects.bulk_create(
            through(organisation=made_one, language=somali) for made_one in made
        )

    add(FEW)
    staff_client.get(url)
    few, _html = queries_for(staff_client, url, filters)
    add(MANY - FEW)
    many, html = queries_for(staff_client, url, filters)

    assert many == few, f"{few} queries with {FEW} organisations, {many} with {MANY}"
    assert rows(html, "organisation") == OrganisationDirectoryPage.per_page
    assert f"{MANY} organisations" in html
    assert (
        f"?q=organisation&amp;category={categories[0].code}&amp;language=so&amp;page=2"
        in page_links(html)
    )
