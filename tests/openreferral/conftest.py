import json
from pathlib import Path

import pytest
from jsonschema import Draft7Validator, FormatChecker
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT7

SCHEMAS = Path(__file__).resolve().parents[2] / "openreferral" / "schemas"


def load_registry():
    resources = []
    for path in SCHEMAS.glob("*.json"):
        contents = json.loads(path.read_text())
        resources.append(
            (path.name, Resource.from_contents(contents, default_specification=DRAFT7))
        )
    return Registry().with_resources(resources)


REGISTRY = load_registry()


def validator(name):
    schema = json.loads((SCHEMAS / name).read_text())
    return Draft7Validator(schema, registry=REGISTRY, format_checker=FormatChecker())


def errors(name, instance):
    """Every way ``instance`` breaks the vendored ORUK schema ``name``, as readable lines."""
    return [
        f"{'/'.join(str(p) for p in error.absolute_path)}: {error.message}"
        for error in validator(name).iter_errors(instance)
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
