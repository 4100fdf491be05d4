"""Plain text out of uploaded PDF, DOCX and ODT files, for search.

Extraction never raises: a file that is too big, damaged or of another kind
gives no text and a status, and the document is still found by its title.
"""

import contextlib
import logging
import zipfile
from dataclasses import dataclass
from pathlib import PurePath

from django.conf import settings

logger = logging.getLogger(__name__)

OK = "ok"
EMPTY = "empty"
TOO_LARGE = "too-large"
UNREADABLE = "unreadable"
UNSUPPORTED = "unsupported"

DEFAULT_MAX_BYTES = 20 * 1024 * 1024
DEFAULT_MAX_CHARS = 200_000
DEFAULT_MAX_PDF_PAGES = 300
# A DOCX or ODT is a zip; refuse ones that would inflate past this.
MAX_UNZIPPED_BYTES = 100 * 1024 * 1024


@dataclass(frozen=True)
class Extraction:
    text: str
    status: str


def max_bytes():
    return getattr(settings, "SEARCH_DOCUMENT_MAX_BYTES", DEFAULT_MAX_BYTES)


def max_chars():
    return getattr(settings, "SEARCH_DOCUMENT_MAX_CHARS", DEFAULT_MAX_CHARS)


def _pdf(fileobj, limit):
    from pypdf import PdfReader

    reader = PdfReader(fileobj)
    if reader.is_encrypted:
        reader.decrypt("")
    parts, length = [], 0
    for page in reader.pages[:DEFAULT_MAX_PDF_PAGES]:
        text = page.extract_text() or ""
        parts.append(text)
        length += len(text)
        if length >= limit:
            break
    return "\n".join(parts)


def _check_zip(fileobj):
    with zipfile.ZipFile(fileobj) as archive:
        if sum(info.file_size for info in archive.infolist()) > MAX_UNZIPPED_BYTES:
            raise ValueError("archive inflates past the limit")
    fileobj.seek(0)


def _docx(fileobj, limit):
    import docx

    _check_zip(fileobj)
    document = docx.Document(fileobj)
    parts = [paragraph.text for paragraph in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts.append(" ".join(cell.text for cell in row.cells))
    return "\n".join(parts)


def _odt(fileobj, limit):
    from odf import teletype, text
    from odf.opendocument import load

    _check_zip(fileobj)
    document = load(fileobj)
    parts = []
    for element_type in (text.H, text.P):
        nodes = document.getElementsByType(element_type)
        parts.extend(teletype.extractText(node) for node in nodes)
    return "\n".join(parts)


READERS = {".pdf": _pdf, ".docx": _docx, ".odt": _odt}


def clean(text, limit):
    text = text.replace("\x00", " ")
    return " ".join(text.split())[:limit]


def extract_text(fileobj, filename, size=None):
    """Return the text of ``fileobj`` and how extraction went."""
    reader = READERS.get(PurePath(filename or "").suffix.lower())
    if reader is None:
        return Extraction("", UNSUPPORTED)
    if size is not None and size > max_bytes():
        return Extraction("", TOO_LARGE)
    limit = max_chars()
    try:
        fileobj.seek(0)
        text = clean(reader(fileobj, limit), limit)
    except Exception:  # Damaged and hostile files fail in many ways; none may block an upload.
        logger.warning("Could not read text from an uploaded %s file", reader.__name__[1:])
        return Extraction("", UNREADABLE)
    finally:
        with contextlib.suppress(Exception):  # a closed file needs no rewinding
            fileobj.seek(0)
    return Extraction(text, OK if text else EMPTY)
