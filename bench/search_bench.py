"""Staff search latency on PostgreSQL: demo content plus 20,000 generated records.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/test .venv/bin/python bench/search_bench.py
    .venv/bin/python bench/search_bench.py --short   # seconds: small data, in process, for CI

Builds (once, then reuses) a database of its own beside the one DATABASE_URL
names, with the demo content, 5,000 generated resource pages and 15,000
generated community organisations, indexed for staff search. It then serves
the site with gunicorn and has 8 simulated members of staff search at once,
each waiting for an answer before asking again, and prints the median and
95th percentile latency. Not a test: it prints figures and asserts nothing.

Set REDIS_URL as production does: without it each gunicorn worker has its own
results cache and most searches miss it.

Before the HTTP runs it prints, in process, each query's time and number of
database queries never seen before (caches cleared) and repeated. ``--short``
does only that, on a throwaway test database with no demo framework, 30
resource pages and 300 organisations.

Options (environment): BENCH_REQUESTS (default 1600), BENCH_USERS (8),
BENCH_RESOURCES (5000) and BENCH_ORGANISATIONS (15000) generated,
BENCH_WORKERS (gunicorn workers, default 2 x cores), BENCH_PORT (8765).
"""

import argparse
import contextlib
import os
import random
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
import urllib.request
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(BASE_DIR))

RESOURCES = int(os.environ.get("BENCH_RESOURCES", "5000"))
ORGANISATIONS = int(os.environ.get("BENCH_ORGANISATIONS", "15000"))
SEED = 20261122

# What staff type: the golden set's searches, acronyms, and words the generated records use.
QUERIES = [
    "who do I contact for a Family Group Conference",
    "FGC",
    "CAMHS",
    "support for young carers",
    "VIG",
    "SWISS",
    "TFACT",
    "CLICC",
    "FFT",
    "DVA",
    "HOTH",
    "SGO",
    "IRO",
    "LADO",
    "YJS",
    "genograms",
    "chronology",
    "edge of care",
    "baby feeding",
    "restorative supervision",
    "reflective supervision",
    "family hubs",
    "parental conflict",
    "trauma informed practice",
    "domestic abuse toolkit",
    "food bank",
    "youth club",
    "mental health",
    "parenting",
    "housing advice",
    "football",
    "camh",
    "genogrm",
    "support",
    "children",
    "family",
    "english classes for mothers",
    "bengali speaking counsellor",
    "somali community",
    "after school",
]

WORDS = {
    "what": [
        "food bank",
        "youth club",
        "parenting course",
        "football club",
        "homework club",
        "counselling",
        "befriending",
        "advice centre",
        "play group",
        "mentoring",
        "housing advice",
        "debt advice",
        "English classes",
        "art therapy",
        "holiday scheme",
        "carers support",
        "drop-in",
        "women's group",
        "fathers' group",
        "sports project",
    ],
    "who": [
        "young people",
        "parents",
        "carers",
        "children under five",
        "teenagers",
        "families",
        "mothers",
        "fathers",
        "young carers",
        "care leavers",
    ],
    "where": [
        "Bethnal Green",
        "Poplar",
        "Stepney",
        "Whitechapel",
        "Bow",
        "Mile End",
        "Limehouse",
        "Shadwell",
        "Wapping",
        "Isle of Dogs",
        "Spitalfields",
        "Bromley-by-Bow",
    ],
    "extra": [
        "Bengali speaking",
        "Somali speaking",
        "free",
        "weekly",
        "term time",
        "evenings",
        "weekends",
        "no referral needed",
        "self referral",
        "wheelchair accessible",
    ],
}


def bench_database_url():
    url = os.environ.get("BENCH_DATABASE_URL") or os.environ.get("DATABASE_URL", "")
    if not url.startswith(("postgres://", "postgresql://")):
        sys.exit("Set DATABASE_URL (or BENCH_DATABASE_URL) to a PostgreSQL server.")
    if os.environ.get("BENCH_DATABASE_URL"):
        return url
    parts = urllib.parse.urlsplit(url)
    name = (parts.path.lstrip("/") or "postgres") + "_search_bench"
    return urllib.parse.urlunsplit(parts._replace(path="/" + name))


