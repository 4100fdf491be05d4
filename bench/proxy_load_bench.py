"""1,000 families send the feedback form through a proxy: is every answer kept?

    .venv/bin/python bench/proxy_load_bench.py

Serves the site with gunicorn (config/gunicorn.py, production settings) on
PostgreSQL (database ``bench_family`` on 127.0.0.1:5432, user postgres, made
afresh) and Redis (127.0.0.1:6379, database 9), behind a small reverse proxy
on loopback started here, which appends the address it saw to
X-Forwarded-For as nginx does; ``TRUSTED_PROXIES=127.0.0.1``. Each of the 32
simulated families connects from its own loopback address (127.0.1.N), so the
proxy passes on 32 distinct addresses. A family loads the form, takes the
minimum fill time, and sends valid answers; on an error page it sends the
same form again, as a person pressing Send again would.

Three runs: as deployed; while PostgreSQL restarts mid-run
(``pg_ctlcluster --skip-systemctl-redirect 15 main restart``); and with Redis
unreachable. Each prints how many answers were stored (accepted or held),
how many families saw a thank-you, how many were told to come back, and
checks that every thank-you has its stored row. Not a test: it prints figures.

Options (environment): BENCH_SUBMISSIONS (1000), BENCH_CLIENTS (32),
BENCH_PORT (8790; the proxy listens on BENCH_PORT + 1), WEB_CONCURRENCY (3),
BENCH_RUNS (which runs, default "123").

    .venv/bin/python bench/proxy_load_bench.py --short   # in process, 12 answers: for CI

The short mode serves the site from this process on the test database
(threads, SQLite by default) behind the same proxy, with 3 families sending
12 answers, and prints the first run's figures in seconds.
"""

import http.client
import os
import re
import secrets
import socket
import socketserver
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path
from urllib.parse import urlencode

BASE_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(BASE_DIR))

DATABASE_URL = "postgres://postgres@127.0.0.1:5432/bench_family"
REDIS_URL = "redis://127.0.0.1:6379/9"
SECRET_KEY = secrets.token_urlsafe(60)
TOKEN = re.compile(r'name="form_token" value="([^"]+)"')
CSRF = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
CLIENT_ADDRESS = re.compile(r"127\.0\.1\.\d+")
ANSWERS = {
    "how_helpful": "4",
    "listened_to": "mostly",
    "what_helped": ["practical_help", "family_meetings"],
    "know_next_steps": "yes",
    "call_back": "no",
    "agree_to_use": "on",
}


def environment(redis_url=REDIS_URL, port=8790):
    static_root = Path(tempfile.gettempdir()) / "bench-family-static"
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.production",
        "SECRET_KEY": SECRET_KEY,
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "DATABASE_URL": DATABASE_URL,
        "REDIS_URL": redis_url,
        "TRUSTED_PROXIES": "127.0.0.1",
        "STATIC_ROOT": str(static_root),
        # Plain HTTP on loopback: the TLS proxy in front is not part of this bench.
        "SECURE_SSL_REDIRECT": "false",
        "SECURE_COOKIES": "false",
        "HOST": "127.0.0.1",
        "PORT": str(port),
        "WEB_CONCURRENCY": os.environ.get("WEB_CONCURRENCY", "3"),
        "LOG_LEVEL": "WARNING",
    }


def manage(*args, env):
    subprocess.run(  # noqa: S603 - our own manage.py, fixed arguments
        [sys.executable, "manage.py", *args], cwd=BASE_DIR, env=env, check=True
    )


def prepare():
    import psycopg

    with psycopg.connect("postgres://postgres@127.0.0.1:5432/postgres", autocommit=True) as db:
        db.execute("DROP DATABASE IF EXISTS bench_family WITH (FORCE)")
        db.execute("CREATE DATABASE bench_family")
    env = environment()
    manage("migrate", "--no-input", "-v", "0", env=env)
    manage("collectstatic", "--no-input", "-v", "0", env=env)
    script = (
        "from forms_app import demo\n"
        "from home.demo import sites, users\n"
        "demo.load(sites.ensure_sites(), users.ensure_users(users.ensure_groups()))\n"
    )
    manage("shell", "-c", script, env=env)


