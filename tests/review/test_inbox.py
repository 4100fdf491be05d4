"""The Learning Academy reads, filters and handles what families sent."""

import datetime

import pytest
from django.urls import reverse
from wagtail.models import ModelLogEntry

from forms_app.models import FamilySubmission
from review.models import Review, Status
from tests.review.conftest import at, make_submission

pytestmark = pytest.mark.django_db

SCRIPT = '<script>alert("x")</script><b>bold</b>'


@pytest.fixture
def academy(client, review_users):
    client.force_login(review_users["academy"])
    return client


@pytest.fixture
def mixed(form_page, cycles, tags):
    current, previous = cycles["current"], cycles["previous"]
    return {
        "so_now": make_submission(
            form_page,
            "so",
            {
                "how_helpful": 5,
                "listened_to": "always",
                "know_next_steps": "yes",
                "went_well": "Waa la i dhageystay",
            },
            when=at(current.starts_on),
            source="edge-of-care",
        ),
        "bn_now": make_submission(
            form_page, "bn", {"how_helpful": 2, "listened_to": "never"}, when=at(current.starts_on)
        ),
        "so_before": make_submission(
            form_page,
            "so",
            {"how_helpful": 3, "do_better": "Soo wac marar badan"},
            when=at(previous.starts_on),
            source="family-hubs",
        ),
        "en_before": make_submission(
            form_page, "en", {"went_well": SCRIPT}, when=at(previous.ends_on)
        ),
    }


def shown(client, **params):
    response = client.get(reverse("review:inbox"), params)
    assert response.status_code == 200
    return {row["submission"].pk for row in response.context["rows"]}


def test_every_submission_is_in_the_inbox_newest_first(academy, mixed):
    response = academy.get(reverse("review:inbox"))
    languages = [row["language"] for row in response.context["rows"]]
    assert set(languages[:2]) == {"Somali", "Bengali"}  # English names in the English admin
    assert [row["submission"].pk for row in response.context["rows"]] == list(
        FamilySubmission.objects.order_by("-submit_time", "-pk").values_list("pk", flat=True)
    )


def test_filters_narrow_the_inbox(academy, mixed, cycles, form_page):
    ids = {name: submission.pk for name, submission in mixed.items()}
    assert shown(academy, language="so") == {ids["so_now"], ids["so_before"]}
    assert shown(academy, language="so", cycle=cycles["current"].pk) == {ids["so_now"]}
    assert shown(academy, source="family-hubs") == {ids["so_before"]}
    assert shown(academy, form=str(form_page.translation_key)) == set(ids.values())
    assert shown(academy, date_from=cycles["current"].starts_on.isoformat()) == {
        ids["so_now"],
        ids["bn_now"],
    }
    assert shown(academy, date_to=cycles["previous"].starts_on.isoformat()) == {ids["so_before"]}
    Review.objects.create(submission=mixed["bn_now"], status=Status.ACTIONED)
    assert shown(academy, status="actioned") == {ids["bn_now"]}
    assert ids["bn_now"] not in shown(academy, status="new")
    assert ids["so_now"] in shown(academy, status="new")


def test_search_finds_words_in_free_text_answers(academy, mixed):
    assert shown(academy, q="dhageystay") == {mixed["so_now"].pk}
    assert shown(academy, q="SOO WAC") == {mixed["so_before"].pk}
    assert shown(academy, q="nothing like this") == set()


def test_a_bad_filter_shows_nothing_rather_than_everything(academy, mixed):
    response = academy.get(reverse("review:inbox"), {"language": "xx", "cycle": "999"})
    assert response.status_code == 200
    assert response.context["rows"] == []
    assert response.context["filter_form"].errors


def test_a_somali_answer_is_read_with_english_labels_beside_the_familys_words(academy, mixed):
    response = academy.get(reverse("review:detail", args=[mixed["so_now"].pk]))
    rows = {row["key"]: row for row in response.context["rows"]}
    assert rows["listened_to"]["english_question"] == "Did you feel listened to?"
    assert rows["listened_to"]["english_answer"] == "Always"
    assert rows["listened_to"]["own_question"] == "Ma dareentay in lagu dhageystay?"
    assert rows["listened_to"]["own_answer"] == "Mar walba"
    assert rows["know_next_steps"]["english_answer"] == "Yes"
    assert rows["know_next_steps"]["own_answer"] == "Haa"
    assert rows["went_well"]["free_text"]
    assert rows["went_well"]["english_answer"] == "Waa la i dhageystay"
    body = response.content.decode()
    assert "Did you feel listened to?" in body and "Mar walba" in body


