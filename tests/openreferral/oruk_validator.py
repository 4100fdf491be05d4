"""The ORUK validator's procedure, ported to run against the test client.

Follows OpenReferralUK/oruk-validator at commit 8cbf722927b22c8ab5b37f34519fe075c72a1ebf
(``OpenReferralApi.Core/Services/OpenApiDiscoveryService.cs``,
``OpenApiValidationService.cs``, ``OptionalEndpointExtensions.cs`` and
``OpenReferralUKValidationResponseMapper.cs``):

1. ``GET /``; the ``version`` it gives ("HSDS-UK-3.0") picks the specification
   (``{BaseUrl}3.0/openapi.json``); no version or an unreadable answer means 1.0.
2. Endpoints are grouped by root path (``/services`` with ``/services/{id}``).
   Each collection is requested at page 1, the middle page (``total_pages // 2``,
   when there are more than two) and the last page; each answer is validated
   against the operation's ``200`` schema. An empty first page is a warning.
3. Ids are taken from the first page's ``contents``; up to 10 of them (chosen at
   random when there are more) are requested on ``/{id}`` and validated.
4. Level 1 ("Basic checks", must pass) is every operation without the
   ``Optional`` tag; Level 2 ("Extended checks") every operation with it.
   A non-2xx answer is an error at either level.

The specification is read from the vendored copy in ``openreferral/schemas/``,
never from the network. Where the copy's own description cannot be met by any
paged feed, the deviation is named in SPEC_DEFECTS and applied openly.
"""

import json
import random
import re
from dataclasses import dataclass, field
from pathlib import Path

from jsonschema import Draft202012Validator, FormatChecker
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

SCHEMAS = Path(__file__).resolve().parents[2] / "openreferral" / "schemas"
SOURCE = json.loads((SCHEMAS / "SOURCE.json").read_text())
# The tests follow the validator commit the vendored copy was taken beside.
VALIDATOR_COMMIT = SOURCE["validator"]["commit"]
MAX_IDS = 10
OPENAPI_URI = "urn:oruk:openapi"

# The vendored description gives GET /organizations the schema of one organization
# (organization_list.json requires id, name and description at the top), where every
# other collection has a page whose ``contents`` hold the records. No paged answer can
# meet it, so, as for the other collections, the records in ``contents`` are held to it.
SPEC_DEFECTS = {"/organizations": "items of contents validated against the 200 schema"}


@dataclass
class Finding:
    level: int
    url: str
    message: str


@dataclass
class Report:
    specification: str = ""
    errors: list = field(default_factory=list)
    warnings: list = field(default_factory=list)
    requests: list = field(default_factory=list)

    def level(self, number):
        return [f"{f.url}: {f.message}" for f in self.errors if f.level == number]


def specification_version(version):
    """As ExtractVersionNumber: "HSDS-UK-3.0" → 3.0; None if it is not a number."""
    text = re.sub("HSDS-UK-", "", version or "", flags=re.IGNORECASE)
    text = text.replace("V", "").replace("v", "").strip()
    try:
        return float(text)
    except ValueError:
        return None


def load_specification(number):
    name = f"V{number:.1f}-UK"
    folder = SCHEMAS / name
    if name not in SOURCE["folders"] or not folder.is_dir():
        return None, None
    ref_base = f"{SOURCE['ref_prefix']}{SOURCE['folders'][name]}/"
    resources = [(OPENAPI_URI, json.loads((folder / "open_api.json").read_text()))]
    for path in folder.glob("*.json"):
        resources.append((ref_base + path.name, json.loads(path.read_text())))
    registry = Registry().with_resources(
        (uri, Resource.from_contents(contents, default_specification=DRAFT202012))
        for uri, contents in resources
    )
    return resources[0][1], registry


def pointer(*parts):
    return "/".join(str(part).replace("~", "~0").replace("/", "~1") for part in parts)


