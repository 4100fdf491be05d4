"""Staff suggest, change or close a directory entry; the Learning Academy gets a diff to apply."""

import re

import pytest

from forms_app.models import OrganisationUpdate
from tests.factories import CategoryFactory, OrganisationFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def organisation():
    return OrganisationFactory(
        name="Stepney Parents Group",
        description="A weekly group for parents.",
        phone="020 7946 0001",
        postcode="E1 4DG",
        categories=[CategoryFactory(code="parenting", name="Parenting")],
    )


def test_staff_report_a_change_from_a_form_filled_in_with_the_listing(
    staff_client, organisation, demo_users
):
    url = f"/forms/organisations/{organisation.pk}/change/"
    content = staff_client.get(url).content.decode()
    assert 'value="Stepney Parents Group"' in content
    assert 'value="020 7946 0001"' in content
    assert 'value="parenting" checked' in content
    token = re.search(r'name="token" value="([^"]+)"', content).group(1)
    data = {
        "name": "Stepney Parents Group",
        "description": "A weekly group for parents, now on Thursdays.",
        "phone": "020 7946 0002",
        "postcode": "E1 4DG",
        "categories": ["parenting"],
        "note": "They told me at the group.",
        "token": token,
    }
    response = staff_client.post(url, data)
    assert response.status_code == 200
    assert "Sent to the Learning Academy" in response.content.decode()
    staff_client.post(url, data)  # a second click
    update = OrganisationUpdate.objects.get()
    assert update.kind == "change"
    assert update.organisation == organisation
    assert update.submitted_by == demo_users["staff"]
    assert update.original["phone"] == "020 7946 0001"
    assert update.proposed["phone"] == "020 7946 0002"
    assert set(update.changed_fields) == {"description", "phone", "email"}
    assert update.proposed["categories"] == ["parenting"]


def test_staff_suggest_a_new_organisation(staff_client, demo_users):
    response = staff_client.post(
        "/forms/organisations/new/",
        {"name": "Bow Food Bank", "description": "Food parcels on Fridays.", "token": "t1"},
    )
    assert response.status_code == 200
    update = OrganisationUpdate.objects.get()
    assert (update.kind, update.organisation, update.original) == ("new", None, {})
    assert update.proposed["name"] == "Bow Food Bank"


def test_a_website_typed_without_https_is_kept_as_https(staff_client):
    staff_client.post(
        "/forms/organisations/new/",
        {
            "name": "Bow Food Bank",
            "description": "Food parcels on Fridays.",
            "website": "bowfoodbank.org.uk",
            "token": "t3",
        },
    )
    assert OrganisationUpdate.objects.get().proposed["website"] == "https://bowfoodbank.org.uk"


def test_reporting_a_closure_needs_only_a_reason(staff_client, organisation):
    url = f"/forms/organisations/{organisation.pk}/closed/"
    response = staff_client.post(url, {"token": "t2"})
    assert "There is a problem" in response.content.decode()
    assert not OrganisationUpdate.objects.exists()
    staff_client.post(url, {"note": "The hall is now a nursery.", "token": "t2"})
    update = OrganisationUpdate.objects.get()
    assert (update.kind, update.proposed) == ("closed", {})
    assert update.original["name"] == "Stepney Parents Group"


def test_bad_details_are_refused_with_every_answer_kept(staff_client, organisation):
    url = f"/forms/organisations/{organisation.pk}/change/"
    response = staff_client.post(
        url,
        {
            "name": "x" * 201,
            "description": "Still weekly.",
            "website": "javascript:alert(1)",
            "postcode": "NOT A POSTCODE",
            "minimum_age": "12",
            "maximum_age": "5",
            "token": "t3",
        },
    )
    content = response.content.decode()
    assert response.status_code == 200
    assert not OrganisationUpdate.objects.exists()
    for anchor in ("id_name", "id_website", "id_postcode", "id_maximum_age"):
        assert f'href="#{anchor}"' in content
    assert "Still weekly.</textarea>" in content


def test_signed_out_visitors_are_sent_to_sign_in(client, organisation):
    for url in (
        "/forms/organisations/new/",
        f"/forms/organisations/{organisation.pk}/change/",
    ):
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"].startswith("/login/")


def test_an_unknown_kind_or_organisation_is_not_found(staff_client, organisation):
    response = staff_client.get(f"/forms/organisations/{organisation.pk}/merge/", follow=True)
    assert response.status_code == 404
    response = staff_client.get("/forms/organisations/999999/change/", follow=True)
    assert response.status_code == 404


def test_staff_errors_name_each_field_rather_than_repeating_this_field_is_required(
    staff_client,
):
    response = staff_client.post("/forms/organisations/new/", {"token": "t9"})
    content = response.content.decode()
    assert "This field is required." not in content
    assert content.count("Enter the organisation’s name") == 2  # the summary and the field
    assert content.count("Enter the organisation’s description") == 2


def test_a_closure_without_a_reason_says_what_to_write(staff_client, organisation):
    response = staff_client.post(f"/forms/organisations/{organisation.pk}/closed/", {"token": "x"})
    assert "Say how you know it has closed" in response.content.decode()
