"""Answers translated once, used everywhere: the inbox, the dashboard, both exports and search."""

import csv
import io

import openpyxl
import pytest
from django.urls import reverse

from review.models import Review
from tests.review.conftest import at, make_submission

pytestmark = pytest.mark.django_db

BENGALI = "কর্মীরা খুব সদয় ছিলেন"
ENGLISH = "The staff were very kind"


@pytest.fixture
def translated(form_page, cycles):
    submission = make_submission(
        form_page,
        "bn",
        {"how_helpful": 5, "went_well": BENGALI, "do_better": "আরও ফোন করুন"},
        when=at(cycles["current"].starts_on),
    )
    Review.objects.create(
        submission=submission, translations={"went_well": ENGLISH, "do_better": "=Call more"}
    )
    return submission


@pytest.fixture
def untranslated(form_page, cycles):
    return make_submission(
        form_page,
        "so",
        {"how_helpful": 3, "went_well": "Waa la i caawiyay"},
        when=at(cycles["current"].starts_on, 13),
    )


def test_the_inbox_list_shows_the_translation_beside_the_familys_words(
    academy, translated, untranslated
):
    response = academy.get(reverse("review:inbox"))
    rows = {row["submission"].pk: row for row in response.context["rows"]}
    assert (rows[translated.pk]["excerpt"], rows[translated.pk]["translation"]) == (
        BENGALI,
        ENGLISH,
    )
    assert rows[untranslated.pk]["translation"] == ""
    body = response.content.decode()
    assert f'<span lang="bn" class="review-text">{BENGALI}</span>' in body
    assert f'<span lang="en" class="review-text">{ENGLISH}</span>' in body


def test_the_dashboards_free_text_lists_show_the_translation_beside_the_original(
    academy, translated, untranslated
):
    response = academy.get(reverse("review:dashboard"))
    groups = {group["key"]: group for group in response.context["figures"]["free_text"]}
    answers = {answer["id"]: answer for answer in groups["went_well"]["answers"]}
    assert answers[translated.pk]["translation"] == ENGLISH
    assert answers[untranslated.pk]["translation"] == ""
    body = response.content.decode()
    assert BENGALI in body and ENGLISH in body
    assert body.index(BENGALI) < body.index(ENGLISH) < body.index(f"Submission {translated.pk}<")


def _columns(header, row):
    return dict(zip(header, row, strict=True))


def test_the_csv_export_has_a_translation_column_next_to_each_free_text_question(
    academy, translated, untranslated
):
    response = academy.get(reverse("review:export", args=["csv"]))
    text = b"".join(response.streaming_content).decode("utf-8-sig")
    header, *rows = list(csv.reader(io.StringIO(text)))
    original = header.index("went_well: What went well?")
    assert header[original + 1] == "went_well: What went well? (English translation)"
    assert (
        header[header.index("do_better: What could we do better?") + 1]
        == "do_better: What could we do better? (English translation)"
    )
    by_id = {row[0]: _columns(header, row) for row in rows}
    mine = by_id[str(translated.pk)]
    assert mine["went_well: What went well?"] == BENGALI
    assert mine["went_well: What went well? (English translation)"] == ENGLISH
    # A translation is a cell like any other: one a spreadsheet would run is neutralised.
    assert mine["do_better: What could we do better? (English translation)"] == "'=Call more"
    assert by_id[str(untranslated.pk)]["went_well: What went well? (English translation)"] == ""


def test_the_xlsx_export_has_a_translation_column_next_to_each_free_text_question(
    academy, translated
):
    response = academy.get(reverse("review:export", args=["xlsx"]))
    sheet = openpyxl.load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    header, row = [[cell.value for cell in line] for line in sheet.iter_rows()]
    original = header.index("went_well: What went well?")
    assert header[original + 1] == "went_well: What went well? (English translation)"
    assert (row[original], row[original + 1]) == (BENGALI, ENGLISH)


def test_searching_submissions_finds_the_translation_as_well_as_the_familys_words(
    academy, translated, untranslated
):
    found = academy.get(reverse("review:inbox"), {"q": "very kind"})
    assert [row["submission"].pk for row in found.context["rows"]] == [translated.pk]
    assert ENGLISH in found.content.decode()
    by_own_words = academy.get(reverse("review:inbox"), {"q": "সদয়"})
    assert [row["submission"].pk for row in by_own_words.context["rows"]] == [translated.pk]
    assert academy.get(reverse("review:inbox"), {"q": "no such words"}).context["rows"] == []


def test_only_those_who_may_review_can_search_submissions(client, review_users, translated):
    client.force_login(review_users["editor"])
    response = client.get(reverse("review:inbox"), {"q": "very kind"})
    assert response.status_code == 302
    assert ENGLISH not in response.content.decode()
