"""What staff actually type: everyday shorthand, words the framework lacks, and a phone's screen."""

import html as markup
import re

import pytest

from home.demo.sites import councils
from search.models import Synonym
from tests.search.conftest import result_titles

pytestmark = pytest.mark.django_db

EVERYDAY = ["MASH", "TAF", "EHA", "LADO", "CIN", "CP"]


def test_every_council_understands_the_everyday_acronyms(sites):
    for council in councils().values():
        terms = set(Synonym.all_councils.filter(council=council).values_list("term", flat=True))
        assert set(EVERYDAY) <= terms, council.slug


def test_each_council_has_its_own_framework_acronyms(sites):
    from search import demo

    demo.load()
    newham, telford = councils()["newham"], councils()["telford"]
    assert Synonym.all_councils.filter(council=telford, term="DDP").exists()
    assert not Synonym.all_councils.filter(council=newham, term="DDP").exists()
    assert Synonym.all_councils.filter(council=newham, term="CYPS").exists()


@pytest.mark.parametrize(
    ("typed", "title"),
    [
        ("TAF", "Early Help in the borough"),
        ("team around the family", "Early Help in the borough"),
        ("MASH", "Safeguarding referrals"),
        ("EHA", "Early Help in the borough"),
    ],
)
def test_walkthrough_shorthand_puts_the_useful_page_first_in_each_council(
    client, demo_users, sites, publish, typed, title
):
    people = {"better-together": "staff", "circles-of-support": "newham-staff"}
    hosts = {"better-together": "localhost", "circles-of-support": "newham.localhost"}
    for site, username in people.items():
        publish(
            "Early Help in the borough",
            "Support for families before problems grow.",
            parent=sites[site],
            slug="early-help",
        )
        publish(
            "Safeguarding referrals",
            "How to raise a concern about a child.",
            parent=sites[site],
            slug="safeguarding-referrals",
        )
        publish(
            "Family Group Conference",
            "Families make a plan together.",
            parent=sites[site],
            slug="fgc",
        )
        client.force_login(demo_users[username])
        response = client.get("/en/search/", {"q": typed}, HTTP_HOST=hosts[site])
        assert result_titles(response)[:1] == [title], (site, result_titles(response))


def test_a_word_the_framework_lacks_says_so_and_offers_related_terms_and_whom_to_ask(
    staff_client, publish
):
    publish("Family Group Conference", "Families make a plan together.")
    html = staff_client.get("/en/search/?q=eviction").content.decode()
    assert 'data-search-status="no-results"' in html
    assert re.search(r"data-search-nothing>[^<]*has nothing about “eviction” yet", html)
    related = re.findall(r"data-search-related>(.*?)</a>", html)
    assert "Housing advice" in related
    assert "data-search-ask" in html


def test_filters_are_folded_behind_a_button_until_one_is_chosen(staff_client, publish):
    publish("Family Group Conference", "Families make a plan together.")
    html = staff_client.get("/en/search/?q=family").content.decode()
    fold = re.search(r"<details[^>]*data-search-filters[^>]*>", html).group(0)
    assert " open" not in fold
    # The results come straight after the folded filters, not after every checkbox.
    assert html.index("data-search-filters") < html.index("data-search-result")
    chosen = staff_client.get("/en/search/?q=family&type=page").content.decode()
    assert " open" in re.search(r"<details[^>]*data-search-filters[^>]*>", chosen).group(0)


# What each council's staff type, and the page that should answer it first.
SHARED_WALKTHROUGH = {
    "MASH": "Safeguarding referrals",
    "TAF": "Early Help in the borough",
    "team around the family": "Early Help in the borough",
    "EHA": "Early Help in the borough",
    "LADO": "Allegations against staff: Local Authority Designated Officer",
    "CIN": "Children in need plans",
    "CP": "Child protection conferences",
}
OWN_WALKTHROUGH = {
    "tower-hamlets": {
        "CSCIB": "Children's Services Continuous Improvement Board",
        "LOCD": "Learning, Organisational and Cultural Development",
        "SFD": "Supporting Families Division",
        "GRACES": "Social GRACES",
    },
    "newham": {"CYPS": "Children and Young People's Services"},
    "telford": {
        "DDP": "Dyadic Developmental Practice",
        "PACE": "Playfulness, acceptance, curiosity and empathy",
        "ILACS": "Inspection of Local Authority Children's Services",
        "SMART": "Specific, measurable, achievable, realistic and timed plans",
        "PODS": "Systemic reflective pods",
    },
}
COUNCIL_SITES = {
    "tower-hamlets": ("better-together", "localhost", "staff"),
    "newham": ("circles-of-support", "newham.localhost", "newham-staff"),
    "telford": ("telford-practice-framework", "telford.localhost", "telford-staff"),
}


@pytest.mark.parametrize("council_slug", list(COUNCIL_SITES))
def test_staff_find_a_useful_answer_first_for_everyday_and_their_own_shorthand(
    client, demo_users, sites, publish, council_slug
):
    from search import demo

    demo.load()
    site, host, username = COUNCIL_SITES[council_slug]
    walkthrough = {**SHARED_WALKTHROUGH, **OWN_WALKTHROUGH[council_slug]}
    for number, title in enumerate(sorted({*walkthrough.values(), "Family Group Conference"})):
        publish(title, "", parent=sites[site], slug=f"walkthrough-{number}")
    client.force_login(demo_users[username])
    for typed, title in walkthrough.items():
        found = [
            markup.unescape(found)
            for found in result_titles(client.get("/en/search/", {"q": typed}, HTTP_HOST=host))
        ]
        assert found[:1] == [title], (typed, found)


@pytest.mark.parametrize("council_slug", list(COUNCIL_SITES))
def test_staff_searching_for_eviction_are_told_the_framework_has_nothing_and_whom_to_ask(
    client, demo_users, sites, publish, council_slug
):
    from tests.factories import ContactFactory

    site, host, username = COUNCIL_SITES[council_slug]
    council = councils()[council_slug]
    publish("Family Group Conference", "Families make a plan together.", parent=sites[site])
    ContactFactory(council=council, name="Learning and development", answers_search_questions=True)
    ContactFactory(council=council, name="Finance office")
    client.force_login(demo_users[username])
    html = client.get("/en/search/", {"q": "eviction"}, HTTP_HOST=host).content.decode()
    assert 'data-search-status="no-results"' in html
    assert re.search(r"data-search-nothing>[^<]*has nothing about “eviction” yet", html)
    assert "Housing advice" in re.findall(r"data-search-related>(.*?)</a>", html)
    asked = re.findall(r"data-search-ask-contact><strong>(.*?)</strong>", html)
    assert asked == ["Learning and development"]


def test_an_acronym_finds_what_it_stands_for_as_a_whole_not_each_of_its_words(
    staff_client, publish
):
    publish("Family Group Conference", "Families make a plan together.")
    publish("Family hubs", "Drop in with your family.")
    publish("Group work for teenagers", "Meet others in a group.")
    publish("Planning a conference", "Rooms and catering.")
    assert result_titles(staff_client.get("/en/search/?q=FGC")) == ["Family Group Conference"]
    # Typed out, every word still counts on its own.
    typed = result_titles(staff_client.get("/en/search/?q=family+group+conference"))
    assert typed[0] == "Family Group Conference"
    assert set(typed) >= {"Family hubs", "Group work for teenagers", "Planning a conference"}
