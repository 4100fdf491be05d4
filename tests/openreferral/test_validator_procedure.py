"""Each council's feed, put through the ORUK validator's own procedure.

The procedure is that of OpenReferralUK/oruk-validator commit
8cbf722927b22c8ab5b37f34519fe075c72a1ebf (see ``oruk_validator.py``), against
the HSDS-UK 3.0 schemas and OpenAPI description vendored in
``openreferral/schemas/`` (source and commit in ``SOURCE.json``).
"""

import pytest

from openreferral.models import FeedRemoval
from tests.openreferral.oruk_validator import VALIDATOR_COMMIT, Validator, validate_feed

HOSTS = ["localhost", "newham.localhost", "telford.localhost"]


def test_the_procedure_follows_the_recorded_validator_commit():
    assert VALIDATOR_COMMIT == "8cbf722927b22c8ab5b37f34519fe075c72a1ebf"


@pytest.mark.django_db
def test_every_council_feed_passes_level_1_and_level_2_and_a_fresh_demo_withdraws_nothing(
    client, demo
):
    for host in HOSTS:
        report = validate_feed(client, host)
        assert report.specification == "3.0", host
        assert report.level(1) == [], host
        assert report.level(2) == [], host
        assert "/services?page=1" in report.requests
        assert any(path.startswith("/services/") for path in report.requests), host
        assert any(path.startswith("/taxonomy_terms/") for path in report.requests), host
    assert not FeedRemoval.all_councils.exists()
    synced = client.get(
        "/openreferral/services?modified_after=2000-01-01T00:00:00Z&per_page=100",
        HTTP_HOST="localhost",
    ).json()["contents"]
    assert synced
    assert all(item["status"] != "defunct" for item in synced)
    # What a directory needs of each of Tower Hamlets' services.
    for item in synced:
        full = client.get(f"/openreferral/services/{item['id']}", HTTP_HOST="localhost").json()
        assert full["contacts"], item["name"]
        assert full["service_areas"] or full.get("service_at_locations"), item["name"]
        assert full["cost_options"], item["name"]


def feed_of(answers):
    """A fake feed answering the paths in ``answers`` and 404 to anything else."""
    return lambda path: answers.get(path, (404, {"error": "Not found"}))


ROOT = {
    "version": "HSDS-UK-3.0",
    "profile": "https://example.org/",
    "openapi_url": "https://example.org/o",
}
PAGE = {"total_items": 1, "total_pages": 1, "page_number": 1, "size": 50}
SERVICE = {"id": "3f7b145d-84af-42d7-8fae-eaca714b02b2", "name": "Help", "status": "active"}
TERM = {"id": "0bc248fa-dc27-4650-9ba4-8f1a24ef16a2", "name": "Food"}


def test_the_procedure_fails_a_term_without_a_description_at_level_2():
    report = Validator(
        feed_of(
            {
                "/": (200, ROOT),
                "/services?page=1": (200, {**PAGE, "contents": [SERVICE]}),
                f"/services/{SERVICE['id']}": (200, SERVICE),
                "/taxonomy_terms?page=1": (200, {**PAGE, "contents": [TERM]}),
                f"/taxonomy_terms/{TERM['id']}": (200, TERM),
            }
        )
    ).run()
    assert report.level(1) == []
    assert any("'description' is a required property" in e for e in report.level(2))
    assert f"/taxonomy_terms/{TERM['id']}" in report.requests


def test_the_procedure_fails_level_1_when_a_service_lacks_its_status():
    broken = {key: value for key, value in SERVICE.items() if key != "status"}
    report = Validator(
        feed_of(
            {
                "/": (200, ROOT),
                "/services?page=1": (200, {**PAGE, "contents": [broken]}),
                f"/services/{SERVICE['id']}": (200, broken),
            }
        )
    ).run()
    assert any("'status' is a required property" in e for e in report.level(1))


def test_the_procedure_asks_for_the_middle_and_last_page_and_at_most_ten_ids():
    ids = [f"00000000-0000-4000-8000-{n:012}" for n in range(30)]
    page = {**PAGE, "total_items": 30, "total_pages": 6}
    contents = [{**SERVICE, "id": i} for i in ids]
    answers = {
        "/": (200, ROOT),
        **{f"/services?page={n}": (200, {**page, "contents": contents}) for n in (1, 3, 6)},
        **{f"/services/{i}": (200, {**SERVICE, "id": i}) for i in ids},
    }
    report = Validator(feed_of(answers)).run()
    assert {"/services?page=1", "/services?page=3", "/services?page=6"} <= set(report.requests)
    assert len([p for p in report.requests if p.startswith("/services/")]) == 10


def test_a_feed_with_no_version_is_held_to_a_specification_we_do_not_hold():
    report = Validator(feed_of({"/": (200, {})})).run()
    assert report.specification == "1.0"
    assert report.level(1)
