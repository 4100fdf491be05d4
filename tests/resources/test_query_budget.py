"""Every page type renders in a fixed number of queries, however many items it lists.

Each test renders a page with a few items, adds many more, and checks the
count did not move; the page with many items must also stay under a ceiling.
"""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail_factories import DocumentFactory

from resources.models import DeliveryMode, ServiceArea
from tests import factories


def council_document():
    return DocumentFactory(collection=factories.council().collection)


pytestmark = pytest.mark.django_db

MANY = 25
CEILING = 40


def queries_for(client, url, **params):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, params, HTTP_HOST="localhost")
    assert response.status_code == 200
    return len(queries)


def assert_flat(client, url, add_items, django_assert_max_num_queries, **params):
    client.get(url, params)  # warm per-process caches (site root paths, content types)
    few = queries_for(client, url, **params)
    add_items()
    with django_assert_max_num_queries(CEILING):
        response = client.get(url, params)
    assert response.status_code == 200
    many = queries_for(client, url, **params)
    assert many == few, f"{url}: {few} queries with a few items, {many} with many"
    return response


def item(text, **link):
    return {"type": "item", "value": {"text": text, **link}}


def test_home_page_queries_do_not_grow_with_standards_and_links(
    staff_client, home, standards, django_assert_max_num_queries
):
    framework = standards["connect"].get_parent()
    home.quick_links = [{"type": "link", "value": {"page": framework.pk, "label": ""}}]
    home.save_revision().publish()

    def add():
        pages = [
            factories.PracticeStandardPageFactory(parent=framework, title=f"Standard {n}")
            for n in range(MANY)
        ]
        home.quick_links = [
            {"type": "link", "value": {"page": page.pk, "label": ""}} for page in pages
        ]
        home.save_revision().publish()

    assert_flat(staff_client, "/en/", add, django_assert_max_num_queries)


def test_framework_page_queries_do_not_grow_with_standards_and_behaviours(
    staff_client, standards, django_assert_max_num_queries
):
    framework = standards["connect"].get_parent().specific

    def add():
        for n in range(MANY):
            factories.PracticeStandardPageFactory(parent=framework, title=f"Standard {n}")
        framework.shared_behaviours = [
            {"type": "behaviour", "value": {"title": f"B{n}", "description": "d"}}
            for n in range(MANY)
        ]
        framework.save_revision().publish()

    assert_flat(staff_client, framework.get_url(), add, django_assert_max_num_queries)


def test_standard_page_queries_do_not_grow_with_linked_items(
    staff_client, home, standards, django_assert_max_num_queries
):
    standard = standards["connect"]
    index = factories.ResourceIndexPageFactory(parent=home, slug="tools")
    documents = [council_document() for _ in range(3)]
    resource = factories.ResourcePageFactory(parent=index)
    standard.tools = [item("", page=resource.pk), item("", document=documents[0].pk)]
    standard.save_revision().publish()

    def add():
        resources = [factories.ResourcePageFactory(parent=index) for _ in range(MANY)]
        standard.we_will = [item(f"We will {n}") for n in range(MANY)]
        standard.tools = [item("", page=page.pk) for page in resources] + [
            item("", document=document.pk) for document in documents
        ]
        standard.resources = [item("Guide", url="https://example.org/") for _ in range(MANY)]
        standard.save_revision().publish()
        intervention_index = factories.InterventionIndexPageFactory(parent=home)
        for _ in range(MANY):
            factories.InterventionPageFactory(parent=intervention_index, standards=[standard])

    assert_flat(staff_client, standard.get_url(), add, django_assert_max_num_queries)


