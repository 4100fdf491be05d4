"""What staff actually type: everyday shorthand, words the framework lacks, and a phone's screen."""

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
