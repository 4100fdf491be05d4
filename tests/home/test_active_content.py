"""Files that could run scripts are never images, and documents of such kinds only download.

Issue #18, finding 7: an SVG with ``<script>`` was accepted as an image, and an
image's file is opened inline by its address. SVG is refused as an image with
Wagtail's own message; a document of an active kind (HTML, SVG, XML), however
it got in, is served as a download that the browser may not sniff or run.
"""

import pytest
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from tests import factories

pytestmark = pytest.mark.django_db

SVG = (
    b'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">'
    b"<script>alert(document.cookie)</script></svg>"
)


@pytest.fixture
def editor(client, demo_users, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    client.force_login(demo_users["editor"])
    return client


@pytest.mark.parametrize(
    ("name", "content_type", "message"),
    [
        ("logo.svg", "image/svg+xml", "Not a supported image format"),
        ("logo.png", "image/png", "Not a valid .png image"),
    ],
)
def test_an_svg_is_refused_as_an_image_with_a_clear_message(editor, name, content_type, message):
    response = editor.post(
        reverse("wagtailimages:add"),
        {
            "title": "Logo",
            "file": SimpleUploadedFile(name, SVG, content_type=content_type),
            "collection": factories.council().collection_id,
        },
    )
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not get_image_model().all_councils.filter(title="Logo").exists()


def test_an_svg_dropped_on_the_multiple_upload_is_refused(editor):
    response = editor.post(
        reverse("wagtailimages:add_multiple"),
        {"files[]": SimpleUploadedFile("logo.svg", SVG, content_type="image/svg+xml")},
    )
    assert response.json()["success"] is False
    assert "Not a supported image format" in response.json()["error_message"]
    assert not get_image_model().all_councils.exists()


def test_an_html_file_is_refused_as_a_document(editor):
    response = editor.post(
        reverse("wagtaildocs:add_multiple"),
        {"files[]": SimpleUploadedFile("notes.html", b"<script>alert(1)</script>")},
    )
    assert response.json()["success"] is False
    assert not get_document_model().all_councils.exists()


@pytest.mark.parametrize("name", ["notes.html", "logo.svg", "feed.xml", "page.xhtml"])
def test_a_document_of_an_active_kind_is_only_ever_a_download(editor, name):
    document = get_document_model().objects.create(
        title=name,
        file=ContentFile(b"<script>alert(1)</script>", name=name),
        collection=factories.council().collection,
    )

    response = editor.get(document.url)

    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Security-Policy"] == "default-src 'none'"


def test_a_pdf_still_opens_in_the_browser(editor):
    document = get_document_model().objects.create(
        title="Leaflet",
        file=ContentFile(b"%PDF-1.4 leaflet", name="leaflet.pdf"),
        collection=factories.council().collection,
    )
    response = editor.get(document.url)
    assert response.status_code == 200
    assert not response["Content-Disposition"].startswith("attachment")
    assert response["X-Content-Type-Options"] == "nosniff"
