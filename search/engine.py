"""Running a staff search: eligible entries, ranking, filters with counts, promotions."""

import hashlib
import json
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.db.models import Aggregate, Count, Max, OuterRef, Q, Subquery, TextField, Value
from django.db.models.functions import JSONArray, Substr
from wagtail.contrib.search_promotions.models import Query
from wagtail.models import Page
from wagtail.search.utils import normalise_query_string

from search import matching, registry
from search.indexing import Remembered
from search.models import SearchEntry, SearchEntryFacet
from search.text import contains_phrase, excerpt, highlight_html, shows, stem, words

PAGE_SIZE = 10
# Between two equally good matches, staff want the service or tool before its mailbox.
KIND_PRIOR = {
    "intervention": 0.35,
    "tool": 0.25,
    "standard": 0.2,
    "consultation": 0.2,
    "group": 0.15,
    "organisation": 0.1,
    "document": 0.1,
}
RERANKED = 100
_promoted = Remembered(size=1)  # "queries": the promoted search texts
MAX_FILTER_VALUES = 20
FILTER_VALUE = re.compile(r"^[\w-]{1,100}$")
FACETS = [
    ("standard", SearchEntryFacet.STANDARD),
    ("area", SearchEntryFacet.AREA),
    ("age", SearchEntryFacet.AGE),
]


@dataclass
class Filters:
    kinds: list = field(default_factory=list)
    standard: list = field(default_factory=list)
    area: list = field(default_factory=list)
    age: list = field(default_factory=list)

    @classmethod
    def from_querydict(cls, data):
        """Keep only well-formed values; anything else is ignored, never an error."""

        def values(name):
            kept = [value for value in data.getlist(name) if FILTER_VALUE.match(value or "")]
            return list(dict.fromkeys(kept))[:MAX_FILTER_VALUES]

        return cls(
            kinds=[kind for kind in values("type") if kind in registry.KINDS_BY_CODE],
            standard=values("standard"),
            area=values("area"),
            age=values("age"),
        )

    def selected(self, name):
        return getattr(self, "kinds" if name == "type" else name)

    @property
    def any(self):
        return bool(self.kinds or self.standard or self.area or self.age)


@dataclass
class Result:
    title: str
    url: str
    kind: str
    kind_label: str
    excerpt: str = ""
    standards: list = field(default_factory=list)
    promoted: bool = False
    entry_id: int | None = None
    title_html: str = ""


@dataclass
class FacetOption:
    value: str
    label: str
    count: int
    selected: bool


@dataclass
class Outcome:
    results: list
    total: int
    facets: dict
    promoted: list
    capped: bool = False


def eligible(audience, language):
    """Entries ``audience`` may be shown in ``language``."""
    entries = audience.entries()
    default = settings.LANGUAGE_CODE
    if language and language != default:
        translated = (
            audience.entries()
            .filter(locale=language, translation_key__isnull=False)
            .values("translation_key")
        )
        entries = entries.filter(
            Q(locale__in=[language, ""]) | (Q(locale=default) & ~Q(translation_key__in=translated))
        )
    else:
        entries = entries.filter(locale__in=[default, ""])
    return entries


class _Read(NamedTuple):
    title_words: tuple
    title_stems: frozenset
    stems: frozenset  # title, summary and keywords
    summary_words: frozenset
    summary_stems: frozenset


@lru_cache(maxsize=4096)
def _read(title, summary, keywords):
    """The words and stems of an entry's texts that ranking and excerpts compare.

    Remembered in the process: the same best entries come up search after
    search, and splitting and stemming them was a tenth of a never-seen search.
    Keyed by the texts themselves, so an edited entry is read afresh.
    """
    title_words = tuple(words(title))
    title_stems = frozenset(stem(word) for word in set(title_words))
    summary_words = frozenset(words(summary))
    summary_stems = frozenset(stem(word) for word in summary_words)
    return _Read(
        title_words,
        title_stems,
        title_stems | frozenset(keywords.split()) | summary_stems,
        summary_words,
        summary_stems,
    )


def within(audience, language):
    """``eligible()`` as the matching query keeps it: compiled once per audience and language."""
    return matching.Eligible(lambda: eligible(audience, language), key=(audience, language))


def _matches(concept, stems):
    return any(set(alternative) <= stems for alternative in concept.alternatives)


