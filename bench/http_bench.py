"""Requests a second for staff pages and the family form, against the framework floor.

    .venv/bin/python bench/http_bench.py

Serves the site with gunicorn (config/gunicorn.py, production settings) on
PostgreSQL (database ``bench_pages`` on 127.0.0.1:5432, user postgres, made
afresh and filled by ``migrate`` and ``load_demo``, then vacuumed and analysed) and Redis
(127.0.0.1:6379, database 12). Signs the demo ``staff`` user in for a
session cookie, then measures, in alternating runs of ``wrk`` (2 threads,
16 connections; ``apt-get install wrk``) and three rounds: ``/healthz`` (the
floor), a practice standard page, the staff home page, the interventions
listing, the community directory and the family form (anonymous), and the
family form sent (``bench/post.lua``: each answer with a form token and
CSRF token of its own, fetched beforehand, sent after the minimum fill
time, each followed by a GET of the thank-you page a browser is sent on
to; every acknowledgement is checked against the rows stored). Prints the
median requests a second of each, its share of the floor, and each page's
in-process render time and queries (the process already warm) with the
page cache cold as after a publish, cold as after ``clear_page_cache``, and
warm (a cache hit).

Also staff search, repeated (the same query) and never seen (each request a
two-word search nobody asked before, ``bench/never_seen.lua``), and the
first request after a publish (the council's page-cache generation dropped
before each request, one connection).

With ``BAKERY_URL`` (e.g. ``http://127.0.0.1:8800``, an already running
wagtail/bakerydemo on the same stack: PostgreSQL, Redis, 2 sync gunicorn
workers) each row that has a peer there is measured against it in
alternating runs with the same wrk shape: ours, then bakerydemo's, three
rounds. The pairs: a practice standard page and a blog post, the staff home
and bakerydemo's home, the interventions listing and the blog index, the
family form and ``/contact-us/`` (GET, and sent: the contact form with one
CSRF token, ``bench/contact_post.lua``, a stored submission and its
thank-you text in one answer), staff search repeated and never seen and
bakerydemo's ``/search/?q=`` the same way (anonymous), and the first request
after a publish, one connection, of the standard page and the family form
and bakerydemo's blog post and contact form (bakerydemo has no page cache:
each of its requests is a first after a publish). Ours is then served by 2
sync workers (``WEB_CONCURRENCY=2``, ``GUNICORN_THREADS=1``) unless those
are set. The table adds bakerydemo's median, our median over it, and for
every row on both sides the answers that were not 2xx/3xx (wrk's count;
ours also the 5xx in gunicorn's log).

``--short`` measures only in process, on small content it makes, on a
throwaway test database: seconds, for CI (tests/bench runs it); it prints
the comparison table's header too, with no figures, so its format cannot rot.

Options (environment): BENCH_SECONDS (5 a run), BENCH_POSTS (forms fetched for a run, 2500),
BENCH_PORT (8792), WEB_CONCURRENCY (3; 2 with BAKERY_URL), GUNICORN_THREADS (the
shipped 2, gthread; 1, sync, with BAKERY_URL), BENCH_REUSE=1 (keep the database),
BAKERY_URL, BAKERY_POST (bakerydemo's blog post, ``/blog/bread-circuses/``),
BAKERY_DATABASE_URL (its database, vacuumed and analysed as ours is before measuring), BENCH_ROWS
(only these rows, by key, with the floor: ``search,search_new``).
Not a test: it prints figures.
"""

import http.client
import json
import os
import random
import re
import secrets
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import namedtuple
from pathlib import Path
from urllib.parse import urlencode, urlsplit

BASE_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(BASE_DIR / "bench"))
import proxy_load_bench  # noqa: E402 - the same answers and patterns as the load bench

