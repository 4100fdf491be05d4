"""What a member of staff sees when they search."""

import re

import pytest
from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from search.models import SearchEntry, SearchEntryFacet, Synonym
from tests.factories import council
from tests.search.conftest import result_titles

pytestmark = pytest.mark.django_db


def test_every_staff_page_has_the_search_box(staff_client, home):
    html = staff_client.get("/en/").content.decode()
    form = re.search(r'<form[^>]*role="search"[^>]*>.*?</form>', html, re.S).group(0)
    assert 'action="/en/search/"' in form
    assert 'name="q"' in form


def test_search_needs_signing_in(client, home):
    response = client.get("/en/search/?q=camhs")
    assert response.status_code == 302
    assert response["Location"].startswith("/login/")


def test_the_page_named_after_the_query_comes_first(staff_client, publish):
    publish("Parenting courses", "Groups for parents, with young carers welcome.")
    publish("Young Carers Project", "Support for children who look after someone at home.")
    publish("Holiday activities", "Things to do in the holidays.")
    response = staff_client.get("/en/search/?q=young+carers")
    assert response.status_code == 200
    titles = result_titles(response)
    assert titles[0] == "Young Carers Project"
    assert "Parenting courses" in titles
    assert "Holiday activities" not in titles


def test_each_result_shows_its_type_and_a_highlighted_excerpt(staff_client, publish):
    publish("Family Hubs", "Early Help for families with children aged 0 to 19.")
    html = staff_client.get("/en/search/?q=early+help").content.decode()
    item = re.search(r"<li[^>]*data-search-result.*?</li>", html, re.S).group(0)
    assert "Page" in item
    assert "<mark>Early</mark> <mark>Help</mark> for families" in item


def test_excerpts_and_titles_are_escaped_before_highlighting(staff_client, publish):
    publish("Mark <b>up</b> guidance", 'Referral when 5 < 6 & "x" > y, referral <b')
    html = staff_client.get("/en/search/?q=referral").content.decode()
    assert "<b>" not in html
    assert "<mark>Referral</mark> when 5 &lt; 6 &amp; &quot;x&quot; &gt; y" in html
    assert "Mark &lt;b&gt;up&lt;/b&gt; guidance" in html


def test_english_stemming_finds_other_forms_of_a_word(staff_client, publish):
    publish("Conference for families", "Families meet to plan together.")
    titles = result_titles(staff_client.get("/en/search/?q=conferences"))
    assert titles == ["Conference for families"]


def test_a_short_query_completes_a_word_and_forgives_a_typo(staff_client, publish):
    publish("CAMHS in Social Care", "Mental health support for children in care.")
    publish("Safeguarding", "Keeping children safe.")
    assert result_titles(staff_client.get("/en/search/?q=camh")) == ["CAMHS in Social Care"]
    response = staff_client.get("/en/search/?q=safegaurding")
    assert result_titles(response) == ["Safeguarding"]
    assert "Also showing results for" in response.content.decode()


def test_an_acronym_finds_what_it_stands_for(staff_client, publish):
    publish("Family Group Conference", "Family and friends make a plan for the child.")
    response = staff_client.get("/en/search/?q=FGC")
    # First; the family feedback form, which mentions families, may follow.
    assert result_titles(response)[0] == "Family Group Conference"
    assert "Family Group Conference" in response.content.decode()


def test_the_words_find_a_page_that_only_uses_the_acronym(staff_client, publish):
    publish("VIG referrals", "How to refer a family for VIG.")
    titles = result_titles(staff_client.get("/en/search/?q=video+interaction+guidance"))
    assert titles == ["VIG referrals"]


def test_a_synonym_editors_add_is_used_at_once(staff_client, publish):
    publish("Kinship care", "Family and friends caring for a child.")
    assert result_titles(staff_client.get("/en/search/?q=KC")) == []
    Synonym.all_councils.create(term="KC", expansions="Kinship care", council=council())
    assert result_titles(staff_client.get("/en/search/?q=KC")) == ["Kinship care"]


def test_a_promoted_result_comes_first(staff_client, publish):
    publish("Referral form", "Referral form for Early Help referral referral.")
    chosen = publish("Front door", "Where every request for help starts.")
    SearchPromotion.objects.create(
        query=Query.get("referral"), page=chosen, description="Start every referral here."
    )
    html = staff_client.get("/en/search/?q=referral").content.decode()
    assert result_titles_from(html) == ["Front door", "Referral form"]
    first = re.search(r"<li[^>]*data-search-result[^>]*>", html).group(0)
    assert "data-promoted" in first
    assert "Start every <mark>referral</mark> here." in html