def ensure_database(url):
    import psycopg

    parts = urllib.parse.urlsplit(url)
    name = parts.path.lstrip("/")
    server = urllib.parse.urlunsplit(parts._replace(path="/postgres"))
    with psycopg.connect(server, autocommit=True) as connection:
        exists = connection.execute(
            "SELECT 1 FROM pg_database WHERE datname = %s", [name]
        ).fetchone()
        if not exists:
            connection.execute(f'CREATE DATABASE "{name}"')


def setup_django(url):
    os.environ["DATABASE_URL"] = url
    os.environ["DJANGO_SETTINGS_MODULE"] = "config.settings.dev"
    os.environ["DEBUG"] = "0"
    os.environ.setdefault("LOG_LEVEL", "WARNING")
    import django

    django.setup()


def sentence(rng):
    what, who, where = (rng.choice(WORDS[key]) for key in ("what", "who", "where"))
    extra = rng.choice(WORDS["extra"])
    return what, who, where, extra


def build_content(resources=RESOURCES, organisations=ORGANISATIONS, demo_modules=None):
    """Demo content (sites first: the users belong to their councils), then generated records."""
    from django.db import transaction

    from councils.tenancy import across_councils, council_scope
    from home.demo import sites, users
    from resources import demo as resources_demo
    from resources.models import Organisation, ResourcePage
    from search import indexing

    if (
        Organisation.all_councils.filter(name__startswith="Generated ").count() >= organisations
        and ResourcePage.objects.filter(title__startswith="Generated ").count() >= resources
    ):
        print("Reusing the generated content already in the bench database.")
        return
    with _search_signals_off():
        homes = sites.ensure_sites()
    council = sites.councils()["tower-hamlets"]
    started = time.perf_counter()
    with transaction.atomic():
        demo_users = users.ensure_users(users.ensure_groups())
        if demo_modules == [] or not ResourcePage.objects.exists():
            resources_demo.load(homes, demo_users, modules=demo_modules)
            print(f"Demo content loaded in {time.perf_counter() - started:.0f} s")
    with council_scope(council):
        _generate(homes, demo_users, council, resources, organisations)
    started = time.perf_counter()
    with across_councils():  # as rebuild_staff_search --council all does
        count = indexing.rebuild()
    print(f"Staff search rebuilt: {count} entries in {time.perf_counter() - started:.0f} s")
    # After a bulk load, as autovacuum would in time: fresh statistics for the planner.
    from django.db import connection

    if connection.vendor == "postgresql" and connection.get_autocommit():
        with connection.cursor() as cursor:
            cursor.execute("VACUUM ANALYZE")


def _generate(homes, demo_users, council, resources, organisations):
    from django.db import transaction

    from resources.models import Organisation, ResourceIndexPage, ResourcePage

    rng = random.Random(SEED)
    home = homes["better-together"]
    index = ResourceIndexPage.objects.child_of(home).first()
    if index is None:  # the short mode loads no demo framework
        from tests.factories import ResourceIndexPageFactory

        index = ResourceIndexPageFactory(parent=home, slug="resources")
    owner = demo_users["academy"]
    started = time.perf_counter()
    existing = ResourcePage.objects.filter(title__startswith="Generated ").count()
    with transaction.atomic(), _search_signals_off():
        for number in range(existing, resources):
            what, who, where, extra = sentence(rng)
            page = ResourcePage(
                title=f"Generated {what} guide {number} for {who}",
                slug=f"generated-resource-{number}",
                summary=f"{what.capitalize()} for {who} in {where}; {extra}.",
                live=True,
                owner=owner,
            )
            for field in ("review_by", "content_owner"):
                if hasattr(page, field) and getattr(page, field, None) is None:
                    model_field = page._meta.get_field(field)
                    if not model_field.null:
                        setattr(page, field, _default_for(model_field, owner))
            index.add_child(instance=page)
    print(f"{resources} resource pages made in {time.perf_counter() - started:.0f} s")

    started = time.perf_counter()
    made = []
    have = Organisation.all_councils.filter(name__startswith="Generated ").count()
    for number in range(have, organisations):
        what, who, where, extra = sentence(rng)
        organisation = Organisation(
            name=f"Generated {where} {what} {number}",
            description=f"A {what} for {who} in {where}. {extra.capitalize()}.",
            live=True,
            council=council,
        )
        for field in organisation._meta.concrete_fields:
            if field.name in ("owner", "last_verified_by") and not field.null:
                setattr(organisation, field.attname, owner.pk)
        made.append(organisation)
    Organisation.objects.bulk_create(made, batch_size=1000)
    print(f"{organisations} organisations made in {time.perf_counter() - started:.0f} s")


