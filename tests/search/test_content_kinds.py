"""Interventions, tools, organisations, contacts, consultations and groups in staff search."""

import re

import pytest

from resources.models import Organisation, ServiceArea
from search.models import SearchEntry
from tests import factories
from tests.search.conftest import result_titles

pytestmark = pytest.mark.django_db


@pytest.fixture
def standards(home):
    framework = factories.FrameworkPageFactory(parent=home, slug="the-framework")
    return {
        slug: factories.PracticeStandardPageFactory(parent=framework, slug=slug, title=title)
        for slug, title in [("connect", "Connect"), ("be-curious", "Be Curious")]
    }


@pytest.fixture
def interventions(home, standards, run_on_commit):
    index = factories.InterventionIndexPageFactory(parent=home)
    early_help = ServiceArea.all_councils.get(code="early-help", council=factories.council())
    youth_justice = ServiceArea.all_councils.get(code="youth-justice", council=factories.council())
    return {
        "baby": run_on_commit(
            factories.InterventionPageFactory,
            parent=index,
            title="Baby Feeding Service",
            slug="baby-feeding",
            summary="Feeding support for parents of babies.",
            age_min=0,
            age_max=2,
            service_areas=[early_help],
            standards=[standards["connect"]],
        ),
        "choice": run_on_commit(
            factories.InterventionPageFactory,
            parent=index,
            title="Your Choice",
            slug="your-choice",
            summary="Support for teenagers at risk of harm, and their parents.",
            age_min=11,
            age_max=17,
            service_areas=[youth_justice],
            standards=[standards["be-curious"], standards["connect"]],
        ),
    }


def test_interventions_filter_by_standard_service_area_and_age(staff_client, interventions):
    html = staff_client.get("/en/search/?q=parents").content.decode()
    assert set(result_titles_of(html)) == {"Baby Feeding Service", "Your Choice"}
    assert re.search(r'value="intervention"\s*>\s*<label[^>]*>Interventions and services', html)
    assert re.search(r'value="connect"\s*>\s*<label[^>]*>Connect <span[^>]*>\(2\)', html)
    assert re.search(r'value="be-curious"\s*>\s*<label[^>]*>Be Curious <span[^>]*>\(1\)', html)
    assert re.search(r'value="early-help"\s*>\s*<label[^>]*>Early Help <span[^>]*>\(1\)', html)
    assert re.search(r'value="0-4"\s*>\s*<label[^>]*>Under 5 <span[^>]*>\(1\)', html)

    def titles(**params):
        return result_titles(staff_client.get("/en/search/", {"q": "parents", **params}))

    assert titles(standard="be-curious") == ["Your Choice"]
    assert titles(area="early-help") == ["Baby Feeding Service"]
    assert titles(age="11-15") == ["Your Choice"]
    assert set(titles(age=["0-4", "11-15"])) == {"Baby Feeding Service", "Your Choice"}
    assert titles(standard="connect", area="youth-justice") == ["Your Choice"]
    assert titles(type="contact") == []


def result_titles_of(html):
    class Response:
        content = html.encode()

    return result_titles(Response)


def test_a_result_names_its_practice_standards(staff_client, interventions):
    html = staff_client.get("/en/search/?q=your+choice").content.decode()
    first = re.search(r"<li[^>]*data-search-result.*?</li>", html, re.S).group(0)
    assert "Intervention or service" in first
    assert "Practice standards: Connect, Be Curious" in first


def test_a_contact_is_found_with_its_mailbox_and_opens_on_its_own_page(staff_client, home):
    contact = factories.ContactFactory(
        name="Family Group Conference Service",
        role="Family Group Conferences and Lifelong Links",
        email="family-group-conference@example.org",
    )
    response = staff_client.get("/en/search/?q=who+do+I+contact+for+a+family+group+conference")
    assert result_titles(response)[0] == "Family Group Conference Service"
    html = response.content.decode()
    assert "<mark>conference</mark>@example.org · 020 7946 0000" in html
    entry = SearchEntry.all_councils.get(object_id=str(contact.pk), kind="contact")
    assert f'href="/en/search/entry/{entry.pk}/"' in html
    page = staff_client.get(f"/en/search/entry/{entry.pk}/").content.decode()
    assert 'href="mailto:family-group-conference@example.org"' in page


def test_an_organisation_links_to_the_directory_filtered_to_it(staff_client, home):
    directory = factories.OrganisationDirectoryPageFactory(parent=home)
    factories.OrganisationFactory(name="Stepney City Farm", description="Animals and growing.")
    html = staff_client.get("/en/search/?q=city+farm").content.decode()
    assert directory.get_url_parts()[2] == "/en/community-directory/"
    assert 'href="/en/community-directory/?q=Stepney+City+Farm"' in html


def test_defunct_and_unpublished_organisations_are_not_found(staff_client, home):
    factories.OrganisationFactory(name="Closed Food Bank", status=Organisation.Status.DEFUNCT)
    factories.OrganisationFactory(name="Draft Food Bank", live=False)
    factories.OrganisationFactory(name="Open Food Bank")
    assert result_titles(staff_client.get("/en/search/?q=food+bank")) == ["Open Food Bank"]


def test_an_unpublished_draft_is_not_searchable_until_published(staff_client, home):
    organisation = factories.OrganisationFactory(name="Bow Food Bank")
    organisation.name = "Bow Secret Pantry"
    organisation.save_revision()
    assert result_titles(staff_client.get("/en/search/?q=pantry")) == []
    assert result_titles(staff_client.get("/en/search/?q=food+bank")) == ["Bow Food Bank"]
    organisation.get_latest_revision().publish()
    assert result_titles(staff_client.get("/en/search/?q=pantry")) == ["Bow Secret Pantry"]


def test_consultations_and_groups_are_found_by_how_to_book_and_who_they_are_for(staff_client, home):
    factories.ConsultationOfferFactory(
        title="Clinical consultation", how_to_book="Book through the duty psychologist."
    )
    factories.ParticipationGroupFactory(name="Teen CLICC", who_for="Children in care, 13 to 17")
    assert result_titles(staff_client.get("/en/search/?q=psychologist")) == [
        "Clinical consultation"
    ]
    html = staff_client.get("/en/search/?q=CLICC").content.decode()
    assert result_titles_of(html) == ["Teen CLICC"]
    assert "Participation group" in html


def test_a_tool_page_is_found_and_typed_as_a_tool(staff_client, home, standards, run_on_commit):
    index = factories.ResourceIndexPageFactory(parent=home)
    run_on_commit(
        factories.ResourcePageFactory,
        parent=index,
        title="Genograms",
        summary="Draw the family tree with the family.",
        standards=[standards["be-curious"]],
    )
    html = staff_client.get("/en/search/?q=family+tree").content.decode()
    assert result_titles_of(html)[0] == "Genograms"
    assert "Tool or guidance" in html
    assert "Practice standard: Be Curious" in html


def test_a_practice_standard_page_is_its_own_standard(staff_client, standards):
    html = staff_client.get("/en/search/?q=be+curious").content.decode()
    assert result_titles_of(html)[0] == "Be Curious"
    assert re.search(r'value="standard"\s*>\s*<label[^>]*>Practice standards', html)
