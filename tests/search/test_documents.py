"""Documents are found by the words inside their files, and by title when those cannot be read."""

import io

import pytest
from django.core.files.base import ContentFile
from django.test import TestCase
from wagtail.documents import get_document_model

from search import extract
from search.models import SearchEntry
from tests.search.conftest import result_titles

pytestmark = pytest.mark.django_db


def pdf_bytes(text):
    """A one-page PDF with ``text`` in Helvetica, written by hand so no PDF writer is needed."""
    stream = f"BT /F1 12 Tf 72 720 Td ({text}) Tj ET".encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
        b"/Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(f"{number} 0 obj\n".encode() + body + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    for offset in offsets:
        out.write(f"{offset:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\n".encode())
    out.write(f"startxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()


def docx_bytes(text):
    import docx

    document = docx.Document()
    document.add_heading("Guidance", level=1)
    document.add_paragraph(text)
    table = document.add_table(rows=1, cols=1)
    table.rows[0].cells[0].text = "Table cell about respite"
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def odt_bytes(text):
    from odf.opendocument import OpenDocumentText
    from odf.text import P

    document = OpenDocumentText()
    document.text.addElement(P(text=text))
    out = io.BytesIO()
    document.write(out)
    return out.getvalue()


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


def council_collection():
    """Tower Hamlets' collection: a document belongs to the council whose collection holds it."""
    from wagtail.models import Site

    return Site.objects.get(is_default_site=True).council.collection


def upload(title, filename, content):
    """Upload a file as an editor does; its text is read once the upload is committed."""
    with TestCase.captureOnCommitCallbacks(execute=True):
        document = get_document_model().objects.create(
            title=title, file=ContentFile(content, name=filename), collection=council_collection()
        )
    document.refresh_from_db()
    return document


@pytest.mark.parametrize(
    ("filename", "make"),
    [("leaflet.pdf", pdf_bytes), ("leaflet.docx", docx_bytes), ("leaflet.odt", odt_bytes)],
)
def test_the_text_inside_an_uploaded_file_is_found(staff_client, sites, filename, make):
    document = upload("Service leaflet", filename, make("Kinship carers get a weekly allowance"))
    assert document.extraction_status == extract.OK
    assert "weekly allowance" in document.extracted_text
    response = staff_client.get("/en/search/?q=kinship+allowance")
    assert result_titles(response) == ["Service leaflet"]
    html = response.content.decode()
    assert "<mark>Kinship</mark> carers get a weekly <mark>allowance</mark>" in html
    # The stored name may carry a suffix when another test stored the same name at once.
    assert f'href="/documents/{document.pk}/{document.filename}"' in html
    assert document.filename.startswith(filename.rsplit(".", 1)[0])


def test_docx_tables_are_read_too(sites):
    document = upload("Respite guide", "respite.docx", docx_bytes("Short breaks"))
    assert "Table cell about respite" in document.extracted_text


def test_replacing_the_file_replaces_the_text(staff_client, sites):
    document = upload("Duty rota", "rota.pdf", pdf_bytes("Monday duty is the north team"))
    document.file = ContentFile(docx_bytes("Tuesday duty is the south team"), name="rota.docx")
    with TestCase.captureOnCommitCallbacks(execute=True):
        document.save()
    document.refresh_from_db()
    assert "south team" in document.extracted_text
    assert "north" not in document.extracted_text
    assert result_titles(staff_client.get("/en/search/?q=south")) == ["Duty rota"]
    assert result_titles(staff_client.get("/en/search/?q=north")) == []


def test_saving_without_a_new_file_keeps_the_text(sites):
    document = upload("Duty rota", "rota.pdf", pdf_bytes("Monday duty is the north team"))
    document.title = "Duty rota 2026"
    document.save()
    document.refresh_from_db()
    assert "north team" in document.extracted_text


@pytest.mark.parametrize(
    ("filename", "content"),
    [
        ("broken.pdf", b"%PDF-1.4 this is not really a pdf"),
        ("broken.docx", b"PK\x03\x04 not a zip at all"),
        ("broken.odt", b"\x00\x01\x02"),
        ("empty.pdf", b""),
    ],
)
def test_a_file_that_cannot_be_read_is_still_found_by_title(staff_client, sites, filename, content):
    document = upload("Adoption support fund", filename, content)
    assert document.extraction_status in (extract.UNREADABLE, extract.EMPTY)
    assert document.extracted_text == ""
    assert result_titles(staff_client.get("/en/search/?q=adoption")) == ["Adoption support fund"]


def test_a_file_over_the_size_limit_is_not_read_but_is_found_by_title(
    staff_client, sites, settings
):
    settings.SEARCH_DOCUMENT_MAX_BYTES = 100
    document = upload("Annual report", "report.pdf", pdf_bytes("Secret inner words"))
    assert document.extraction_status == extract.TOO_LARGE
    assert result_titles(staff_client.get("/en/search/?q=annual+report")) == ["Annual report"]
    assert result_titles(staff_client.get("/en/search/?q=inner")) == []


def test_extracted_text_is_cut_at_the_character_limit(sites, settings):
    settings.SEARCH_DOCUMENT_MAX_CHARS = 20
    document = upload("Long guide", "long.odt", odt_bytes("word " * 100))
    assert len(document.extracted_text) == 20


def test_other_kinds_of_file_are_found_by_title(staff_client, sites):
    document = upload("Referral spreadsheet", "referrals.csv", b"name,age\n")
    assert document.extraction_status == extract.UNSUPPORTED
    assert result_titles(staff_client.get("/en/search/?q=referral")) == ["Referral spreadsheet"]


def test_a_deleted_document_leaves_the_results(staff_client, sites):
    document = upload("Old policy", "policy.odt", odt_bytes("Withdrawn guidance"))
    document.delete()
    assert not SearchEntry.all_councils.filter(title="Old policy").exists()
    assert result_titles(staff_client.get("/en/search/?q=withdrawn")) == []


def test_an_editor_uploads_a_document_in_the_admin_and_staff_find_its_text(
    client, staff_client, sites, django_user_model
):
    admin = django_user_model.objects.create_superuser("admin", "admin@example.org", "pw")
    client.force_login(admin)
    from django.core.files.uploadedfile import SimpleUploadedFile

    with TestCase.captureOnCommitCallbacks(execute=True):
        response = client.post(
            "/admin/documents/multiple/add/",
            {
                "files[]": SimpleUploadedFile(
                    "plan.docx", docx_bytes("Contingency planning for winter")
                ),
                "collection": council_collection().pk,
            },
        )
    assert response.status_code == 200
    assert result_titles(staff_client.get("/en/search/?q=contingency")) == ["plan.docx"]
