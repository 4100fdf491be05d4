"""On a phone, staff see the first search result on the first screen, in every council."""

import pytest
from django.utils.text import slugify
from wagtail.models import Page

from tests.browser.conftest import sign_in
from tests.search.test_everyday_words import COUNCIL_SITES

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

SCREEN = {"width": 375, "height": 667}


def on(live_server, host, path):
    port = live_server.url.rsplit(":", 1)[1]
    return f"http://{host}:{port}{path}"


@pytest.mark.parametrize("council_slug", list(COUNCIL_SITES))
def test_on_a_phone_the_first_result_is_on_the_first_screen_and_reads_as_written(
    browser, live_server, sites, demo_users, council_slug
):
    from councils.tenancy import council_scope
    from tests.factories import council

    site, host, username = COUNCIL_SITES[council_slug]
    owner = council(council_slug)
    name = owner.name
    with council_scope(owner):
        for title in (f"{name}'s family support & advice", "Family Group Conference"):
            page = Page(title=title, slug=slugify(title), search_description="Families & children.")
            sites[site].add_child(instance=page)
            page.save_revision().publish()

    context = browser.new_context(viewport=SCREEN, is_mobile=True, has_touch=True)
    phone = context.new_page()
    phone.set_default_timeout(10_000)
    try:
        sign_in(phone, username, start=on(live_server, host, "/login/"))
        phone.goto(on(live_server, host, "/en/search/?q=family+support"))
        first = phone.locator("[data-search-result]").first
        box = first.bounding_box()
        assert box is not None and 0 <= box["y"] < SCREEN["height"], box
        assert not phone.locator("details[data-search-filters]").first.evaluate("d => d.open")
        text = phone.locator("main").inner_text()
        assert f"{name}'s family support & advice" in text
        assert "&#x27;" not in text and "&amp;" not in text and "&#" not in text
    finally:
        context.close()
