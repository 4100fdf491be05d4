"""Load the vendored subset of the LGA/esd lists (``resources/vocabularies/esd.json``)."""

import json
from pathlib import Path

VENDORED = Path(__file__).resolve().parent / "vocabularies" / "esd.json"


def load_shared_terms(model):
    """Create or update each vendored term by its URI; never delete (councils may map to it)."""
    terms = json.loads(VENDORED.read_text())["terms"]
    for term in terms:
        model.objects.update_or_create(
            uri=term["uri"],
            defaults={
                "vocabulary": term["vocabulary"],
                "code": term["code"],
                "name": term["name"],
                "description": term.get("description", ""),
            },
        )
    return len(terms)
