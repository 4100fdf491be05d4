"""A family's submission costs a fixed, small number of database queries.

Counted once the site is warm (the form's version and the council's source
tags remembered in the cache), for a Somali family sending the form from a
team's link. Of the 23: 11 find the site, the council and the page and check
that it is public (shared with every page); 1 counts the form's submissions
this hour (flood control); 1 reads the form in English and the page's
language; 3 store it (SAVEPOINT, INSERT, RELEASE: BEGIN and COMMIT outside
tests, which Django does not count); 6 render the thank-you page (branding,
the privacy notice, "You Said, We Did"). A call-back request adds its own
INSERT and the Learning Academy's call-back list (review.signals).
"""

import pytest

from forms_app.models import CallbackRequest, FamilySubmission, SourceTag

from .conftest import answers, form_token

pytestmark = pytest.mark.django_db

QUERIES_PER_SUBMISSION = 22
QUERIES_FOR_A_CALL_BACK = 5


def test_a_somali_familys_answers_are_stored_in_a_fixed_number_of_queries(
    client, feedback_pages, django_assert_num_queries
):
    SourceTag.objects.get_or_create(slug="edge-of-care", defaults={"name": "Edge of care"})
    url = "/so/feedback/?src=edge-of-care"
    client.post(url, {**answers(), "form_token": form_token(client, url), "src": "edge-of-care"})
    data = {**answers(), "form_token": form_token(client, url), "src": "edge-of-care"}

    with django_assert_num_queries(QUERIES_PER_SUBMISSION):
        response = client.post(url, data)

    assert response.status_code == 200
    assert response.templates[0].name == "forms_app/family_form_page_landing.html"
    stored = FamilySubmission.objects.order_by("pk").last()
    assert (stored.language, stored.source, stored.form_page.locale.language_code) == (
        "so",
        "edge-of-care",
        "en",
    )
    assert stored.version.questions
    assert FamilySubmission.objects.count() == 2


def test_a_call_back_request_costs_one_more_insert_and_is_acknowledged(
    client, feedback_pages, django_assert_num_queries
):
    url = "/en/feedback/"
    client.post(url, {**answers(), "form_token": form_token(client, url)})
    data = {
        **answers(call_back="yes"),
        "call_back_name": "Amina",
        "call_back_phone": "07700 900123",
        "form_token": form_token(client, url),
    }

    with django_assert_num_queries(QUERIES_PER_SUBMISSION + QUERIES_FOR_A_CALL_BACK):
        response = client.post(url, data)

    assert "You asked us to call you back" in response.content.decode()
    assert CallbackRequest.objects.get().name == "Amina"
