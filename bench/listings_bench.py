"""Render time and queries of the staff listings with 40, 400 and 4,000 items.

    .venv/bin/python bench/listings_bench.py
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/light .venv/bin/python bench/listings_bench.py
    .venv/bin/python bench/listings_bench.py --short   # 20 items, one render: seconds, for CI

In process, with the test settings, on a throwaway test database (SQLite, or
``test_<name>`` beside the PostgreSQL database DATABASE_URL names): the
intervention index, the community directory and staff search, each with
filters chosen, signed in as staff, caches cleared before every request.
Prints the median render time and the number of queries. Not a test: it
prints figures and asserts nothing.

Options (environment): BENCH_SIZES (default 40,400,4000), BENCH_RUNS (7).
"""

import argparse
import os
import statistics
import time
import uuid

from django.core.cache import cache
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from inprocess import run

SIZES = [int(size) for size in os.environ.get("BENCH_SIZES", "40,400,4000").split(",")]
RUNS = int(os.environ.get("BENCH_RUNS", "7"))


def add_interventions(index, count, areas, modes, standard):
    """Interventions in bulk: tree paths computed here as treebeard would, one row per table."""
    from django.contrib.contenttypes.models import ContentType
    from wagtail.models import Page

    from resources.models import InterventionPage

    index.refresh_from_db()
    start = index.numchild
    kind = ContentType.objects.get_for_model(InterventionPage)
    pages = []
    for number in range(start, start + count):
        slug = f"intervention-{number}"
        pages.append(
            Page(
                title=f"Intervention {number}",
                draft_title=f"Intervention {number}",
                slug=slug,
                url_path=f"{index.url_path}{slug}/",
                path=Page._get_path(index.path, index.depth + 1, number + 1),
                depth=index.depth + 1,
                numchild=0,
                live=True,
                content_type=kind,
                locale_id=index.locale_id,
                translation_key=uuid.uuid4(),
            )
        )
    made = []
    for page in Page.objects.bulk_create(pages):
        intervention = InterventionPage(
            page_ptr=page,
            summary="Support for families.",
            who_for="Families open to Early Help",
            age_min=0,
            age_max=18,
        )
        intervention.save_base(raw=True)
        made.append(intervention)
    for field, column, values in (
        ("service_areas", "servicearea", areas),
        ("delivery_modes", "deliverymode", modes),
        ("standards", "practicestandardpage", [standard]),
    ):
        through = getattr(InterventionPage, field).through
        through.objects.bulk_create(
            through(interventionpage=page, **{column: value}) for page in made for value in values
        )
    index.numchild = start + count
    index.save(update_fields=["numchild"])


def add_organisations(count, owner, category, language):
    from wagtail.search.backends import get_search_backends

    from resources.models import Organisation
    from search import indexing
    from search.models import SearchEntry
    from tests import factories

    made = Organisation.all_councils.bulk_create(
        factories.OrganisationFactory.build_batch(
            count, owner=owner, description="A parenting group for families."
        )
    )
    Organisation.categories.through.objects.bulk_create(
        Organisation.categories.through(organisation=one, category=category) for one in made
    )
    Organisation.languages.through.objects.bulk_create(
        Organisation.languages.through(organisation=one, language=language) for one in made
    )
    entries = [entry for one in made for entry in indexing._save(one, indexing.build(one))]
    for backend in get_search_backends():
        backend.add_bulk(SearchEntry, entries)
    indexing.vocabulary_changed()


def measure(client, url, params, runs=RUNS):
    times, counts = [], set()
    for _ in range(runs):
        cache.clear()
        with CaptureQueriesContext(connection) as queries:
            started = time.perf_counter()
            response = client.get(url, params)
            times.append(time.perf_counter() - started)
        assert response.status_code == 200, (url, response.status_code)
        counts.add(len(queries))
    return statistics.median(times) * 1000, sorted(counts), len(response.content)


def main(sizes=SIZES, runs=RUNS):
    from councils.tenancy import council_scope
    from home.demo import users
    from home.demo.sites import ensure_sites
    from tests import factories

    sites = ensure_sites()
    people = users.ensure_users(users.ensure_groups())
    with council_scope(factories.council()):  # the bench builds Tower Hamlets' content
        return measure_listings(sites, people, sizes, runs)


def measure_listings(sites, people, sizes, runs):
    from resources.models import DeliveryMode, ServiceArea
    from tests import factories

    home = sites["better-together"]
    framework = factories.FrameworkPageFactory(parent=home, slug="the-framework")
    standard = factories.PracticeStandardPageFactory(parent=framework, slug="connect")
    index = factories.InterventionIndexPageFactory(parent=home)
    directory = factories.OrganisationDirectoryPageFactory(parent=home)
    council = factories.council()
    areas = list(ServiceArea.all_councils.for_council(council))
    modes = list(DeliveryMode.all_councils.for_council(council))
    category, language = factories.CategoryFactory(), factories.LanguageFactory()
    owner = factories.UserFactory()
    client = Client(HTTP_HOST="localhost")
    client.force_login(people["staff"])

    pages = [
        ("interventions", index.get_url(), {"age": "9", "standard": "connect"}),
        ("directory", directory.get_url(), {"q": "parenting", "language": "so"}),
        ("search", "/en/search/", {"q": "parenting", "type": "organisation"}),
    ]
    print(f"{connection.vendor}, median of {runs} renders, caches cleared before each")
    print(f"{'listing':<14}{'items':>7}{'render ms':>11}{'queries':>9}{'KB':>7}")
    have = 0
    for size in sizes:
        add_interventions(index, size - have, areas, modes, standard)
        add_organisations(size - have, owner, category, language)
        have = size
        if connection.vendor == "postgresql":
            # As autovacuum would after a bulk load: plans from fresh statistics.
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE")
        for name, url, params in pages:
            client.get(url, params)
            ms, counts, length = measure(client, url, params, runs)
            queries = ",".join(str(count) for count in counts)
            print(f"{name:<14}{size:>7}{ms:>11.1f}{queries:>9}{length / 1024:>7.1f}")


def short():
    main(sizes=[20], runs=1)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--short", action="store_true", help="20 items, one render each")
    run(short if parser.parse_args().short else main)
