"""Re-take the HSDS-UK schemas and OpenAPI description the ORUK validator validates with.

Run by a developer when the standard moves (``make oruk-schemas``); the tests only
ever read the vendored copy. It reads no council's data, so needs no council scope.
"""

import json
import urllib.request
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

SCHEMAS = Path(__file__).resolve().parents[2] / "schemas"
API = "https://api.github.com/repos"
RAW = "https://raw.githubusercontent.com"


def fetch(url):
    if not url.startswith("https://"):
        raise CommandError(f"Refusing to fetch {url}: only https is used.")
    request = urllib.request.Request(url, headers={"User-Agent": "better-together"})  # noqa: S310
    with urllib.request.urlopen(request, timeout=30) as response:  # noqa: S310 - https only
        return response.read()


def head_commit(repository, ref):
    return json.loads(fetch(f"{API}/{repository}/commits/{ref}"))["sha"]


class Command(BaseCommand):
    help = "Re-take the vendored ORUK schemas (tpximpact/OpenReferralApi) and note the commits."

    def add_arguments(self, parser):
        parser.add_argument("--commit", default="main", help="OpenReferralApi commit or branch.")
        parser.add_argument(
            "--validator-commit", default="main", help="oruk-validator commit or branch."
        )

    def handle(self, *args, **options):
        source = json.loads((SCHEMAS / "SOURCE.json").read_text())
        commit = head_commit(source["repository"], options["commit"])
        validator = head_commit(source["validator"]["repository"], options["validator_commit"])
        for folder, path in source["folders"].items():
            listing = json.loads(
                fetch(f"{API}/{source['repository']}/contents/{path}?ref={commit}")
            )
            names = sorted(item["name"] for item in listing if item["name"].endswith(".json"))
            target = SCHEMAS / folder
            target.mkdir(exist_ok=True)
            for stale in {p.name for p in target.glob("*.json")} - set(names):
                (target / stale).unlink()
            for name in names:
                body = fetch(f"{RAW}/{source['repository']}/{commit}/{path}/{name}")
                json.loads(body)  # refuse to vendor anything that is not JSON
                (target / name).write_bytes(body)
            self.stdout.write(f"{folder}: {len(names)} files from {source['repository']}@{commit}")
        source["commit"] = commit
        source["taken_on"] = timezone.localdate().isoformat()
        source["validator"]["commit"] = validator
        (SCHEMAS / "SOURCE.json").write_text(json.dumps(source, indent=2) + "\n")
        self.stdout.write(
            f"Validator {source['validator']['repository']}@{validator}: check its procedure "
            "against tests/openreferral/oruk_validator.py and update VALIDATOR_COMMIT in the tests."
        )
