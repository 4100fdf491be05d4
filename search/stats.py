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

from search import counters
from search.models import SearchCount, SearchEntry, ZeroResultSearch

logger = logging.getLogger(__name__)
PRUNED_KEY = "search:stats-pruned"


def retention_days():
    return getattr(settings, "WAGTAILSEARCH_HITS_MAX_AGE", 30)


def record(query_text, total, council_id):
    """Count one search in a council, and one with no results if it found nothing.

    Counted in the cache and written by ``flush_counts``: a search writes nothing.
    """
    text = normalise_query_string(query_text)
    if not text or council_id is None:
        return
    today = timezone.localdate().isoformat()
    counters.count(("search", council_id, text, today))
    if total == 0:
        counters.count(("zero", council_id, text, today))


def count_use(content_type, object_id, council):
    """A page or document was opened in a council: one more use for 'most used resources'."""
    if council is None:
        return
    counters.count(("use", council.pk, content_type.pk, str(object_id)))


def flush(now=None):
    """Write what was counted in the cache since the last flush, in one transaction."""
    tallies = counters.take(now)
    if tallies:
        try:
            with transaction.atomic():
                _without_waiting_for_disk()
                for ident, hits in tallies.items():
                    _write(ident, hits)
        except DatabaseError:
            logger.warning("Could not write %s counts; they are lost", len(tallies))
            return 0
    prune()
    return sum(tallies.values())


def _write(ident, hits):
    kind, council_id, *rest = ident
    if kind == "use":
        content_type_id, object_id = rest
        SearchEntry.all_councils.filter(
            council_id=council_id, content_type_id=content_type_id, object_id=object_id
        ).update(uses=F("uses") + hits)
        return
    text, day = rest
    model = SearchCount if kind == "search" else ZeroResultSearch
    rows = model.all_councils.filter(
        council_id=council_id, query_string=text, date=datetime.date.fromisoformat(day)
    )
    if not rows.update(hits=F("hits") + hits):
        model.all_councils.get_or_create(
            council_id=council_id, query_string=text, date=datetime.date.fromisoformat(day)
        )
        rows.update(hits=F("hits") + hits)


def _without_waiting_for_disk():
    """Let PostgreSQL commit these counts without waiting for the disk.

    A statistic should not wait on a flush to disk: after a crash the last
    fraction of a second of counts may be missing, never anything else, and
    the database stays consistent.
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
