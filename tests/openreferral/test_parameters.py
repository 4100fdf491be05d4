"""Every parameter the ORUK API description lists is honoured, or refused with a 400 naming it."""

import datetime
import json

import pytest

from openreferral.params import MAX_PER_PAGE
from resources.models import (
    Organisation,
    OrganisationAreaServed,
    OrganisationCostOption,
    OrganisationSchedule,
)
from tests import factories
from tests.openreferral.conftest import errors


def get(client, url, host="localhost"):
    return client.get(url, HTTP_HOST=host)


def publish(name, postcode, categories=(), council=None, **rows):
    organisation = factories.OrganisationFactory(
        council=council or factories.council(),
        name=name,
        website=f"https://example.org/{name.lower().replace(' ', '-')}",
        address="1 High Street",
        town="London",
        postcode=postcode,
        categories=list(categories),
    )
    for kind, model in (
        ("cost_options", OrganisationCostOption),
        ("schedules", OrganisationSchedule),
        ("areas_served", OrganisationAreaServed),
    ):
        getattr(organisation, kind).set([model(**row) for row in rows.get(kind, [])])
    organisation.save()
    organisation.save_revision().publish()
    return Organisation.all_councils.get(pk=organisation.pk)


@pytest.fixture
def directory(sites):
    food = factories.CategoryFactory(code="food", name="Food", description="Meals and parcels.")
    sport = factories.CategoryFactory(code="sport", name="Sport")
    near = publish(
        "Near Door",
        "E1 6AN",
        [food],
        cost_options=[{"option": "Free", "amount": 0}],
        schedules=[
            {
                "days": "MO,WE",
                "opens_at": datetime.time(9),
                "closes_at": datetime.time(17),
            }
        ],
        areas_served=[{"name": "Tower Hamlets", "postcode_districts": "E1 E2"}],
    )
    far = publish("Far Door", "TF1 1AA", [sport])
    return {"food": food, "sport": sport, "near": near, "far": far}


def names(response):
    assert response.status_code == 200, response.content
    return {item.get("name") or item["location"]["name"] for item in response.json()["contents"]}


@pytest.mark.django_db
def test_a_taxonomy_term_filters_services_locations_organisations_and_taxonomies(client, directory):
    term = directory["food"].uuid
    assert names(get(client, f"/openreferral/services?taxonomy_term_id={term}")) == {"Near Door"}
    assert names(get(client, f"/openreferral/service_at_locations?taxonomy_term_id={term}")) == {
        "Near Door"
    }
    assert names(get(client, f"/openreferral/organizations?taxonomy_term_id={term}")) == {
        "Near Door"
    }
    assert names(get(client, f"/openreferral/taxonomies?taxonomy_term_id={term}")) == {
        "Organisation categories"
    }


@pytest.mark.django_db
def test_a_taxonomy_id_filters_terms_and_taxonomies(client, directory):
    taxonomies = get(client, "/openreferral/taxonomies").json()["contents"]
    categories = next(t for t in taxonomies if t["name"] == "Organisation categories")
    terms = get(client, f"/openreferral/taxonomy_terms?taxonomy_id={categories['id']}").json()
    assert {t["name"] for t in terms["contents"]} == {"Food", "Sport"}
    assert names(get(client, f"/openreferral/taxonomies?taxonomy_id={categories['id']}")) == {
        "Organisation categories"
    }


@pytest.mark.django_db
def test_every_term_has_a_description_falling_back_to_its_name(client, directory):
    terms = get(client, "/openreferral/taxonomy_terms?per_page=100").json()["contents"]
    by_name = {t["name"]: t for t in terms}
    assert by_name["Food"]["description"] == "Meals and parcels."
    assert by_name["Sport"]["description"] == "Sport"
    assert all(errors("taxonomy_term.json", term) == [] for term in terms)


@pytest.mark.django_db
def test_a_vocabulary_with_no_terms_is_not_published(client, sites):
    taxonomies = get(client, "/openreferral/taxonomies").json()["contents"]
    assert "Organisation categories" not in {t["name"] for t in taxonomies}
    assert all(t["name"] for t in taxonomies)


@pytest.mark.django_db
def test_minimal_gives_each_service_its_id_and_modified_date_only(client, directory):
    contents = get(client, "/openreferral/services?minimal=true").json()["contents"]
    assert contents
    assert all(set(item) == {"id", "last_modified"} for item in contents)


@pytest.mark.django_db
def test_ndjson_streams_every_item_without_pages(client, directory):
    for number in range(3):
        publish(f"Extra Door {number}", "E2 7AA")
    response = get(client, "/openreferral/services?format=ndjson&per_page=2")
    assert response.streaming
    assert response["Content-Type"] == "application/x-ndjson"
    lines = b"".join(response.streaming_content).decode().splitlines()
    items = [json.loads(line) for line in lines]
    assert len(items) == 5
    assert {"Near Door", "Far Door"} <= {item["name"] for item in items}


@pytest.mark.django_db
def test_per_page_above_the_cap_is_capped_and_the_page_says_so(client, directory):
    body = get(client, f"/openreferral/services?per_page={MAX_PER_PAGE * 10}").json()
    assert body["size"] == MAX_PER_PAGE
    assert get(client, "/openreferral/services?per_page=0").status_code == 400


