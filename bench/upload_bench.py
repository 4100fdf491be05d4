"""Hostile document uploads against a running site: does /healthz keep answering?

    .venv/bin/python bench/upload_bench.py

Builds a throwaway SQLite site (development settings, TASKS_BACKEND=database),
serves it with gunicorn (2 workers) and runs `manage.py db_worker` beside it,
as production does. It then uploads each hostile file of
tests/search/hostile_files.py through the admin's multiple-upload form, one
after another and then four paragraph floods at once, while another thread
asks /healthz every 100 ms. For each file it prints how long the upload took
to answer, how long until the worker had read it, the status, the peak memory
of the child that read it (VmHWM, as the task reports it), and it prints the
peak resident memory of the web and task workers and whether /healthz
answered every time. Not a test: it prints figures and asserts nothing.

Options (environment): BENCH_PORT (8766), BENCH_BOMB_MB (1024, inflated size of the bombs).

    .venv/bin/python bench/upload_bench.py --short   # in process, small files: for CI

The short mode serves the site from this process on the test database, with
the test settings' immediate tasks (each file is read, in its limited child,
before its upload answers), smaller files that still cross each limit, and
two floods sent at once, which the in-process server answers in turn; it
prints the same table in seconds.
"""

import http.cookiejar
import os
import re
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
import uuid
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(BASE_DIR))

PORT = int(os.environ.get("BENCH_PORT", "8766"))
BOMB_MB = int(os.environ.get("BENCH_BOMB_MB", "1024"))
BASE = f"http://127.0.0.1:{PORT}"


def environment(folder):
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.dev",
        "DEBUG": "0",
        "SQLITE_PATH": str(folder / "bench.sqlite3"),
        "MEDIA_ROOT": str(folder / "media"),
        "STATIC_ROOT": str(folder),
        "TASKS_BACKEND": "database",
        "LOG_LEVEL": "WARNING",
        "PYTHONPATH": str(BASE_DIR),
    }


def hostile_files(folder, bomb_mb=BOMB_MB, paragraphs=2_000_000, depth=50_000):
    from tests.search import hostile_files as make

    return [
        make.zip_bomb_docx(folder / "honest-bomb.docx", inflated_mb=bomb_mb),
        make.lying_zip_bomb_docx(folder / "lying-bomb.docx", inflated_mb=bomb_mb),
        make.many_paragraphs_docx(folder / f"{paragraphs}-paragraphs.docx", paragraphs),
        make.empty_paragraphs_docx(folder / f"{paragraphs}-empty-paragraphs.docx", paragraphs),
        make.deeply_nested_pdf(folder / f"nested-{depth}.pdf", depth),
        make.flate_bomb_pdf(folder / "stream-bomb.pdf", inflated_mb=bomb_mb),
        make.billion_laughs_odt(folder / "billion-laughs.odt"),
    ]


class Health(threading.Thread):
    """Asks /healthz every 100 ms; keeps the slowest answer and every failure."""

    def __init__(self, base=BASE):
        super().__init__(daemon=True)
        self.base = base
        self.asked = 0
        self.failures = []
        self.slowest = 0.0
        self.stopping = threading.Event()

    def run(self):
        while not self.stopping.is_set():
            started = time.monotonic()
            try:
                with urllib.request.urlopen(f"{self.base}/healthz", timeout=2) as response:  # noqa: S310
                    if response.status != 200:
                        self.failures.append(response.status)
            except OSError as error:
                self.failures.append(str(error))
            took = time.monotonic() - started
            self.asked += 1
            self.slowest = max(self.slowest, took)
            self.stopping.wait(max(0.0, 0.1 - took))


class Memory(threading.Thread):
    """Samples the resident memory of named processes every 50 ms, keeping each one's peak."""

    def __init__(self, pids):
        super().__init__(daemon=True)
        self.pids = pids
        self.peaks = {}
        self.stopping = threading.Event()

    def run(self):
        while not self.stopping.is_set():
            for role, pid in self.pids().items():
                try:
                    status = Path(f"/proc/{pid}/status").read_text()
                except OSError:
                    continue
                rss = int(re.search(r"VmRSS:\s+(\d+)", status).group(1))
                self.peaks[role] = max(self.peaks.get(role, 0), rss)
            self.stopping.wait(0.05)


def children(pid):
    try:
        tasks = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    except OSError:
        return []
    return [int(child) for child in tasks]


