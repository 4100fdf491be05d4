"""A translation goes through the council's own approval, where its Learning Academy sees it."""

import json
import re
from html import unescape

import pytest
from django.urls import reverse
from wagtail.models import WorkflowState

from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def workflow(sites, demo_users):
    """Tower Hamlets' pages go to its Learning Academy, as the demo loader sets it up."""
    from wagtail.models import WorkflowPage

    from resources.demo import ensure_workflow

    workflow = ensure_workflow()
    WorkflowPage.objects.get_or_create(
        page=sites["better-together"], defaults={"workflow": workflow}
    )
    return workflow


@pytest.fixture
def framework(sites, workflow):
    return factories.FrameworkPageFactory(
        parent=sites["better-together"],
        slug="better-together-framework",
        title="The Better Together framework",
    )


def send_for_translation(client, page, *languages):
    locales = {"bn": "2", "so": "3"}
    address = reverse("wagtail_localize:submit_page_translation", args=[page.pk])
    response = client.post(address, {"locales": [locales[code] for code in languages]})
    assert response.status_code == 302
    return {t.locale.language_code: t for t in page.get_translations().select_related("locale")}


def editor_props(client, page):
    body = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()
    found = re.search(r'class="js-translation-editor" data-props="([^"]*)"', body)
    return body, json.loads(unescape(found.group(1)))


def test_an_editors_translation_goes_to_the_councils_academy_awaiting_review(
    client, demo_users, framework, workflow, django_capture_on_commit_callbacks
):
    client.force_login(demo_users["editor"])
    bengali = send_for_translation(client, framework, "bn", "so")["bn"]
    assert not bengali.live
    assert not WorkflowState.objects.filter(object_id=str(bengali.pk)).exists()

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("wagtailadmin_pages:edit", args=[bengali.pk]), {"action": "publish"}
        )
    assert response.status_code == 302
    state = WorkflowState.objects.get(object_id=str(bengali.pk))
    assert state.workflow == workflow
    assert state.workflow.name != "Moderators approval"
    bengali.refresh_from_db()
    assert not bengali.live

    client.force_login(demo_users["academy"])
    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
    awaiting = dashboard[dashboard.index("Awaiting your review") :]
    assert reverse("wagtailadmin_pages:edit", args=[bengali.pk]) in awaiting

    client.force_login(demo_users["newham-academy"])
    other = client.get(reverse("wagtailadmin_home"), HTTP_HOST="newham.localhost")
    assert reverse("wagtailadmin_pages:edit", args=[bengali.pk]) not in other.content.decode()


def test_the_translation_editors_main_action_sends_an_editors_work_for_approval(
    client, demo_users, framework
):
    client.force_login(demo_users["editor"])
    bengali = send_for_translation(client, framework, "bn")["bn"]
    body, props = editor_props(client, bengali)
    # The footer's main action is its last: "Publish", turned into "send for approval".
    assert props["perms"]["canPublish"] is True
    assert 'data-send-for-approval="Save and send for approval in "' in body
    assert "js/send-for-approval.js" in body

    client.force_login(demo_users["academy"])
    body, props = editor_props(client, bengali)
    assert props["perms"]["canPublish"] is True
    assert "data-send-for-approval" not in body


def test_convert_to_alias_is_never_the_main_action_of_wagtails_page_editor(
    client, demo_users, framework
):
    from wagtail_localize.models import Translation

    client.force_login(demo_users["editor"])
    bengali = send_for_translation(client, framework, "bn")["bn"]
    # With synced translation stopped, Wagtail's own editor opens.
    Translation.objects.filter(target_locale=bengali.locale).update(enabled=False)
    body = client.get(reverse("wagtailadmin_pages:edit", args=[bengali.pk])).content.decode()
    footer = body[body.index('<footer class="footer') :]
    main = footer[: footer.index("dropdown")] if "dropdown" in footer else footer
    assert "Convert to alias page" not in main
    assert "Convert to alias page" in footer