def test_a_removed_questions_answer_stays_readable(academy, form_page, cycles):
    submission = make_submission(form_page, "en", {"old_question": "kept"})
    response = academy.get(reverse("review:detail", args=[submission.pk]))
    rows = {row["key"]: row for row in response.context["rows"]}
    assert rows["old_question"]["english_answer"] == "kept"


def test_markup_in_answers_is_shown_as_text_in_the_list_and_the_answer(academy, mixed):
    for url in (
        reverse("review:inbox"),
        reverse("review:detail", args=[mixed["en_before"].pk]),
    ):
        body = academy.get(url).content.decode()
        assert SCRIPT not in body
        assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in body


def test_the_academy_marks_a_submission_actioned_with_notes_translation_and_reviewer(
    academy, mixed, review_users
):
    submission = mixed["so_now"]
    url = reverse("review:detail", args=[submission.pk])
    response = academy.post(
        url,
        {
            "status": "actioned",
            "assigned_to": review_users["academy"].pk,
            "notes": "Shared with the team.",
            "translation_went_well": "I was listened to",
        },
    )
    assert response.status_code == 302
    review = Review.objects.get(submission=submission)
    assert review.status == Status.ACTIONED
    assert review.assigned_to == review_users["academy"]
    assert review.notes == "Shared with the team."
    assert review.translations == {"went_well": "I was listened to"}
    actions = set(ModelLogEntry.objects.values_list("action", flat=True))
    assert {"review.status", "review.assign", "review.notes", "review.translation"} <= actions
    entry = ModelLogEntry.objects.get(action="review.status")
    assert entry.user == review_users["academy"]
    assert entry.object_id == str(submission.pk)
    assert entry.data == {"from": "New", "to": "Actioned"}
    assert "I was listened to" in academy.get(url).content.decode()


def test_an_editor_may_not_be_assigned_as_reviewer(academy, mixed, review_users):
    response = academy.post(
        reverse("review:detail", args=[mixed["so_now"].pk]),
        {"status": "in_review", "assigned_to": review_users["editor"].pk},
    )
    assert response.status_code == 200
    assert "assigned_to" in response.context["form"].errors
    assert not Review.objects.filter(submission=mixed["so_now"]).exists()


def test_bulk_status_change_marks_only_the_chosen_and_logs_each(academy, mixed):
    chosen = [mixed["so_now"].pk, mixed["bn_now"].pk]
    response = academy.post(
        reverse("review:bulk_status"),
        {"ids": [*chosen, "not-a-number"], "status": "no_action", "query": "language=so"},
    )
    assert response.status_code == 302
    assert response["Location"] == reverse("review:inbox") + "?language=so"
    assert set(
        Review.objects.filter(status=Status.NO_ACTION).values_list("submission_id", flat=True)
    ) == set(chosen)
    assert ModelLogEntry.objects.filter(action="review.status").count() == 2


def test_bulk_status_refuses_an_unknown_status(academy, mixed):
    academy.post(reverse("review:bulk_status"), {"ids": [mixed["so_now"].pk], "status": "gone"})
    assert not Review.objects.exists()


def test_deleting_a_submission_asks_why_and_records_it(academy, mixed, review_users):
    submission = mixed["bn_now"]
    url = reverse("review:delete", args=[submission.pk])
    refused = academy.post(url, {"reason": ""})
    assert refused.status_code == 200
    assert FamilySubmission.objects.filter(pk=submission.pk).exists()
    assert not ModelLogEntry.objects.filter(action="review.delete").exists()

    response = academy.post(url, {"reason": "Sent twice by mistake"})
    assert response.status_code == 302
    assert not FamilySubmission.objects.filter(pk=submission.pk).exists()
    entry = ModelLogEntry.objects.get(action="review.delete")
    assert entry.object_id == str(submission.pk)
    assert entry.user == review_users["academy"]
    assert entry.data["reason"] == "Sent twice by mistake"
    assert "Sent twice by mistake" in entry.message


def test_a_submission_without_a_cycle_is_still_listed(academy, form_page, cycles):
    long_ago = make_submission(form_page, when=at(datetime.date(2001, 1, 1)))
    assert long_ago.pk in shown(academy)
