"""An editor writes an intervention, the Learning Academy approves it, staff find it.

The staff step uses the intervention index's plain GET form. Its field names
are stable and the Chromium browser test relies on them:
``age``, ``service_area``, ``delivery`` and ``standard``.
"""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Page, WorkflowState
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from resources.models import DeliveryMode, InterventionPage, ServiceArea
from tests import factories
from tests.factories import council

pytestmark = pytest.mark.django_db


def intervention_form(contact, standard, owner, **overrides):
    """Every field of the intervention page form, as the admin posts it."""
    data = {
        "title": "Family Network Meetings",
        "slug": "family-network-meetings",
        "summary": "Meetings that bring a child's wider family together to make a plan.",
        "who_for": "Families where a child may not be able to stay at home.",
        "age_min": "0",
        "age_max": "17",
        "eligibility": "Open to Early Help or Children's Social Care.",
        "service_areas": [
            str(ServiceArea.all_councils.get(council=council(), code=code).pk)
            for code in ("early-help", "childrens-social-care")
        ],
        "delivery_modes": [
            str(DeliveryMode.all_councils.get(council=council(), code=code).pk)
            for code in ("in-person", "home-visits")
        ],
        "how_to_refer": rich_text("<p>Email the team with the family's consent.</p>"),
        "intervention_contacts": inline_formset([{"contact": str(contact.pk)}]),
        "standards": [str(standard.pk)],
        "body": streamfield(
            [
                (
                    "callout",
                    {
                        "heading": "Before you refer",
                        "text": rich_text("<p>Talk to the family first.</p>"),
                        "style": "information",
                    },
                ),
                ("contact", {"contact": str(contact.pk), "note": "Referrals"}),
                ("quote", {"quote": "We made the plan together.", "attribution": "A parent"}),
            ]
        ),
        "comments": inline_formset([]),
        "owner": str(owner.pk),
        "review_by": (timezone.localdate() + datetime.timedelta(days=180)).isoformat(),
        "go_live_at": "",
        "expire_at": "",
        "seo_title": "",
        "search_description": "",
    }
    data.update(overrides)
    # Multiple choices are posted as repeated keys, which nested_form_data would number.
    choices = {name: data.pop(name) for name in ("service_areas", "delivery_modes", "standards")}
    return {**nested_form_data(data), **factories.empty_service_details(), **choices}


def test_editor_submits_an_intervention_academy_approves_and_staff_find_it(
    client, demo_users, home, standards, intervention_index, workflow
):
    contact = factories.ContactFactory(name="Family Network Team")
    editor, academy, staff = demo_users["editor"], demo_users["academy"], demo_users["staff"]

    client.force_login(editor)
    add_url = reverse(
        "wagtailadmin_pages:add",
        args=["resources", "interventionpage", intervention_index.pk],
    )
    response = client.post(
        add_url,
        {**intervention_form(contact, standards["connect"], editor), "action-submit": "Submit"},
    )
    assert response.status_code == 302, response.context["form"].errors
    page = InterventionPage.objects.get(slug="family-network-meetings")
    assert not page.live
    state = WorkflowState.objects.get(base_content_type__model="page", object_id=str(page.pk))
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.requested_by == editor

    link = 'href="/en/interventions/family-network-meetings/"'
    client.force_login(staff)
    index_url = intervention_index.get_url()
    assert link not in client.get(index_url).content.decode()

    client.force_login(academy)
    task_state = state.current_task_state
    response = client.post(
        reverse(
            "wagtailadmin_pages:workflow_action",
            args=[page.pk, "approve", task_state.pk],
        ),
        {"comment": ""},
    )
    assert response.status_code in (200, 302)
    page.refresh_from_db()
    assert page.live

    client.force_login(staff)
    found = client.get(index_url, {"age": "9", "service_area": "early-help"})
    assert found.status_code == 200
    assert link in found.content.decode()
    too_old = client.get(index_url, {"age": "19", "service_area": "early-help"})
    assert link not in too_old.content.decode()
    elsewhere = client.get(index_url, {"age": "9", "service_area": "youth-justice"})
    assert link not in elsewhere.content.decode()

    detail = client.get(page.get_url()).content.decode()
    for text in (
        "Families where a child may not be able to stay at home.",
        "0 to 17",
        "Early Help",
        "Home visits",
        "Email the team with the family",
        "Family Network Team",
        "Connect",
        "Before you refer",
        "We made the plan together.",
    ):
        assert text in detail, text


def test_editor_cannot_publish_an_intervention_themselves(
    client, demo_users, standards, intervention_index, workflow
):
    contact = factories.ContactFactory()
    editor = demo_users["editor"]
    client.force_login(editor)
    add_url = reverse(
        "wagtailadmin_pages:add",
        args=["resources", "interventionpage", intervention_index.pk],
    )
    client.post(
        add_url,
        {**intervention_form(contact, standards["connect"], editor), "action-publish": "Publish"},
    )
    page = Page.objects.get(slug="family-network-meetings")
    assert not page.live


def test_editor_submits_an_organisation_and_academy_publishes_it(client, demo_users, workflow):
    editor, academy = demo_users["editor"], demo_users["academy"]
    client.force_login(editor)
    data = {
        "name": "Limehouse Food Bank",
        "description": "Emergency food parcels.",
        "website": "https://foodbank.example.org/",
        "email": "hello@foodbank.example.org",
        "phone": "020 7946 0123",
        "address": "1 Example Street, London",
        "postcode": "e14 2bg",
        "eligibility_description": "Anyone referred by a practitioner.",
        "minimum_age": "",
        "maximum_age": "",
        "status": "active",
        "owner": str(editor.pk),
        "review_by": (timezone.localdate() + datetime.timedelta(days=90)).isoformat(),
        "action-submit": "Submit",
        **factories.empty_service_details(),
    }
    response = client.post(reverse("wagtailsnippets_resources_organisation:add"), data)
    assert response.status_code == 302, response.context["form"].errors
    from resources.models import Organisation

    organisation = Organisation.all_councils.get(name="Limehouse Food Bank")
    assert not organisation.live
    assert organisation.postcode == "E14 2BG"
    state = organisation.current_workflow_state
    assert state is not None and state.status == WorkflowState.STATUS_IN_PROGRESS

    client.force_login(academy)
    response = client.post(
        reverse(
            "wagtailsnippets_resources_organisation:workflow_action",
            args=[organisation.pk, "approve", state.current_task_state.pk],
        ),
        {"comment": ""},
    )
    assert response.status_code in (200, 302)
    organisation.refresh_from_db()
    assert organisation.live


def test_a_new_intervention_is_created_once_by_the_editors_own_save(
    client, demo_users, home, standards, intervention_index
):
    """Autosave posted the create form beside the editor's click: the page was made while the
    banner said "could not be created", and trying again met "slug already in use"."""
    client.force_login(demo_users["editor"])
    add_url = reverse(
        "wagtailadmin_pages:add", args=["resources", "interventionpage", intervention_index.pk]
    )
    body = client.get(add_url).content.decode()
    # The form posts only when the editor clicks, never by itself in the background.
    assert "w-autosave#save" not in body
    assert "data-w-autosave-interval-value" not in body
    contact = factories.ContactFactory(name="Family Network Team")
    form = intervention_form(contact, standards["connect"], demo_users["editor"])
    response = client.post(add_url, form)
    assert response.status_code == 302
    assert InterventionPage.objects.filter(slug="family-network-meetings").count() == 1