@contextlib.contextmanager
def _search_signals_off():
    """Staff search's page and site signals off while content is generated: the rebuild follows.

    Each page saved live was indexed then and again on commit, and each site
    saved reindexed its whole tree one page at a time, each refreshing the
    title norms of the whole index: 5,000 pages took over twenty minutes on
    two busy cores, and reusing them as long again.
    """
    from django.db.models.signals import post_save
    from wagtail.models import Site

    from search import signals

    post_save.disconnect(dispatch_uid="search-page-saved")
    post_save.disconnect(sender=Site, dispatch_uid="search-site-saved")
    try:
        yield
    finally:
        post_save.connect(signals.page_saved, dispatch_uid="search-page-saved")
        post_save.connect(signals.site_saved, sender=Site, dispatch_uid="search-site-saved")


def _default_for(field, owner):
    import datetime

    if field.get_internal_type() == "DateField":
        return datetime.date.today() + datetime.timedelta(days=365)
    if field.is_relation:
        return owner
    return field.get_default()


def session_cookie():
    from django.conf import settings
    from django.contrib.auth import get_user_model
    from django.test import Client

    client = Client()
    client.force_login(get_user_model().objects.get(username="staff"))
    return f"{settings.SESSION_COOKIE_NAME}={client.cookies[settings.SESSION_COOKIE_NAME].value}"


def settings_module(cache_seconds):
    """Development settings with the search results cache on or off, for gunicorn."""
    folder = Path(tempfile.mkdtemp(prefix="search-bench-"))
    (folder / "search_bench_settings.py").write_text(
        "from config.settings.dev import *  # noqa: F403\n"
        f"SEARCH_RESULTS_CACHE_SECONDS = {cache_seconds}\n"
    )
    return folder


def serve(url, port, workers, cache_seconds):
    folder = settings_module(cache_seconds)
    env = {
        **os.environ,
        "DATABASE_URL": url,
        "DJANGO_SETTINGS_MODULE": "search_bench_settings",
        "PYTHONPATH": os.pathsep.join([str(folder), str(BASE_DIR)]),
        "DEBUG": "0",
    }
    process = subprocess.Popen(  # noqa: S603 - our own gunicorn, fixed arguments
        [
            str(Path(sys.executable).parent / "gunicorn"),
            "config.wsgi:application",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            str(workers),
            "--log-level",
            "warning",
        ],
        cwd=BASE_DIR,
        env=env,
    )
    deadline = time.time() + 60
    while time.time() < deadline:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=2):  # noqa: S310
                return process
        except OSError:
            time.sleep(0.5)
    process.terminate()
    sys.exit("gunicorn did not start")


