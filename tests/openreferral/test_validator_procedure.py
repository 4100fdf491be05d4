"""Each council's feed, put through the ORUK validator's own procedure.

The procedure is that of OpenReferralUK/oruk-validator commit
8cbf722927b22c8ab5b37f34519fe075c72a1ebf (see ``oruk_validator.py``), against
the HSDS-UK 3.0 schemas and OpenAPI description vendored in
``openreferral/schemas/`` (source and commit in ``SOURCE.json``).
"""

import pytest

from tests.openreferral.oruk_validator import VALIDATOR_COMMIT, validate_feed

HOSTS = ["localhost", "newham.localhost", "telford.localhost"]


def test_the_procedure_follows_the_recorded_validator_commit():
    assert VALIDATOR_COMMIT == "8cbf722927b22c8ab5b37f34519fe075c72a1ebf"


@pytest.mark.django_db
@pytest.mark.parametrize("host", HOSTS)
def test_every_council_feed_passes_level_1_and_level_2(client, demo, host):
    report = validate_feed(client, host)
    assert report.specification == "3.0"
    assert report.level(1) == []
    assert report.level(2) == []
    assert "/services?page=1" in report.requests
    assert any(path.startswith("/services/") for path in report.requests)
    assert any(path.startswith("/taxonomy_terms/") for path in report.requests)
