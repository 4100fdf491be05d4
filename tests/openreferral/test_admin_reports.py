"""The Learning Academy sees what the feed publishes, what it leaves out, and why."""

import pytest

from tests import factories


@pytest.fixture
def interventions(sites):
    index = factories.InterventionIndexPageFactory(parent=sites["better-together"])
    return {
        "listed": factories.InterventionPageFactory(
            parent=index, title="Listed service", public_url="https://example.org/listed"
        ),
        "no page": factories.InterventionPageFactory(parent=index, title="Service with no page"),
        "staff only": factories.InterventionPageFactory(
            parent=index,
            title="Staff only service",
            public_url="https://example.org/staff",
            staff_only=True,
        ),
    }


@pytest.mark.django_db
def test_academy_sees_each_record_in_the_feed_or_left_out_with_the_reason(
    client, demo_users, interventions
):
    client.force_login(demo_users["academy"])
    response = client.get("/admin/reports/open-referral/")
    assert response.status_code == 200
    text = response.content.decode()
    assert "Listed service" in text
    assert "In the feed" in text
    assert "missing public web page" in text
    assert "marked staff only" in text


@pytest.mark.django_db
def test_missing_fields_report_lists_only_records_that_lack_a_required_field(
    client, demo_users, interventions
):
    client.force_login(demo_users["academy"])
    text = client.get("/admin/reports/open-referral/missing/").content.decode()
    assert "Service with no page" in text
    assert "Listed service" not in text
    assert "Staff only service" not in text


@pytest.mark.django_db
def test_staff_cannot_open_the_feed_reports(client, demo_users, interventions):
    client.force_login(demo_users["staff"])
    assert client.get("/admin/reports/open-referral/").status_code in (302, 403)


@pytest.mark.django_db
def test_academy_sees_what_a_directory_would_miss_about_each_service(client, demo_users, sites):
    import datetime

    from django.utils import timezone

    from resources.models import (
        OrganisationAreaServed,
        OrganisationCostOption,
        OrganisationSchedule,
    )

    bare = factories.OrganisationFactory(name="Bare Door", email="", phone="07700 900000")
    complete = factories.OrganisationFactory(
        name="Complete Door", last_verified_on=timezone.localdate() - datetime.timedelta(days=10)
    )
    complete.cost_options = [OrganisationCostOption(option="Free", amount=0)]
    complete.schedules = [OrganisationSchedule(days="MO")]
    complete.areas_served = [OrganisationAreaServed(name="Tower Hamlets")]
    complete.save()
    bare.email, bare.phone = "", ""
    bare.save()
    client.force_login(demo_users["academy"])
    response = client.get("/admin/reports/open-referral/?export=csv")
    rows = {
        line.split(",")[0]: line
        for line in b"".join(response.streaming_content).decode().splitlines()
    }
    for gap in (
        "no contact",
        "no location or area served",
        "no cost option",
        "no opening times",
        "not checked in the last 12 months",
    ):
        assert gap in rows["Bare Door"]
        assert gap not in rows["Complete Door"]