def rerank(entries, parsed):
    """Order the best candidates by how well their title and tags answer every word typed.

    The database orders by BM25 (SQLite) or ts_rank (PostgreSQL); both reward
    repetition in long texts. Staff expect the page named after what they
    typed first, so title coverage counts most, then coverage anywhere, then
    the database's own order.
    """
    concepts = parsed.concepts
    if not concepts:
        return entries
    typed = [concept.word for concept in concepts]
    # A meaning typed in full ("what is a child in need"): its stop words ("in", "need")
    # are not concepts, so a title that says the whole phrase is the better answer.
    said = words(parsed.text)
    phrases = [
        phrase
        for _term, meanings in parsed.expansions
        for phrase in (words(meaning) for meaning in meanings)
        if len(phrase) > 1 and contains_phrase(said, phrase)
    ]
    scored = []
    for position, entry in enumerate(entries):
        read = _read(entry.title, entry.summary or "", entry.keywords or "")
        in_title = sum(_matches(concept, read.title_stems) for concept in concepts)
        anywhere = sum(_matches(concept, read.stems) for concept in concepts)
        in_words = list(read.title_words)
        title_words = [word for word in in_words if len(word) > 1]
        exact = title_words == typed or (len(typed) == 1 and typed[0] in title_words[:1])
        says_phrase = any(contains_phrase(in_words, phrase) for phrase in phrases)
        score = (
            KIND_PRIOR.get(entry.kind, 0.0)
            + (1.0 if says_phrase else 0.0)
            + 3.0 * in_title / len(concepts)
            + 2.0 * anywhere / len(concepts)
            + (1.0 if exact else 0.0)
            + 0.6 / (1 + position / 3)
            - 0.02 * max(0, len(title_words) - 6)
        )
        scored.append((score, -position, entry))
    scored.sort(key=lambda item: (item[0], item[1]), reverse=True)
    return [entry for _score, _position, entry in scored]


class Matched:
    """The eligible matches of a query, best first, with their kinds.

    One round trip brings the matches, the texts of the best ones for
    re-ranking and, with no filter value chosen, every filter's counts; values
    chosen are read for their filters only, and then counted by one grouped
    query, so a search matching a thousand entries stays cheap.
    """

    def __init__(self, parsed, audience, language, filters, details=RERANKED, entries=None):
        self.members = {}  # filter name -> ids having one of the chosen values
        found = matching.match(
            parsed.match_terms,
            audience.council_id,
            # Who may see what is kept by the matching query itself.
            entries=within(audience, language) if entries is None else entries,
            details=details,
            facet_kinds=filters.kinds,
        )
        self.capped = len(found.matches) >= matching.MAX_MATCHES
        self.ranked = [pk for pk, _score, _kind in found.matches]
        self.kinds = {pk: kind for pk, _score, kind in found.matches}
        self.details = found.details
        self.counts = found.counts
        for name, facet in FACETS:
            chosen = getattr(filters, name)
            if chosen:
                self.counts = None  # counted over the entries the chosen values keep
                self.members[name] = set(
                    SearchEntryFacet.objects.filter(
                        entry_id__among=self.ranked, facet=facet, value__in=chosen
                    ).values_list("entry_id", flat=True)
                )

    def passes(self, pk, filters, kinds=True):
        if kinds and filters.kinds and self.kinds[pk] not in filters.kinds:
            return False
        return all(pk in members for members in self.members.values())

    def entries(self, ids):
        """The entries ``ids`` with what re-ranking reads, in that order; read only if not known."""
        missing = [pk for pk in ids if pk not in self.details]
        loaded = {entry.pk: entry for entry in _load(missing)}
        found = []
        for pk in ids:
            if pk in loaded:
                found.append(loaded[pk])
            elif pk in self.details:
                title, summary, keywords, url, pairs = self.details[pk]
                found.append(
                    Candidate(
                        pk, title, summary, keywords, url, self.kinds[pk], tuple(_labels(pairs))
                    )
                )
        return found


@dataclass(frozen=True)
class Candidate:
    """What re-ranking and showing a result read of an entry: a model instance costs more."""

    pk: int
    title: str
    summary: str
    keywords: str
    url: str
    kind: str
    standards: tuple = ()


def _kind_options(matched, filters):
    if matched.members:
        counts = Counter(
            matched.kinds[pk] for pk in matched.ranked if matched.passes(pk, filters, kinds=False)
        )
    else:
        counts = Counter(matched.kinds.values())
    return [
        FacetOption(
            kind.code, str(kind.plural), counts.get(kind.code, 0), kind.code in filters.kinds
        )
        for kind in registry.KINDS
        if counts.get(kind.code) or kind.code in filters.kinds
    ]


