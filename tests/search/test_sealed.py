"""Staff search is sealed by council and shows only what the person searching may open."""

import re

import pytest
from django.core.files.base import ContentFile
from django.test import Client
from wagtail.documents import get_document_model
from wagtail.models import CollectionViewRestriction, Page, PageViewRestriction

from search.models import SearchCount, SearchEntry, Synonym, ZeroResultSearch
from tests.factories import OrganisationFactory, UserFactory, council
from tests.search.conftest import flush_counts, result_titles

pytestmark = pytest.mark.django_db

NEWHAM = "newham.localhost"
TELFORD = "telford.localhost"


@pytest.fixture
def signed_in(demo_users):
    """A client of its own for each demo user, so several can search in one test."""

    def make(username):
        client = Client()
        client.force_login(demo_users[username])
        return client

    return make


@pytest.fixture
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


def search(client, text, host="localhost"):
    return client.get("/en/search/", {"q": text}, HTTP_HOST=host)


def academy_group(slug="tower-hamlets"):
    return council(slug).group("academy")


def test_fgc_on_newham_never_shows_tower_hamlets_family_group_conference(signed_in, sites, publish):
    publish("Family Group Conference Service", "Call 020 7364 0000 to refer a family.")
    publish(
        "Newham family group conferences",
        "Bringing the family network together.",
        parent=sites["circles-of-support"],
    )
    newham = signed_in("newham-staff")
    titles = result_titles(search(newham, "FGC", NEWHAM))
    assert titles[0] == "Newham family group conferences"
    assert "Family Group Conference Service" not in titles
    html = search(newham, "Family Group Conference Service", NEWHAM).content.decode()
    assert "7364" not in html
    # Tower Hamlets still finds its own, and the cache keeps the two councils apart.
    assert "Family Group Conference Service" in result_titles(search(signed_in("staff"), "FGC"))
    assert "Family Group Conference Service" not in result_titles(search(newham, "FGC", NEWHAM))


def test_mockingbird_on_tower_hamlets_never_lists_telfords_fostering_service(
    signed_in, sites, publish
):
    publish(
        "Mockingbird",
        "Fostering families in a constellation.",
        parent=sites["telford-practice-framework"],
    )
    assert result_titles(search(signed_in("staff"), "Mockingbird")) == []
    assert result_titles(search(signed_in("telford-staff"), "Mockingbird", TELFORD)) == [
        "Mockingbird"
    ]


def test_completions_and_did_you_mean_come_from_the_councils_own_titles(signed_in, sites, publish):
    publish("Genograms", "Family trees for direct work.")
    tower_hamlets, newham = signed_in("staff"), signed_in("newham-staff")
    assert result_titles(search(tower_hamlets, "genog")) == ["Genograms"]
    assert "Genograms" not in result_titles(search(newham, "genog", NEWHAM))
    # Four words: no completions, nothing found, so "did you mean" is offered.
    misspelt = search(tower_hamlets, "genogrm zzqx wibble wobble").content.decode()
    suggestion = re.search(r"<a [^>]*data-search-suggestion>(.*?)</a>", misspelt).group(1)
    assert suggestion == "genograms zzqx wibble wobble"
    elsewhere = search(newham, "genogrm zzqx wibble wobble", NEWHAM).content.decode()
    assert "data-search-suggestion" not in elsewhere
    assert "genograms" not in elsewhere


def test_a_councils_synonyms_are_its_own(signed_in, sites, publish):
    publish("Kinship care", "Family and friends caring for a child.")
    publish("Kinship care in Newham", "Family and friends.", parent=sites["circles-of-support"])
    Synonym.all_councils.create(term="KC", expansions="Kinship care", council=council())
    assert result_titles(search(signed_in("staff"), "KC")) == ["Kinship care"]
    assert result_titles(search(signed_in("newham-staff"), "KC", NEWHAM)) == []


