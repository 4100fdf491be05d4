"""Counting what staff search for: the query text and a daily count, never who asked."""

import datetime
import logging

from django.conf import settings
from django.core.cache import cache
from django.db import DatabaseError, connection, transaction
from django.db.models import F, Max, Sum
from django.utils import timezone
from wagtail.contrib.search_promotions.models import Query, QueryDailyHits
from wagtail.search.utils import normalise_query_string

from search.models import SearchEntry, ZeroResultSearch

logger = logging.getLogger(__name__)
PRUNED_KEY = "search:stats-pruned"


def retention_days():
    return getattr(settings, "WAGTAILSEARCH_HITS_MAX_AGE", 30)


def record(query_text, total):
    """Count one search, and one search with no results if it found nothing."""
    text = normalise_query_string(query_text)
    if not text:
        return
    try:
        today = timezone.localdate()
        with transaction.atomic():
            _without_waiting_for_disk()
            # One UPDATE on the busy path; Wagtail's Query.get and add_hit the first time today.
            counted = QueryDailyHits.objects.filter(query__query_string=text, date=today).update(
                hits=F("hits") + 1
            )
            if not counted:
                Query.get(text).add_hit(date=today)
            if total == 0:
                row, _created = ZeroResultSearch.objects.get_or_create(
                    query_string=text, date=today
                )
                ZeroResultSearch.objects.filter(pk=row.pk).update(hits=F("hits") + 1)
        prune()
    except DatabaseError:
        # Counting is a nicety; a failure to count must never fail the search.
        logger.warning("Could not count a search")


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
    ZeroResultSearch.objects.filter(date__lt=cutoff).delete()
    QueryDailyHits.objects.filter(date__lt=cutoff).delete()
    Query.garbage_collect()


def top_queries(days=30):
    since = timezone.localdate() - datetime.timedelta(days=days - 1)
    return (
        QueryDailyHits.objects.filter(date__gte=since)
        .values("query__query_string")
        .annotate(searches=Sum("hits"))
        .order_by("-searches", "query__query_string")
    )


def zero_result_queries(days=30):
    since = timezone.localdate() - datetime.timedelta(days=days - 1)
    return (
        ZeroResultSearch.objects.filter(date__gte=since)
        .values("query_string")
        .annotate(searches=Sum("hits"), last_searched=Max("date"))
        .order_by("-searches", "query_string")
    )


def count_use(content_type, object_id):
    """A page or document was opened: one more use for 'most used resources'."""
    try:
        SearchEntry.objects.filter(content_type=content_type, object_id=str(object_id)).update(
            uses=F("uses") + 1
        )
    except DatabaseError:
        logger.warning("Could not count a use")