def _facet_options(selected_ids, filters, counted=None):
    """Each filter's values among ``selected_ids`` with their counts (``counted`` if known)."""
    if counted is not None:
        rows = [
            {"facet": facet, "value": value, "count": count, "label": label}
            for facet, value, count, label in counted
        ]
    elif selected_ids:
        rows = (
            SearchEntryFacet.objects.filter(entry_id__among=selected_ids)
            .values("facet", "value")
            .annotate(count=Count("entry_id", distinct=True), label=Max("label"))
            .order_by()
        )
    else:
        rows = []
    names = {facet: name for name, facet in FACETS}
    options = {name: [] for name, _facet in FACETS}
    for row in rows:
        name = names.get(row["facet"])
        if name is not None:
            chosen = getattr(filters, name)
            options[name].append(
                FacetOption(row["value"], row["label"], row["count"], row["value"] in chosen)
            )
    for name, _facet in FACETS:
        options[name].sort(key=lambda option: option.label.casefold())
        present_values = {option.value for option in options[name]}
        options[name].extend(
            FacetOption(value, value, 0, True)
            for value in getattr(filters, name)
            if value not in present_values
        )
    order = {code: position for position, (code, *_rest) in enumerate(registry.AGE_BANDS)}
    options["age"].sort(key=lambda option: order.get(option.value, 99))
    return options


class _Pairs(Aggregate):
    """[[position, label], ...] as JSON: ordered in Python, as no aggregate order is portable."""

    function = "JSON_GROUP_ARRAY"
    output_field = TextField()

    def as_postgresql(self, compiler, connection, **extra_context):
        return super().as_sql(compiler, connection, function="JSON_AGG", **extra_context)


def _standards_column():
    return Subquery(
        SearchEntryFacet.objects.filter(entry_id=OuterRef("pk"), facet=SearchEntryFacet.STANDARD)
        .order_by()
        .values("entry_id")
        .annotate(pairs=_Pairs(JSONArray("position", "label")))
        .values("pairs")
    )


def _labels(pairs):
    if not pairs:
        return []
    pairs = json.loads(pairs) if isinstance(pairs, str) else pairs
    return [label for _position, label in sorted(pairs, key=lambda pair: pair[0])]


def entry_url(entry):
    if entry.url:
        return entry.url
    from django.urls import reverse

    return reverse("search:entry", args=[entry.pk])


def present(entries, parsed, promoted=False, standards=None):
    ids = [entry.pk for entry in entries]
    if not ids:
        return []
    terms = parsed.highlight_terms
    summary_matches = {entry.pk: _summary_has_match(entry, terms) for entry in entries}
    # A body is read only where the excerpt may come from it (a summary showing no match).
    bodies = [pk for pk in ids if not summary_matches[pk]]
    if all(isinstance(entry, Candidate) for entry in entries):
        # Texts and practice standards came with the matches.
        texts = {entry.pk: (entry.summary, "") for entry in entries}
        found = {entry.pk: list(entry.standards) for entry in entries}
        if bodies:
            rows = (
                SearchEntry.all_councils.filter(pk__among=bodies)
                .annotate(snippet=Substr("body", 1, 20000))
                .values_list("pk", "snippet")
            )
            for pk, body in rows:
                texts[pk] = (texts[pk][0], body)
    else:
        # Texts and practice standards in one round trip.
        snippet = Substr("body", 1, 20000) if bodies else Value("", output_field=TextField())
        rows = (
            SearchEntry.all_councils.filter(pk__among=ids)
            .annotate(snippet=snippet, pairs=_standards_column())
            .values_list("pk", "summary", "snippet", "pairs")
        )
        texts, found = {}, {}
        for pk, summary, body, pairs in rows:
            texts[pk] = (summary, body)
            found[pk] = _labels(pairs)
    standards = found if standards is None else standards
    results = []
    for entry in entries:
        summary, body = texts.get(entry.pk, ("", ""))
        matched = summary_matches[entry.pk]
        # A body is searched as the excerpt will be, not split into words: it may be long.
        text = body if body and not matched and shows(body, terms) else ""
        kind = registry.KINDS_BY_CODE.get(entry.kind)
        results.append(
            Result(
                title=entry.title,
                title_html=highlight_html(entry.title, terms),
                url=entry_url(entry),
                kind=entry.kind,
                kind_label=str(kind.label) if kind else entry.kind,
                excerpt=excerpt(text or summary or body, terms),
                standards=standards.get(entry.pk, []),
                promoted=promoted,
                entry_id=entry.pk,
            )
        )
    return results


def _summary_has_match(entry, terms):
    read = _read(entry.title, entry.summary or "", getattr(entry, "keywords", "") or "")
    terms = set(terms)
    return not (read.summary_words.isdisjoint(terms) and read.summary_stems.isdisjoint(terms))


