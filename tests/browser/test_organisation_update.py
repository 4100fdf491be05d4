"""Staff report a change to a directory entry from the entry itself."""

from urllib.parse import urlsplit

import pytest
from playwright.sync_api import expect

from forms_app.models import OrganisationUpdate
from tests.browser.conftest import add_axe, sign_in
from tests.factories import OrganisationDirectoryPageFactory, OrganisationFactory

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def main_content_violations(page):
    """axe-core on this form only; the staff header belongs to the search feature."""
    add_axe(page)
    result = page.evaluate(
        "async () => await axe.run('#main-content', {runOnly: {type: 'tag', values: "
        "['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']}})"
    )
    return [violation["id"] for violation in result["violations"]]


def test_staff_report_a_change_from_an_organisations_entry(page, sites, demo_users):
    directory = OrganisationDirectoryPageFactory(parent=sites["better-together"])
    OrganisationFactory(name="Stepney Parents Group", phone="020 7946 0001")
    sign_in(page, "staff")
    page.goto(urlsplit(directory.url).path)
    entry = page.locator(".organisation", has_text="Stepney Parents Group")
    entry.get_by_role("link", name="Report a change").click()

    expect(page.locator("#id_name")).to_have_value("Stepney Parents Group")
    expect(page.locator("#id_phone")).to_have_value("020 7946 0001")
    assert main_content_violations(page) == []
    page.fill("#id_phone", "020 7946 0002")
    page.fill("#id_note", "The group told me the new number.")
    page.get_by_role("button", name="Send to the Learning Academy").click()
    page.wait_for_selector(".govuk-panel--confirmation")
    page.wait_for_load_state("networkidle")

    update = OrganisationUpdate.all_councils.get()
    assert update.kind == "change"
    assert update.submitted_by.username == "staff"
    assert update.changed_fields == ["phone"]
    assert update.proposed["phone"] == "020 7946 0002"
