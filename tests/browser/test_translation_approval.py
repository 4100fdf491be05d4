"""An editor sends a page for translation and for approval; the council's Learning Academy
finds it in "Awaiting your review" (issue 22, item 9)."""

import pytest
from django.urls import reverse
from playwright.sync_api import expect

from tests import factories
from tests.browser.conftest import sign_in

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def test_an_editors_translation_reaches_the_academys_awaiting_your_review(
    browser, live_server, demo_users, home, workflow
):
    framework = factories.FrameworkPageFactory(
        parent=home, slug="the-framework", title="The Better Together framework"
    )
    editor = browser.new_context(base_url=live_server.url).new_page()
    sign_in(editor, "editor")
    editor.goto(reverse("wagtail_localize:submit_page_translation", args=[framework.pk]))
    editor.get_by_label("বাংলা").check()
    editor.get_by_label("Soomaali").check()
    editor.get_by_role("button", name="Submit").click()
    editor.wait_for_url(lambda url: "/localize/submit/" not in url)

    bengali = framework.get_translations().get(locale__language_code="bn")
    editor.goto(reverse("wagtailadmin_pages:edit", args=[bengali.pk]))
    main_action = editor.locator("footer button[value=publish]")
    expect(main_action).to_contain_text("Save and send for approval")
    main_action.click()
    expect(editor.locator(".messages")).to_contain_text("sent for approval")

    academy = browser.new_context(base_url=live_server.url).new_page()
    sign_in(academy, "academy")
    academy.goto("/admin/")
    awaiting = academy.locator("#awaiting-review-content, #awaiting-review").first
    expect(awaiting).to_be_visible()
    link = reverse("wagtailadmin_pages:edit", args=[bengali.pk])
    expect(academy.locator(f'a[href="{link}"]').first).to_be_visible()