def signed_in_opener(base=BASE):
    from django.contrib.auth import get_user_model
    from django.test import Client

    from councils.models import Council, CouncilMember

    user, _created = get_user_model().objects.get_or_create(
        username="bench-admin", defaults={"is_superuser": True, "is_staff": True}
    )
    # A person signs in on their own council's site only: the default site's.
    CouncilMember.objects.update_or_create(
        user=user, defaults={"council": Council.objects.get(site__is_default_site=True)}
    )
    client = Client()
    client.force_login(user)
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    opener.addheaders = [("Cookie", f"sessionid={client.cookies['sessionid'].value}")]
    page = opener.open(f"{base}/admin/documents/multiple/add/", timeout=30).read().decode()
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)
    csrf_cookie = next(cookie.value for cookie in jar if cookie.name == "csrftoken")
    opener.addheaders = [
        ("Cookie", f"sessionid={client.cookies['sessionid'].value}; csrftoken={csrf_cookie}")
    ]
    # A council's documents live in its own collection.
    return opener, (token, Council.objects.get(site__is_default_site=True).collection_id)


def upload(opener, token, path, base=BASE):
    token, collection = token
    boundary = uuid.uuid4().hex
    body = (
        (
            f'--{boundary}\r\nContent-Disposition: form-data; name="csrfmiddlewaretoken"\r\n\r\n'
            f'{token}\r\n--{boundary}\r\nContent-Disposition: form-data; name="collection"\r\n\r\n'
            f'{collection}\r\n--{boundary}\r\nContent-Disposition: form-data; name="files[]"; '
            f'filename="{path.name}"\r\nContent-Type: application/octet-stream\r\n\r\n'
        ).encode()
        + path.read_bytes()
        + f"\r\n--{boundary}--\r\n".encode()
    )
    request = urllib.request.Request(  # noqa: S310 - our own server on loopback
        f"{base}/admin/documents/multiple/add/",
        data=body,
        headers={
            "Content-Type": f"multipart/form-data; boundary={boundary}",
            "X-Requested-With": "XMLHttpRequest",
            "Referer": f"{base}/admin/documents/multiple/add/",
        },
    )
    started = time.monotonic()
    with opener.open(request, timeout=120) as response:
        answer = response.read().decode()
        status = response.status
    found = re.search(r'"doc_id": (\d+)', answer)
    if found is None:
        sys.exit(f"The upload of {path.name} answered {status} without a document: {answer[:300]}")
    document_id = int(found.group(1))
    return document_id, status, time.monotonic() - started


def wait_until_read(document_id, started, timeout=120):
    from django_tasks_db.models import DBTaskResult
    from wagtail.documents import get_document_model

    from councils.tenancy import across_councils

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        # The task's own result, with the child's figures, is saved once it returns.
        result = DBTaskResult.objects.filter(
            task_path="search.tasks.read_document_text",
            args_kwargs__args__0=document_id,
            status__in=["SUCCESSFUL", "FAILED"],
        ).first()
        if result is not None:
            with across_councils():
                document = get_document_model().objects.get(pk=document_id)
            report = result.return_value or {}
            return document.extraction_status, time.monotonic() - started, report
        time.sleep(0.1)
    return "still pending", time.monotonic() - started, {}


def main():
    folder = Path(tempfile.mkdtemp(prefix="upload-bench-"))
    env = environment(folder)
    os.environ.update({key: env[key] for key in ("DJANGO_SETTINGS_MODULE", "SQLITE_PATH")})
    os.environ.update({key: env[key] for key in ("MEDIA_ROOT", "TASKS_BACKEND", "DEBUG")})
    manage = [sys.executable, str(BASE_DIR / "manage.py")]
    subprocess.run([*manage, "migrate", "-v", "0"], env=env, check=True)  # noqa: S603
    import django

    django.setup()

    print(f"Making the hostile files (bombs inflate to {BOMB_MB} MB) ...", flush=True)
    files = hostile_files(folder)
    gunicorn = subprocess.Popen(  # noqa: S603 - our own gunicorn, fixed arguments
        [
            str(Path(sys.executable).parent / "gunicorn"),
            "config.wsgi:application",
            "--bind",
            f"127.0.0.1:{PORT}",
            "--workers",
            "2",
            "--threads",
            "2",
            "--log-level",
            "warning",
        ],
        cwd=BASE_DIR,
        env=env,
    )
    worker = subprocess.Popen(  # noqa: S603 - our own manage.py, fixed arguments
        [*manage, "db_worker", "--interval", "0.2", "--no-startup-delay", "-v", "0"],
        cwd=BASE_DIR,
        env=env,
    )
    try:
        deadline = time.time() + 60
        while True:
            try:
                urllib.request.urlopen(f"{BASE}/healthz", timeout=2).close()  # noqa: S310
                break
            except OSError:
                if time.time() > deadline:
                    sys.exit("gunicorn did not start")
                time.sleep(0.5)

        def pids():
            found = {f"web worker {n}": pid for n, pid in enumerate(children(gunicorn.pid), 1)}
            found["task worker"] = worker.pid
            return found

        rows, memory, health = measure(BASE, files, pids, wait_until_read)
    finally:
        gunicorn.terminate()
        worker.terminate()
        gunicorn.wait()
        worker.wait()

    report(rows, memory, health)


