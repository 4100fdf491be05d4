"""A reader syncing with ``modified_after`` learns of real removals, once, and nothing else."""

import pytest

from openreferral.models import FeedRemoval
from resources.models import Organisation
from tests import factories
from tests.openreferral.conftest import errors

SINCE = "/openreferral/services?modified_after=2000-01-01T00:00:00Z&per_page=100"


def synced(client):
    return client.get(SINCE, HTTP_HOST="localhost").json()["contents"]


def publish_org(**fields):
    organisation = factories.OrganisationFactory(website="https://example.org/", **fields)
    organisation.save_revision().publish()
    return Organisation.all_councils.get(pk=organisation.pk)


@pytest.mark.django_db
def test_a_service_unpublished_twice_is_withdrawn_once_and_valid(client, sites):
    organisation = publish_org(name="Leaving Door")
    organisation.unpublish()
    organisation.save_revision().publish()
    Organisation.all_councils.get(pk=organisation.pk).unpublish()
    withdrawn = [item for item in synced(client) if item["status"] == "defunct"]
    assert len(withdrawn) == 1
    assert withdrawn[0]["name"] != "Leaving Door"
    assert errors("service.json", withdrawn[0]) == []


@pytest.mark.django_db
def test_a_service_made_staff_only_is_withdrawn(client, sites):
    organisation = publish_org(name="Quiet Door")
    organisation.staff_only = True
    organisation.save_revision().publish()
    assert [item["status"] for item in synced(client)] == ["defunct"]


@pytest.mark.django_db
def test_records_that_were_never_in_the_feed_leave_no_withdrawal(client, sites):
    no_website = factories.OrganisationFactory(name="No Website")
    no_website.save_revision().publish()
    Organisation.all_councils.get(pk=no_website.pk).unpublish()
    index = factories.InterventionIndexPageFactory(parent=sites["better-together"])
    no_page = factories.InterventionPageFactory(parent=index, title="No public page")
    no_page.save_revision().publish()
    no_page.unpublish()
    no_page.delete()
    assert synced(client) == []
    assert not FeedRemoval.all_councils.filter(kind=FeedRemoval.Kind.SERVICE).exists()


@pytest.mark.django_db
def test_a_deleted_intervention_that_was_public_is_withdrawn(client, sites):
    index = factories.InterventionIndexPageFactory(parent=sites["better-together"])
    page = factories.InterventionPageFactory(
        parent=index, title="Public", public_url="https://example.org/public"
    )
    page.save_revision().publish()
    assert [item["name"] for item in synced(client)] == ["Public"]
    page.delete()
    assert [item["status"] for item in synced(client)] == ["defunct"]
