"""The family form: bytes a cold cache downloads, and stored submissions a second in process.

    .venv/bin/python bench/family_bench.py
    .venv/bin/python bench/family_bench.py --short   # 20 submissions: for CI
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/light .venv/bin/python bench/family_bench.py

On a throwaway test database (SQLite, or ``test_<name>`` beside the
PostgreSQL database DATABASE_URL names) with the demo's family forms:

- for each language, every file the form page references and its size on
  the wire (as tests/forms_app/test_page_weight.py counts it), and the total
  against the 60 KB budget;
- the queries of one POST, and how many submissions a second one process
  stores, each a whole request through Django's test client (validation,
  flood control, the INSERT, the thank-you page), every one checked stored.
  The HTTP figure under gunicorn is bench/http_bench.py's.

Not a test: it prints figures and asserts nothing. Options (environment):
BENCH_SUBMISSIONS (default 500).
"""

import os
import re
import sys
import time

from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext, override_settings
from inprocess import run

SUBMISSIONS = int(os.environ.get("BENCH_SUBMISSIONS", "500"))
TOKEN = re.compile(r'name="form_token" value="([^"]+)"')


def page_weight(client):
    from tests.forms_app.test_page_weight import BUDGET, transfer

    print("family form page, cold cache, bytes on the wire")
    for language in ("en", "bn", "so"):
        sizes = transfer(client, f"/{language}/feedback/")
        for address, size in sizes.items():
            print(f"  {language}  {size:>7}  {address}")
        total = sum(sizes.values())
        print(f"  {language}  {total:>7}  total ({total / 1024:.1f} KB of {BUDGET // 1024} KB)")


def submissions(client, count):
    from forms_app.models import FamilySubmission
    from tests.forms_app.conftest import answers

    answered = {**answers(), "src": "edge-of-care"}
    url = "/so/feedback/"
    tokens = [TOKEN.search(client.get(url).content.decode()).group(1) for _ in range(count)]
    client.post(url, {**answered, "form_token": tokens.pop()})
    before = FamilySubmission.all_objects.count()
    with CaptureQueriesContext(connection) as queries:
        client.post(url, {**answered, "form_token": tokens.pop()})
    print(f"\none submission: {len(queries)} queries ({connection.vendor})")
    started = time.perf_counter()
    for token in tokens:
        response = client.post(url, {**answered, "form_token": token})
        assert response.status_code == 303
    elapsed = time.perf_counter() - started
    stored = FamilySubmission.all_objects.count() - before - 1
    print(
        f"{len(tokens)} submissions in {elapsed:.2f} s: {len(tokens) / elapsed:.0f} a second "
        f"in one process, {stored} stored ({FamilySubmission.objects.count()} filed, "
        f"the rest held by the flood limits)"
    )


def main(count=SUBMISSIONS):
    from councils.models import Council
    from councils.tenancy import council_scope
    from forms_app import demo
    from home.demo import users
    from home.demo.sites import ensure_sites

    sites = ensure_sites()
    demo.load(sites, users.ensure_users(users.ensure_groups()))
    client = Client(HTTP_HOST="localhost")
    page_weight(client)
    with (
        override_settings(FAMILY_FORM_MIN_FILL_SECONDS=0, FAMILY_FORM_LIMIT_PER_ADDRESS=10**9),
        council_scope(Council.objects.get(site__is_default_site=True)),
    ):
        submissions(client, count)


def short():
    main(count=20)


if __name__ == "__main__":
    run(short if "--short" in sys.argv[1:] else main)