DATABASE = "bench_pages"
DATABASE_URL = f"postgres://postgres@127.0.0.1:5432/{DATABASE}"
REDIS_URL = "redis://127.0.0.1:6379/12"
PORT = int(os.environ.get("BENCH_PORT", "8792"))
SECONDS = int(os.environ.get("BENCH_SECONDS", "5"))
POSTS = int(os.environ.get("BENCH_POSTS", "2500"))
CONNECTIONS = 16
HOST = "localhost"
SECRET_KEY = secrets.token_urlsafe(60)
ANSWERS = {**proxy_load_bench.ANSWERS, "went_well": "The bench"}
TOKEN, CSRF = proxy_load_bench.TOKEN, proxy_load_bench.CSRF
BAKERY_URL = os.environ.get("BAKERY_URL", "").rstrip("/")
BAKERY_POST = os.environ.get("BAKERY_POST", "/blog/bread-circuses/")
# bakerydemo's database, vacuumed and analysed before measuring as ours is (optional).
BAKERY_DATABASE_URL = os.environ.get("BAKERY_DATABASE_URL", "")
BAKERY_FORM = "/contact-us/"
BAKERY_SEARCH = "/search/?q="
BAKERY_SEARCH_REPEATED = BAKERY_SEARCH + "bread"
BAKERY_CONTACT = {
    "subject": "The bench",
    "your_name": "The bench",
    "your_email": "bench@example.org",
    "purpose": "Comment",
    "body": "The bench",
}
BAKERY_THANKS = "received your message"
BAKERY_WORDS = [
    "bread", "rye", "sourdough", "baking", "soda", "dessert", "fermentation", "fire",
    "yeast", "flour", "oven", "butter", "sugar", "chocolate", "cake", "honey", "wheat",
    "crust", "dough", "salt", "milk", "egg", "seeds", "oats", "barley", "spelt", "bagel",
    "baguette", "brioche", "ciabatta", "focaccia", "naan", "pita", "pretzel", "scone",
    "toast", "roll", "bun", "loaf", "iceland", "golden", "brown", "texture", "plate", "cream",
    "cookie", "pastry", "fresh", "sweet", "traditional", "white", "powder", "candy", "lemon",
    "toffee", "jelly", "donut", "marzipan", "caramel", "wafer", "gingerbread", "fruitcake",
    "biscuit", "macaroon", "gummi", "tiramisu", "cheesecake", "lollipop", "liquorice",
    "carrot", "recipe", "batter", "kitchen", "market", "marshmallow", "croissant", "cupcake",
    "danish", "sesame", "sandwich",
]  # fmt: skip

# wrk's shape for every run; a slow answer is waited for as long as gunicorn would
# (its timeout), not dropped after wrk's default 2 seconds and counted as lost.
WRK = ["wrk", "-t2", f"-c{CONNECTIONS}", "--timeout", "30s"]
# A run's requests a second and its answers that were not 2xx/3xx (or lost: never stored).
Run = namedtuple("Run", "rate bad")


def environment(settings="config.settings.production"):
    return {
        **{k: v for k, v in os.environ.items() if k != "DJANGO_ALLOW_ASYNC_UNSAFE"},
        "DJANGO_SETTINGS_MODULE": settings,
        "SECRET_KEY": SECRET_KEY,
        "ALLOWED_HOSTS": "127.0.0.1,localhost,testserver",
        "DATABASE_URL": DATABASE_URL,
        "REDIS_URL": REDIS_URL,
        "STATIC_ROOT": str(Path(tempfile.gettempdir()) / "bench-pages-static"),
        "SECURE_SSL_REDIRECT": "false",
        "SECURE_COOKIES": "false",
        "HOST": "127.0.0.1",
        "PORT": str(PORT),
        "WEB_CONCURRENCY": os.environ.get("WEB_CONCURRENCY", "2" if BAKERY_URL else "3"),
        "GUNICORN_THREADS": os.environ.get("GUNICORN_THREADS", "1" if BAKERY_URL else "2"),
        "LOG_LEVEL": "WARNING",
        # One address sends every answer here: limits that would hold them are raised.
        "FAMILY_FORM_LIMIT_PER_ADDRESS": "10000000",
        "FAMILY_FORM_LIMIT_PER_FORM": "10000000",
    }


def manage(*args, env, capture=False):
    result = subprocess.run(  # noqa: S603 - our own manage.py, fixed arguments
        [sys.executable, "manage.py", *args],
        cwd=BASE_DIR,
        env=env,
        check=True,
        capture_output=capture,
        text=True,
    )
    return result.stdout


