"""Requests a second for staff pages and the family form, against the framework floor.

    .venv/bin/python bench/http_bench.py

Serves the site with gunicorn (config/gunicorn.py, production settings) on
PostgreSQL (database ``bench_pages`` on 127.0.0.1:5432, user postgres, made
afresh and filled by ``migrate`` and ``load_demo``) and Redis
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

Options (environment): BENCH_SECONDS (5 a run), BENCH_POSTS (forms fetched for a run, 2500),
BENCH_PORT (8792), WEB_CONCURRENCY (3), BENCH_REUSE=1 (keep the database).
Not a test: it prints figures.
"""

import http.client
import json
import os
import re
import secrets
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import urlencode

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
        "WEB_CONCURRENCY": os.environ.get("WEB_CONCURRENCY", "3"),
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


# In-process: render time and queries, cold and warm -------------------------------------

IN_PROCESS = r"""
import json, statistics, time
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.contrib.auth import get_user_model
from resources.models import PracticeStandardPage, InterventionIndexPage, OrganisationDirectoryPage
from home import page_cache
from councils.models import Council

council = Council.objects.get(slug="tower-hamlets")
root = council.site.root_page
def first(model):
    pages = model.objects.live().filter(locale__language_code="en", path__startswith=root.path)
    return pages.first().get_url_parts()[2]
urls = {
    "standard": first(PracticeStandardPage),
    "home": "/en/",
    "interventions": first(InterventionIndexPage),
    "directory": first(OrganisationDirectoryPage),
    "form": "/en/feedback/",
}
staff = Client(HTTP_HOST="localhost")
staff.force_login(get_user_model().objects.get(username="staff"))
family = Client(HTTP_HOST="localhost")
def measure(client, url, method="get", data=None, status=200):
    with CaptureQueriesContext(connection) as queries:
        started = time.perf_counter()
        response = getattr(client, method)(url, data) if data else getattr(client, method)(url)
        elapsed = (time.perf_counter() - started) * 1000
    assert response.status_code == status, (url, response.status_code)
    return elapsed, len(queries), response
found = {"urls": urls}
for name, url in urls.items():
    client = family if name == "form" else staff
    client.get(url)  # warm the process (sites, content types, templates)
    cold, all_cold = [], []
    for _ in range(5):
        page_cache.bump([council.pk])  # what publishing a page of the council does
        cold.append(measure(client, url)[:2])
        page_cache.clear()  # clear_page_cache: hosts and people's groups looked up again too
        all_cold.append(measure(client, url)[:2])
    warm = [measure(client, url)[:2] for _ in range(20)]
    found[name] = {
        "cold": [statistics.median(t for t, _ in cold), max(q for _, q in cold)],
        "all_cold": [statistics.median(t for t, _ in all_cold), max(q for _, q in all_cold)],
        "warm": [statistics.median(t for t, _ in warm), max(q for _, q in warm)],
    }
import re
from django.conf import settings
settings.FAMILY_FORM_MIN_FILL_SECONDS = 0
posts = []
family.get("/en/feedback/?sent=1")  # the thank-you page, rendered once for every family
for _ in range(5):
    page = family.get("/en/feedback/").content.decode()
    token = re.search(r'name="form_token" value="([^"]+)"', page).group(1)
    data = ANSWERS | {"form_token": token}
    elapsed, count, response = measure(family, "/en/feedback/", "post", data, status=303)
    thanks = measure(family, response["Location"])
    assert "govuk-panel--confirmation" in thanks[2].content.decode()
    posts.append((elapsed, count, thanks[0], thanks[1]))
found["post"] = {
    "cold": [statistics.median(p[0] for p in posts), max(p[1] for p in posts)],
    "warm": [statistics.median(p[2] for p in posts), max(p[3] for p in posts)],
}
found["healthz"] = {"warm": list(measure(family, "/healthz")[:2])}
print("RESULT" + json.dumps(found))
"""


def in_process():
    script = f"ANSWERS = {ANSWERS!r}\n{IN_PROCESS}"
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


def request(method, path, body=None, cookie="", connection=None):
    own = connection is None
    connection = connection or http.client.HTTPConnection("127.0.0.1", PORT, timeout=30)
    headers = {"Host": HOST}
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


def wrk(path, cookie=""):
    command = ["wrk", "-t2", f"-c{CONNECTIONS}", f"-d{SECONDS}s", "-H", f"Host: {HOST}"]
    if cookie:
        command += ["-H", f"Cookie: {cookie}"]
    output = subprocess.run(  # noqa: S603 - wrk with fixed arguments
        [*command, f"http://127.0.0.1:{PORT}{path}"], capture_output=True, text=True, check=True
    ).stdout
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    if errors:
        print(f"  ! {path}: {errors.group(1)} answers were not 2xx/3xx", flush=True)
    return rate


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
    output = subprocess.run(  # noqa: S603 - wrk with fixed arguments
        ["wrk", "-t2", f"-c{CONNECTIONS}", f"-d{SECONDS}s", "-s", str(BASE_DIR / "bench/post.lua")]
        + [f"http://127.0.0.1:{PORT}", "--", bodies.name, cookie, "2"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
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
    return new / SECONDS


def main():
    if not shutil.which("wrk"):
        sys.exit("wrk is needed: apt-get install wrk")
    prepare()
    figures = in_process()
    urls = figures["urls"]
    process, log = serve()
    try:
        cookie = sign_in()
        targets = [
            ("framework floor (/healthz)", "healthz", lambda: wrk("/healthz")),
            ("a practice standard page", "standard", lambda: wrk(urls["standard"], cookie)),
            ("staff home", "home", lambda: wrk("/en/", cookie)),
            ("interventions listing", "interventions", lambda: wrk(urls["interventions"], cookie)),
            ("community directory", "directory", lambda: wrk(urls["directory"], cookie)),
            ("family form GET (anonymous)", "form", lambda: wrk("/en/feedback/")),
            ("family form POST (stored/s)", "post", lambda: post_run(POSTS)),
        ]
        rates = {key: [] for _label, key, _run in targets}
        for round_number in range(3):
            for label, key, run in targets:
                rates[key].append(run())
                print(f"  round {round_number + 1}: {label}: {rates[key][-1]:.0f}/s", flush=True)
    finally:
        process.terminate()
        process.wait(30)
    floor = statistics.median(rates["healthz"])
    print()
    load = ", ".join(f"{n:.1f}" for n in os.getloadavg())
    print(f"load average {load} on {os.cpu_count()} cores at the end")
    print(
        f"gunicorn workers {environment()['WEB_CONCURRENCY']}, wrk -t2 -c{CONNECTIONS} "
        f"-d{SECONDS}s, medians of 3 alternating runs; log {log}"
    )
    print(
        "In process (ms, queries): cold = after a publish in the council; all cold = after "
        "clear_page_cache; hit = from the page cache. For the POST: the POST, and the "
        "thank-you page it sends the family on to."
    )
    print("| page | req/s | of floor | cold | all cold | hit |")
    print("|---|---|---|---|---|---|")

    def shown(figure):
        return f"{figure[0]:.1f} ms, {figure[1]}" if figure else ""

    for label, key, _run in targets:
        rate = statistics.median(rates[key])
        found = figures.get(key, {})
        cells = " | ".join(shown(found.get(name)) for name in ("cold", "all_cold", "warm"))
        print(f"| {label} | {rate:,.0f} | {rate / floor:.0%} | {cells} |")


if __name__ == "__main__":
    main()
