"""The Learning Academy's day in Chromium: read, act, export, update the directory, report back."""

import csv
import io
from urllib.parse import urlparse

import pytest
from playwright.sync_api import expect
from wagtail.models import ModelLogEntry

from forms_app.models import FamilySubmission, OrganisationUpdate
from forms_app.staff_forms import organisation_values
from review.models import CycleReport, FamilyYouSaidWeDidPage, Review, Status
from tests import factories
from tests.browser.conftest import axe_violations, sign_in
from tests.review.conftest import at, make_submission

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


@pytest.fixture
def academy_day(feedback_pages, review_users, cycles, tags, sites):
    from resources.demo import ensure_workflow
    from review.demo import ensure_workflow as ensure_report_workflow

    ensure_workflow()
    ensure_report_workflow()
    form_page = feedback_pages["feedback"]
    current, previous = cycles["current"], cycles["previous"]
    somali = make_submission(
        form_page,
        "so",
        {"how_helpful": 5, "listened_to": "always", "went_well": "Waa la i dhageystay"},
        when=at(current.starts_on),
        source="edge-of-care",
    )
    make_submission(form_page, "so", {"how_helpful": 3}, when=at(previous.starts_on))
    make_submission(form_page, "bn", {"how_helpful": 4}, when=at(current.starts_on))
    directory = factories.OrganisationDirectoryPageFactory(
        parent=sites["better-together"], slug="directory", title="Community directory"
    )
    organisation = factories.OrganisationFactory(
        name="Bow Family Centre", phone="020 7946 0001", owner=review_users["academy"]
    )
    original = organisation_values(organisation)
    update = OrganisationUpdate.objects.create(
        kind="change",
        organisation=organisation,
        original=original,
        proposed={**original, "phone": "020 7946 0999"},
        submitted_by=review_users["staff"],
        token_digest="b" * 64,
    )
    report = CycleReport(
        cycle=current,
        form=form_page,
        you_said="<p>Waiting for a call back took too long.</p>",
        we_did="<p>We now call back within two working days.</p>",
        live=False,
    )
    report.save()
    report.save_revision(user=review_users["editor"])
    return {
        "somali": somali,
        "cycle": current,
        "update": update,
        "organisation": organisation,
        "directory": directory,
        "report": report,
    }


