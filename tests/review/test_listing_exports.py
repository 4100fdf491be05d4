"""Every spreadsheet the admin offers, Wagtail's own included, is safe to open and recorded."""

import csv
import hashlib
import io

import openpyxl
import pytest
from django.urls import reverse
from wagtail.models import ModelLogEntry, Page

from forms_app.models import OrganisationUpdate
from resources.models import Organisation
from review.exports import FORMULA_STARTS, PLAIN_NUMBER
from review.models import ExportRecord

pytestmark = pytest.mark.django_db

HOSTILE = '=HYPERLINK("http://x","y")'


def live_cells(rows):
    """Cells a spreadsheet would run as a formula."""
    cells = [cell for row in rows for cell in row if isinstance(cell, str)]
    return [c for c in cells if c.startswith(FORMULA_STARTS) and not PLAIN_NUMBER.match(c)]


def csv_rows(response):
    body = b"".join(response.streaming_content).decode("utf-8-sig")
    return list(csv.reader(io.StringIO(body)))


def xlsx_rows(response):
    content = b"".join(response.streaming_content)
    sheet = openpyxl.load_workbook(io.BytesIO(content)).active
    return [[cell.value for cell in row] for row in sheet.iter_rows()]


@pytest.fixture
def accepted_hostile_suggestion(client, review_users, django_capture_on_commit_callbacks):
    from resources.demo import ensure_workflow

    ensure_workflow()
    update = OrganisationUpdate.objects.create(
        kind="new",
        proposed={
            "name": HOSTILE,
            "description": "+cmd|' /C calc'!A0",
            "website": "",
            "email": "",
            "phone": "",
            "address": "",
            "postcode": "",
            "eligibility_description": "",
            "minimum_age": 0,
            "maximum_age": 5,
            "categories": [],
            "languages": [],
        },
        submitted_by=review_users["staff"],
        token_digest=hashlib.sha256(b"hostile").hexdigest(),
    )
    client.force_login(review_users["academy"])
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("review:update_accept", args=[update.pk]))
    organisation = Organisation.objects.get(name=HOSTILE)
    state = organisation.current_workflow_state
    state.current_task_state.approve(user=review_users["academy"])
    organisation.refresh_from_db()
    assert organisation.live
    return organisation


@pytest.mark.parametrize("fmt,read", [("csv", csv_rows), ("xlsx", xlsx_rows)])
def test_a_hostile_organisation_name_comes_out_of_the_listing_export_as_text(
    client, review_users, accepted_hostile_suggestion, fmt, read
):
    url = reverse("wagtailsnippets_resources_organisation:list")
    response = client.get(url, {"export": fmt, "status": "open"})
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    rows = read(response)
    cells = [cell for row in rows for cell in row]
    assert "'" + HOSTILE in cells
    assert "'+cmd|' /C calc'!A0" in cells
    assert not live_cells(rows)

    record = ExportRecord.objects.get()
    assert record.user == review_users["academy"]
    assert record.format == fmt
    assert record.source == "wagtailsnippets_resources_organisation:list"
    assert record.filters == {"status": "open"}
    assert record.rows == len(rows) - 1
    entry = ModelLogEntry.objects.get(action="review.export.listing")
    assert entry.user == review_users["academy"]
    assert "status=open" in entry.message


def test_every_report_export_in_the_admin_is_neutralised_and_recorded(
    admin_client, accepted_hostile_suggestion, sites
):
    """Wagtail's own reports too: site history, workflows, aging and locked pages."""
    from tests.review.admin_urls import export_urls

    home = Page.objects.filter(depth=2).first()
    page = home.add_child(instance=Page(title=HOSTILE, slug="hostile"))
    page.save_revision().publish()
    page.locked = True
    page.save()
    urls = export_urls()
    assert "wagtailadmin_reports:site_history" in urls
    assert "wagtailsnippets_resources_organisation:list" in urls
    # Answered by the council's own locked pages report (councils.admin_urls), recorded below.
    assert "wagtailadmin_reports:locked_pages" in urls
    for name, url in urls.items():
        for fmt, read in (("csv", csv_rows), ("xlsx", xlsx_rows)):
            before = ExportRecord.objects.count()
            response = admin_client.get(url, {"export": fmt})
            assert response.status_code == 200, (name, fmt)
            rows = read(response)
            assert not live_cells(rows), (name, fmt)
            assert ExportRecord.objects.count() == before + 1, (name, fmt)
