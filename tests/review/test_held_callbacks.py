"""Call backs never wait unseen: a held family asking for a call is counted, released in a click."""

import pytest
from django.test import Client
from django.urls import reverse
from wagtail.models import ModelLogEntry

from councils.tenancy import council_scope
from forms_app.models import FamilySubmission
from tests.factories import council
from tests.review.conftest import at, make_submission

pytestmark = pytest.mark.django_db

DETAILS = {"name": "Rahima Begum", "phone": "07700 900123", "best_time": "Afternoons"}


def held(submission, reason="too_fast"):
    FamilySubmission.all_objects.filter(pk=submission.pk).update(held_reason=reason)
    return submission


@pytest.fixture
def held_callback(form_page, cycles):
    return held(
        make_submission(
            form_page,
            "bn",
            {"how_helpful": 2, "call_back": "yes"},
            when=at(cycles["current"].starts_on),
            callback=DETAILS,
        )
    )


def test_held_call_backs_are_counted_on_the_call_backs_page_not_hidden_behind_none_waiting(
    academy, held_callback, form_page
):
    held(make_submission(form_page, "en", {"how_helpful": 5, "call_back": "no"}))
    response = academy.get(reverse("review:callbacks"))
    body = response.content.decode()
    assert [row["submission"].pk for row in response.context["held"]] == [held_callback.pk]
    assert "1 family asking for a call back is held" in body
    assert "No families are waiting for a call back." not in body
    assert "Sent faster than a person usually could" in body
    # Held, the family's details stay closed: they are shown one at a time once released.
    assert "900123" not in body and "Rahima" not in body


def test_held_call_backs_are_counted_on_the_cycle_dashboard(academy, held_callback, form_page):
    held(make_submission(form_page, "so", {"how_helpful": 4}))
    body = academy.get(reverse("review:dashboard")).content.decode()
    assert "2 submissions in this cycle are held and not counted below." in body
    assert "1 of them asks for a call back" in body
    assert reverse("review:callbacks") + "#held-callbacks" in body


def test_one_click_on_the_call_backs_page_releases_a_held_call_back_and_records_it(
    academy, held_callback, review_users
):
    page = academy.get(reverse("review:callbacks")).content.decode()
    assert f'name="ids" value="{held_callback.pk}"' in page
    assert 'name="back" value="callbacks"' in page
    response = academy.post(
        reverse("review:decide_held"),
        {"action": "release", "ids": [held_callback.pk], "back": "callbacks"},
    )
    assert response.status_code == 302 and response.url == reverse("review:callbacks")
    listing = academy.get(reverse("review:callbacks"))
    assert [row["submission"].pk for row in listing.context["rows"]] == [held_callback.pk]
    assert listing.context["held"] == []
    entry = ModelLogEntry.objects.get(action="review.held.release")
    assert entry.user == review_users["academy"] and entry.object_id == str(held_callback.pk)
    assert "Rahima" not in str(entry.data) and "900123" not in str(entry.data)


def test_releasing_needs_a_post_with_the_csrf_token(review_users, held_callback):
    strict = Client(enforce_csrf_checks=True)
    strict.force_login(review_users["academy"])
    url = reverse("review:decide_held")
    assert strict.get(url, {"action": "release", "ids": held_callback.pk}).status_code == 405
    refused = strict.post(url, {"action": "release", "ids": [held_callback.pk]})
    assert refused.status_code == 403
    assert FamilySubmission.all_objects.get(pk=held_callback.pk).held_reason == "too_fast"


def test_another_councils_held_call_back_is_neither_counted_nor_released(
    academy, held_callback, form_page
):
    with council_scope(council("newham")):
        theirs = held(make_submission(form_page, "so", {"call_back": "yes"}, callback=DETAILS))
    listing = academy.get(reverse("review:callbacks"))
    assert [row["submission"].pk for row in listing.context["held"]] == [held_callback.pk]
    academy.post(
        reverse("review:decide_held"),
        {"action": "release", "ids": [theirs.pk], "back": "callbacks"},
    )
    with council_scope(council("newham")):
        assert FamilySubmission.all_objects.get(pk=theirs.pk).held_reason == "too_fast"
    assert not ModelLogEntry.objects.filter(action="review.held.release").exists()
