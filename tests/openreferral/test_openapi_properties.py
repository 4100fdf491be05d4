"""Property-based: the feed answers every request its own OpenAPI description allows."""

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from hypothesis import HealthCheck, given, settings


@pytest.fixture
def connection_kept_across_requests():
    # As Django's test client does: the real WSGI handler would otherwise close the
    # test's database connection (inside its transaction) at the end of each request.
    for signal in (request_started, request_finished):
        signal.disconnect(close_old_connections)
    yield
    for signal in (request_started, request_finished):
        signal.connect(close_old_connections)


@pytest.mark.django_db
@pytest.mark.usefixtures("connection_kept_across_requests")
def test_every_operation_answers_as_the_openapi_description_says(sites, demo):
    schema = schemathesis.openapi.from_wsgi("/openreferral/openapi.json", get_wsgi_application())
    failures = []
    for result in schema.get_all_operations():
        operation = result.ok()

        # Few examples per operation, so the whole property run takes seconds.
        @settings(
            max_examples=8,
            deadline=None,
            database=None,
            suppress_health_check=list(HealthCheck),
        )
        @given(case=operation.as_strategy())
        def answers_as_described(case):
            # The WSGI client asks for gzip and would not unpack it; the feed is checked as sent.
            case.call_and_validate(headers={"Accept-Encoding": "identity"})

        try:
            answers_as_described()
        except Exception as error:  # noqa: BLE001 - collect every operation's failure
            failures.append(f"{operation.label}: {str(error)[:800]}")
    assert not failures, "\n\n".join(failures)
