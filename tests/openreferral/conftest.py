import json

import pytest
from jsonschema import Draft202012Validator, FormatChecker

from tests.openreferral.oruk_validator import SCHEMAS, load_specification

SPECIFICATION, REGISTRY = load_specification(3.0)


def errors(name, instance):
    """Every way ``instance`` breaks the vendored HSDS-UK 3.0 schema ``name``, as readable lines."""
    schema = json.loads((SCHEMAS / "V3.0-UK" / name).read_text())
    checker = Draft202012Validator(schema, registry=REGISTRY, format_checker=FormatChecker())
    return [
        f"{'/'.join(str(p) for p in error.absolute_path)}: {error.message}"
        for error in checker.iter_errors(instance)
    ]


@pytest.fixture
def demo(sites, demo_users):
    """Every council's framework, interventions and directory, as the demo loader makes them."""
    from resources import demo

    return demo.load(sites, demo_users)


@pytest.fixture(autouse=True)
def _as_tower_hamlets(as_tower_hamlets):
    """These tests build and read Tower Hamlets' content directly, as its editors' requests do.

    Each request a test makes is served in its own host's council; what is
    sealed between councils outside a request is tested in tests/home/test_fail_closed.py.
    """
