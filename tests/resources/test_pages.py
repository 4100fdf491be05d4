"""What staff see on each page type, and the filters that work without JavaScript."""

import pytest
from wagtail.models import PageViewRestriction
from wagtail_factories import DocumentFactory

from resources.models import DeliveryMode, Organisation, ServiceArea
from tests import factories
from tests.factories import council

pytestmark = pytest.mark.django_db


def text_of(response):
    assert response.status_code == 200
    return response.content.decode()


def test_anonymous_visitors_are_sent_to_sign_in(client, standards):
    response = client.get(standards["connect"].get_url())
    assert response.status_code == 302
    assert response["Location"].startswith("/login/")


def test_staff_see_the_framework_at_a_glance_quick_links_and_recent_pages(
    staff_client, home, standards
):
    index = factories.ResourceIndexPageFactory(parent=home, slug="tools")
    genograms = factories.ResourcePageFactory(parent=index, title="Genograms")
    genograms.save_revision().publish()
    home.quick_links = [{"type": "link", "value": {"page": genograms.pk, "label": "Draw a map"}}]
    home.save_revision().publish()

    page = text_of(staff_client.get("/en/"))

    assert "The framework at a glance" in page
    assert page.index("Connect") < page.index("Be Curious")
    assert 'href="/en/tools/genograms/">Draw a map</a>' in page
    assert "Recently updated" in page
    assert 'href="/en/tools/genograms/">Genograms</a>' in page


def test_framework_page_shows_vision_behaviours_and_links_to_each_standard(staff_client, standards):
    framework = standards["connect"].get_parent().specific
    framework.shared_behaviours = [
        {"type": "behaviour", "value": {"title": "We are curious", "description": "We ask why."}}
    ]
    framework.save_revision().publish()

    page = text_of(staff_client.get(framework.get_url()))

    assert "Children safe and thriving in their families." in page
    assert "We are curious" in page
    assert 'href="/en/the-framework/connect/"' in page
    assert 'href="/en/the-framework/be-curious/"' in page


def test_standard_page_lists_expectations_and_links_tools_to_their_pages(
    staff_client, home, standards
):
    index = factories.ResourceIndexPageFactory(parent=home, slug="tools")
    genograms = factories.ResourcePageFactory(parent=index, title="Genograms")
    template = DocumentFactory(
        title="Chronology template", collection=factories.council().collection
    )
    standard = standards["connect"]
    standard.we_will = [{"type": "item", "value": {"text": "Introduce ourselves by name"}}]
    standard.tools = [
        {"type": "item", "value": {"text": "", "page": genograms.pk}},
        {"type": "item", "value": {"text": "", "document": template.pk}},
    ]
    standard.save_revision().publish()

    page = text_of(staff_client.get(standard.get_url()))

    assert "We will" in page and "Introduce ourselves by name" in page
    assert '<a class="govuk-link" href="/en/tools/genograms/">Genograms</a>' in page
    assert f'href="{template.url}">Chronology template</a>' in page


def test_resource_page_shows_downloads_and_related_standards(staff_client, home, standards):
    index = factories.ResourceIndexPageFactory(parent=home, slug="tools")
    document = DocumentFactory(title="Genogram guide", collection=factories.council().collection)
    resource = factories.ResourcePageFactory(
        parent=index,
        title="Genograms",
        standards=[standards["be-curious"]],
        downloads=[{"type": "download", "value": {"document": document.pk, "title": ""}}],
    )

    page = text_of(staff_client.get(resource.get_url()))

    assert "Genogram guide" in page
    assert 'href="/en/the-framework/be-curious/">Be Curious</a>' in page
    listing = text_of(staff_client.get(index.get_url()))
    assert "Tools" in listing and 'href="/en/tools/genograms/"' in listing


def test_consultation_offers_are_an_accessible_table(staff_client, home):
    index = factories.ResourceIndexPageFactory(parent=home, slug="tools")
    offer = factories.ConsultationOfferFactory(title="Clinical consultation")
    resource = factories.ResourcePageFactory(
        parent=index,
        body=[
            {
                "type": "consultations",
                "value": {"caption": "Consultations you can book", "offers": [offer.pk]},
            }
        ],
    )

    page = text_of(staff_client.get(resource.get_url()))

    assert '<caption class="govuk-table__caption govuk-table__caption--m">' in page
    assert '<th scope="col" class="govuk-table__header">How to book</th>' in page
    assert '<th scope="row" class="govuk-table__header">Clinical consultation</th>' in page
    assert offer.contact.email in page


