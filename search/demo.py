"""Each demo council's own shorthand, from its practice framework, for staff search.

The shorthand every council shares is seeded for each council by the
``0002_default_synonyms`` and ``0009_everyday_synonyms`` migrations; these
are the acronyms one council's framework uses and the others' do not.

An acronym for the whole service ("SFD", "CYPS") is in the text of many pages
and the title of none, so the council's editors promote its framework page
for it (Wagtail's search promotions: Settings → Promoted search results).
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


# Council, what staff type, the slug of the home page's child to promote, and why.
PROMOTED = [
    (
        "tower-hamlets",
        "SFD",
        "the-framework",
        "How the Supporting Families Division works with children, families and each other.",
    ),
    (
        "newham",
        "CYPS",
        "the-framework",
        "The practice framework of Newham's Children and Young People's Services.",
    ),
]


def load(homes=None, users=None):
    """Add each council's own acronyms and promotions; what editors changed is left as it is."""
    from wagtail.contrib.search_promotions.models import Query, SearchPromotion

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
    for slug, typed, page_slug, description in PROMOTED:
        council = found.get(slug)
        page = council and council.site.root_page.get_children().filter(slug=page_slug).first()
        if page is None:
            continue
        SearchPromotion.objects.get_or_create(
            query=Query.get(typed),
            page=page,
            defaults={"sort_order": 0, "description": description},
        )
