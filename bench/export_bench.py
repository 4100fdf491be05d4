"""How long exporting 100,000 submissions takes, and how much memory it needs.

Not a test: it builds a throwaway SQLite database (or uses BENCH_DATABASE_URL,
which must name an empty database you are happy to fill), creates the
submissions with bulk_create, then exports them as CSV and as XLSX the way
the inbox does, and prints the time, the peak Python memory (tracemalloc)
and the process's peak resident memory (ru_maxrss). The smaller run beside
it shows whether memory stays flat as the number of rows grows.

    .venv/bin/python bench/export_bench.py [--rows 100000]
    .venv/bin/python bench/export_bench.py --short   # 2,000 rows: seconds, for CI
"""

import argparse
import os
import random
import resource
import sys
import tempfile
import time
import tracemalloc
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def setup_django(database_dir):
    os.environ["DJANGO_SETTINGS_MODULE"] = "config.settings.test"
    url = os.environ.get("BENCH_DATABASE_URL")
    if url:
        os.environ["DATABASE_URL"] = url
    else:
        os.environ.pop("DATABASE_URL", None)
        os.environ["SQLITE_PATH"] = str(Path(database_dir) / "bench.sqlite3")
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0, interactive=False)


QUESTIONS = [
    {
        "key": "how_helpful",
        "type": "rating",
        "label": "How helpful has our work with your family been?",
        "lowest": 1,
        "highest": 5,
        "lowest_label": "Not at all helpful",
        "highest_label": "Very helpful",
    },
    {
        "key": "listened_to",
        "type": "single_choice",
        "label": "Did you feel listened to?",
        "options": [
            {"key": "always", "label": "Always"},
            {"key": "mostly", "label": "Most of the time"},
            {"key": "sometimes", "label": "Sometimes"},
            {"key": "never", "label": "Never"},
        ],
    },
    {
        "key": "what_helped",
        "type": "multiple_choice",
        "label": "What has helped you most?",
        "options": [
            {"key": "practical_help", "label": "Practical help"},
            {"key": "someone_to_talk_to", "label": "Someone to talk to"},
            {"key": "family_meetings", "label": "Family meetings"},
        ],
    },
    {"key": "know_next_steps", "type": "yes_no", "label": "Do you know what will happen next?"},
    {"key": "went_well", "type": "long_text", "label": "What went well?"},
    {"key": "do_better", "type": "long_text", "label": "What could we do better?"},
]
TEXTS = [
    "Someone listened to us and came back when they said they would.",
    "Waa la i dhageystay, waana la i caawiyay.",
    '=HYPERLINK("http://example.org") is not a formula here',
    "আমাদের কথা শোনা হয়েছে।",
]


def bench_council():
    """The council the submissions belong to: exports run in one council's scope."""
    from home.demo.sites import councils, ensure_sites

    ensure_sites()
    return councils()["tower-hamlets"]


def make_submissions(rows, council):
    from django.utils import timezone

    from forms_app.models import FamilySubmission, FormVersion
    from review.models import FeedbackCycle

    now = timezone.now()
    FeedbackCycle.ensure_year(now.year - 1)
    FeedbackCycle.ensure_year(now.year)
    form_key = uuid.uuid4()
    version = FormVersion.objects.create(form_key=form_key, digest="bench", questions=QUESTIONS)
    chance = random.Random(42)
    batch = []
    for number in range(rows):
        batch.append(
            FamilySubmission(
                form_key=form_key,
                version=version,
                language=chance.choice(["en", "bn", "so"]),
                source=chance.choice(["", "edge-of-care", "family-hubs"]),
                answers={
                    "how_helpful": chance.randint(1, 5),
                    "listened_to": chance.choice(["always", "mostly", "sometimes", "never"]),
                    "what_helped": chance.sample(
                        ["practical_help", "someone_to_talk_to", "family_meetings"], 2
                    ),
                    "know_next_steps": chance.choice(["yes", "no"]),
                    "went_well": chance.choice(TEXTS) * chance.randint(1, 4),
                    "do_better": chance.choice(TEXTS),
                },
                submit_time=now - timezone.timedelta(minutes=number * 5),
                token_digest=f"{number:064d}",
                council=council,
            )
        )
        if len(batch) == 5000:
            FamilySubmission.objects.bulk_create(batch)
            batch = []
    FamilySubmission.objects.bulk_create(batch)
    return form_key


def export(kind, form_key, limit=None):
    from review.exports import ExportTable, csv_chunks, write_xlsx
    from review.inbox import InboxFilterForm

    # The bench's form has no page, so the filter is "everything", as an unfiltered inbox.
    queryset = InboxFilterForm({}).filter().filter(form_key=form_key)
    if limit:
        queryset = queryset.filter(pk__lte=limit)
    table = ExportTable(queryset)
    if kind == "csv":
        size = 0
        for chunk in csv_chunks(table):
            size += len(chunk.encode("utf-8"))
        return size
    with tempfile.TemporaryFile() as output:
        write_xlsx(table, output)
        return output.tell()


def measure(kind, form_key, limit=None):
    started = time.perf_counter()
    size = export(kind, form_key, limit)
    elapsed = time.perf_counter() - started
    tracemalloc.start()
    export(kind, form_key, limit)
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return elapsed, peak, size


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--short", action="store_true", help="2,000 rows: seconds, for CI")
    args = parser.parse_args()
    if args.short:
        args.rows = 2_000
    with tempfile.TemporaryDirectory() as database_dir:
        setup_django(database_dir)
        from councils.tenancy import council_scope

        with council_scope(bench_council()) as council:
            run(args.rows, council)


def run(total, council):
    started = time.perf_counter()
    form_key = make_submissions(total, council)
    elapsed = time.perf_counter() - started
    print(f"Created {total:,} submissions with bulk_create in {elapsed:.1f} s")
    small = max(total // 10, 1)
    for kind in ("csv", "xlsx"):
        for rows, limit in ((small, small), (total, None)):
            elapsed, peak, size = measure(kind, form_key, limit)
            print(
                f"{kind.upper():4} {rows:>7,} rows: {elapsed:6.1f} s, "
                f"peak Python memory {peak / 2**20:6.1f} MiB (tracemalloc), "
                f"output {size / 2**20:6.1f} MiB"
            )
    peak_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"Peak resident memory of the whole run (ru_maxrss): {peak_rss:.0f} MiB")


if __name__ == "__main__":
    main()