def serve(env, port):
    log = tempfile.NamedTemporaryFile("w+", prefix="bench-gunicorn-", suffix=".log", delete=False)  # noqa: SIM115
    process = subprocess.Popen(  # noqa: S603 - our own gunicorn, fixed arguments
        [str(Path(sys.executable).parent / "gunicorn"), "-c", "config/gunicorn.py", "config.wsgi"],
        cwd=BASE_DIR,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    deadline = time.time() + 90
    while time.time() < deadline:
        try:
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
            connection.request("GET", "/healthz")
            connection.getresponse().read()
            return process, Path(log.name)
        except OSError:
            time.sleep(0.5)
    process.terminate()
    sys.exit("gunicorn did not start: " + Path(log.name).read_text()[-2000:])


def stop(process):
    process.terminate()
    process.wait(30)


# The proxy ------------------------------------------------------------------------------


class Proxy(socketserver.ThreadingTCPServer):
    """A reverse proxy in threads: one request per connection, X-Forwarded-For appended."""

    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 256

    def __init__(self, listen_port, upstream_port):
        self.upstream_port = upstream_port
        super().__init__(("127.0.0.1", listen_port), ProxyHandler)
        threading.Thread(target=self.serve_forever, daemon=True).start()

    def close(self):
        self.shutdown()
        self.server_close()


class ProxyHandler(socketserver.StreamRequestHandler):
    def handle(self):
        peer = self.client_address[0]
        try:
            request_line = self.rfile.readline().decode("latin-1").rstrip("\r\n")
            kept, forwarded, length = [], None, 0
            while (line := self.rfile.readline().decode("latin-1").rstrip("\r\n")) != "":
                name, _sep, value = line.partition(":")
                lowered = name.strip().lower()
                if lowered == "x-forwarded-for":
                    forwarded = value.strip()
                elif lowered != "connection":
                    if lowered == "content-length":
                        length = int(value)
                    kept.append(line)
            body = self.rfile.read(length) if length else b""
            kept.append(f"X-Forwarded-For: {forwarded + ', ' if forwarded else ''}{peer}")
            kept.append("Connection: close")
            with socket.create_connection(("127.0.0.1", self.server.upstream_port), 60) as up:
                up.sendall(("\r\n".join([request_line, *kept]) + "\r\n\r\n").encode("latin-1"))
                up.sendall(body)
                while chunk := up.recv(65536):
                    self.wfile.write(chunk)
        except (OSError, ValueError):
            self.wfile.write(b"HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\n\r\n")


# The families ---------------------------------------------------------------------------


def request(port, address, method, path, body=None, cookie=""):
    connection = http.client.HTTPConnection(
        "127.0.0.1", port, timeout=30, source_address=(address, 0)
    )
    headers = {"Cookie": cookie} if cookie else {}
    if body is not None:
        headers["Content-Type"] = "application/x-www-form-urlencoded"
    try:
        connection.request(method, path, body=body, headers=headers)
        response = connection.getresponse()
        if response.status == 303 and method == "POST":
            # Stored: the browser follows on to the thank-you page.
            response.read()
            connection.close()
            return request(port, address, "GET", response.getheader("Location"), cookie=cookie)
        return response.status, response.getheader("Set-Cookie", ""), response.read().decode()
    finally:
        connection.close()


def family(port, number, submissions, results, lock, fill_seconds=3.2):
    address = f"127.0.1.{number + 1}"
    cookie, forms = "", []
    for index in submissions:
        for _attempt in range(30):  # a family reloads a page that did not load
            try:
                _status, set_cookie, page = request(
                    port, address, "GET", "/en/feedback/", cookie=cookie
                )
            except OSError:
                set_cookie, page = "", ""
            if TOKEN.search(page) and CSRF.search(page):
                break
            time.sleep(1)
        else:
            with lock:
                results["form never loaded"] += 1
            continue
        match = re.search(r"csrftoken=([^;]+)", set_cookie)
        if match:
            cookie = f"csrftoken={match.group(1)}"
        forms.append((index, TOKEN.search(page).group(1), CSRF.search(page).group(1)))
    time.sleep(fill_seconds)  # a person reads the questions: the minimum fill time passes
    for index, token, csrf in forms:
        marker = f"bench answer {index}"
        body = urlencode(
            {**ANSWERS, "went_well": marker, "form_token": token, "csrfmiddlewaretoken": csrf},
            doseq=True,
        )
        outcome, retries = "failed", 0
        for attempt in range(30):
            try:
                status, _cookie, page = request(
                    port, address, "POST", "/en/feedback/", body=body, cookie=cookie
                )
            except OSError:
                status, page = 0, ""
            if status == 200 and "govuk-panel--confirmation" in page:
                outcome = "thanked"
                break
            if status == 429:
                outcome = "told to come back"
                break
            if status == 200:
                outcome = "form shown again"
                break
            # An error page (the database restarting): the family presses Send again.
            retries = attempt + 1
            time.sleep(1)
        with lock:
            results[outcome] += 1
            results["retries after an error page"] += retries
            if outcome == "thanked":
                results.setdefault("thanked markers", set()).add(marker)


def run(label, port, total, clients, during=None, stored_rows=None, fill_seconds=3.2):
    results, lock = Counter(), threading.Lock()
    results["thanked markers"] = set()
    shares = [list(range(n, total, clients)) for n in range(clients)]
    threads = [
        threading.Thread(target=family, args=(port, n, shares[n], results, lock, fill_seconds))
        for n in range(clients)
    ]
    started = time.time()
    for thread in threads:
        thread.start()
    if during:
        during(results)
    for thread in threads:
        thread.join()
    elapsed = time.time() - started
    stored = (stored_rows or stored_in_postgres)()
    markers = results.pop("thanked markers")
    missing = markers - set(stored)
    held = Counter(reason for reason in stored.values() if reason)
    print(f"\n{label} ({elapsed:.0f} s)")
    print(f"  sent {total} from {clients} families through the proxy")
    print(
        f"  stored {len(stored)}: accepted {sum(1 for r in stored.values() if not r)}, "
        f"held {sum(held.values())} {dict(held)}"
    )
    print(
        f"  thank-you pages {results['thanked']}; every thank-you has a stored row: "
        f"{'yes' if not missing else f'NO, {len(missing)} missing'}"
    )
    print(
        f"  told to come back later {results['told to come back']}; "
        f"form shown again {results['form shown again']}; failed after retries "
        f"{results['failed']}; retries after an error page "
        f"{results['retries after an error page']}"
    )


def stored_in_postgres():
    import psycopg

    with psycopg.connect(DATABASE_URL) as db:
        rows = db.execute(
            "SELECT answers->>'went_well', held_reason FROM forms_app_familysubmission"
        ).fetchall()
    return dict(rows)


def reset():
    import psycopg

    with psycopg.connect(DATABASE_URL, autocommit=True) as db:
        db.execute("DELETE FROM review_review")
        db.execute("DELETE FROM forms_app_callbackrequest")
        db.execute("DELETE FROM forms_app_familysubmission")
    subprocess.run(["redis-cli", "-n", "9", "FLUSHDB"], check=True, capture_output=True)  # noqa: S607


def restart_postgres_after(thanked):
    def during(results):
        while results["thanked"] < thanked:
            time.sleep(0.05)
        print(f"  … restarting PostgreSQL after {results['thanked']} thank-you pages")
        subprocess.run(  # noqa: S603
            ["pg_ctlcluster", "--skip-systemctl-redirect", "15", "main", "restart"],  # noqa: S607
            check=True,
        )

    return during


def addresses_logged(log):
    return len(CLIENT_ADDRESS.findall(log.read_text()))


def closed_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def main():
    total = int(os.environ.get("BENCH_SUBMISSIONS", 1000))
    clients = int(os.environ.get("BENCH_CLIENTS", 32))
    port = int(os.environ.get("BENCH_PORT", 8790))
    print("Preparing bench_family (migrate, collectstatic, demo form)…")
    prepare()
    proxy = Proxy(port + 1, port)
    print(f"gunicorn on 127.0.0.1:{port}, proxy on 127.0.0.1:{port + 1}, TRUSTED_PROXIES=127.0.0.1")

    runs = os.environ.get("BENCH_RUNS", "123")
    server, log = serve(environment(port=port), port)
    try:
        if "1" in runs:
            reset()
            run("1. As deployed (PostgreSQL, Redis)", port + 1, total, clients)
        if "2" in runs:
            reset()
            run(
                "2. PostgreSQL restarts mid-run",
                port + 1,
                total,
                clients,
                during=restart_postgres_after(total // 3),
            )
    finally:
        stop(server)
    print(f"  client addresses in gunicorn's log: {addresses_logged(log)}")

    if "3" in runs:
        reset()
        down = f"redis://127.0.0.1:{closed_port()}/9"
        server, log = serve(environment(redis_url=down, port=port), port)
        try:
            run(f"3. Redis unreachable ({down})", port + 1, total, clients)
        finally:
            stop(server)
        print(f"  client addresses in gunicorn's log: {addresses_logged(log)}")
    proxy.close()


def stored_here():
    from councils.tenancy import across_councils
    from forms_app.models import FamilySubmission

    with across_councils():
        rows = FamilySubmission.all_objects.values_list("answers__went_well", "held_reason")
        return dict(rows)


def short(port):
    """Three families send 12 answers through the proxy to the site serving on ``port``."""
    proxy = Proxy(0, port)
    try:
        run(
            "1. As deployed (in process)",
            proxy.server_address[1],
            12,
            3,
            stored_rows=stored_here,
            fill_seconds=0,
        )
    finally:
        proxy.close()


def short_in_process():
    from django.test.utils import override_settings
    from inprocess import live_server

    from forms_app import demo
    from home.demo import sites, users

    demo.load(sites.ensure_sites(), users.ensure_users(users.ensure_groups()))
    with (
        override_settings(TRUSTED_PROXIES=["127.0.0.1/32"], FAMILY_FORM_MIN_FILL_SECONDS=0),
        live_server() as port,
    ):
        short(port)


if __name__ == "__main__":
    if "--short" in sys.argv[1:]:
        sys.path.insert(0, str(Path(__file__).resolve().parent))
        from inprocess import run as in_process

        in_process(short_in_process)
    else:
        main()