def test_an_organisation_another_council_also_lists_is_found_there_and_owned_by_one(
    signed_in, sites, run_on_commit
):
    shared = OrganisationFactory(name="Regional Carers Trust", council=council())
    shared.also_listed_by.set([council("newham")])
    run_on_commit(shared.save)
    OrganisationFactory(name="Tower Hamlets Carers Café", council=council())
    assert SearchEntry.all_councils.filter(title="Regional Carers Trust").count() == 2
    newham = signed_in("newham-staff")
    assert result_titles(search(newham, "carers", NEWHAM)) == ["Regional Carers Trust"]
    assert result_titles(search(signed_in("telford-staff"), "carers", TELFORD)) == []
    assert set(result_titles(search(signed_in("staff"), "carers"))) == {
        "Regional Carers Trust",
        "Tower Hamlets Carers Café",
    }
    shared.also_listed_by.clear()
    run_on_commit(shared.save)
    assert result_titles(search(newham, "carers", NEWHAM)) == []


def test_search_counts_and_their_reports_are_per_council(signed_in, sites):
    search(signed_in("staff"), "portage")
    search(signed_in("newham-staff"), "respite", NEWHAM)
    flush_counts()
    rows = ZeroResultSearch.all_councils.values_list("council__slug", "query_string")
    assert set(rows) == {("tower-hamlets", "portage"), ("newham", "respite")}
    assert SearchCount.all_councils.filter(council=council("newham")).get().hits == 1
    boss = Client()
    boss.force_login(UserFactory(username="boss", is_superuser=True, is_staff=True))
    for report in ("no-results", "top"):
        response = boss.get(f"/admin/reports/search/{report}/", HTTP_HOST=NEWHAM)
        assert [row["query"] for row in response.context["object_list"]] == ["respite"]


def test_an_entry_page_of_another_council_is_not_found(signed_in, sites):
    contact_entry = _contact_entry("Newham duty desk", "newham")
    newham, tower_hamlets = signed_in("newham-staff"), signed_in("staff")
    url = f"/en/search/entry/{contact_entry.pk}/"
    assert newham.get(url, HTTP_HOST=NEWHAM).status_code == 200
    assert tower_hamlets.get(url).status_code == 404


def _contact_entry(name, slug):
    from tests.factories import ContactFactory

    contact = ContactFactory(name=name, council=council(slug))
    return SearchEntry.all_councils.get(object_id=str(contact.pk), kind="contact")


# --- Who may open it --------------------------------------------------------------------


def _academy_collection():
    parent = council().collection
    collection = parent.add_child(name="Learning Academy only")
    restriction = CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=CollectionViewRestriction.GROUPS
    )
    restriction.groups.set([academy_group()])
    return collection


def test_a_learning_academy_document_is_found_by_the_academy_and_not_by_staff(
    signed_in, sites, media
):
    document = get_document_model().objects.create(
        title="Supervision notes",
        file=ContentFile(b"Reflective supervision of a named family", name="notes.txt"),
        collection=_academy_collection(),
    )
    document.extracted_text = "Reflective supervision of the Ahmed family"
    document.save()
    staff, academy = signed_in("staff"), signed_in("academy")
    assert result_titles(search(staff, "supervision notes")) == []
    assert result_titles(search(academy, "supervision notes")) == ["Supervision notes"]
    entry = SearchEntry.all_councils.get(kind="document", title="Supervision notes")
    refused = staff.get(f"/en/search/entry/{entry.pk}/")
    assert refused.status_code == 403
    assert "Ahmed" not in refused.content.decode()
    assert academy.get(f"/en/search/entry/{entry.pk}/").status_code == 200
    # Completions and suggestions do not give the title away either.
    assert "supervision" not in search(staff, "supervisio zzqx").content.decode().lower()


