"""Each demo council's own shorthand, from its practice framework, for staff search.

The shorthand every council shares is seeded for each council by the
``0002_default_synonyms`` and ``0009_everyday_synonyms`` migrations; these
are the acronyms one council's framework uses and the others' do not.
"""

from councils.tenancy import council_scope
from home.demo.sites import councils

COUNCIL_SYNONYMS = {
    "tower-hamlets": [
        (
            "CSCIB",
            ["Children's Services Continuous Improvement Board"],
            ["Quality assurance", "Audit"],
        ),
        (
            "LOCD",
            ["Learning, Organisational and Cultural Development"],
            ["Restorative meetings", "Learning Academy"],
        ),
        ("SFD", ["Supporting Families Division"], ["Better Together"]),
        ("GRACES", ["Social GRACES"], ["Identity", "Culture", "Curiosity"]),
    ],
    "newham": [
        ("CYPS", ["Children and Young People's Services"], ["Circles of Support"]),
    ],
    "telford": [
        ("DDP", ["Dyadic Developmental Practice"], ["PACE", "Fostering"]),
        ("PACE", ["Playfulness, acceptance, curiosity and empathy"], ["DDP"]),
        ("ILACS", ["Inspection of Local Authority Children's Services"], ["Ofsted"]),
        ("SMART", ["Specific, measurable, achievable, realistic and timed"], ["Plans"]),
        ("PODS", ["Systemic reflective pods"], ["Systemic practice", "Reflective supervision"]),
    ],
}


def load(homes=None, users=None):
    """Add each council's own acronyms; synonyms editors changed are left as they are."""
    from search.models import Synonym

    found = councils()
    for slug, synonyms in COUNCIL_SYNONYMS.items():
        council = found.get(slug)
        if council is None:
            continue
        with council_scope(council):
            for term, expansions, related in synonyms:
                Synonym.objects.get_or_create(
                    term=term,
                    defaults={"expansions": "\n".join(expansions), "related": "\n".join(related)},
                )
