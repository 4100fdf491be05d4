"""Exports of exactly what the inbox shows, safe to open in a spreadsheet."""

import csv
import io

import openpyxl
import pytest
from django.core.management import call_command
from django.urls import reverse
from wagtail.models import ModelLogEntry

from review.exports import neutralise
from review.models import ExportRecord
from tests.review.conftest import at, make_submission

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ('=HYPERLINK("http://x")', '\'=HYPERLINK("http://x")'),
        ("+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tindented", "'\tindented"),
        ("\rreturn", "'\rreturn"),
        ("+44 7700 900982", "+44 7700 900982"),
        ("07700 900982", "07700 900982"),
        ("-5", "-5"),
        ("Someone listened.", "Someone listened."),
        ("a=b", "a=b"),
        (4, "4"),
        (None, ""),
    ],
)
def test_cells_that_a_spreadsheet_would_run_are_neutralised(value, expected):
    assert neutralise(value) == expected


@pytest.fixture
def academy(client, review_users):
    client.force_login(review_users["academy"])
    return client


@pytest.fixture
def submissions(form_page, cycles, tags):
    current = cycles["current"]
    return [
        make_submission(
            form_page,
            "so",
            {
                "how_helpful": 5,
                "listened_to": "mostly",
                "what_helped": ["practical_help", "family_meetings"],
                "know_next_steps": "yes",
                "went_well": '=HYPERLINK("http://evil")',
                "in_a_few_words": "<script>x</script>",
            },
            when=at(current.starts_on, 9),
            source="edge-of-care",
        ),
        make_submission(form_page, "en", {"how_helpful": 1}, when=at(current.starts_on, 10)),
    ]


def read_csv(response):
    assert response.streaming
    text = b"".join(response.streaming_content).decode("utf-8")
    assert text.startswith("\ufeff")
    return list(csv.reader(io.StringIO(text[1:])))


def test_the_csv_export_has_fixed_columns_then_one_per_question_in_english(
    academy, submissions, cycles
):
    response = academy.get(reverse("review:export", args=["csv"]), {"language": "so"})
    assert response["Content-Type"].startswith("text/csv")
    assert "attachment" in response["Content-Disposition"]
    header, *rows = read_csv(response)
    assert header[:6] == ["Submission id", "Submitted at", "Cycle", "Language", "Source", "Status"]
    assert "how_helpful: How helpful has our work with your family been?" in header
    assert "listened_to: Did you feel listened to?" in header
    assert len(rows) == 1
    row = dict(zip(header, rows[0], strict=True))
    assert row["Submission id"] == str(submissions[0].pk)
    assert row["Cycle"] == cycles["current"].name
    assert row["Language"] == "Somali"
    assert row["Source"] == "edge-of-care"
    assert row["Status"] == "New"
    assert row["listened_to: Did you feel listened to?"] == "Most of the time"
    assert row["what_helped: What has helped you most?"] == "Practical help; Family meetings"
    assert row["know_next_steps: Do you know what will happen next?"] == "Yes"
    assert row["went_well: What went well?"] == '\'=HYPERLINK("http://evil")'
    assert row["in_a_few_words: Describe your experience in a few words"] == "<script>x</script>"


def test_an_export_is_exactly_the_filtered_inbox_and_is_recorded(
    academy, submissions, review_users
):
    params = {"language": "en"}
    inbox = academy.get(reverse("review:inbox"), params)
    listed = [str(row["submission"].pk) for row in inbox.context["rows"]]
    _header, *rows = read_csv(academy.get(reverse("review:export", args=["csv"]), params))
    assert [row[0] for row in rows] == listed == [str(submissions[1].pk)]
    record = ExportRecord.objects.get()
    assert record.user == review_users["academy"]
    assert record.filters == {"language": "en"}
    entry = ModelLogEntry.objects.get(action="review.export")
    assert entry.user == review_users["academy"]
    assert entry.data["format"] == "csv"
    # The academy can read it in the admin's audit reports; editors cannot.
    assert entry in ModelLogEntry.objects.viewable_by_user(review_users["academy"])
    assert entry not in ModelLogEntry.objects.viewable_by_user(review_users["editor"])


def test_the_xlsx_export_writes_strings_never_formulas(academy, submissions):
    response = academy.get(reverse("review:export", args=["xlsx"]), {"language": "so"})
    assert response["Content-Type"].startswith(
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    )
    workbook = openpyxl.load_workbook(io.BytesIO(b"".join(response.streaming_content)))
    sheet = workbook.active
    rows = [[cell.value for cell in row] for row in sheet.iter_rows()]
    header, row = rows[0], rows[1]
    values = dict(zip(header, row, strict=True))
    assert values["Submission id"] == str(submissions[0].pk)
    assert values["went_well: What went well?"] == '\'=HYPERLINK("http://evil")'
    assert all(cell.data_type != "f" for line in sheet.iter_rows() for cell in line)


def export_command(*options):
    call_command("export_submissions", "--council", "tower-hamlets", *options)


def test_the_command_exports_a_form_to_standard_output(submissions, cycles, form_page, capsys):
    current = str(cycles["current"].pk)
    export_command("--form", "feedback", "--cycle", current, "--language", "so", "--format", "csv")
    text = capsys.readouterr().out
    header, *rows = list(csv.reader(io.StringIO(text.lstrip("\ufeff"))))
    assert header[0] == "Submission id"
    assert [row[0] for row in rows] == [str(submissions[0].pk)]
    assert ModelLogEntry.objects.filter(action="review.export").exists()


def test_the_command_writes_xlsx_bytes(submissions, form_page, capfdbinary):
    export_command("--form", "feedback", "--format", "xlsx")
    data = capfdbinary.readouterr().out
    workbook = openpyxl.load_workbook(io.BytesIO(data))
    assert workbook.active.max_row == 3


def test_the_command_refuses_an_unknown_form_or_language(submissions):
    from django.core.management.base import CommandError

    with pytest.raises(CommandError):
        export_command("--form", "nope")
    with pytest.raises(CommandError):
        export_command("--form", "feedback", "--language", "fr")