def prepare():
    import psycopg

    if os.environ.get("BENCH_REUSE") != "1":
        with psycopg.connect("postgres://postgres@127.0.0.1:5432/postgres", autocommit=True) as db:
            db.execute(f"DROP DATABASE IF EXISTS {DATABASE} WITH (FORCE)")
            db.execute(f"CREATE DATABASE {DATABASE}")
        manage("migrate", "--no-input", "-v", "0", env=environment())
        # The demo loader refuses production settings; the same database, dev settings.
        manage("load_demo", env=environment("config.settings.dev"))
    manage("collectstatic", "--no-input", "-v", "0", env=environment())
    manage("clear_page_cache", env=environment())
    vacuum(DATABASE_URL)
    if BAKERY_DATABASE_URL:
        vacuum(BAKERY_DATABASE_URL)


def vacuum(url):
    """What autovacuum does on a production server: test machines may run without it.

    Without it the tables keep every dead row of the demo load and the
    planner guesses from no statistics, on both sides of the comparison.
    """
    import psycopg

    with psycopg.connect(url, autocommit=True) as db:
        db.execute("VACUUM ANALYZE")


# In-process: render time and queries, cold and warm -------------------------------------

NEVER_SEEN_WORDS = [
    "parenting", "housing", "carers", "school", "health", "youth", "advice", "safeguarding",
    "meeting", "referral", "conference", "supervision", "domestic", "abuse", "football",
    "counselling", "mentoring", "hubs", "conflict", "neglect", "attendance", "autism",
    "bereavement", "fostering", "adoption", "disability", "transition", "exclusion", "police",
    "court", "drugs", "alcohol", "sleep", "feeding", "language", "interpreter", "benefits",
    "debt", "food", "clothes", "children", "practice", "guidance", "community",
    "intervention", "learning", "young", "consultation", "collaboration", "relationship",
    "training", "leaver", "worker", "assessment", "framework", "justice", "repair",
    "restorative", "quality", "culture", "network", "strengths", "reflective", "trauma",
    "therapy", "father", "clinic", "complaint", "audit", "behaviour", "wellbeing", "curiosity",
    "protection", "visit", "session", "coordinator", "workforce", "partners", "independent",
    "advocacy",
]  # fmt: skip
SEARCH_REPEATED = "/en/search/?q=family+support"


def never_seen_queries(part, words=NEVER_SEEN_WORDS, parts=4):
    """Two-word searches nobody asked before: part 0 in process, parts 1-3 one a round.

    No two parts share a search, so no round is answered from what an earlier
    one left in the results cache; shuffled the same way every time, so each
    part mixes every word rather than taking a few first words of its own.
    """
    pairs = [f"{first} {second}" for first in words for second in words if first != second]
    random.Random(20).shuffle(pairs)
    size = len(pairs) // parts
    return pairs[part * size : (part + 1) * size]


def figures(council, urls, staff, runs=5, warm_runs=20):
    """Render time and queries of each page in process: after a publish, all cold, and a hit.

    Staff search is measured the same way, repeated and never seen (each run a
    search nobody asked before). The process is warmed by one request first.
    """
    import statistics
    import time

    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from home import page_cache

    staff_client = Client(HTTP_HOST=HOST)
    staff_client.force_login(staff)
    family = Client(HTTP_HOST=HOST)
    unseen = iter(never_seen_queries(0))

    def measure(client, url, method="get", data=None, status=200):
        with CaptureQueriesContext(connection) as queries:
            started = time.perf_counter()
            response = getattr(client, method)(url, data) if data else getattr(client, method)(url)
            elapsed = (time.perf_counter() - started) * 1000
        assert response.status_code == status, (url, response.status_code)
        return elapsed, len(queries), response

    def summary(measured):
        return [statistics.median(t for t, _q in measured), max(q for _t, q in measured)]

    targets = {**urls, "search": SEARCH_REPEATED, "search_new": None}
    found = {"urls": urls}
    for name, url in targets.items():
        client = family if name == "form" else staff_client
        client.get(url or SEARCH_REPEATED)  # warm the process (sites, content types, templates)

        def address(url=url):
            return url or "/en/search/?q=" + next(unseen).replace(" ", "+")

        cold, all_cold = [], []
        for _ in range(runs):
            page_cache.bump([council.pk])  # what publishing a page of the council does
            cold.append(measure(client, address())[:2])
            page_cache.clear()  # clear_page_cache: hosts and people's groups looked up again too
            all_cold.append(measure(client, address())[:2])
        warm = [measure(client, address())[:2] for _ in range(warm_runs)]
        found[name] = {"cold": summary(cold), "all_cold": summary(all_cold)}
        found[name]["warm"] = summary(warm)
    found["healthz"] = {"warm": list(measure(family, "/healthz")[:2])}
    return found, family, measure


