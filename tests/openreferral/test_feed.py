"""Each council's Open Referral UK feed, read as another service's client would."""

from urllib.parse import urlencode

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from openapi_spec_validator import validate

from openreferral.feed import council_id
from resources.models import InterventionPage, Organisation
from tests import factories

NEWHAM = "newham.localhost"
LISTS = {
    "services": "service.json",
    "organizations": "organization.json",
    "taxonomies": "taxonomy.json",
    "taxonomy_terms": "taxonomy_term.json",
    "service_at_locations": "service_at_location.json",
}


def get(client, url, host="localhost"):
    response = client.get(url, HTTP_HOST=host)
    assert response["Access-Control-Allow-Origin"] == "*"
    assert response["Content-Type"] == "application/json"
    return response


@pytest.mark.django_db
def test_tower_hamlets_feed_has_the_family_group_conference_with_eligibility_and_ages(client, demo):
    services = get(client, "/openreferral/services?search=Family+Group+Conference").json()
    fgc = next(s for s in services["contents"] if s["name"] == "Family Group Conference (FGC)")
    assert fgc["minimum_age"] == 0
    assert fgc["maximum_age"] == 17
    assert "must agree to take part" in fgc["eligibility_description"]
    assert fgc["organization_id"] == council_id(demo_council("tower-hamlets"))
    assert fgc["contacts"][0]["email"] == "family-group-conference@example.org"
    assert {"Group", "In person"} <= {a["taxonomy_term"]["term"] for a in fgc["attributes"]}


def demo_council(slug):
    return factories.council(slug)


@pytest.mark.django_db
def test_newham_feed_has_none_of_tower_hamlets_records(client, demo):
    tower_hamlets = set()
    for endpoint in LISTS:
        body = get(client, f"/openreferral/{endpoint}?per_page=100").json()
        tower_hamlets |= {item["id"] for item in body["contents"]}
    for endpoint in LISTS:
        body = get(client, f"/openreferral/{endpoint}?per_page=100", NEWHAM).json()
        assert not tower_hamlets & {item["id"] for item in body["contents"]}
    some_th_service = next(
        iter(
            InterventionPage.objects.live().filter(
                path__startswith=factories.council("tower-hamlets").root_page.path,
                public_url__gt="",
            )
        )
    )
    response = get(client, f"/openreferral/services/{some_th_service.translation_key}", NEWHAM)
    assert response.status_code == 404
    assert response.json()["status"] == 404


@pytest.mark.django_db
def test_root_names_the_profile_the_openapi_description_and_the_publisher(client, demo):
    body = get(client, "/openreferral/").json()
    assert body["version"] == "HSDS-UK-3.0"
    assert body["openapi_url"] == "http://localhost/openreferral/openapi.json"
    assert body["publisher"]["name"] == "Tower Hamlets"


@pytest.mark.django_db
def test_openapi_description_is_valid_openapi_3(client, sites):
    validate(get(client, "/openreferral/openapi.json").json())


@pytest.mark.parametrize(
    "query",
    [
        "page=-1",
        "page=abc",
        "per_page=0",
        "modified_after=yesterday",
        "minimum_age=abc",
        "maximum_age=-3",
        "taxonomy_term_id=not-a-uuid",
        "search=%27%3B+DROP+TABLE+resources_organisation%3B+--",
        "search=%3Cscript%3Ealert(1)%3C%2Fscript%3E",
        "day=someday",
        "start_time=25:99",
        "full=maybe",
    ],
)
@pytest.mark.django_db
def test_bad_values_get_a_400_with_a_json_error_naming_the_parameter(client, sites, query):
    response = get(client, f"/openreferral/services?{query}")
    assert response.status_code == 400
    body = response.json()
    assert body["status"] == 400
    assert set(body["fields"]) <= {query.split("=")[0], query.split("&")[-1].split("=")[0]}


@pytest.mark.django_db
def test_unknown_parameters_are_ignored(client, sites):
    assert get(client, "/openreferral/services?colour=blue").status_code == 200


@pytest.mark.parametrize(
    "url",
    [
        "/openreferral/services/8f0f4c52-5d0e-4a55-9a43-3f7d0b4c1e10",
        "/openreferral/organizations/not-a-uuid",
        "/openreferral/nothing-here",
    ],
)
@pytest.mark.django_db
def test_unknown_ids_and_paths_get_a_json_404(client, sites, url):
    response = get(client, url)
    assert response.status_code == 404
    assert response.json()["status"] == 404


def publish_org(**fields):
    organisation = factories.OrganisationFactory(
        website="https://example.org/",
        town="London",
        address="1 High Street",
        postcode="E1 1AA",
        **fields,
    )
    organisation.save_revision().publish()
    return Organisation.all_councils.get(pk=organisation.pk)


@pytest.mark.django_db
def test_only_public_records_appear(client, sites):
    shown = publish_org(name="Open Door")
    staff_only = publish_org(name="Staff Door", staff_only=True)
    defunct = publish_org(name="Old Door", status=Organisation.Status.DEFUNCT)
    draft = factories.OrganisationFactory(name="Draft Door", live=False)
    names = {s["name"] for s in get(client, "/openreferral/services").json()["contents"]}
    assert shown.name in names
    assert not names & {staff_only.name, defunct.name, draft.name}


@pytest.mark.django_db
def test_a_private_or_unpublished_intervention_never_appears(client, sites):
    from wagtail.models import PageViewRestriction

    home = sites["better-together"]
    index = factories.InterventionIndexPageFactory(parent=home)
    public = factories.InterventionPageFactory(
        parent=index, title="Open", public_url="https://example.org/a"
    )
    private = factories.InterventionPageFactory(
        parent=index, title="Private", public_url="https://example.org/b"
    )
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    draft = factories.InterventionPageFactory(
        parent=index, title="Draft", public_url="https://example.org/c", live=False
    )
    no_url = factories.InterventionPageFactory(parent=index, title="No page")
    names = {s["name"] for s in get(client, "/openreferral/services").json()["contents"]}
    assert public.title in names
    assert not names & {private.title, draft.title, no_url.title}


@pytest.mark.django_db
@pytest.mark.parametrize(
    "moment",
    ["0054-03-19T05:30:07+20:08", "0001-01-01T00:00:00+23:59", "9999-12-31T23:59:59-23:59"],
)
def test_a_date_at_the_edge_of_the_calendar_is_answered_not_an_error(client, sites, moment):
    publish_org(name="Edge Door")
    response = get(client, f"/openreferral/services?{urlencode({'modified_after': moment})}")
    assert response.status_code == 200
    names = {s["name"] for s in response.json()["contents"]}
    assert ("Edge Door" in names) is moment.startswith("0")


@pytest.mark.django_db
def test_query_count_does_not_grow_with_the_page_size(client, sites):
    for number in range(60):
        publish_org(name=f"Door {number:02}")
    counts = []
    for per_page in (5, 50):
        with CaptureQueriesContext(connection) as queries:
            assert (
                get(
                    client, f"/openreferral/services?per_page={per_page}&page=1&search=Door"
                ).status_code
                == 200
            )
        counts.append(len(queries))
    assert counts[0] == counts[1]


@pytest.mark.django_db
def test_a_cached_answer_is_dropped_when_a_record_is_published(client, sites):
    get(client, "/openreferral/services")
    with CaptureQueriesContext(connection) as queries:
        get(client, "/openreferral/services")
    assert len(queries) < 10  # the cached answer: no feed queries
    publish_org(name="New Door")
    names = {s["name"] for s in get(client, "/openreferral/services").json()["contents"]}
    assert "New Door" in names
