"""Counting what staff search for: the query text and a daily count per council, never who asked.

Wagtail's own query counts (``QueryDailyHits``) belong to no council and
would show one council's searches to another, so they are not written.
"""

import datetime
import logging

from django.conf import settings
from django.core.cache import cache
from django.db import DatabaseError, connection, transaction
from django.db.models import F, Max, Sum
from django.utils import timezone
from wagtail.contrib.search_promotions.models import Query, QueryDailyHits
from wagtail.search.utils import normalise_query_string

from search.models import SearchCount, SearchEntry, ZeroResultSearch

logger = logging.getLogger(__name__)
PRUNED_KEY = "search:stats-pruned"


def retention_days():
    return getattr(settings, "WAGTAILSEARCH_HITS_MAX_AGE", 30)


def record(query_text, total, council_id):
    """Count one search in a council, and one with no results if it found nothing."""
    text = normalise_query_string(query_text)
    if not text or council_id is None:
        return
    try:
        today = timezone.localdate()
        with transaction.atomic():
            _without_waiting_for_disk()
            _count(SearchCount, council_id, text, today)
            if total == 0:
                _count(ZeroResultSearch, council_id, text, today)
        prune()
    except DatabaseError:
        # Counting is a nicety; a failure to count must never fail the search.
        logger.warning("Could not count a search")


def _count(model, council_id, text, today):
    rows = model.all_councils.filter(council_id=council_id, query_string=text, date=today)
    # One UPDATE on the busy path; the row is made the first time today.
    if not rows.update(hits=F("hits") + 1):
        model.all_councils.get_or_create(council_id=council_id, query_string=text, date=today)
        rows.update(hits=F("hits") + 1)


def _without_waiting_for_disk():
    """Let PostgreSQL commit this count without waiting for the disk.

    A search should not wait on a flush to disk for a statistic: after a
    crash the last fraction of a second of counts may be missing, never
    anything else, and the database stays consistent.
    """
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SET LOCAL synchronous_commit TO OFF")


def prune():
    """Forget counts older than the retention period, at most once a day."""
    if not cache.add(PRUNED_KEY, True, 60 * 60 * 24):
        return
    cutoff = timezone.localdate() - datetime.timedelta(days=retention_days())
    ZeroResultSearch.all_councils.filter(date__lt=cutoff).delete()
    SearchCount.all_councils.filter(date__lt=cutoff).delete()
    # Counts Wagtail kept before they were kept per council.
    QueryDailyHits.objects.filter(date__lt=cutoff).delete()
    Query.garbage_collect()


def _daily(model, council, days):
    if council is None:
        return model.all_councils.none()
    since = timezone.localdate() - datetime.timedelta(days=days - 1)
    return model.all_councils.for_council(council).filter(date__gte=since)


def top_queries(council, days=30):
    return (
        _daily(SearchCount, council, days)
        .values("query_string")
        .annotate(searches=Sum("hits"))
        .order_by("-searches", "query_string")
    )


def zero_result_queries(council, days=30):
    return (
        _daily(ZeroResultSearch, council, days)
        .values("query_string")
        .annotate(searches=Sum("hits"), last_searched=Max("date"))
        .order_by("-searches", "query_string")
    )


def count_use(content_type, object_id, council):
    """A page or document was opened in a council: one more use for 'most used resources'."""
    if council is None:
        return
    try:
        SearchEntry.all_councils.filter(
            council=council, content_type=content_type, object_id=str(object_id)
        ).update(uses=F("uses") + 1)
    except DatabaseError:
        logger.warning("Could not count a use")
