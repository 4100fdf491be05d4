"""Issue 3 end to end: an editor's intervention, approved by the Learning Academy,
found by staff in Chromium with the index's filters (no JavaScript needed)."""

from urllib.parse import urlsplit

import pytest
from django.test import Client
from django.urls import reverse
from playwright.sync_api import expect
from wagtail.models import WorkflowState

from resources.models import InterventionPage
from tests import factories
from tests.browser.conftest import sign_in
from tests.resources.test_editorial_workflow import intervention_form

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def test_staff_find_an_approved_intervention_by_age_and_service_area(
    page, demo_users, standards, intervention_index, workflow
):
    contact = factories.ContactFactory(name="Family Network Team")
    editor = Client()
    editor.force_login(demo_users["editor"])
    add_url = reverse(
        "wagtailadmin_pages:add", args=["resources", "interventionpage", intervention_index.pk]
    )
    form = intervention_form(contact, standards["connect"], demo_users["editor"])
    response = editor.post(add_url, {**form, "action-submit": "Submit"})
    assert response.status_code == 302
    intervention = InterventionPage.objects.get(slug="family-network-meetings")
    assert not intervention.live

    academy = Client()
    academy.force_login(demo_users["academy"])
    state = WorkflowState.objects.get(
        base_content_type__model="page", object_id=str(intervention.pk)
    )
    approve = reverse(
        "wagtailadmin_pages:workflow_action",
        args=[intervention.pk, "approve", state.current_task_state.pk],
    )
    assert academy.post(approve, {"comment": ""}).status_code in (200, 302)

    sign_in(page, "staff")
    page.goto(urlsplit(intervention_index.get_url()).path)
    page.get_by_label("Child's age").fill("9")
    page.get_by_label("Service area").select_option("early-help")
    page.get_by_role("button", name="Apply filters").click()
    page.wait_for_url(lambda url: "age=9" in url and "service_area=early-help" in url)
    expect(page.get_by_role("link", name="Family Network Meetings")).to_have_count(1)

    page.get_by_label("Child's age").fill("19")
    page.get_by_role("button", name="Apply filters").click()
    page.wait_for_url(lambda url: "age=19" in url)
    expect(page.get_by_role("link", name="Family Network Meetings")).to_have_count(0)

    page.get_by_label("Child's age").fill("9")
    page.get_by_label("Service area").select_option("early-help")
    page.get_by_role("button", name="Apply filters").click()
    page.wait_for_url(lambda url: "age=9" in url)
    page.get_by_role("link", name="Family Network Meetings").click()
    expect(page.locator("h1")).to_have_text("Family Network Meetings")
    expect(page.locator("#main-content")).to_contain_text("Family Network Team")
