"""Every bench's short mode runs and prints its figures, so a bench that rots fails CI.

Benches are not timed tests: these assert that each one still sets up its data
and measures, never how fast. Each short mode runs in process on the test
database, as ``bench/<name>.py --short`` runs it on a throwaway one.
"""

import re
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

FIGURE = re.compile(r"\d+(\.\d+)? ms")


@pytest.mark.django_db
def test_search_bench_short_mode_prints_never_seen_and_repeated_figures(capsys):
    import search_bench

    search_bench.short()
    printed = capsys.readouterr().out
    for label in ("never seen", "repeated"):
        line = next(line for line in printed.splitlines() if label in line)
        assert FIGURE.search(line), printed
        assert "queries median" in line


@pytest.mark.django_db
def test_export_bench_short_mode_prints_csv_and_xlsx_figures(capsys):
    import export_bench

    from councils.tenancy import council_scope

    with council_scope(export_bench.bench_council()) as council:
        export_bench.run(200, council)
    printed = capsys.readouterr().out
    assert "Created 200 submissions" in printed
    for kind in ("CSV", "XLSX"):
        assert re.search(rf"{kind}\s+200 rows: +\d+\.\d s, peak Python memory", printed), printed


@pytest.mark.django_db
def test_listings_bench_short_mode_prints_each_listing(capsys):
    import listings_bench

    listings_bench.short()
    printed = capsys.readouterr().out
    for name in ("interventions", "directory", "search"):
        assert re.search(rf"^{name}\s+20\s+\d+\.\d\s+\d+", printed, re.M), printed


@pytest.mark.django_db
def test_http_bench_short_mode_prints_pages_search_and_after_a_publish(capsys):
    import http_bench

    http_bench.short()
    printed = capsys.readouterr().out
    for key in ("standard", "home", "form", "search", "search_new", "post"):
        row = re.search(rf"^\| {key} \| (.*) \|$", printed, re.M)
        assert row, printed
        assert FIGURE.search(row.group(1)), printed
    # The comparison with bakerydemo (BAKERY_URL) prints its pairs beside our rows.
    pair = re.search(r"^\| a practice standard page \| .* \| blog post /blog/\S+ \|", printed, re.M)
    assert pair, printed


@pytest.mark.django_db
def test_family_bench_short_mode_prints_page_weight_and_stored_submissions(capsys):
    import family_bench

    family_bench.short()
    printed = capsys.readouterr().out
    for language in ("en", "bn", "so"):
        assert re.search(rf"^  {language}\s+\d+  total \(\d+\.\d KB of \d+ KB\)$", printed, re.M)
    assert re.search(r"^one submission: \d+ queries \(\w+\)$", printed, re.M), printed
    assert re.search(
        r"^18 submissions in \d+\.\d\d s: \d+ a second in one process, \d+ stored", printed, re.M
    ), printed


@pytest.mark.django_db
def test_openreferral_bench_short_mode_prints_cold_and_warm_feed_figures(capsys):
    import openreferral_bench

    openreferral_bench.bench(services=300, runs=3)
    printed = capsys.readouterr().out
    assert "300 services created" in printed
    for per_page in (5, 50):
        for label in ("cold", "warm"):
            assert re.search(
                rf"per_page={per_page}\s+{label}: median +\d+\.\d ms, p95 +\d+\.\d ms, \d+ queries",
                printed,
            ), printed
    assert re.search(r"^format=ndjson: 300 services streamed in \d+\.\d\d s$", printed, re.M)


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_proxy_load_bench_short_mode_prints_every_answer_kept(capsys, settings):
    import proxy_load_bench
    from inprocess import live_server

    from forms_app import demo
    from home.demo import sites, users

    settings.TRUSTED_PROXIES = ["127.0.0.1/32"]
    settings.FAMILY_FORM_MIN_FILL_SECONDS = 0
    demo.load(sites.ensure_sites(), users.ensure_users(users.ensure_groups()))
    with live_server() as port:
        proxy_load_bench.short(port)
    printed = capsys.readouterr().out
    assert "sent 12 from 3 families through the proxy" in printed, printed
    assert re.search(r"stored \d+: accepted \d+, held \d+ \{.*\}", printed), printed
    # The bench's figures are counts, not speeds: here every family is thanked and kept.
    assert "thank-you pages 12; every thank-you has a stored row: yes" in printed, printed
    assert re.search(r"told to come back later \d+; form shown again \d+; failed", printed)


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_upload_bench_short_mode_prints_each_hostile_file_and_healthz(capsys, tmp_path, settings):
    import upload_bench
    from inprocess import live_server

    from home.demo.sites import ensure_sites

    settings.MEDIA_ROOT = str(tmp_path / "media")
    ensure_sites()
    with live_server() as port:
        upload_bench.short(port, tmp_path)
    printed = capsys.readouterr().out
    rows = re.findall(
        r"^(\S+)\s+\d+ K\s+(\d{3})\s+\d+\.\d\ds\s+\d+\.\ds\s+(.+?)\s+-\s+-$", printed, re.M
    )
    assert len(rows) == 9, printed
    assert {code for _name, code, _status in rows} == {"200"}, printed
    # Every file was read, or refused by a limit, before the table was printed.
    assert "pending" not in {status for _name, _code, status in rows}, printed
    assert re.search(r"^peak resident memory of the web and task worker: \d+ MB$", printed, re.M)
    assert re.search(r"^/healthz asked \d+ times every 100 ms: ", printed, re.M), printed