def test_participation_groups_show_who_ages_when_and_contact(staff_client, home):
    index = factories.ResourceIndexPageFactory(parent=home, slug="tools")
    group = factories.ParticipationGroupFactory(name="CLICC", age_min=11, age_max=18)
    resource = factories.ResourcePageFactory(
        parent=index,
        body=[{"type": "participation_groups", "value": {"heading": "", "groups": [group.pk]}}],
    )

    page = text_of(staff_client.get(resource.get_url()))

    assert "CLICC" in page and "11 to 18" in page and "Monthly, after school" in page
    assert group.contact.email in page


def test_intervention_index_filters_by_age_area_delivery_and_standard_without_javascript(
    staff_client, intervention_index, standards
):
    early_help = ServiceArea.all_councils.get(council=council(), code="early-help")
    youth_justice = ServiceArea.all_councils.get(council=council(), code="youth-justice")
    online = DeliveryMode.all_councils.get(council=council(), code="online")
    group = DeliveryMode.all_councils.get(council=council(), code="group")
    factories.InterventionPageFactory(
        parent=intervention_index,
        title="Baby Feeding",
        slug="baby-feeding",
        age_min=0,
        age_max=2,
        service_areas=[early_help],
        delivery_modes=[online],
        standards=[standards["connect"]],
    )
    factories.InterventionPageFactory(
        parent=intervention_index,
        title="Your Choice",
        slug="your-choice",
        age_min=11,
        age_max=17,
        service_areas=[youth_justice],
        delivery_modes=[group],
        standards=[standards["be-curious"]],
    )
    factories.InterventionPageFactory(
        parent=intervention_index, title="Family Hubs", slug="family-hubs"
    )
    url = intervention_index.get_url()

    def titles(**params):
        page = text_of(staff_client.get(url, params))
        return {
            title
            for title in ("Baby Feeding", "Your Choice", "Family Hubs")
            if f'/interventions/{title.lower().replace(" ", "-")}/"' in page
        }

    page = text_of(staff_client.get(url))
    assert '<form method="get"' in page
    for name in ("age", "service_area", "delivery", "standard"):
        assert f'name="{name}"' in page
    assert titles() == {"Baby Feeding", "Your Choice", "Family Hubs"}
    assert titles(age="1") == {"Baby Feeding", "Family Hubs"}
    assert titles(age="15", service_area="youth-justice") == {"Your Choice"}
    assert titles(delivery="online") == {"Baby Feeding"}
    assert titles(standard="be-curious") == {"Your Choice"}
    assert titles(age="-3") == set()
    assert "govuk-error-message" in text_of(staff_client.get(url, {"age": "-3"}))


def test_directory_searches_and_filters_by_category_age_and_language(staff_client, directory):
    food = factories.CategoryFactory(code="food", name="Food")
    youth = factories.CategoryFactory(code="youth", name="Youth")
    somali = factories.LanguageFactory(code="so", name="Somali")
    factories.OrganisationFactory(
        name="Limehouse Food Bank",
        description="Emergency food parcels.",
        categories=[food],
        languages=[somali],
    )
    factories.OrganisationFactory(
        name="Youth Boxing Club",
        description="Sport after school.",
        minimum_age=8,
        maximum_age=18,
        categories=[youth],
    )
    factories.OrganisationFactory(name="Closed for good", status=Organisation.Status.DEFUNCT)
    factories.OrganisationFactory(name="Not yet approved", live=False)
    url = directory.get_url()

    def names(**params):
        page = text_of(staff_client.get(url, params))
        return {
            name
            for name in (
                "Limehouse Food Bank",
                "Youth Boxing Club",
                "Closed for good",
                "Not yet approved",
            )
            if name in page
        }

    assert names() == {"Limehouse Food Bank", "Youth Boxing Club"}
    assert names(q="food parcels") == {"Limehouse Food Bank"}
    assert names(category="youth") == {"Youth Boxing Club"}
    assert names(age="5") == {"Limehouse Food Bank"}
    assert names(language="so") == {"Limehouse Food Bank"}
    page = text_of(staff_client.get(url))
    for name in ("q", "category", "age", "language"):
        assert f'name="{name}"' in page