def schema_errors(registry, operation_path, body):
    schema = {"$ref": f"{OPENAPI_URI}#/{operation_path}"}
    checker = Draft202012Validator(schema, registry=registry, format_checker=FormatChecker())
    return [
        f"{'/'.join(str(p) for p in error.absolute_path) or '(root)'}: {error.message}"
        for error in checker.iter_errors(body)
    ]


class Validator:
    def __init__(self, get, seed=0):
        """``get(path)`` returns (status, parsed JSON or None) for a path under the feed."""
        self.get = get
        self.random = random.Random(seed)
        self.report = Report()

    def request(self, level, path, validate_with=None):
        self.report.requests.append(path)
        status, body = self.get(path)
        if not 200 <= status < 300:
            self.report.errors.append(
                Finding(level, path, f"returned {status}; expected a 2xx status")
            )
            return None
        if body is None:
            self.report.errors.append(Finding(level, path, "answer is not JSON"))
            return None
        if validate_with is not None:
            for message in validate_with(body):
                self.report.errors.append(Finding(level, path, message))
        return body

    def run(self):
        status, root = self.get("/")
        number = specification_version((root or {}).get("version")) if status == 200 else None
        number = 1.0 if number is None else number
        spec, registry = load_specification(number)
        self.report.specification = f"{number:.1f}"
        if spec is None:
            self.report.errors.append(Finding(1, "/", f"no vendored specification {number:.1f}"))
            return self.report
        groups = {}
        for path, item in spec["paths"].items():
            if "get" in item:
                root_path = "/" + "/".join(
                    part for part in path.split("/")[1:2] if not part.startswith("{")
                )
                groups.setdefault(root_path, []).append(path)
        for paths in groups.values():
            ids = []
            for path in sorted(paths, key=lambda p: "{" in p):
                operation = spec["paths"][path]["get"]
                level = 2 if "Optional" in operation.get("tags", []) else 1
                schema_path = pointer(
                    "paths", path, "get", "responses", "200", "content", "application/json"
                )
                schema_path += "/schema"

                def check(body, schema_path=schema_path, path=path):
                    if path in SPEC_DEFECTS:
                        return [
                            message
                            for item in body.get("contents", [])
                            for message in schema_errors(registry, schema_path, item)
                        ]
                    return schema_errors(registry, schema_path, body)

                if "{" in path:
                    chosen = ids if len(ids) <= MAX_IDS else self.random.sample(ids, MAX_IDS)
                    if not chosen:
                        self.report.warnings.append(f"{path}: no ids to test")
                    for record_id in chosen:
                        self.request(level, re.sub(r"\{[^}]+\}", record_id, path), check)
                    continue
                if not self.paged(operation, spec):
                    self.request(level, path, check)
                    continue
                first = self.request(level, f"{path}?page=1", check)
                if first is None:
                    continue
                contents = first.get("contents") or []
                if not contents:
                    self.report.warnings.append(f"{path}: returned 0 items")
                    continue
                ids = [
                    str(item["id"]) for item in contents if isinstance(item, dict) and "id" in item
                ]
                total = first.get("total_pages")
                if isinstance(total, int) and total > 1:
                    if total > 2:
                        self.request(level, f"{path}?page={total // 2}", check)
                    self.request(level, f"{path}?page={total}", check)
        return self.report

    @staticmethod
    def paged(operation, spec):
        for parameter in operation.get("parameters", []):
            if "$ref" in parameter:
                parameter = spec["components"]["parameters"][parameter["$ref"].rsplit("/", 1)[1]]
            if parameter.get("name", "").lower() == "page" and parameter.get("in") == "query":
                return True
        return False


def validate_feed(client, host, prefix="/openreferral"):
    """Run the validator's procedure against one council's feed."""

    def get(path):
        response = client.get(prefix + path, HTTP_HOST=host)
        try:
            return response.status_code, json.loads(response.content)
        except ValueError:
            return response.status_code, None

    return Validator(get).run()