def post_figures(family, measure, runs=5):
    """The family form sent in process: the POST, and the thank-you page it sends them to."""
    import re
    import statistics

    from django.test import override_settings

    posts = []
    with override_settings(FAMILY_FORM_MIN_FILL_SECONDS=0):
        family.get("/en/feedback/?sent=1")  # the thank-you page, rendered once for every family
        for _ in range(runs):
            page = family.get("/en/feedback/").content.decode()
            token = re.search(r'name="form_token" value="([^"]+)"', page).group(1)
            data = ANSWERS | {"form_token": token}
            elapsed, count, response = measure(family, "/en/feedback/", "post", data, status=303)
            thanks = measure(family, response["Location"])
            assert "govuk-panel--confirmation" in thanks[2].content.decode()
            posts.append((elapsed, count, thanks[0], thanks[1]))
    return {
        "cold": [statistics.median(p[0] for p in posts), max(p[1] for p in posts)],
        "warm": [statistics.median(p[2] for p in posts), max(p[3] for p in posts)],
    }


def demo_figures():
    """``figures()`` on the demo's Tower Hamlets pages (run by ``manage.py shell``)."""
    from django.contrib.auth import get_user_model

    from councils.models import Council
    from councils.tenancy import council_scope
    from resources.models import (
        InterventionIndexPage,
        OrganisationDirectoryPage,
        PracticeStandardPage,
    )

    council = Council.objects.get(slug="tower-hamlets")
    root = council.site.root_page
    with council_scope(council):

        def first(model):
            pages = model.objects.live().filter(
                locale__language_code="en", path__startswith=root.path
            )
            return pages.first().get_url_parts()[2]

        urls = {
            "standard": first(PracticeStandardPage),
            "home": "/en/",
            "interventions": first(InterventionIndexPage),
            "directory": first(OrganisationDirectoryPage),
            "form": "/en/feedback/",
        }
    staff = get_user_model().objects.get(username="staff")
    found, family, measure = figures(council, urls, staff)
    found["post"] = post_figures(family, measure)
    found["council"] = council.pk
    return found


def in_process():
    script = (
        "import json, sys\n"
        f"sys.path.insert(0, {str(BASE_DIR / 'bench')!r})\n"
        "import http_bench\n"
        "print('RESULT' + json.dumps(http_bench.demo_figures()))\n"
    )
    output = manage("shell", "-c", script, env=environment(), capture=True)
    return json.loads(output.split("RESULT", 1)[1])


# Over HTTP ------------------------------------------------------------------------------