def test_resource_pages_queries_do_not_grow_with_resources_downloads_and_contacts(
    staff_client, home, standards, django_assert_max_num_queries
):
    index = factories.ResourceIndexPageFactory(parent=home, slug="tools")
    resource = factories.ResourcePageFactory(parent=index, standards=[standards["connect"]])
    contact = factories.ContactFactory()
    offers = [factories.ConsultationOfferFactory()]
    groups = [factories.ParticipationGroupFactory()]

    def body(count):
        return [
            {"type": "contact", "value": {"contact": contact.pk, "note": ""}},
            {"type": "consultations", "value": {"caption": "c", "offers": [o.pk for o in offers]}},
            {
                "type": "participation_groups",
                "value": {"heading": "", "groups": [g.pk for g in groups]},
            },
        ] * count

    resource.body = body(1)
    resource.downloads = [
        {
            "type": "download",
            "value": {"document": council_document().pk},
        }
    ]
    resource.save_revision().publish()

    def add():
        for _ in range(MANY):
            factories.ResourcePageFactory(parent=index)
        offers.extend(factories.ConsultationOfferFactory() for _ in range(MANY))
        groups.extend(factories.ParticipationGroupFactory() for _ in range(MANY))
        resource.body = body(1)
        resource.downloads = [
            {
                "type": "download",
                "value": {"document": council_document().pk},
            }
            for _ in range(5)
        ]
        resource.standards = list(standards.values())
        resource.save_revision().publish()

    assert_flat(staff_client, resource.get_url(), add, django_assert_max_num_queries)
    assert_flat(staff_client, index.get_url(), lambda: None, django_assert_max_num_queries)


def test_intervention_index_queries_do_not_grow_with_interventions(
    staff_client, intervention_index, standards, django_assert_max_num_queries
):
    areas = list(ServiceArea.all_councils.for_council(factories.council()))
    modes = list(DeliveryMode.all_councils.for_council(factories.council()))

    def make():
        factories.InterventionPageFactory(
            parent=intervention_index,
            service_areas=areas,
            delivery_modes=modes,
            standards=[standards["connect"]],
            age_min=0,
            age_max=18,
        )

    make()

    def add():
        for _ in range(MANY):
            make()

    assert_flat(staff_client, intervention_index.get_url(), add, django_assert_max_num_queries)
    assert_flat(
        staff_client,
        intervention_index.get_url(),
        add,
        django_assert_max_num_queries,
        age="9",
        service_area="early-help",
        delivery="online",
        standard="connect",
    )


def test_intervention_page_queries_do_not_grow_with_contacts_and_standards(
    staff_client, intervention_index, standards, django_assert_max_num_queries
):
    from resources.models import InterventionContact

    page = factories.InterventionPageFactory(
        parent=intervention_index,
        service_areas=list(ServiceArea.all_councils.for_council(factories.council())[:1]),
        standards=[standards["connect"]],
        intervention_contacts=[InterventionContact(contact=factories.ContactFactory())],
    )

    def add():
        framework = standards["connect"].get_parent()
        more = [factories.PracticeStandardPageFactory(parent=framework) for _ in range(MANY)]
        page.intervention_contacts = [
            InterventionContact(contact=factories.ContactFactory()) for _ in range(MANY)
        ]
        page.service_areas = list(ServiceArea.all_councils.for_council(factories.council()))
        page.delivery_modes = list(DeliveryMode.all_councils.for_council(factories.council()))
        page.standards = more
        page.save_revision().publish()

    assert_flat(staff_client, page.get_url(), add, django_assert_max_num_queries)


def test_directory_queries_do_not_grow_with_organisations(
    staff_client, directory, django_assert_max_num_queries
):
    categories = [factories.CategoryFactory() for _ in range(3)]
    somali = factories.LanguageFactory()

    def make():
        factories.OrganisationFactory(categories=categories, languages=[somali])

    make()

    def add():
        for _ in range(MANY):
            make()

    assert_flat(staff_client, directory.get_url(), add, django_assert_max_num_queries)
    assert_flat(
        staff_client,
        directory.get_url(),
        add,
        django_assert_max_num_queries,
        q="organisation",
        category=categories[0].code,
        language="so",
        age="7",
    )
