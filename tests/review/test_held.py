"""Held submissions: kept, out of every count, until the Learning Academy decides."""

import csv
import io

import pytest
from django.urls import reverse
from wagtail.models import ModelLogEntry

from forms_app.models import FamilySubmission, count_answers
from review.dashboard import dashboard
from review.models import ExportRecord
from tests.review.conftest import at, make_submission

pytestmark = pytest.mark.django_db


@pytest.fixture
def academy(client, review_users):
    client.force_login(review_users["academy"])
    return client


@pytest.fixture
def counted_and_held(form_page, cycles):
    when = at(cycles["current"].starts_on)
    counted = make_submission(form_page, "en", {"how_helpful": 5}, when=when)
    held = make_submission(
        form_page,
        "so",
        {"how_helpful": 1, "went_well": "Waan ku qanacsanahay"},
        when=when,
        callback={"name": "Amina", "phone": "07700 900982"},
    )
    FamilySubmission.objects.filter(pk=held.pk).update(held_reason="client_limit")
    return counted, FamilySubmission.all_objects.get(pk=held.pk)


def test_a_held_submission_is_out_of_the_inbox_counts_dashboard_and_exports(
    academy, counted_and_held, form_page, cycles
):
    counted, held = counted_and_held
    inbox = academy.get(reverse("review:inbox"))
    assert [row["submission"].pk for row in inbox.context["rows"]] == [counted.pk]
    assert "1 held submission is not counted" in inbox.content.decode()
    assert count_answers(form_page.translation_key, "how_helpful") == {5: 1}
    figures = dashboard(form_page.translation_key, cycles["current"], None)
    assert figures["total"] == 1
    export = academy.get(reverse("review:export", args=["csv"]))
    rows = list(csv.reader(io.StringIO(b"".join(export.streaming_content).decode("utf-8-sig"))))
    assert [row[0] for row in rows[1:]] == [str(counted.pk)]
    callbacks = academy.get(reverse("review:callbacks"))
    assert held.pk not in [row["submission"].pk for row in callbacks.context["rows"]]


def test_the_academy_reads_a_held_submission_and_releases_it_into_the_counts(
    academy, counted_and_held, form_page, review_users
):
    counted, held = counted_and_held
    listing = academy.get(reverse("review:held"))
    assert [row["submission"].pk for row in listing.context["rows"]] == [held.pk]
    assert "Over the limit for one connection" in listing.content.decode()
    detail = academy.get(reverse("review:detail", args=[held.pk]))
    assert "Held, not counted" in detail.content.decode()
    assert "Amina" not in detail.content.decode()

    response = academy.post(reverse("review:decide_held"), {"action": "release", "ids": [held.pk]})
    assert response.status_code == 302
    assert FamilySubmission.objects.count() == 2
    assert count_answers(form_page.translation_key, "how_helpful") == {5: 1, 1: 1}
    entry = ModelLogEntry.objects.get(action="review.held.release")
    assert entry.user == review_users["academy"]
    assert "Waan" not in str(entry.data)


def test_held_submissions_are_discarded_in_bulk_and_audited(academy, form_page, cycles):
    held = []
    for number in range(3):
        submission = make_submission(form_page, "bn", {"how_helpful": number + 1})
        FamilySubmission.objects.filter(pk=submission.pk).update(held_reason="too_fast")
        held.append(submission.pk)
    academy.post(reverse("review:decide_held"), {"action": "discard", "ids": held[:2]})
    assert list(FamilySubmission.all_objects.values_list("pk", flat=True)) == [held[2]]
    assert ModelLogEntry.objects.filter(action="review.held.discard").count() == 2


def test_only_held_submissions_can_be_released_or_discarded_here(academy, counted_and_held):
    counted, _held = counted_and_held
    academy.post(reverse("review:decide_held"), {"action": "discard", "ids": [counted.pk]})
    assert FamilySubmission.objects.filter(pk=counted.pk).exists()


def test_staff_without_the_review_permission_cannot_release(client, demo_users, counted_and_held):
    _counted, held = counted_and_held
    client.force_login(demo_users["staff"])
    client.post(reverse("review:decide_held"), {"action": "release", "ids": [held.pk]})
    assert FamilySubmission.all_objects.get(pk=held.pk).held_reason == "client_limit"


def test_an_export_record_keeps_no_search_text_only_that_a_search_was_used(
    academy, counted_and_held
):
    academy.get(reverse("review:export", args=["csv"]), {"q": "Amina Hassan", "language": "so"})
    record = ExportRecord.objects.get()
    assert record.filters == {"language": "so", "searched": "yes"}
    assert record.rows == 0
    entry = ModelLogEntry.objects.get(action="review.export")
    assert "Amina" not in str(entry.data)