def stop(process):
    """gunicorn stopped: asked first, killed if a busy machine keeps it past a minute."""
    process.terminate()
    try:
        process.wait(60)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def load(port, cookie, requests, users, queries):
    latencies, errors = [], []
    lock = threading.Lock()
    counter = iter(range(requests))

    def user(number):
        rng = random.Random(SEED + number)
        while True:
            with lock:
                if next(counter, None) is None:
                    return
            query = rng.choice(queries)
            page = 2 if rng.random() < 0.1 else 1
            url = f"http://127.0.0.1:{port}/en/search/?" + urllib.parse.urlencode(
                {"q": query, "page": page}
            )
            request = urllib.request.Request(url, headers={"Cookie": cookie})  # noqa: S310
            started = time.perf_counter()
            try:
                with urllib.request.urlopen(request, timeout=30) as response:  # noqa: S310
                    response.read()
                    # A session the server does not know is sent to sign in: fast, and no search.
                    status = response.status if response.url == url else "sent to " + response.url
            except Exception as error:  # noqa: BLE001 - a benchmark counts every failure
                status = repr(error)
            elapsed = (time.perf_counter() - started) * 1000
            with lock:
                latencies.append(elapsed)
                if status != 200:
                    errors.append(status)

    threads = [threading.Thread(target=user, args=(number,)) for number in range(users)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return latencies, errors, time.perf_counter() - started


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def in_process(queries):
    """Each query's time and database queries in process: never seen, then repeated."""
    from django.contrib.auth import get_user_model
    from django.db import connection
    from django.test import Client, override_settings
    from django.test.utils import CaptureQueriesContext

    client = Client(HTTP_HOST="localhost")
    client.force_login(get_user_model().objects.get(username="staff"))
    client.get("/en/search/", {"q": queries[0]})  # imports, templates, vocabulary
    print(f"\n  In process ({connection.vendor}), {len(queries)} queries, one at a time:")
    for label, seconds in (("never seen (results cache off)", 0), ("repeated", 300)):
        times, counts = [], []
        with override_settings(SEARCH_RESULTS_CACHE_SECONDS=seconds):
            for query in queries if seconds else ():
                client.get("/en/search/", {"q": query})
            for query in queries:
                with CaptureQueriesContext(connection) as captured:
                    started = time.perf_counter()
                    response = client.get("/en/search/", {"q": query})
                    times.append((time.perf_counter() - started) * 1000)
                if response.status_code != 200:
                    sys.exit(f"Search for {query!r} answered {response.status_code}")
                counts.append(len(captured))
        print(
            f"    {label}: median {statistics.median(times):.1f} ms, "
            f"p95 {percentile(times, 0.95):.1f} ms, "
            f"queries median {statistics.median(counts):.0f}, max {max(counts)}"
        )


SHORT_RESOURCES, SHORT_ORGANISATIONS = 30, 300


def short():
    """Seconds, small data: the same setup and searches, in process (CI runs this)."""
    build_content(SHORT_RESOURCES, SHORT_ORGANISATIONS, demo_modules=[])
    in_process(QUERIES)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--short", action="store_true", help="small data, in process, seconds")
    if parser.parse_args().short:
        import inprocess

        inprocess.run(short)
        return
    url = bench_database_url()
    ensure_database(url)
    setup_django(url)
    from django.core.management import call_command

    call_command("migrate", verbosity=0, interactive=False)
    build_content()
    in_process(QUERIES)

    from search.models import SearchEntry

    requests = int(os.environ.get("BENCH_REQUESTS", 1600))
    users = int(os.environ.get("BENCH_USERS", 8))
    workers = int(os.environ.get("BENCH_WORKERS", 2 * (os.cpu_count() or 1)))
    port = int(os.environ.get("BENCH_PORT", 8765))
    cookie = session_cookie()
    entries = SearchEntry.all_councils.count()
    cache = "Redis" if os.environ.get("REDIS_URL") else "in-process memory"
    print()
    print(f"Staff search benchmark: PostgreSQL, {entries} search entries")
    print(f"  {users} concurrent users, {requests} searches per run, gunicorn {workers} workers,")
    print(f"  {os.cpu_count()} CPU cores, {len(QUERIES)} different queries, 10% ask for page 2")
    for label, cache_seconds, note in [
        ("Every search computed (results cache off)", 0, ""),
        (f"Results cache on ({cache})", 300, "after one pass over every query"),
    ]:
        process = serve(url, port, workers, cache_seconds)
        try:
            load(port, cookie, 100, users, QUERIES)  # imports, connections, vocabulary
            if cache_seconds:
                warm_cache(port, cookie)
            latencies, errors, seconds = load(port, cookie, requests, users, QUERIES)
        finally:
            stop(process)
        print(f"\n  {label}{', ' + note if note else ''}:")
        print(f"    median {statistics.median(latencies):.0f} ms")
        print(f"    p95    {percentile(latencies, 0.95):.0f} ms   (target <= 150 ms)")
        print(f"    p99    {percentile(latencies, 0.99):.0f} ms, max {max(latencies):.0f} ms")
        print(f"    throughput {len(latencies) / seconds:.1f} searches/s, errors {len(errors)}")
        if errors:
            print(f"    first errors: {errors[:5]}")
    load_average = ", ".join(f"{value:.1f}" for value in os.getloadavg())
    print(f"\n  load average at the end (1, 5, 15 min): {load_average}")


def warm_cache(port, cookie):
    for query in QUERIES:
        for page in (1, 2):
            url = f"http://127.0.0.1:{port}/en/search/?" + urllib.parse.urlencode(
                {"q": query, "page": page}
            )
            request = urllib.request.Request(url, headers={"Cookie": cookie})  # noqa: S310
            with urllib.request.urlopen(request, timeout=30) as response:  # noqa: S310
                response.read()


if __name__ == "__main__":
    main()
