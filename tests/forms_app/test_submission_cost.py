"""A family's submission costs a fixed, small number of database queries.

Counted as in production, with the page cache on and the site warm: the
route to the form, the form's dataset entry (its source page, language and
question version) and the council's source tags are remembered until the
council's content changes, and the form's and the client's counts for flood
control are kept in the cache. Of the 4: 1 reads the page the remembered
route names (remembered with it: that no view restriction applies to it or
above it, which any restriction's change forgets); 3 store it (SAVEPOINT,
INSERT, RELEASE: BEGIN and COMMIT outside tests, which Django does not
count). A call-back request adds 6: its
own INSERT, and its place on the Learning Academy's call-back list
(review.signals: a lookup, the check that no other council holds it, and an
INSERT in a savepoint). The
thank-you page the family is sent on to is the same for every family, so it
is served from the page cache without a query.
"""

import pytest

from forms_app.models import CallbackRequest, FamilySubmission, SourceTag

from .conftest import answers, form_token

pytestmark = pytest.mark.django_db

QUERIES_PER_SUBMISSION = 4
QUERIES_FOR_A_CALL_BACK = 6


@pytest.fixture(autouse=True)
def _page_cache_on(settings):
    settings.PAGE_CACHE_SECONDS = 600


def test_a_somali_familys_answers_are_stored_in_a_fixed_number_of_queries(
    client, feedback_pages, django_assert_num_queries
):
    SourceTag.objects.get_or_create(slug="edge-of-care", defaults={"name": "Edge of care"})
    url = "/so/feedback/?src=edge-of-care"
    client.post(url, {**answers(), "form_token": form_token(client, url), "src": "edge-of-care"})
    data = {**answers(), "form_token": form_token(client, url), "src": "edge-of-care"}

    with django_assert_num_queries(QUERIES_PER_SUBMISSION):
        response = client.post(url, data)

    assert response.status_code == 303
    assert response["Location"] == "/so/feedback/?sent=1"
    stored = FamilySubmission.objects.order_by("pk").last()
    assert (stored.language, stored.source, stored.form_page.locale.language_code) == (
        "so",
        "edge-of-care",
        "en",
    )
    assert stored.version.questions
    assert FamilySubmission.objects.count() == 2


def test_the_thank_you_page_is_served_from_the_page_cache_in_the_familys_language(
    client, feedback_pages, django_assert_num_queries
):
    url = "/so/feedback/"
    first = client.post(url, {**answers(), "form_token": form_token(client, url)}, follow=True)
    assert first.redirect_chain == [("/so/feedback/?sent=1", 303)]

    with django_assert_num_queries(0):
        again = client.get("/so/feedback/?sent=1")

    assert again["X-Page-Cache"] == "hit"
    assert again.content == first.content
    assert 'lang="so"' in again.content.decode()
    assert again["Cache-Control"] == "no-store"


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

    assert response["Location"] == "/en/feedback/?sent=1&callback=1"
    thank_you = client.get(response["Location"]).content.decode()
    assert "You asked us to call you back" in thank_you
    assert "Amina" not in thank_you
    assert CallbackRequest.objects.get().name == "Amina"