def serve():
    log = tempfile.NamedTemporaryFile("w+", prefix="bench-pages-", suffix=".log", delete=False)  # noqa: SIM115
    process = subprocess.Popen(  # noqa: S603 - our own gunicorn, fixed arguments
        [str(Path(sys.executable).parent / "gunicorn"), "-c", "config/gunicorn.py", "config.wsgi"],
        cwd=BASE_DIR,
        env=environment(),
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    deadline = time.time() + 90
    while time.time() < deadline:
        try:
            request("GET", "/healthz")
            return process, Path(log.name)
        except OSError:
            time.sleep(0.5)
    process.terminate()
    sys.exit("gunicorn did not start: " + Path(log.name).read_text()[-2000:])


def request(method, path, body=None, cookie="", connection=None, host=HOST):
    own = connection is None
    connection = connection or http.client.HTTPConnection("127.0.0.1", PORT, timeout=30)
    headers = {"Host": host}
    if cookie:
        headers["Cookie"] = cookie
    if body is not None:
        headers["Content-Type"] = "application/x-www-form-urlencoded"
    try:
        connection.request(method, path, body=body, headers=headers)
        response = connection.getresponse()
        return response.status, response.getheaders(), response.read().decode()
    finally:
        if own:
            connection.close()


def header_value(headers, name):
    return next((value for key, value in headers if key.lower() == name), None)


def cookie_value(headers, name):
    for key, line in headers:
        match = re.match(rf"{name}=([^;]*)", line) if key.lower() == "set-cookie" else None
        if match:
            return match.group(1)
    return None


def sign_in():
    _status, cookies, page = request("GET", "/login/")
    csrf = cookie_value(cookies, "csrftoken")
    body = urlencode(
        {
            "username": "staff",
            "password": "better-together",
            "csrfmiddlewaretoken": CSRF.search(page).group(1),
        }
    )
    status, cookies, _page = request("POST", "/login/", body, cookie=f"csrftoken={csrf}")
    session = cookie_value(cookies, "sessionid")
    if status != 302 or not session:
        sys.exit(f"Could not sign in as staff (status {status})")
    return f"csrftoken={csrf}; sessionid={session}"


def wrk(path, cookie="", url=None):
    """A run of plain GETs of ours, or with ``url`` of the site there (its own Host)."""
    command = [*WRK, f"-d{SECONDS}s"]
    if url is None:
        command += ["-H", f"Host: {HOST}"]
    if cookie:
        command += ["-H", f"Cookie: {cookie}"]
    output = subprocess.run(  # noqa: S603 - wrk with fixed arguments
        [*command, (url or f"http://127.0.0.1:{PORT}") + path],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return measured(output)


def measured(output):
    """Requests a second, and answers not 2xx/3xx or never had (a socket error or time-out)."""
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    lost = re.search(
        r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output
    )
    bad = int(errors.group(1)) if errors else 0
    return Run(rate, bad + (sum(int(n) for n in lost.groups()) if lost else 0))


def wrk_script(script, *args, url=None):
    """wrk's output for a run of a Lua script in bench/, with its own arguments."""
    path = str(BASE_DIR / "bench" / script)
    command = [*WRK, f"-d{SECONDS}s", "-s", path]
    return subprocess.run(  # noqa: S603 - wrk with fixed arguments
        [*command, url or f"http://127.0.0.1:{PORT}", "--", *args],
        capture_output=True,
        text=True,
        check=True,
    ).stdout


def never_seen_run(cookie, round_number, url=None):
    """Searches a second, each one a search the results cache has not seen (never_seen.lua).

    With ``url``, bakerydemo's search, anonymous, on two words of its own content.
    """
    words = BAKERY_WORDS if url else NEVER_SEEN_WORDS
    queries = never_seen_queries(1 + round_number, words)  # in process asks part 0
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as listed:
        listed.write("\n".join(query.replace(" ", "+") for query in queries))
    where = [BAKERY_SEARCH, ""] if url else []
    output = wrk_script("never_seen.lua", listed.name, cookie, "2", *where, url=url)
    Path(listed.name).unlink()
    if int(re.search(r"Lists started again: (\d+)", output).group(1)):
        # The rest of the run would have been searches asked before, served from the cache.
        sys.exit(f"never seen: a run asked more than its {len(queries)} searches; add words")
    return measured(output)


def connect(url=None):
    """A connection to ours, or to the site at ``url``, and the Host to ask it for."""
    if url is None:
        return http.client.HTTPConnection("127.0.0.1", PORT, timeout=30), HOST
    parts = urlsplit(url)
    return http.client.HTTPConnection(parts.hostname, parts.port or 80, timeout=30), parts.netloc


def after_publish_run(path, cookie, council_id, url=None):
    """Requests a second, one at a time, each the first after a publish in the council.

    A publish moves the council's page-cache generation on; dropping the
    generation from Redis does the same (the next request makes a new one).
    With ``url`` (bakerydemo, no page cache: every request renders afresh)
    nothing is dropped.
    """
    import redis

    client = redis.Redis.from_url(REDIS_URL)
    key = f"better-together:1:pagecache:generation:{council_id}"
    connection, host = connect(url)
    served, errors, deadline = 0, 0, time.perf_counter() + SECONDS
    started = time.perf_counter()
    while time.perf_counter() < deadline:
        if url is None:
            client.delete(key)
        status, _headers, _page = request(
            "GET", path, cookie=cookie, connection=connection, host=host
        )
        served += 1
        errors += status != 200
    connection.close()
    return Run(served / (time.perf_counter() - started), errors)


def stored():
    import psycopg

    with psycopg.connect(DATABASE_URL) as db:
        return db.execute("SELECT count(*) FROM forms_app_familysubmission").fetchone()[0]


def fetch_forms(count):
    """Forms as families get them: each with its own form token and masked CSRF token."""
    _status, cookies, page = request("GET", "/en/feedback/")
    cookie = f"csrftoken={cookie_value(cookies, 'csrftoken')}"
    forms, lock = [], threading.Lock()

    def fetch(share):
        connection = http.client.HTTPConnection("127.0.0.1", PORT, timeout=30)
        for _ in range(share):
            _status, _cookies, page = request(
                "GET", "/en/feedback/", cookie=cookie, connection=connection
            )
            with lock:
                forms.append((TOKEN.search(page).group(1), CSRF.search(page).group(1)))
        connection.close()

    threads = [
        threading.Thread(target=fetch, args=(count // CONNECTIONS,)) for _ in range(CONNECTIONS)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return cookie, forms


def post_run(count):
    """Stored submissions a second, sent by wrk, every acknowledgement checked against the rows.

    Each answer has its own form token and masked CSRF token, fetched
    beforehand and sent after the minimum fill time (``bench/post.lua``).
    """
    cookie, forms = fetch_forms(count)
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as bodies:
        for token, csrf in forms:
            fields = {**ANSWERS, "form_token": token, "csrfmiddlewaretoken": csrf}
            bodies.write(urlencode(fields, doseq=True) + "\n")
    time.sleep(3.2)  # the minimum fill time
    before = stored()
    output = wrk_script("post.lua", bodies.name, cookie, "2")
    Path(bodies.name).unlink()
    result = dict(re.findall(r"(\w+)=(\d+)", output.split("RESULT", 1)[1]))
    sent, thanked, other, unused = (int(result[k]) for k in ("sent", "thanked", "other", "unused"))
    new = stored() - before
    # Answers still on their way when wrk stopped are stored but not counted as sent.
    if not sent <= new <= sent + CONNECTIONS or other or not unused:
        print(
            f"  ! {sent} sent, {new} stored, {thanked} thanked, {other} other answers, "
            f"{unused} tokens unused",
            flush=True,
        )
    return Run(new / SECONDS, other + max(sent - new, 0))


def contact_post_run(url):
    """bakerydemo's contact form sent: thank-you answers a second (``bench/contact_post.lua``).

    One CSRF token for every answer, as Django accepts; each answer that
    thanks is a stored submission, as our stored rows a second.
    """
    connection, host = connect(url)
    _status, cookies, page = request("GET", BAKERY_FORM, connection=connection, host=host)
    connection.close()
    csrf = cookie_value(cookies, "csrftoken")
    body = urlencode({**BAKERY_CONTACT, "csrfmiddlewaretoken": CSRF.search(page).group(1)})
    cookie = f"csrftoken={csrf}"
    output = wrk_script("contact_post.lua", BAKERY_FORM, cookie, body, BAKERY_THANKS, url=url)
    result = dict(re.findall(r"(\w+)=(\d+)", output.split("RESULT", 1)[1]))
    return Run(int(result["thanked"]) / SECONDS, int(result["other"]))


def check_bakery():
    """Every bakerydemo address the comparison asks for answers 200 (and is warmed once)."""
    for path in ("/", BAKERY_POST, "/blog/", BAKERY_FORM, BAKERY_SEARCH_REPEATED):
        connection, host = connect(BAKERY_URL)
        try:
            status, _headers, _page = request("GET", path, connection=connection, host=host)
        except OSError as error:
            sys.exit(f"bakerydemo at {BAKERY_URL} does not answer: {error}")
        finally:
            connection.close()
        if status != 200:
            sys.exit(f"bakerydemo at {BAKERY_URL}: {path} answers {status}, not 200")


def server_errors(log, offset):
    """5xx answers gunicorn logged after ``offset`` (the access log line ends in its status)."""
    with log.open("rb") as lines:
        lines.seek(offset)
        return len(re.findall(rb'^"[A-Z]+ [^"]*" 5\d\d ', lines.read(), re.M))


def short():
    """In process only, on small content made here: seconds, for CI (``--short``)."""
    from django.test import override_settings

    from councils.tenancy import council_scope
    from forms_app import demo as forms_demo
    from home.demo import users
    from home.demo.sites import councils, ensure_sites
    from tests import factories

    homes = ensure_sites()
    people = users.ensure_users(users.ensure_groups())
    forms_demo.load(homes, people)
    council = councils()["tower-hamlets"]
    home = homes["better-together"]
    with council_scope(council):
        framework = factories.FrameworkPageFactory(parent=home, slug="the-framework")
        standard = factories.PracticeStandardPageFactory(parent=framework, slug="connect")
        index = factories.InterventionIndexPageFactory(parent=home)
        directory = factories.OrganisationDirectoryPageFactory(parent=home)
        urls = {
            "standard": standard.get_url(),
            "home": "/en/",
            "interventions": index.get_url(),
            "directory": directory.get_url(),
            "form": "/en/feedback/",
        }
    with override_settings(PAGE_CACHE_SECONDS=600):
        found, family, measure = figures(council, urls, people["staff"], runs=1, warm_runs=2)
        found["post"] = post_figures(family, measure, runs=1)
    print_in_process(found)
    # The comparison table's format, with no HTTP figures: short mode serves nothing.
    targets = http_targets(urls, "", council.pk, "http://bakerydemo.invalid")
    nothing = {key: [] for _label, key, _run, _peer in targets}
    errors = dict.fromkeys(nothing, 0)
    print_http_table(targets, nothing, nothing, errors, found, compared=True)


def print_in_process(figures):
    print("| page | cold | all cold | hit |")
    print("|---|---|---|---|")
    for key, found in figures.items():
        if isinstance(found, dict) and key != "urls":
            cells = " | ".join(shown(found.get(name)) for name in ("cold", "all_cold", "warm"))
            print(f"| {key} | {cells} |")


def shown(figure):
    return f"{figure[0]:.1f} ms, {figure[1]}" if figure else ""


def main():
    if "--short" in sys.argv[1:]:
        import inprocess

        inprocess.run(short)
        return
    if not shutil.which("wrk"):
        sys.exit("wrk is needed: apt-get install wrk")
    if BAKERY_URL:
        check_bakery()
    prepare()
    figures = in_process()
    urls = figures["urls"]
    process, log = serve()
    try:
        cookie = sign_in()
        targets = http_targets(urls, cookie, figures["council"], BAKERY_URL)
        rates = {key: [] for _label, key, _run, _peer in targets}
        peers = {key: [] for _label, key, _run, peer in targets if peer}
        errors = dict.fromkeys(rates, 0)
        for rounds in range(3):
            for label, key, run, peer in targets:
                offset = log.stat().st_size
                rates[key].append(run(rounds))
                errors[key] += server_errors(log, offset)
                shown_run = f"{rates[key][-1].rate:.0f}/s, {rates[key][-1].bad} not 2xx/3xx"
                if peer:
                    peers[key].append(peer(rounds))
                    shown_run += f"; bakerydemo {peers[key][-1].rate:.0f}/s, "
                    shown_run += f"{peers[key][-1].bad} not 2xx/3xx"
                print(f"  round {rounds + 1}: {label}: {shown_run}", flush=True)
    finally:
        process.terminate()
        process.wait(30)
    print()
    load = ", ".join(f"{n:.1f}" for n in os.getloadavg())
    print(f"load average {load} on {os.cpu_count()} cores at the end")
    env = environment()
    print(
        f"gunicorn workers {env['WEB_CONCURRENCY']}, threads {env['GUNICORN_THREADS']}, "
        f"{' '.join(WRK)} -d{SECONDS}s, medians of 3 alternating runs; log {log}"
    )
    if BAKERY_URL:
        print(f"bakerydemo at {BAKERY_URL}, its runs alternating with ours")
    print(
        "In process (ms, queries): cold = after a publish in the council; all cold = after "
        "clear_page_cache; hit = from the page cache. For the POST: the POST, and the "
        "thank-you page it sends the family on to. Not 2xx/3xx: answers in the 3 runs that "
        "were not 2xx/3xx or never came (wrk's counts; for the POST, not thanked or not "
        "stored), and in brackets our 5xx in gunicorn's log."
    )
    print_http_table(targets, rates, peers, errors, figures, compared=bool(BAKERY_URL))


def http_targets(urls, cookie, council_id, bakery_url):
    """(label, key, run, bakerydemo's run or None): each run takes the round's number."""
    pairs = {}
    if bakery_url:
        pairs = {
            "standard": lambda _r: wrk(BAKERY_POST, url=bakery_url),
            "home": lambda _r: wrk("/", url=bakery_url),
            "interventions": lambda _r: wrk("/blog/", url=bakery_url),
            "form": lambda _r: wrk(BAKERY_FORM, url=bakery_url),
            "post": lambda _r: contact_post_run(bakery_url),
            "search": lambda _r: wrk(BAKERY_SEARCH_REPEATED, url=bakery_url),
            "search_new": lambda r: never_seen_run("", r, url=bakery_url),
            "standard_published": lambda _r: after_publish_run(
                BAKERY_POST, "", None, url=bakery_url
            ),
            "form_published": lambda _r: after_publish_run(BAKERY_FORM, "", None, url=bakery_url),
        }
    targets = [
        ("framework floor (/healthz)", "healthz", lambda _r: wrk("/healthz")),
        ("a practice standard page", "standard", lambda _r: wrk(urls["standard"], cookie)),
        ("staff home", "home", lambda _r: wrk("/en/", cookie)),
        ("interventions listing", "interventions", lambda _r: wrk(urls["interventions"], cookie)),
        ("community directory", "directory", lambda _r: wrk(urls["directory"], cookie)),
        ("family form GET (anonymous)", "form", lambda _r: wrk("/en/feedback/")),
        ("family form POST (stored/s)", "post", lambda _r: post_run(POSTS)),
        ("staff search, repeated", "search", lambda _r: wrk(SEARCH_REPEATED, cookie)),
        ("staff search, never seen", "search_new", lambda r: never_seen_run(cookie, r)),
        (
            "practice standard page, first after a publish (1 connection)",
            "standard_published",
            lambda _r: after_publish_run(urls["standard"], cookie, council_id),
        ),
        (
            "family form, first after a publish (1 connection)",
            "form_published",
            lambda _r: after_publish_run("/en/feedback/", "", council_id),
        ),
    ]
    rows = [row for row in os.environ.get("BENCH_ROWS", "").split(",") if row]
    if rows:  # the floor always runs: every rate is shown as a share of it
        targets = [target for target in targets if target[1] in {"healthz", *rows}]
    return [(label, key, run, pairs.get(key)) for label, key, run in targets]


BAKERY_PEERS = {
    "standard": f"blog post {BAKERY_POST}",
    "home": "home /",
    "interventions": "blog index /blog/",
    "form": f"contact form GET {BAKERY_FORM}",
    "post": f"contact form POST {BAKERY_FORM} (thanked/s)",
    "search": f"search {BAKERY_SEARCH_REPEATED}, repeated",
    "search_new": f"search {BAKERY_SEARCH}<two words>, never seen",
    "standard_published": f"blog post {BAKERY_POST} (1 connection)",
    "form_published": f"contact form GET {BAKERY_FORM} (1 connection)",
}


def print_http_table(targets, rates, peers, errors, figures, compared):
    """The table of the HTTP runs; with ``compared``, bakerydemo's medians beside ours."""
    floor = statistics.median(run.rate for run in rates["healthz"]) if rates["healthz"] else 0
    if compared:
        print(
            "| page | req/s | of floor | bakerydemo's pair | its req/s | ours ÷ its "
            "| not 2xx/3xx (5xx), ours / its | cold | all cold | hit |"
        )
        print("|---|---|---|---|---|---|---|---|---|---|")
    else:
        print("| page | req/s | of floor | not 2xx/3xx (5xx) | cold | all cold | hit |")
        print("|---|---|---|---|---|---|---|")
    for label, key, _run, _peer in targets:
        rate = statistics.median(run.rate for run in rates[key]) if rates[key] else 0
        shown_rate = f"{rate:,.0f}" if rates[key] else "–"
        share = f"{rate / floor:.0%}" if floor else "–"
        bad = f"{sum(run.bad for run in rates[key])} ({errors[key]})" if rates[key] else "–"
        found = figures.get(key, {})
        cells = " | ".join(shown(found.get(name)) for name in ("cold", "all_cold", "warm"))
        if not compared:
            print(f"| {label} | {shown_rate} | {share} | {bad} | {cells} |")
            continue
        theirs, ratio, their_bad = "–", "–", "–"
        if peers.get(key):
            their_rate = statistics.median(run.rate for run in peers[key])
            theirs = f"{their_rate:,.0f}"
            ratio = f"{rate / their_rate:.2f}×" if their_rate else "–"
            their_bad = str(sum(run.bad for run in peers[key]))
        peer = BAKERY_PEERS.get(key, "–")
        print(
            f"| {label} | {shown_rate} | {share} | {peer} | {theirs} | {ratio} "
            f"| {bad} / {their_bad} | {cells} |"
        )


if __name__ == "__main__":
    main()
