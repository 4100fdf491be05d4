"""Property-based: the feed answers every request its own OpenAPI description allows."""

import pytest
import schemathesis
from django.core.wsgi import get_wsgi_application
from hypothesis import HealthCheck, given, settings


@pytest.mark.django_db
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
            case.call_and_validate()

        try:
            answers_as_described()
        except Exception as error:  # noqa: BLE001 - collect every operation's failure
            failures.append(f"{operation.label}: {str(error)[:800]}")
    assert not failures, "\n\n".join(failures)
