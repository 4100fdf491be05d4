"""How fast a council's Open Referral feed answers at 20,000 services.

Not a test: it builds a throwaway SQLite database (or uses BENCH_DATABASE_URL,
which must name an empty database you are happy to fill), creates the
council sites and 20,000 live organisations with websites (each one an HSDS
service) with bulk_create, then asks ``/openreferral/services?per_page=50``
through Django's test client, cold (cache cleared before each request) and
warm (cached), and prints the median and 95th percentile time and the query
count of each; then the time to stream every service as NDJSON (``format=ndjson``).

    .venv/bin/python bench/openreferral_bench.py [--services 20000] [--runs 30]
    .venv/bin/python bench/openreferral_bench.py --short   # 300 services, 3 runs: for CI
"""

import argparse
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from export_bench import setup_django  # noqa: E402 - the same throwaway database as that bench


def fill(count):
    from django.utils import timezone

    from councils.models import Council
    from councils.tenancy import council_scope
    from home.demo.sites import ensure_sites
    from resources.models import Organisation

    ensure_sites()
    council = Council.objects.get(slug="tower-hamlets")
    now = timezone.now()
    with council_scope(council):
        create(Organisation, council, now, count)


def create(Organisation, council, now, count):  # noqa: N803 - the model class
    Organisation.all_councils.bulk_create(
        [
            Organisation(
                council=council,
                name=f"Service {number:05}",
                description="Help for families, described in two plain sentences.",
                website=f"https://example.org/{number}",
                address=f"{number} High Street",
                town="London",
                postcode="E1 4DG",
                live=True,
                first_published_at=now,
                last_published_at=now,
                uuid=uuid.uuid4(),
            )
            for number in range(count)
        ],
        batch_size=2000,
    )


def measure(client, url, runs, clear):
    from django.core.cache import cache
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    times, queries = [], []
    client.get(url)
    for _run in range(runs):
        if clear:
            cache.clear()
        with CaptureQueriesContext(connection) as captured:
            start = time.perf_counter()
            response = client.get(url)
            times.append((time.perf_counter() - start) * 1000)
        assert response.status_code == 200, response.content[:200]
        queries.append(len(captured))
    times.sort()
    p95 = times[min(len(times) - 1, int(len(times) * 0.95))]
    return statistics.median(times), p95, max(queries)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--services", type=int, default=20_000)
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--short", action="store_true", help="300 services, 3 runs (for CI)")
    args = parser.parse_args()
    if args.short:
        args.services, args.runs = 300, 3
    with tempfile.TemporaryDirectory() as database_dir:
        setup_django(database_dir)
        bench(args.services, args.runs)


def bench(services, runs):
    """Fill the database with ``services`` organisations and print the feed's figures."""
    from django.test import Client

    start = time.perf_counter()
    fill(services)
    print(f"{services} services created in {time.perf_counter() - start:.1f} s")
    client = Client()
    for per_page in (5, 50):
        url = f"/openreferral/services?per_page={per_page}"
        for label, clear in (("cold", True), ("warm", False)):
            median, p95, queries = measure(client, url, runs, clear)
            print(
                f"{url:40} {label}: median {median:7.1f} ms, p95 {p95:7.1f} ms, {queries} queries"
            )
    start = time.perf_counter()
    response = client.get("/openreferral/services?format=ndjson")
    lines = sum(chunk.count(b"\n") for chunk in response.streaming_content)
    elapsed = time.perf_counter() - start
    assert lines == services, (lines, services)
    print(f"format=ndjson: {lines} services streamed in {elapsed:.2f} s")


if __name__ == "__main__":
    main()