def measure(base, files, pids, wait, floods=4):
    """Upload each file, then ``floods`` paragraph floods at once, watching /healthz and memory."""
    opener, token = signed_in_opener(base)
    health, memory = Health(base), Memory(pids)
    health.start()
    memory.start()
    rows = []
    try:
        for path in files:
            started = time.monotonic()
            document_id, code, answered = upload(opener, token, path, base)
            status, read_after, report = wait(document_id, started)
            rows.append((path, code, answered, status, read_after, report))

        def flood(number):
            copy = path.parent / f"flood-{number}.docx"
            copy.write_bytes(files[2].read_bytes())
            started = time.monotonic()
            document_id, code, answered = upload(opener, token, copy, base)
            return copy, code, answered, started, document_id

        with ThreadPoolExecutor(floods) as pool:
            flooded = list(pool.map(flood, range(floods)))
        for copy, code, answered, started, document_id in flooded:
            status, read_after, report = wait(document_id, started)
            rows.append((copy, code, answered, status, read_after, report))
    finally:
        health.stopping.set()
        memory.stopping.set()
        health.join()
        memory.join()
    return rows, memory, health


def report(rows, memory, health):
    print()
    print(
        f"{'file':36} {'size':>8} {'upload':>7} {'answered':>9} {'read after':>10} "
        f"{'status':>11} {'child peak':>10} {'child time':>10}"
    )
    for path, code, answered, status, read_after, report in rows:
        peak = f"{report['peak_kb'] / 1024:.0f} MB" if report.get("peak_kb") else "-"
        seconds = f"{report['seconds']:.1f} s" if report.get("seconds") is not None else "-"
        print(
            f"{path.name:36} {path.stat().st_size / 1024:6.0f} K {code:>7} {answered:8.2f}s "
            f"{read_after:9.1f}s {status:>11} {peak:>10} {seconds:>10}"
        )
    print()
    for role, peak in sorted(memory.peaks.items()):
        print(f"peak resident memory of the {role}: {peak / 1024:.0f} MB")
    answered_all = not health.failures
    print(
        f"/healthz asked {health.asked} times every 100 ms: "
        f"{'answered every time' if answered_all else f'{len(health.failures)} failures'}, "
        f"slowest answer {health.slowest * 1000:.0f} ms"
    )
    if health.failures:
        print("failures:", health.failures[:5])


def read_already(document_id, started):
    """With immediate tasks the file was read before its upload answered."""
    from wagtail.documents import get_document_model

    from councils.tenancy import across_councils

    with across_councils():
        document = get_document_model().objects.get(pk=document_id)
    return document.extraction_status, time.monotonic() - started, {}


def short(port, folder):
    """The hostile files, smaller but each still past its limit, against the site on ``port``."""
    files = hostile_files(folder, bomb_mb=60, paragraphs=50_000, depth=5_000)
    rows, memory, health = measure(
        f"http://127.0.0.1:{port}",
        files,
        lambda: {"web and task worker": os.getpid()},
        read_already,
        floods=2,
    )
    report(rows, memory, health)


def short_in_process():
    from django.test.utils import override_settings
    from inprocess import live_server

    from home.demo import sites, users

    folder = Path(tempfile.mkdtemp(prefix="upload-bench-"))
    # Each council's sites, groups and document collection, as the test database has them.
    sites.ensure_sites()
    users.ensure_users(users.ensure_groups())
    with override_settings(MEDIA_ROOT=str(folder / "media")), live_server() as port:
        short(port, folder)


if __name__ == "__main__":
    if "--short" in sys.argv[1:]:
        sys.path.insert(0, str(Path(__file__).resolve().parent))
        from inprocess import run as in_process

        in_process(short_in_process)
    else:
        main()
