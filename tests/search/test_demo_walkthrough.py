"""Issue #20's walkthrough on the real demo: what staff type in each council, and what comes first.

The other search tests publish their own small pages; these load the whole demo
(``manage.py load_demo``) once for the module, inside a transaction rolled back
at the end, so that every other test of the worker still starts from the shared
database of ``django_db_setup``.
"""

import html as markup
import io
import re

import pytest
from django.core.management import call_command
from django.db import transaction
from django.test import TestCase

from tests.search.conftest import result_titles

COUNCIL_SITES = {
    "tower-hamlets": ("localhost", "staff"),
    "newham": ("newham.localhost", "newham-staff"),
    "telford": ("telford.localhost", "telford-staff"),
}

# What each council's staff type, and the first result that answers it.
WALKTHROUGH = {
    "tower-hamlets": {
        "MASH": "Multi-Agency Safeguarding Hub (MASH)",
        "TAF": "Early Help Hub",
        "team around the family": "Early Help Hub",
        "EHA": "Early Help Hub",
        "LADO": "Local Authority Designated Officer (LADO)",
        "CIN": "Child in Need (CIN) teams",
        "what is a child in need": "Child in Need (CIN) teams",
        "CP": "Restorative approach to Child Protection Conferences",
        "domestic abuse": "REPAIR domestic abuse (DVA) toolkit",
        "neglect": "Neglect",
        "youth offending": "Youth Justice Service (YJS)",
        "supervision": "Restorative Supervision Framework",
        "CSCIB": "Children's Services Continuous Improvement Board (CSCIB)",
        "LOCD": "Learning, Organisational and Cultural Development (LOCD)",
        "SFD": "The Better Together framework",
        "GRACES": "Social GRACES (Social GGRRAAACCEEESSS)",
        "FGC": "Family Group Conference (FGC)",
    },
    "newham": {
        "MASH": "Newham Multi-Agency Safeguarding Hub (MASH)",
        "TAF": "Newham Early Help",
        "team around the family": "Newham Early Help",
        "EHA": "Newham Early Help",
        "LADO": "Newham Local Authority Designated Officer (LADO)",
        "CIN": "Newham Child in Need (CIN) teams",
        "what is a child in need": "Newham Child in Need (CIN) teams",
        "CP": "Newham Child Protection (CP) conferences",
        "domestic abuse": "Practice example: group supervision and domestic abuse",
        "neglect": "Newham Multi-Agency Safeguarding Hub (MASH)",
        "youth offending": "Newham Youth Justice Service (YJS)",
        "consent": "Newham Multi-Agency Safeguarding Hub (MASH)",
        "supervision": "Group supervision",
        "CYPS": "Newham Circles of Support",
    },
    "telford": {
        "MASH": "Telford & Wrekin Multi-Agency Safeguarding Hub (MASH)",
        "TAF": "Telford & Wrekin Early Help",
        "team around the family": "Telford & Wrekin Early Help",
        "EHA": "Telford & Wrekin Early Help",
        "LADO": "Telford & Wrekin Local Authority Designated Officer (LADO)",
        "CIN": "Telford & Wrekin Child in Need (CIN) work",
        "what is a child in need": "Telford & Wrekin Child in Need (CIN) work",
        "CP": "Telford & Wrekin Child Protection (CP) conferences",
        "youth offending": "Telford & Wrekin Youth Justice Service (YJS)",
        "consent": "Telford & Wrekin Multi-Agency Safeguarding Hub (MASH)",
        "supervision": "Checklist for management oversight and supervision",
        "DDP": "Dyadic Developmental Practice (DDP)",
        "PACE": "Dyadic Developmental Practice (DDP)",
        "SMART": "SMART plans that children and families help write",
        "PODS": "Systemic reflective PODs",
        "ILACS": "What outstanding help and protection looks like",
        "domestic abuse": "Family Safeguarding teams",
    },
}
# Whom each council's no-results page names.
ASK = {
    "tower-hamlets": "Learning Academy",
    "newham": "Newham Together Social Care Academy",
    "telford": "Telford &amp; Wrekin Workforce Development team",
}


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    """The whole demo, loaded once for this module and rolled back after its last test."""
    with django_db_blocker.unblock():
        outer = transaction.atomic()
        outer.__enter__()
        # Indexing is done again when the transaction commits, as production does.
        with TestCase.captureOnCommitCallbacks(execute=True):
            call_command("load_demo", stdout=io.StringIO())
    yield
    with django_db_blocker.unblock():
        transaction.set_rollback(True)
        outer.__exit__(None, None, None)


@pytest.fixture
def search_as(demo, db, client, settings):
    """Search as the council's demo staff member; the page as they see it."""
    from django.contrib.auth import get_user_model

    settings.SEARCH_RESULTS_CACHE_SECONDS = 0

    def search(council_slug, typed):
        host, username = COUNCIL_SITES[council_slug]
        client.force_login(get_user_model().objects.get(username=username))
        response = client.get("/en/search/", {"q": typed}, HTTP_HOST=host)
        assert response.status_code == 200
        return response

    return search


@pytest.mark.parametrize(
    ("council_slug", "typed"),
    [(council, typed) for council, queries in WALKTHROUGH.items() for typed in queries],
)
def test_staff_see_the_useful_answer_first_on_the_demo(search_as, council_slug, typed):
    found = [markup.unescape(title) for title in result_titles(search_as(council_slug, typed))]
    assert found[:1] == [WALKTHROUGH[council_slug][typed]], found[:5]


@pytest.mark.parametrize("council_slug", list(COUNCIL_SITES))
def test_eviction_on_the_demo_says_the_framework_has_nothing_offers_housing_advice_and_whom_to_ask(
    search_as, council_slug
):
    page = search_as(council_slug, "eviction").content.decode()
    assert 'data-search-status="no-results"' in page
    assert re.search(r"data-search-nothing>[^<]*has nothing about “eviction” yet", page)
    assert "Housing advice" in re.findall(r"data-search-related>(.*?)</a>", page)
    asked = re.findall(r"data-search-ask-contact><strong>(.*?)</strong>", page)
    assert asked == [ASK[council_slug]]


@pytest.mark.parametrize("council_slug", list(COUNCIL_SITES))
def test_no_apostrophe_or_ampersand_is_shown_escaped_on_the_demo_results(search_as, council_slug):
    for typed in ["Newham's", "children's services", "families", "eviction", "Telford & Wrekin"]:
        page = search_as(council_slug, typed).content.decode()
        # Escaped once is right in HTML; escaped twice, a reader sees "&#x27;" or "&amp;".
        for twice in ("&amp;#x27;", "&amp;#39;", "&amp;amp;", "&amp;quot;", "&amp;lt;"):
            assert twice not in page, (typed, twice)