def result_titles_from(html):
    class Response:
        content = html.encode()

    return result_titles(Response)


def test_results_are_paged(staff_client, publish):
    for number in range(1, 24):
        publish(f"Parenting group {number}", "A parenting group.", slug=f"group-{number}")
    first = result_titles(staff_client.get("/en/search/?q=parenting"))
    second = result_titles(staff_client.get("/en/search/?q=parenting&page=2"))
    third = result_titles(staff_client.get("/en/search/?q=parenting&page=3"))
    assert len(first) == 10 and len(second) == 10 and len(third) == 3
    assert not set(first) & set(second)
    html = staff_client.get("/en/search/?q=parenting&page=2").content.decode()
    assert 'href="?q=parenting&amp;page=3"' in html
    assert "23 results" in html


def add_facet(page, facet, value, label):
    entry = SearchEntry.all_councils.get(object_id=str(page.pk), kind="page")
    position = entry.facets.filter(facet=facet).count()
    SearchEntryFacet.objects.create(
        entry=entry, facet=facet, value=value, label=label, position=position
    )


def test_filters_show_counts_and_narrow_the_results(staff_client, publish):
    connect = publish("Check-in circles", "Circles to connect a team.")
    curious = publish("Genograms", "Circles of family to connect with.")
    publish("Ecomaps", "Maps of circles around a family.")
    add_facet(connect, SearchEntryFacet.STANDARD, "connect", "Connect")
    add_facet(curious, SearchEntryFacet.STANDARD, "connect", "Connect")
    add_facet(curious, SearchEntryFacet.STANDARD, "be-curious", "Be Curious")
    add_facet(curious, SearchEntryFacet.AGE, "0-4", "Under 5")

    html = staff_client.get("/en/search/?q=circles").content.decode()
    assert re.search(r'value="connect"\s*>\s*<label[^>]*>Connect <span[^>]*>\(2\)', html)
    assert re.search(r'value="be-curious"\s*>\s*<label[^>]*>Be Curious <span[^>]*>\(1\)', html)
    assert re.search(r'value="page"\s*>\s*<label[^>]*>Other pages <span[^>]*>\(3\)', html)

    narrowed = staff_client.get("/en/search/?q=circles&standard=connect&age=0-4")
    assert result_titles(narrowed) == ["Genograms"]
    assert "Practice standards: Connect, Be Curious" in narrowed.content.decode()
    assert result_titles(staff_client.get("/en/search/?q=circles&type=document")) == []


def test_filter_names_and_practice_standards_are_escaped_once(staff_client, publish):
    page = publish("Circles guide", "Circles to connect a team.")
    add_facet(page, SearchEntryFacet.STANDARD, "trust", 'Trust & <b>"Respect"</b>')
    add_facet(page, SearchEntryFacet.AREA, "hubs", "Newham's hubs")

    html = staff_client.get("/en/search/?q=circles&standard=trust").content.decode()
    assert "<b>" not in html
    assert re.search(
        r'value="trust" checked>\s*<label[^>]*>Trust &amp; &lt;b&gt;&quot;Respect&quot;', html
    )
    assert "Newham&#x27;s hubs <span" in html
    assert "Practice standard: Trust &amp; &lt;b&gt;&quot;Respect&quot;&lt;/b&gt;</span>" in html
    assert "&amp;amp;" not in html and "&amp;#x27;" not in html


BAD_QUERIES = [
    "",
    "   ",
    "x" * 2000,
    "care " * 400,
    "!!! ??? ...",
    '"',
    "*",
    "AND",
    "-",
    "(",
    'camhs AND ("fgc" OR -care*',
    "NEAR(a b) NOT OR",
    "'; DROP TABLE search_searchentry; --",
    "\\ % _ ' \x00 \x07",
    "পরিবারের জন্য সহায়তা",
    "Caawimaad qoyska iyo carruurta",
    "😀 👪",
]


@pytest.mark.parametrize("query", BAD_QUERIES)
def test_any_query_gives_a_normal_page(staff_client, publish, query):
    publish("Care planning", "Plans for children in care.")
    response = staff_client.get("/en/search/", {"q": query})
    assert response.status_code == 200
    assert 'data-search-status="' in response.content.decode()


