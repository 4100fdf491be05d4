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