def test_a_page_restricted_to_a_group_is_found_by_that_group_only(signed_in, publish):
    page = publish("Practice learning reviews", "Findings of recent reviews.")
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.set([academy_group()])
    staff, academy = signed_in("staff"), signed_in("academy")
    assert result_titles(search(staff, "learning reviews")) == []
    assert "Findings of recent reviews" not in search(staff, "findings").content.decode()
    assert result_titles(search(academy, "learning reviews")) == ["Practice learning reviews"]


def test_a_restriction_on_an_ancestor_hides_the_pages_below_it(signed_in, publish):
    section = publish("Academy area", "For the Learning Academy.")
    child = publish("Audit tracker", "Case audits in progress.", parent=section)
    restriction = PageViewRestriction.objects.create(
        page=section, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.set([academy_group()])
    assert result_titles(search(signed_in("staff"), "audit tracker")) == []
    assert result_titles(search(signed_in("academy"), "audit tracker")) == [child.title]
    # A page moved under the restricted one is hidden as it moves.
    moved = publish("Audit calendar", "When audits happen.")
    assert result_titles(search(signed_in("staff"), "audit calendar")) == ["Audit calendar"]
    Page.objects.get(pk=moved.pk).move(section, pos="last-child")
    assert result_titles(search(signed_in("staff"), "audit calendar")) == []


def test_changing_a_restriction_changes_the_results_at_once(signed_in, publish, sites, media):
    page = publish("Team away day", "Plans for the away day.")
    staff = signed_in("staff")
    assert result_titles(search(staff, "away day")) == ["Team away day"]
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.set([academy_group()])
    assert result_titles(search(staff, "away day")) == []
    restriction.groups.add(council().group("staff"))
    assert result_titles(search(staff, "away day")) == ["Team away day"]
    # The same change made from the group's side.
    council().group("staff").pageviewrestriction_set.remove(restriction)
    assert result_titles(search(staff, "away day")) == []
    council().group("staff").pageviewrestriction_set.add(restriction)
    assert result_titles(search(staff, "away day")) == ["Team away day"]
    restriction.delete()
    assert result_titles(search(staff, "away day")) == ["Team away day"]

    collection = council().collection.add_child(name="Later restricted")
    get_document_model().objects.create(
        title="Rota spreadsheet", file=ContentFile(b"a,b\n", name="rota.csv"), collection=collection
    )
    assert result_titles(search(staff, "rota spreadsheet")) == ["Rota spreadsheet"]
    closed = CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=CollectionViewRestriction.GROUPS
    )
    closed.groups.set([academy_group()])
    assert result_titles(search(staff, "rota spreadsheet")) == []
    closed.delete()
    assert result_titles(search(staff, "rota spreadsheet")) == ["Rota spreadsheet"]


def test_a_password_protected_page_is_not_listed(signed_in, publish):
    page = publish("Board minutes", "Minutes of the board.")
    PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="letmein"
    )
    assert "Board minutes" not in result_titles(search(signed_in("staff"), "board minutes"))
    boss = Client()
    boss.force_login(UserFactory(username="chief", is_superuser=True))
    assert "Board minutes" not in result_titles(search(boss, "board minutes"))
    assert SearchEntry.all_councils.get(object_id=str(page.pk)).restriction == "password"


def test_a_superuser_sees_every_restricted_page_of_the_council(signed_in, publish, sites):
    page = publish("Practice learning reviews", "Findings of recent reviews.")
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.set([academy_group()])
    boss = Client()
    boss.force_login(UserFactory(username="chief", is_superuser=True))
    assert result_titles(search(boss, "learning reviews")) == ["Practice learning reviews"]


def test_a_search_entry_keeps_who_may_open_it(publish):
    page = publish("Practice learning reviews", "Findings of recent reviews.")
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.set([academy_group()])
    entry = SearchEntry.all_councils.get(object_id=str(page.pk), kind="page")
    assert entry.restriction == SearchEntry.GROUPS
    assert list(entry.allowed_groups.all()) == [academy_group()]
    assert entry.council == council()