BAD_PARAMETERS = [
    {"q": "care", "page": "abc"},
    {"q": "care", "page": "-4"},
    {"q": "care", "page": "99999999999999999999"},
    {"q": "care", "page": "2.5"},
    {"q": "care", "type": "nonsense"},
    {"q": "care", "type": ["page", "page", "' OR 1=1 --"]},
    {"q": "care", "standard": "x" * 500},
    {"q": "care", "age": "<script>"},
    {"q": "care", "area": ""},
    {"q": ["care", "more care"]},
]


@pytest.mark.parametrize("params", BAD_PARAMETERS)
def test_malformed_filters_and_pages_are_ignored(staff_client, publish, params):
    publish("Care planning", "Plans for children in care.")
    response = staff_client.get("/en/search/", params)
    assert response.status_code == 200
    assert result_titles(response) == ["Care planning"]


def test_a_page_past_the_end_shows_the_last_page(staff_client, publish):
    publish("Care planning", "Plans for children in care.")
    response = staff_client.get("/en/search/?q=care&page=40")
    assert result_titles(response) == ["Care planning"]


def test_bengali_and_somali_pages_are_searched_in_their_own_words(staff_client, publish):
    publish("Bengali leaflet", "পরিবারের জন্য সহায়তা এবং পরামর্শ", slug="bengali-leaflet")
    publish("Somali leaflet", "Caawimaad qoyska iyo carruurta", slug="somali-leaflet")
    assert result_titles(staff_client.get("/en/search/?q=সহায়তা")) == ["Bengali leaflet"]
    assert result_titles(staff_client.get("/en/search/?q=qoyska")) == ["Somali leaflet"]


def test_search_works_on_every_language_prefix(staff_client, publish):
    publish("Care planning", "Plans for children in care.")
    for language in ("bn", "so"):
        response = staff_client.get(f"/{language}/search/?q=care")
        assert response.status_code == 200
        assert result_titles(response) == ["Care planning"]


def test_each_council_searches_only_its_own_site(staff_client, client, demo_users, sites, publish):
    publish("Tower Hamlets referral guide", "How to refer.")
    publish("Newham referral guide", "How to refer.", parent=sites["circles-of-support"])
    assert result_titles(staff_client.get("/en/search/?q=referral")) == [
        "Tower Hamlets referral guide"
    ]
    client.force_login(demo_users["newham-staff"])
    response = client.get("/en/search/?q=referral", HTTP_HOST="newham.localhost")
    assert result_titles(response) == ["Newham referral guide"]


def test_unpublished_and_deleted_pages_leave_the_results(staff_client, publish):
    gone = publish("Old referral guide", "How to refer.")
    kept = publish("New referral guide", "How to refer.")
    gone.unpublish()
    assert result_titles(staff_client.get("/en/search/?q=referral")) == ["New referral guide"]
    kept.delete()
    assert result_titles(staff_client.get("/en/search/?q=referral")) == []


def test_a_search_with_no_results_is_not_a_dead_end(staff_client, publish):
    safeguarding = publish("Safeguarding adolescents", "Harm outside the home.")
    support = publish("Family support", "Support for families.")
    publish("Never opened", "Nobody has opened this page yet.")
    SearchEntry.all_councils.filter(object_id=str(support.pk)).update(uses=5)
    SearchEntry.all_councils.filter(object_id=str(safeguarding.pk)).update(uses=1)
    response = staff_client.get("/en/search/?q=safeguardng+adolesents+for+zzzqx+wibble")
    html = response.content.decode()
    assert 'data-search-status="no-results"' in html
    assert result_titles(response) == []
    suggestion = re.search(r"<a [^>]*data-search-suggestion>(.*?)</a>", html).group(1)
    assert suggestion == "safeguarding adolescents for zzzqx wibble"
    most_used = re.search(r"<ul[^>]*data-most-used>(.*?)</ul>", html, re.S).group(1)
    assert most_used.index("Family support") < most_used.index("Safeguarding adolescents")
    assert "Never opened" not in most_used


def test_a_no_result_acronym_offers_related_searches(staff_client, home):
    html = staff_client.get("/en/search/?q=HOTH").content.decode()
    related = re.findall(r"<a [^>]*data-search-related>(.*?)</a>", html)
    assert "Harm outside the home" in related
    assert "Exploitation" in related