@pytest.mark.django_db
def test_postcode_finds_locations_in_or_covering_its_district(client, directory):
    assert names(get(client, "/openreferral/service_at_locations?postcode=e1+7qx")) == {"Near Door"}
    # Near Door says it covers E2 too, though it stands in E1.
    assert names(get(client, "/openreferral/service_at_locations?postcode=E2")) == {"Near Door"}
    assert names(get(client, "/openreferral/service_at_locations?postcode=TF1+1AA")) == {"Far Door"}


@pytest.mark.django_db
def test_services_open_on_a_day_and_at_a_time_are_found_by_their_opening_times(client, directory):
    assert names(get(client, "/openreferral/services?day=WE")) == {"Near Door"}
    assert names(get(client, "/openreferral/services?day=SU")) == set()
    assert names(get(client, "/openreferral/services?start_time=10:00&end_time=16:00")) == {
        "Near Door"
    }
    assert names(get(client, "/openreferral/services?end_time=18:00")) == set()


@pytest.mark.django_db
def test_top_only_keeps_every_term_and_parent_id_finds_none_in_flat_vocabularies(client, directory):
    every = get(client, "/openreferral/taxonomy_terms?per_page=100").json()["total_items"]
    top = get(client, "/openreferral/taxonomy_terms?per_page=100&top_only=true").json()
    assert top["total_items"] == every > 0
    child = get(client, f"/openreferral/taxonomy_terms?parent_id={directory['food'].uuid}")
    assert child.json()["total_items"] == 0


@pytest.mark.django_db
def test_full_service_nests_each_service_in_full_and_full_nests_the_service_at_a_location(
    client, directory
):
    near = directory["near"]
    plain = get(client, f"/openreferral/organizations/{near.uuid}").json()
    assert "organization" not in plain["services"][0]
    full = get(client, f"/openreferral/organizations/{near.uuid}?full_service=true").json()
    assert full["services"][0]["organization"]["id"] == str(near.uuid)
    assert full["services"][0]["cost_options"][0]["option"] == "Free"
    listed = get(client, "/openreferral/organizations?full_service=true").json()["contents"]
    assert all("services" in org for org in listed)
    assert all(
        "services" not in org
        for org in get(client, "/openreferral/organizations").json()["contents"]
    )
    located = get(client, "/openreferral/service_at_locations?full=true").json()["contents"]
    assert {item["service"]["name"] for item in located} == {"Near Door", "Far Door"}
    assert all(errors("service_at_location.json", item) == [] for item in located)


@pytest.mark.parametrize(
    ("url", "parameter"),
    [
        ("/openreferral/service_at_locations?postcode=E1&proximity=500", "proximity"),
        ("/openreferral/service_at_locations?proximity=500", "proximity"),
        ("/openreferral/service_at_locations?postcode=not+a+postcode", "postcode"),
        ("/openreferral/services?format=xml", "format"),
        ("/openreferral/services?postcode=E1", "postcode"),
        (
            "/openreferral/taxonomies?organization_id=8f0f4c52-5d0e-4a55-9a43-3f7d0b4c1e10",
            "organization_id",
        ),
        ("/openreferral/taxonomy_terms?minimal=true", "minimal"),
        ("/openreferral/organizations?top_only=true", "top_only"),
        (
            "/openreferral/organizations/8f0f4c52-5d0e-4a55-9a43-3f7d0b4c1e10?full_service=maybe",
            "full_service",
        ),
        ("/openreferral/taxonomy_terms?top_only=perhaps", "top_only"),
    ],
)
@pytest.mark.django_db
def test_a_parameter_the_list_cannot_honour_is_refused_naming_it(client, sites, url, parameter):
    response = get(client, url)
    assert response.status_code == 400
    body = response.json()
    assert body["status"] == 400
    assert list(body["fields"]) == [parameter]
    assert body["fields"][parameter][0]


@pytest.mark.django_db
def test_a_term_mapped_to_a_shared_vocabulary_is_published_beside_it_with_one_id_everywhere(
    client, sites
):
    from resources.models import SharedTerm

    shared = SharedTerm.objects.get(uri="http://id.esd.org.uk/need/69")
    newham = factories.council("newham")
    ours = factories.CategoryFactory(code="volunteering", name="Volunteering", shared_term=shared)
    theirs = factories.CategoryFactory(
        council=newham, code="helping-out", name="Helping out", shared_term=shared
    )
    publish("Helping Door", "E1 6AN", [ours])
    publish("Newham Door", "E6 1AA", [theirs], council=newham)
    ids = []
    for host, name in (("localhost", "Helping Door"), ("newham.localhost", "Newham Door")):
        terms = get(client, "/openreferral/taxonomy_terms?per_page=100", host).json()["contents"]
        shared_term = next(t for t in terms if t["term_uri"] == shared.uri)
        assert shared_term["name"] == "Social inclusion"
        ids.append(shared_term["id"])
        service = get(client, "/openreferral/services", host).json()["contents"][0]
        assert service["name"] == name
        assert {a["taxonomy_term_id"] for a in service["attributes"]} >= {shared_term["id"]}
        found = get(client, f"/openreferral/services?taxonomy_term_id={shared_term['id']}", host)
        assert names(found) == {name}
    assert ids[0] == ids[1]