def promotions(parsed, shown):
    """Editors' chosen results for this exact query (Wagtail's search promotions).

    Wagtail's promotions belong to no council, so only promoted pages are
    shown, and only those among the entries this person may be shown: a page
    of another council, or an external link that no council owns, never is.
    """
    text = normalise_query_string(parsed.text)
    if text not in _promoted_queries():
        return [], set()
    query = Query.objects.filter(query_string=text).first()
    if query is None:
        return [], set()
    picks = list(query.editors_picks.select_related("page").order_by("sort_order"))
    if not picks:
        return [], set()
    page_type = ContentType.objects.get_for_model(Page)
    page_ids = [str(pick.page_id) for pick in picks if pick.page_id]
    entries = {
        entry.object_id: entry
        for entry in shown.queryset.filter(content_type=page_type, object_id__in=page_ids)
    }
    shown, results = set(), []
    for pick in picks:
        entry = entries.get(str(pick.page_id))
        if entry is None:
            continue
        result = present([entry], parsed, promoted=True)[0]
        if pick.description:
            result.excerpt = highlight_html(pick.description, parsed.highlight_terms)
        shown.add(entry.pk)
        results.append(result)
    return results, shown


def _promoted_queries():
    """The searches editors promote results for, kept per index version in this process.

    Most searches have no promotion; knowing which do saves each of them a query.
    Any promotion's change moves the index version on.
    """
    return _promoted.get("queries", _promoted_texts)


def _promoted_texts():
    texts = Query.objects.filter(editors_picks__isnull=False).values_list("query_string", flat=True)
    return frozenset(texts)


def search(parsed, filters, page_number, audience, language=None):
    base = within(audience, language)
    promoted, promoted_ids = promotions(parsed, base) if not filters.any else ([], set())
    # The best candidates' texts come with the matches, promoted ones and all.
    matched = Matched(
        parsed, audience, language, filters, details=RERANKED + len(promoted_ids), entries=base
    )
    kind_options = _kind_options(matched, filters)
    if filters.kinds or matched.members:
        selected = [pk for pk in matched.ranked if matched.passes(pk, filters)]
    else:
        selected = matched.ranked
    facets = {"type": kind_options, **_facet_options(selected, filters, matched.counts)}
    organic = [pk for pk in selected if pk not in promoted_ids]

    start = (page_number - 1) * PAGE_SIZE
    stop = start + PAGE_SIZE
    if stop <= RERANKED:
        candidates = matched.entries(organic[:RERANKED])
        window = rerank(candidates, parsed)[start:stop]
    else:
        window = _load(organic[start:stop])
    return Outcome(
        results=present(window, parsed),
        total=len(selected),
        facets=facets,
        promoted=promoted if page_number == 1 else [],
        capped=matched.capped,
    )


def cached_search(parsed, filters, page_number, audience, language=None):
    """``search()``, remembered for a few minutes until the index or the synonyms change.

    Staff repeat the same few searches all day; the cache key carries the
    index version, which every indexing change and every synonym or
    promotion change moves on.
    """
    seconds = getattr(settings, "SEARCH_RESULTS_CACHE_SECONDS", 300)
    if not seconds:
        return search(parsed, filters, page_number, audience, language=language)
    from search.indexing import vocabulary_version

    version = vocabulary_version() or 0
    identity = repr(
        (
            version,
            audience.key,
            language,
            parsed.text.casefold(),
            sorted(filters.kinds),
            sorted(filters.standard),
            sorted(filters.area),
            sorted(filters.age),
            page_number,
        )
    )
    key = "search:results:" + hashlib.sha256(identity.encode()).hexdigest()
    outcome = cache.get(key)
    if outcome is None:
        outcome = search(parsed, filters, page_number, audience, language=language)
        cache.set(key, outcome, seconds)
    return outcome


def _load(ids):
    if not ids:
        return []
    entries = SearchEntry.all_councils.filter(pk__among=ids).only(
        "pk", "title", "summary", "keywords", "kind", "url"
    )
    by_id = {entry.pk: entry for entry in entries}
    return [by_id[pk] for pk in ids if pk in by_id]


def most_used(audience, language=None, limit=8):
    """The resources staff open most, for a search that found nothing.

    Kept while the council's content stands (uses counted since show a little later).
    """
    from home import page_cache

    name = f"search-most-used\n{audience.key}\n{language}\n{limit}"
    return page_cache.remember(
        audience.council_id, name, lambda: _most_used(audience, language, limit)
    )


def _most_used(audience, language, limit):
    # Plain pages (home and index pages) only once staff have actually opened them.
    entries = (
        eligible(audience, language)
        .filter(Q(uses__gt=0) | ~Q(kind="page"))
        .order_by("-uses", "title")[:limit]
    )
    return [
        Result(
            title=entry.title,
            title_html=highlight_html(entry.title, []),
            url=entry_url(entry),
            kind=entry.kind,
            kind_label=str(registry.KINDS_BY_CODE[entry.kind].label)
            if entry.kind in registry.KINDS_BY_CODE
            else entry.kind,
        )
        for entry in entries
    ]
