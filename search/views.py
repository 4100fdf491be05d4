import logging
import math
from urllib.parse import urlencode

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db import DatabaseError
from django.http import Http404
from django.shortcuts import get_object_or_404, render
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_GET
from wagtail.models import Site

from councils.models import Council
from home import page_cache
from home.pagination import paginate
from search import engine, indexing, query, registry, stats
from search.audience import Audience
from search.indexing import VOCABULARY_VERSION_KEY
from search.models import SearchEntry

logger = logging.getLogger(__name__)
MAX_PAGE = 1000
FILTERS = ("type", "standard", "area", "age")
FACET_TITLES = {
    "type": _("Type"),
    "standard": _("Practice standard"),
    "area": _("Service area"),
    "age": _("Age"),
}


def _page_number(raw):
    try:
        number = int(str(raw).strip())
    except (TypeError, ValueError):
        return 1
    return min(max(number, 1), MAX_PAGE)


def _params(text, filters):
    params = [("q", text)] if text else []
    for name in FILTERS:
        params.extend((name, value) for value in filters.selected(name))
    return params


def _audience(request):
    """The council of the site searched (set by CouncilMiddleware) and who is asking."""
    council = getattr(request, "council", None)
    if council is None:
        try:
            council = Council.for_site(Site.find_for_request(request))
        except DatabaseError:
            council = None
    return Audience.of(request.user, council)


@require_GET
def results(request):
    """Staff search results: ranked, filtered, paged, and never a dead end.

    A search asked before is answered like a cached page: kept per council,
    role variant, language, query, filters and page until the council's
    content or the search index changes. Counting it writes nothing.
    """
    text = query.clean(request.GET.get("q", ""))
    filters = engine.Filters.from_querydict(request.GET)
    page_number = _page_number(request.GET.get("page", 1))
    seconds = getattr(settings, "SEARCH_RESULTS_CACHE_SECONDS", 300)
    key = None
    if seconds:
        asked = repr((text, [filters.selected(name) for name in FILTERS], page_number))
        key = page_cache.cache_key(request, query=asked, versions=[VOCABULARY_VERSION_KEY])
    if key is None:
        # Read once: synonyms, promotions and suggestions would each ask the cache again.
        with indexing.pinned_version(indexing.vocabulary_version()):
            response, counted = _results(request, text, filters, page_number)
        missed = stats.UNREAD
    else:
        # What the page cache read: the index version, and that the page cache answers,
        # so the results are not kept a second time under a key of their own.
        version = page_cache.versions_read(request)[VOCABULARY_VERSION_KEY]

        def render():
            with indexing.pinned_version(version):
                return _results(request, text, filters, page_number, engine.search)

        # The person's last search that found nothing, read with the page: one round trip.
        missed_key = stats.missed_key(request)
        also = [missed_key] if missed_key else []
        response, counted, read = page_cache.cached_view(request, key, render, seconds, also)
        missed = read.get(missed_key) if missed_key else None
    if counted:
        stats.record(text, *counted)
        stats.follow_up(request, text, *counted, missed=missed)
    return response


def _results(request, text, filters, page_number, search=None):
    """The results page, and (results found, council) when the search is one to count."""
    search = search or engine.cached_search
    audience = _audience(request)
    parsed = query.parse(text, audience)
    requested_page = page_number
    counted = None
    language = translation.get_language()
    context = {
        "search_query": parsed.text,
        "parsed": parsed,
        "filters": filters,
        "page_number": page_number,
        "kinds": registry.KINDS,
        "facet_titles": FACET_TITLES,
        "clear_filters_url": "?" + urlencode([("q", parsed.text)]),
    }
    status = 200
    if parsed.text and parsed.is_empty:
        context["no_words"] = True
    if not parsed.is_empty:
        try:
            outcome = search(parsed, filters, page_number, audience, language)
            pages = max(1, math.ceil(outcome.total / engine.PAGE_SIZE))
            if outcome.total and page_number > pages:
                page_number = pages
                outcome = search(parsed, filters, page_number, audience, language)
            context.update(
                outcome=outcome,
                page_number=page_number,
                pagination=paginate(
                    range(outcome.total),
                    page_number,
                    engine.PAGE_SIZE,
                    _params(parsed.text, filters),
                ),
                first_index=(page_number - 1) * engine.PAGE_SIZE + 1,
                facet_groups=[
                    (name, FACET_TITLES[name], outcome.facets.get(name, []))
                    for name in ("type", "standard", "area", "age")
                ],
            )
            found = outcome.total + len(outcome.promoted)
            if requested_page == 1 and not filters.any:
                counted = (found, audience.council_id)
            if not found:
                context.update(
                    suggestions=[
                        {"text": text, "url": "?" + urlencode([("q", text)])}
                        for text in query.suggestions(parsed, audience)
                    ],
                    related=[
                        {"text": text, "url": "?" + urlencode([("q", text)])}
                        for text in query.related_terms(parsed, audience)
                    ],
                    ask=whom_to_ask(request),
                )
        except DatabaseError:
            logger.exception("Staff search failed")
            context["search_failed"] = True
            status = 503
    if "outcome" not in context or not (context["outcome"].total or context["outcome"].promoted):
        try:
            context["most_used"] = engine.most_used(audience, language=language)
        except DatabaseError:
            context["most_used"] = []
    return render(request, "search/search_results.html", context, status=status), counted


@require_GET
def entry(request, pk):
    """A directory entry, contact or document that has no page of its own, as search found it.

    Another council's entry is not found (404); one of this council behind a
    restriction the person does not pass is refused (403), so a document's
    text is never shown to someone its collection's privacy keeps out.
    """
    audience = _audience(request)
    if audience.council_id is None:
        raise Http404
    found = get_object_or_404(SearchEntry.all_councils, pk=pk, council_id=audience.council_id)
    if not audience.may_open(found):
        raise PermissionDenied
    stats.opened_from_search(request, getattr(request, "council", None))
    standards = list(found.facets.filter(facet="standard").order_by("position"))
    kind = registry.KINDS_BY_CODE.get(found.kind)
    return render(
        request,
        "search/entry.html",
        {"entry": found, "kind": kind, "standards": standards},
    )


def whom_to_ask(request):
    """The council's people to ask when a search finds nothing, kept while its content stands."""
    council = getattr(request, "council", None)
    if council is None:
        return []
    return page_cache.remember(
        council.pk, "whom to ask", lambda: list(registry.whom_to_ask(council)), request=request
    )
