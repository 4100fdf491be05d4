"""Hostile document uploads cannot hurt the site: each breaks a limit in a child process, not here.

The files are made by tests/search/hostile_files.py as each test runs. Every
hostile upload goes through the path an editor's upload takes (save, then the
background task once the upload commits); the child that read it reports its
peak resident memory, which must stay below PEAK_MEMORY_BOUND_MB, far from the
2 GB one such file took when it was read inside the upload request.
"""

import zipfile

import pytest
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import TestCase
from wagtail.documents import get_document_model

from search import extract
from search.indexing import MAX_BODY_CHARS
from search.tasks import read_document_text
from tests.factories import council
from tests.search import hostile_files
from tests.search.conftest import result_titles
from tests.search.test_documents import council_collection, docx_bytes

pytestmark = pytest.mark.django_db

PEAK_MEMORY_BOUND_MB = 100


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture
def readings(monkeypatch):
    """Every reading of a file in a child process, with its measured peak memory and time."""
    seen = []
    original = extract.extract_path

    def spy(path):
        result = original(path)
        seen.append(result)
        return result

    monkeypatch.setattr(extract, "extract_path", spy)
    return seen


def upload_file(title, path):
    with TestCase.captureOnCommitCallbacks(execute=True):
        document = get_document_model().objects.create(
            title=title,
            file=ContentFile(path.read_bytes(), name=path.name),
            collection=council_collection(),
        )
    document.refresh_from_db()
    return document


def assert_child_stayed_small(readings):
    assert len(readings) == 1
    peak_mb = readings[0].peak_kb / 1024
    assert 0 < peak_mb < PEAK_MEMORY_BOUND_MB, f"the reading child peaked at {peak_mb:.0f} MB"


HOSTILE = [
    (
        "bomb.docx",
        lambda path: hostile_files.zip_bomb_docx(path, inflated_mb=200),
        extract.TOO_LARGE,
    ),
    (
        "lying-bomb.docx",
        lambda path: hostile_files.lying_zip_bomb_docx(path, inflated_mb=200),
        extract.TOO_LARGE,
    ),
    ("nested.pdf", hostile_files.deeply_nested_pdf, extract.UNREADABLE),
    ("laughs.odt", hostile_files.billion_laughs_odt, extract.UNREADABLE),
]


@pytest.mark.parametrize(("filename", "make", "status"), HOSTILE, ids=[h[0] for h in HOSTILE])
def test_a_hostile_file_keeps_its_title_and_gets_a_clear_status(
    staff_client, sites, tmp_path, readings, filename, make, status
):
    document = upload_file("Fostering allowances", make(tmp_path / filename))
    assert document.extraction_status == status
    assert document.extraction_failed
    assert document.extracted_text == ""
    assert_child_stayed_small(readings)
    assert result_titles(staff_client.get("/en/search/?q=fostering")) == ["Fostering allowances"]


def test_the_lying_bomb_really_claims_to_be_small(tmp_path):
    path = hostile_files.lying_zip_bomb_docx(tmp_path / "lying.docx", inflated_mb=200)
    with zipfile.ZipFile(path) as archive:
        declared = sum(info.file_size for info in archive.infolist())
    # The check the site used to make (declared sizes under 100 MB) let it through.
    assert declared < 100 * 1024 * 1024
    assert path.stat().st_size < 1024 * 1024


def test_two_million_tiny_paragraphs_are_read_up_to_the_text_limit(sites, tmp_path, readings):
    path = hostile_files.many_paragraphs_docx(tmp_path / "paragraphs.docx", paragraphs=2_000_000)
    assert path.stat().st_size < 1024 * 1024
    document = upload_file("Paragraph flood", path)
    assert document.extraction_status == extract.OK
    assert document.extracted_text.startswith("x x x")
    assert len(document.extracted_text) <= MAX_BODY_CHARS
    assert_child_stayed_small(readings)
    assert readings[0].seconds < 15


def test_a_pdf_whose_stream_inflates_past_pypdfs_cap_is_not_held_in_memory(
    sites, tmp_path, readings
):
    document = upload_file(
        "Stream bomb", hostile_files.flate_bomb_pdf(tmp_path / "flate.pdf", inflated_mb=200)
    )
    assert document.extraction_status in (extract.EMPTY, extract.TOO_LARGE)
    assert_child_stayed_small(readings)


def test_the_memory_limit_holds_when_a_file_needs_more(sites, tmp_path, readings, settings):
    settings.SEARCH_EXTRACT_MEMORY_MB = 48
    path = hostile_files.many_members_docx(tmp_path / "members.docx", members=60_000)
    document = upload_file("Many parts", path)
    assert document.extraction_status == extract.TOO_LARGE
    assert readings[0].peak_kb / 1024 < 48


def test_the_cpu_limit_stops_a_slow_file(sites, tmp_path, readings, settings):
    settings.SEARCH_EXTRACT_CPU_SECONDS = 1
    path = hostile_files.empty_paragraphs_docx(tmp_path / "empty.docx", paragraphs=4_000_000)
    document = upload_file("Empty paragraphs", path)
    assert document.extraction_status == extract.TIMED_OUT
    assert readings[0].seconds < 10


def test_the_wall_clock_limit_stops_a_slow_file(sites, tmp_path, readings, settings):
    settings.SEARCH_EXTRACT_TIMEOUT_SECONDS = 1
    path = hostile_files.empty_paragraphs_docx(tmp_path / "empty.docx", paragraphs=4_000_000)
    document = upload_file("Empty paragraphs", path)
    assert document.extraction_status == extract.TIMED_OUT
    assert readings[0].seconds < 3


def test_the_upload_answers_before_the_text_is_read(client, sites, settings, django_user_model):
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    client.force_login(django_user_model.objects.create_superuser("admin", "a@example.org", "pw"))
    with TestCase.captureOnCommitCallbacks(execute=True):
        response = client.post(
            "/admin/documents/multiple/add/",
            {
                "files[]": SimpleUploadedFile("winter.docx", docx_bytes("Winter planning")),
                "collection": council_collection().pk,
            },
        )
    assert response.status_code == 200
    document = get_document_model().objects.get(title="winter.docx")
    assert document.extraction_status == extract.PENDING
    assert document.extracted_text == ""
    from django_tasks import default_task_backend

    queued = [
        result.args
        for result in default_task_backend.results
        if result.task.module_path == read_document_text.module_path
    ]
    # The task carries the council it reads for: the one whose collection holds the file.
    assert queued == [[council().pk, document.pk, document.file.name]]
    edit_page = client.get(f"/admin/documents/edit/{document.pk}/").content.decode()
    assert "Waiting to read the text in the file" in edit_page


def test_an_editor_sees_why_a_file_was_not_read(client, sites, tmp_path, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("admin", "a@example.org", "pw"))
    document = upload_file("Bomb", hostile_files.zip_bomb_docx(tmp_path / "b.docx", inflated_mb=60))
    edit_page = client.get(f"/admin/documents/edit/{document.pk}/").content.decode()
    assert 'data-extraction-status="too-large"' in edit_page
    assert "File too large to read: found by its title only" in edit_page


def test_a_task_for_a_replaced_file_leaves_the_new_file_alone(sites):
    with TestCase.captureOnCommitCallbacks(execute=True):
        document = get_document_model().objects.create(
            title="Rota",
            file=ContentFile(docx_bytes("South team"), name="rota.docx"),
            collection=council_collection(),
        )
    assert (
        read_document_text.call(council().pk, document.pk, "documents/an-older-file.docx") is None
    )
    document.refresh_from_db()
    assert "South team" in document.extracted_text
