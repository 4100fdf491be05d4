"""Counting what staff search for: the query text and a daily count per council, never who asked.

Wagtail's own query counts (``QueryDailyHits``) belong to no council and
would show one council's searches to another, so they are not written.
"""

import datetime
import hashlib
import logging
import re
import time

from django.conf import settings
from django.core.cache import cache
from django.db import DatabaseError, connection, transaction
from django.db.models import F, Max, Sum
from django.utils import timezone
from wagtail.contrib.search_promotions.models import Query, QueryDailyHits
from wagtail.search.utils import normalise_query_string

from home import personal
from search import counters
from search.models import SearchCount, SearchEntry, SynonymSuggestion, ZeroResultSearch

logger = logging.getLogger(__name__)
PRUNED_KEY = "search:stats-pruned"
FOLLOW_UP_SECONDS = 5 * 60
UNREAD = object()
# What a search box may be given that the audit check does not look for: an
# email address, a case or NHS number, a postcode.
EMAIL = re.compile(r"\S+@\S+")
LONG_NUMBER = re.compile(r"\d(?:[\s-]?\d){5,}")
POSTCODE = re.compile(r"\b[a-z]{1,2}\d[a-z\d]?\s*\d[a-z]{2}\b", re.IGNORECASE)
# Typed, a search for two capitalised words that found nothing is most likely someone's name.
CAPITALISED_PAIR = re.compile(r"\b[A-Z][a-z'-]+\s+[A-Z][a-z'-]+")


def retention_days():
    return getattr(settings, "WAGTAILSEARCH_HITS_MAX_AGE", 30)


def record(query_text, total, council_id):
    """Count one search in a council, and one with no results if it found nothing.

    A search that looks like it names someone is not counted: the reports show
    query text to editors. Counted in the cache and written by ``flush_counts``:
    a search writes nothing.
    """
    text = normalise_query_string(query_text)
    if not text or council_id is None or looks_personal(query_text, as_typed=not total):
        return
    today = timezone.localdate().isoformat()
    counters.count(("search", council_id, text, today))
    if total == 0:
        counters.count(("zero", council_id, text, today))


def looks_personal(text, as_typed=False):
    """Whether a query may name someone, so that no report shows it or suggests it."""
    text = text or ""
    if personal.findings(text) or any(
        pattern.search(text) for pattern in (EMAIL, LONG_NUMBER, POSTCODE)
    ):
        return True
    if as_typed:
        return any(
            pair.group(0).lower() not in personal.KNOWN_PHRASES
            for pair in CAPITALISED_PAIR.finditer(text)
        )
    return False


def _follow_up_key(request, step):
    session_key = getattr(getattr(request, "session", None), "session_key", None)
    if not session_key:
        return None
    return f"search:{step}:" + hashlib.sha256(session_key.encode()).hexdigest()[:32]


def missed_key(request):
    """The cache key of the person's last search that found nothing (None without a session)."""
    return _follow_up_key(request, "nothing-found")


def follow_up(request, query_text, total, council_id, now=None, missed=UNREAD):
    """Note a search that found nothing, and count the search that found something after it.

    The cache keeps the person's last search that found nothing for a few
    minutes, under their session (a search writes nothing to the database);
    when their next search in the same council finds something, the pair is
    counted (never who) as a synonym suggestion, and that search waits a few
    minutes more for a result to be opened (``opened_from_search``).
    ``missed`` is what ``missed_key`` held, when the view has read it already.
    """
    text = normalise_query_string(query_text)
    key = missed_key(request)
    if not text or council_id is None or key is None:
        return
    now = now or time.time()
    if not total:
        if looks_personal(query_text, as_typed=True):
            cache.delete(key)
        else:
            cache.set(key, (council_id, text, now), FOLLOW_UP_SECONDS)
        return
    if missed is UNREAD:
        missed = cache.get(key)
    if not missed:
        return
    cache.delete(key)
    missed_council, typed, at = missed
    if missed_council != council_id or now - at > FOLLOW_UP_SECONDS or typed == text:
        return
    if looks_personal(query_text):
        return
    today = timezone.localdate().isoformat()
    counters.count(("suggest", council_id, typed, text, today))
    cache.set(
        _follow_up_key(request, "found-instead"),
        (council_id, typed, text, now),
        FOLLOW_UP_SECONDS,
    )


def opened_from_search(request, council):
    """A page or document opened from the results of a search that followed one finding nothing."""
    if council is None or "/search/" not in request.META.get("HTTP_REFERER", ""):
        return
    key = _follow_up_key(request, "found-instead")
    followed = cache.get(key) if key else None
    if not followed:
        return
    cache.delete(key)
    council_id, typed, found, at = followed
    if council_id == council.pk and time.time() - at <= FOLLOW_UP_SECONDS:
        today = timezone.localdate().isoformat()
        counters.count(("opened", council_id, typed, found, today))


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
    if kind in ("suggest", "opened"):
        typed, found, day = rest
        key = {
            "council_id": council_id,
            "typed": typed,
            "found": found,
            "date": datetime.date.fromisoformat(day),
        }
        rows = SynonymSuggestion.all_councils.filter(**key)
        column = "hits" if kind == "suggest" else "opened"
        if not rows.update(**{column: F(column) + hits}):
            SynonymSuggestion.all_councils.get_or_create(**key)
            rows.update(**{column: F(column) + hits})
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
    SynonymSuggestion.all_councils.filter(date__lt=cutoff).delete()
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


def synonym_suggestions(council, days=30):
    """{typed: [(found, times, opened), …]}, best first, for the no-results report."""
    suggestions = {}
    rows = (
        _daily(SynonymSuggestion, council, days)
        .values("typed", "found")
        .annotate(times=Sum("hits"), times_opened=Sum("opened"))
        .order_by("-times_opened", "-times", "found")
    )
    for row in rows:
        if looks_personal(row["typed"]) or looks_personal(row["found"]):
            continue
        suggestions.setdefault(row["typed"], []).append(
            (row["found"], row["times"], row["times_opened"])
        )
    return suggestions
