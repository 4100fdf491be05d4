import json
from unittest import mock

import pytest
from django.db import OperationalError
from django.db.backends.utils import CursorWrapper


def test_healthz_says_every_service_answers(client, db):
    response = client.get("/healthz")
    assert response.status_code == 200
    body = json.loads(response.content)
    assert body == {
        "status": "ok",
        "checks": {"database": "ok", "cache": "ok", "storage": "ok"},
    }


def test_healthz_reports_an_unreachable_database_with_503(client, db):
    with mock.patch.object(CursorWrapper, "execute", side_effect=OperationalError("down")):
        response = client.get("/healthz")
    assert response.status_code == 503
    body = json.loads(response.content)
    assert body["status"] == "unavailable"
    assert body["checks"]["database"] == "unavailable"
    assert body["checks"]["cache"] == "ok"


def test_healthz_reveals_no_versions_or_secrets(client, db, settings):
    body = client.get("/healthz").content.decode()
    assert settings.SECRET_KEY not in body
    for word in ("version", "sqlite", "postgres", "redis", "django", "wagtail"):
        assert word not in body.lower()


@pytest.mark.django_db
def test_pages_show_a_plain_error_page_when_the_database_is_down(client, feedback_pages):
    client.raise_request_exception = False
    with mock.patch("wagtail.models.Site.find_for_request", side_effect=OperationalError("down")):
        response = client.get("/en/feedback/")
    assert response.status_code == 500
    content = response.content.decode()
    assert "Sorry, there is a problem with the service" in content
    assert "Traceback" not in content
    assert "OperationalError" not in content
