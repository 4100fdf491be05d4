"""Background work for staff search, run by django-tasks' worker in production."""

import logging

from django_tasks import task
from wagtail.documents import get_document_model

from councils.tenancy import across_councils, acts_for_council
from search import extract, indexing

logger = logging.getLogger(__name__)


@task()
@acts_for_council
def read_document_text(document_id, file_name):
    """Read the text of an uploaded document and bring its search entry up to date.

    The file is read in a limited child process, so a hostile file costs this
    worker nothing but the wait. A document deleted, or whose file was replaced,
    since the task was queued is left alone: its new file has a task of its own.
    """
    documents = get_document_model().objects.filter(pk=document_id, file=file_name)
    document = documents.first()
    if document is None:
        return None
    try:
        result = document.read_text()
    except Exception:  # The stored file is missing or the storage did not answer.
        logger.exception("Could not read the file of document %s", document_id)
        result = extract.Extraction("", extract.UNREADABLE)
    documents.update(extracted_text=result.text, extraction_status=result.status)
    try:
        indexing.update(document)
    except Exception:  # The text is saved; `manage.py rebuild_staff_search` catches up.
        logger.exception("Could not update staff search for document %s", document_id)
    return {"status": result.status, "seconds": result.seconds, "peak_kb": result.peak_kb}


@task()
def flush_counts():
    """Write the page-use and search counts gathered in the cache (``search.counters``).

    Every council's counts at once: the cache holds them side by side, each with its council.
    """
    from search import stats

    with across_councils():
        return stats.flush()