def test_academy_reads_acts_exports_updates_the_directory_and_reports_back(page, academy_day):
    somali, cycle = academy_day["somali"], academy_day["cycle"]
    sign_in(page, "academy")

    # Filter the Somali responses of the current cycle.
    page.goto("/admin/submissions/")
    page.get_by_label("Language").select_option("so")
    page.get_by_label("Cycle").select_option(str(cycle.pk))
    page.get_by_role("button", name="Apply filters").click()
    page.wait_for_url(lambda url: "language=so" in url)
    links = page.locator("table.review-inbox tbody a")
    expect(links).to_have_count(1)
    expect(links.first).to_have_text(f"Submission {somali.pk}")

    # Read it with its English labels beside the family's words.
    links.first.click()
    answers = page.locator("table.review-answers")
    for words in ("Did you feel listened to?", "Always", "Mar walba"):
        expect(answers).to_contain_text(words)

    # Mark it actioned.
    page.get_by_label("Status").select_option("actioned")
    page.get_by_role("button", name="Save review").click()
    expect(page.get_by_text("Review saved.")).to_be_visible()
    assert Review.objects.get(submission=somali).status == Status.ACTIONED

    # Export the view.
    page.goto(f"/admin/submissions/?language=so&cycle={cycle.pk}")
    with page.expect_download() as download_info:
        page.get_by_role("link", name="Export this view as CSV").click()
    exported = open(download_info.value.path(), encoding="utf-8-sig").read()  # noqa: SIM115
    header, *rows = list(csv.reader(io.StringIO(exported)))
    assert header[:6] == ["Submission id", "Submitted at", "Cycle", "Language", "Source", "Status"]
    assert [(row[0], row[3], row[5]) for row in rows] == [(str(somali.pk), "Somali", "Actioned")]

    # Accept the organisation update; the directory changes only after approval.
    organisation = academy_day["organisation"]
    page.goto("/admin/submissions/directory-updates/")
    page.get_by_role("link", name="Report a change: Bow Family Centre").click()
    expect(page.locator("table.review-compare")).to_contain_text("020 7946 0999")
    page.get_by_role("button", name="Accept as a draft").click()
    expect(page.get_by_text("waits for approval")).to_be_visible()
    directory_url = urlparse(academy_day["directory"].url).path
    page.goto(directory_url)
    assert "020 7946 0001" in page.content()

    page.goto(f"/admin/snippets/resources/organisation/edit/{organisation.pk}/")
    page.locator("footer [data-w-dropdown-target='toggle']").first.click()
    with page.expect_navigation():
        page.get_by_role("button", name="Approve and Publish", exact=True).click()
    page.goto(directory_url)
    assert "020 7946 0999" in page.content()
    assert "020 7946 0001" not in page.content()

    # Publish the cycle's "You Said, We Did".
    report = academy_day["report"]
    page.goto(f"/admin/snippets/review/cyclereport/edit/{report.pk}/")
    page.locator("footer [data-w-dropdown-target='toggle']").first.click()
    with page.expect_navigation():
        page.get_by_role("button", name="Publish", exact=True).click()
    # Bengali and Somali go live once translated; until then the address shows English.
    family = FamilyYouSaidWeDidPage.objects.filter(live=True)
    assert "en" in family.values_list("locale__language_code", flat=True)
    english = urlparse(family.get(locale__language_code="en").url).path
    page.goto(english.replace("/en/", "/so/", 1))
    assert "We now call back within two working days." in page.content()
    assert axe_violations(page) == []


def test_academy_sees_a_held_call_back_on_the_call_backs_page_and_releases_it(
    page, feedback_pages, review_users, cycles
):
    asked = make_submission(
        feedback_pages["feedback"],
        "bn",
        {"how_helpful": 2, "call_back": "yes"},
        when=at(cycles["current"].starts_on),
        callback={"name": "Rahima Begum", "phone": "07700 900123", "best_time": "Afternoons"},
    )
    FamilySubmission.all_objects.filter(pk=asked.pk).update(held_reason="too_fast")
    sign_in(page, "academy")

    # The dashboard counts it and leads to the call backs.
    page.goto("/admin/submissions/dashboard/")
    notice = page.locator(".review-held-notice")
    expect(notice).to_contain_text("1 submission in this cycle is held")
    notice.get_by_role("link", name="1 of them asks for a call back").click()

    # "Call backs" shows the held family, not "nobody is waiting".
    held = page.locator("#held-callbacks")
    expect(held.get_by_role("heading")).to_have_text("1 family asking for a call back is held")
    expect(held).to_contain_text("Sent faster than a person usually could")
    expect(page.get_by_text("No families are waiting for a call back.")).to_have_count(0)
    assert axe_violations(page) == []

    # One click releases it into the list to call, where its details can be opened.
    held.get_by_role("button", name=f"Release submission {asked.pk}").click()
    expect(page.get_by_text("1 held submission(s) released into the counts.")).to_be_visible()
    expect(page.locator("#held-callbacks")).to_have_count(0)
    listing = page.locator("table.listing")
    expect(listing).to_contain_text(f"Submission {asked.pk}")
    expect(listing).to_contain_text("To call")
    listing.get_by_role("link", name="Show and update").click()
    expect(page.get_by_text("07700 900123")).to_be_visible()
    assert FamilySubmission.objects.filter(pk=asked.pk).exists()
    assert ModelLogEntry.objects.filter(
        action="review.held.release", object_id=str(asked.pk)
    ).exists()
