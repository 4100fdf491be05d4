"""Call backs: the academy sees who asked, each view of contact details is recorded."""

import datetime

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from wagtail.models import ModelLogEntry

from forms_app.models import CallbackRequest, FamilySubmission
from review.models import CallbackStatus, Review
from tests.review.conftest import make_submission

pytestmark = pytest.mark.django_db

DETAILS = {"name": "Hodan <b>Ali</b>", "phone": "+44 7700 900982", "best_time": "Mornings"}


@pytest.fixture
def academy(client, review_users):
    client.force_login(review_users["academy"])
    return client


@pytest.fixture
def asked(form_page, cycles):
    return make_submission(form_page, "so", {"call_back": "yes"}, callback=DETAILS)


def test_a_family_asking_for_a_call_is_on_the_list_to_call_without_details_shown(
    academy, asked, form_page
):
    make_submission(form_page, "en", {"call_back": "no"})
    response = academy.get(reverse("review:callbacks"))
    assert [row["submission"].pk for row in response.context["rows"]] == [asked.pk]
    assert response.context["rows"][0]["status"] == "To call"
    body = response.content.decode()
    assert "900982" not in body and "Hodan" not in body
    assert not ModelLogEntry.objects.filter(action="review.contact_details.view").exists()


def test_opening_contact_details_is_recorded_and_markup_is_text(academy, asked, review_users):
    response = academy.get(reverse("review:callback_detail", args=[asked.pk]))
    body = response.content.decode()
    assert "+44 7700 900982" in body
    assert "Hodan &lt;b&gt;Ali&lt;/b&gt;" in body
    entry = ModelLogEntry.objects.get(action="review.contact_details.view")
    assert entry.user == review_users["academy"]
    assert entry.object_id == str(asked.pk)
    assert "900982" not in str(entry.data) and "Hodan" not in entry.label


def test_the_academy_records_the_call_and_filters_by_status(academy, asked):
    response = academy.post(
        reverse("review:callback_detail", args=[asked.pk]),
        {"callback_status": "could_not_reach", "callback_notes": "No answer twice."},
    )
    assert response.status_code == 302
    review = Review.objects.get(submission=asked)
    assert review.callback_status == CallbackStatus.COULD_NOT_REACH
    assert review.callback_notes == "No answer twice."
    entry = ModelLogEntry.objects.get(action="review.callback")
    assert entry.data == {"from": "To call", "to": "Could not reach"}
    listed = academy.get(reverse("review:callbacks"), {"status": "could_not_reach"})
    assert [row["submission"].pk for row in listed.context["rows"]] == [asked.pk]
    assert academy.get(reverse("review:callbacks"), {"status": "called"}).context["rows"] == []


def test_contact_details_go_at_the_retention_limit_but_answers_and_status_stay(
    academy, asked, settings
):
    academy.post(
        reverse("review:callback_detail", args=[asked.pk]),
        {"callback_status": "called", "callback_notes": ""},
    )
    CallbackRequest.objects.filter(submission=asked).update(
        created_at=timezone.now() - datetime.timedelta(days=settings.CALLBACK_RETENTION_DAYS + 1)
    )
    call_command("purge_callbacks", "--council", "all")
    assert not CallbackRequest.objects.exists()
    assert FamilySubmission.objects.get(pk=asked.pk).answers == {"call_back": "yes"}
    assert Review.objects.get(submission=asked).callback_status == CallbackStatus.CALLED
    listed = academy.get(reverse("review:callbacks"))
    assert [row["submission"].pk for row in listed.context["rows"]] == [asked.pk]
    assert not listed.context["rows"][0]["has_details"]
    detail = academy.get(reverse("review:callback_detail", args=[asked.pk])).content.decode()
    assert "900982" not in detail
    assert "deleted at the retention limit" in detail
    assert not ModelLogEntry.objects.filter(action="review.contact_details.view").exists()


def test_a_submission_that_never_asked_has_no_call_back_page(academy, form_page, cycles):
    quiet = make_submission(form_page, "en", {"call_back": "no"})
    response = academy.get(reverse("review:callback_detail", args=[quiet.pk]))
    assert response.status_code == 404


def test_no_contact_details_or_answers_reach_the_application_log(academy, asked, caplog):
    import logging

    caplog.set_level(logging.DEBUG)
    academy.get(reverse("review:callback_detail", args=[asked.pk]))
    academy.post(
        reverse("review:callback_detail", args=[asked.pk]),
        {"callback_status": "called", "callback_notes": "Spoke to Hodan."},
    )
    academy.get(reverse("review:detail", args=[asked.pk]))
    b"".join(academy.get(reverse("review:export", args=["csv"])).streaming_content)
    logging.getLogger("review").info("capture works")
    logged = caplog.text
    assert "capture works" in logged
    for secret in ("Hodan", "900982", "Mornings", "Spoke to"):
        assert secret not in logged.replace("%s", "")
