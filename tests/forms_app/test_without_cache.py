"""With Redis unreachable families still send the form and staff still sign in."""

import logging

import pytest
from django.core.cache import cache

from forms_app.models import FamilySubmission
from tests.forms_app.conftest import submit

pytestmark = pytest.mark.django_db


def test_families_load_and_send_the_form_while_redis_is_down(
    client, feedback_pages, redis_down, caplog
):
    with caplog.at_level(logging.WARNING):
        for _attempt in range(10):
            assert client.get("/so/feedback/").status_code == 200
        response = submit(client, "so")
    assert response.status_code == 200
    assert "Mahadsanid" in response.content.decode()
    assert FamilySubmission.objects.count() == 1
    assert cache.unavailable
    assert any("Cache unreachable" in record.getMessage() for record in caplog.records)


def test_the_limit_falls_back_to_a_count_in_this_process(
    client, feedback_pages, redis_down, settings, caplog
):
    settings.FAMILY_FORM_LIMIT_PER_ADDRESS = 2
    with caplog.at_level(logging.WARNING, logger="forms_app.protection"):
        for _family in range(3):
            submit(client)
    assert FamilySubmission.objects.count() == 2
    assert FamilySubmission.all_objects.filter(held_reason="client_limit").count() == 1
    assert any("counted per process" in record.getMessage() for record in caplog.records)


def test_staff_sign_in_and_stay_signed_in_while_redis_is_down(client, demo_users, redis_down):
    response = client.post("/login/", {"username": "staff", "password": "better-together"})
    assert response.status_code == 302
    assert client.get("/en/").status_code == 200


def test_healthz_says_the_cache_is_down(client, redis_down):
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["checks"]["cache"] == "unavailable"
    assert response.json()["checks"]["database"] == "ok"


def test_with_the_page_cache_on_a_form_over_its_limit_is_counted_in_the_database(
    client, feedback_pages, redis_down, settings
):
    settings.PAGE_CACHE_SECONDS = 600
    settings.FAMILY_FORM_LIMIT_PER_FORM = 2
    for language in ("en", "bn", "so"):
        response = submit(client, language)
        assert response.redirect_chain[-1][0] == f"/{language}/feedback/?sent=1"
        assert response.status_code == 200
    assert FamilySubmission.objects.count() == 2
    assert FamilySubmission.all_objects.get(held_reason="form_limit").language == "so"


def test_counting_in_one_round_trip_says_so_when_redis_is_down(redis_down):
    assert cache.count_in_window(["forms:stored:probe"], 60) is None
    assert cache.unavailable