def test_directory_pages_through_many_organisations(staff_client, directory):
    for number in range(30):
        factories.OrganisationFactory(name=f"Organisation {number:02d}")
    first = text_of(staff_client.get(directory.get_url()))
    second = text_of(staff_client.get(directory.get_url(), {"page": "2"}))
    assert "30 organisations" in first
    assert "Organisation 00" in first and "Organisation 29" not in first
    assert "Organisation 29" in second


def test_organisation_maps_to_an_hsds_organization_with_one_service():
    food = factories.CategoryFactory(code="food", name="Food")
    organisation = factories.OrganisationFactory(
        name="Limehouse Food Bank",
        postcode="E14 2BG",
        address="1 Example Street",
        minimum_age=0,
        maximum_age=25,
        categories=[food],
        languages=[factories.LanguageFactory()],
    )
    hsds = organisation.as_hsds()
    assert hsds["name"] == "Limehouse Food Bank"
    assert hsds["locations"][0]["addresses"][0]["postal_code"] == "E14 2BG"
    service = hsds["services"][0]
    assert service["status"] == "active"
    assert (service["minimum_age"], service["maximum_age"]) == (0, 25)
    assert service["languages"] == [{"name": "Somali", "code": "so"}]
    assert service["attributes"][0]["taxonomy_term"]["code"] == "food"


def test_organisation_preview_shows_the_directory_entry(rf, demo_users):
    organisation = factories.OrganisationFactory(name="Preview Project")
    request = rf.get("/admin/")
    request.user = demo_users["academy"]
    response = organisation.make_preview_request(request)
    assert response.status_code == 200
    assert "Preview Project" in response.content.decode()


def test_staff_navigation_lists_the_sections_editors_show_in_menus(staff_client, home):
    factories.InterventionIndexPageFactory(parent=home, show_in_menus=True)
    factories.ResourceIndexPageFactory(parent=home, slug="hidden", show_in_menus=False)
    page = text_of(staff_client.get("/en/"))
    nav = page[page.index('id="navigation"') : page.index("</nav>")]
    assert 'href="/en/interventions/">Interventions</a>' in nav
    assert "/en/hidden/" not in nav


def navigation_of(client):
    page = text_of(client.get("/en/"))
    return page[page.index('id="navigation"') : page.index("</nav>")]


def test_the_staff_menu_follows_publishing_and_privacy_at_once(staff_client, home):
    interventions = factories.InterventionIndexPageFactory(parent=home, show_in_menus=True)
    assert "Interventions</a>" in navigation_of(staff_client)  # now remembered

    resources = factories.ResourceIndexPageFactory(parent=home, slug="tools", show_in_menus=True)
    assert 'href="/en/tools/">Tools and resources</a>' in navigation_of(staff_client)

    interventions.unpublish()
    assert "Interventions</a>" not in navigation_of(staff_client)

    PageViewRestriction.objects.create(page=resources, restriction_type="password", password="x")
    assert "/en/tools/" not in navigation_of(staff_client)

    resources.view_restrictions.all().delete()
    resources.title = "Tools"
    resources.save_revision().publish()
    assert 'href="/en/tools/">Tools</a>' in navigation_of(staff_client)


def test_publishing_a_page_below_a_section_keeps_the_staff_menu_but_a_moved_section_shows(
    staff_client, home
):
    from django.core.cache import cache

    from resources import navigation

    interventions = factories.InterventionIndexPageFactory(parent=home, show_in_menus=True)
    deeper = factories.InterventionPageFactory(parent=interventions)
    assert "Interventions</a>" in navigation_of(staff_client)
    key = navigation._key(home.get_site().pk)
    assert cache.get(key) is not None
    deeper.title = "A deeper title"
    deeper.save_revision().publish()
    assert cache.get(key) is not None
    other = factories.ResourceIndexPageFactory(parent=home, slug="tools", show_in_menus=False)
    interventions.move(other, pos="last-child")
    assert "Interventions</a>" not in navigation_of(staff_client)


def test_staff_see_edit_the_site_as_soon_as_they_join_the_editors(staff_client, demo_users, home):
    staff = demo_users["staff"]
    assert "Edit the site" not in navigation_of(staff_client)
    editors = demo_users["editor"].groups.get(permissions__codename="access_admin")
    staff.groups.add(editors)
    assert "Edit the site" in navigation_of(staff_client)
    staff.groups.remove(editors)
    assert "Edit the site" not in navigation_of(staff_client)
    # The same, done from the group's side.
    editors.user_set.add(staff)
    assert "Edit the site" in navigation_of(staff_client)
    editors.user_set.clear()
    assert "Edit the site" not in navigation_of(staff_client)
