"""Turning pages, directory entries and documents into search entries.

Each entry holds what search needs to rank, filter and show a result
without touching the source model again: title, kind, text, address,
practice standards, service areas and ages.
"""

import logging
from itertools import islice

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.db import transaction
from django.utils import translation
from django.utils.encoding import force_str
from django.utils.html import strip_tags
from wagtail.models import Page
from wagtail.search import index
from wagtail.search.backends import get_search_backends

from home.models import Council
from search import registry
from search.models import SearchEntry, SearchEntryFacet
from search.text import stems

logger = logging.getLogger(__name__)

VOCABULARY_VERSION_KEY = "search:vocabulary-version"
MAX_BODY_CHARS = 200_000
MAX_KEYWORD_STEMS = 4000
TITLE_FIELDS = ("title", "name")
SUMMARY_FIELDS = ("summary", "search_description", "intro", "description", "what", "role")


def _flatten(value):
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, list | tuple):
        return " ".join(_flatten(item) for item in value)
    if isinstance(value, dict):
        return " ".join(_flatten(item) for item in value.values())
    if hasattr(value, "get_searchable_content"):  # a StreamField value
        return " ".join(value.get_searchable_content())
    return force_str(value)


def _field_texts(obj, fields):
    """Text of each SearchField, as Wagtail's own database backend collects it."""
    for search_field in fields:
        if isinstance(search_field, index.SearchField):
            try:
                value = search_field.get_value(obj)
            except Exception:  # A broken field must not stop the rest being found.
                logger.warning("Could not read %s for search", search_field.field_name)
                continue
            yield search_field.field_name, _plain(_flatten(value))
        elif isinstance(search_field, index.RelatedFields):
            related = search_field.get_value(obj)
            if related is None:
                continue
            items = related.all() if hasattr(related, "all") else [related]
            for item in items:
                yield from _field_texts(item, search_field.fields)


def _plain(text):
    return " ".join(strip_tags(text).split())


def _first_text(obj, names, plain=_plain):
    for name in names:
        value = getattr(obj, name, None)
        if callable(value) or value is None:
            continue
        text = plain(_flatten(value))
        if text:
            return text
    return ""


def _related_terms(obj, names):
    """Objects of the first many-to-many or foreign key in ``names`` that ``obj`` has."""
    for name in names:
        value = getattr(obj, name, None)
        if value is None:
            continue
        if hasattr(value, "all"):
            return list(value.all())
        return [value]
    return []


def _term_value(term):
    return str(getattr(term, "code", None) or getattr(term, "slug", None) or term.pk)


def _term_label(term):
    return str(getattr(term, "short_title", None) or getattr(term, "title", None) or term)


def _standards(obj):
    standards = _related_terms(obj, ("practice_standards", "standards", "practice_standard"))
    if standards:
        # Standard pages in the order the framework lists them.
        return sorted(standards, key=lambda standard: getattr(standard, "path", ""))
    # A page under a practice standard page belongs to that standard.
    if isinstance(obj, Page):
        for ancestor in obj.get_ancestors(inclusive=True).specific().iterator():
            if registry.kind_for(type(ancestor)) == "standard":
                return [ancestor]
    return []


def _ages(obj):
    for low_name, high_name in (("minimum_age", "maximum_age"), ("age_min", "age_max")):
        if hasattr(obj, low_name) or hasattr(obj, high_name):
            return getattr(obj, low_name, None), getattr(obj, high_name, None)
    return None


def age_bands(low, high):
    low = 0 if low is None else low
    high = 200 if high is None else high
    return [band for band in registry.AGE_BANDS if band[2] <= high and band[3] >= low]


def facets_for(obj):
    found = []
    for position, standard in enumerate(_standards(obj)):
        found.append(
            (SearchEntryFacet.STANDARD, _term_value(standard), _term_label(standard), position)
        )
    for position, area in enumerate(_related_terms(obj, ("service_areas", "service_area"))):
        found.append((SearchEntryFacet.AREA, _term_value(area), _term_label(area), position))
    ages = _ages(obj)
    if ages is not None:
        for position, (code, label, _low, _high) in enumerate(age_bands(*ages)):
            found.append((SearchEntryFacet.AGE, code, str(label), position))
    return found


def _url_and_site(obj):
    if isinstance(obj, Page):
        parts = obj.get_url_parts()
        if parts is None:
            return "", None
        site_id, _root, path = parts
        return path, site_id
    url = ""
    for name in ("get_url", "url"):
        value = getattr(obj, name, None)
        if callable(value):
            try:
                value = value()
            except TypeError:
                value = None
        if isinstance(value, str) and value:
            url = value
            break
    site = getattr(obj, "site_id", None)
    return url, site


def council_for(obj, site_id):
    """The council an object's entry belongs to; an object of no council is found by nobody."""
    council_id = getattr(obj, "council_id", None)
    if council_id is not None:
        return Council.objects.filter(pk=council_id).select_related("site").first()
    if isinstance(obj, Page):
        return Council.objects.filter(site_id=site_id).first() if site_id else None
    if hasattr(obj, "collection"):
        return Council.for_collection(obj.collection)
    return None


def is_searchable(obj):
    if isinstance(obj, Page):
        return obj.live and obj.depth > 1 and not obj.expired
    if hasattr(obj, "live") and not obj.live:
        return False
    return not getattr(obj, "expired", False)


def content_type_for(obj):
    model = Page if isinstance(obj, Page) else type(obj)
    return ContentType.objects.get_for_model(model, for_concrete_model=True)


def build(obj):
    """The fields and facets of the entry for ``obj``, or None if staff should not find it."""
    kind = registry.kind_for_object(obj)
    if kind is None or not is_searchable(obj) or registry.is_excluded(obj):
        return None
    # Titles are plain text: "<" in a title is a character, not markup.
    title = _first_text(obj, TITLE_FIELDS, plain=lambda text: " ".join(text.split()))
    title = title or " ".join(str(obj).split())
    texts = [text for name, text in _field_texts(obj, obj.get_search_fields()) if text]
    texts = [text for text in texts if text != title]
    texts.extend(registry.extra_text(obj))
    if hasattr(obj, "extracted_text"):
        texts.append(obj.extracted_text)
    body = " ".join(dict.fromkeys(texts))[:MAX_BODY_CHARS]
    summary = (registry.summary_for(obj) or _first_text(obj, SUMMARY_FIELDS))[:1000]
    facets = facets_for(obj)
    labels = " ".join(label for _facet, _value, label, _position in facets)
    # "contact", "organisation" or "document" typed in a query should favour that kind.
    with translation.override(settings.LANGUAGE_CODE):
        labels += " " + str(registry.KINDS_BY_CODE[kind].label)
    keyword_stems = dict.fromkeys(stems(f"{title} {summary} {labels} {body}"))
    url, site_id = _url_and_site(obj)
    council = council_for(obj, site_id)
    if council is None:
        return None
    url = registry.url_for(obj) or url
    locale = getattr(obj, "locale", None)
    return {
        "kind": kind,
        "title": title[:255],
        "summary": summary,
        "body": body,
        "keywords": " ".join(list(keyword_stems)[:MAX_KEYWORD_STEMS]) + " " + labels,
        "url": url[:500],
        "site_id": council.site_id,
        "council": council,
        "locale": locale.language_code if locale is not None else "",
        "translation_key": getattr(obj, "translation_key", None),
    }, facets


def _save(obj, built):
    fields, facets = built
    entry, _created = SearchEntry.objects.update_or_create(
        content_type=content_type_for(obj), object_id=str(obj.pk), defaults=fields
    )
    entry.facets.all().delete()
    SearchEntryFacet.objects.bulk_create(
        SearchEntryFacet(
            entry=entry, facet=facet, value=value[:100], label=label[:255], position=position
        )
        for facet, value, label, position in facets
    )
    return entry


def vocabulary_changed():
    try:
        cache.incr(VOCABULARY_VERSION_KEY)
    except ValueError:
        cache.set(VOCABULARY_VERSION_KEY, 1, None)


def update(obj):
    """Bring the entry for ``obj`` up to date, removing it if staff should no longer find it."""
    # Index what is stored, never an in-memory copy that may hold an unsaved draft.
    model = type(obj)
    stored = getattr(model, "all_councils", model._default_manager).filter(pk=obj.pk).first()
    if stored is None:
        remove(obj)
        return None
    obj = stored.specific if isinstance(stored, Page) else stored
    built = build(obj)
    if built is None:
        remove(obj)
        return None
    with transaction.atomic():
        entry = _save(obj, built)
    index.insert_or_update_object(entry)
    vocabulary_changed()
    return entry


def remove(obj):
    entries = SearchEntry.objects.filter(content_type=content_type_for(obj), object_id=str(obj.pk))
    for entry in entries:
        index.remove_object(entry)
    if entries.delete()[0]:
        vocabulary_changed()


def batched(iterable, size):
    iterator = iter(iterable)
    while batch := list(islice(iterator, size)):
        yield batch


def candidates():
    """Every object staff search might cover, model by model."""
    yield from Page.objects.live().filter(depth__gt=1).specific().iterator(chunk_size=500)
    for model in registry.snippet_models():
        manager = getattr(model, "all_councils", model._default_manager)
        yield from manager.all().iterator(chunk_size=500)


def rebuild():
    """Recreate every entry and its index from the content; returns how many entries."""
    seen = set()
    count = 0
    with transaction.atomic():
        for batch in batched(candidates(), 500):
            entries = []
            for obj in batch:
                built = build(obj)
                if built is None:
                    continue
                entry = _save(obj, built)
                seen.add(entry.pk)
                entries.append(entry)
            for backend in get_search_backends():
                backend.add_bulk(SearchEntry, entries)
            count += len(entries)
        stale = SearchEntry.objects.exclude(pk__in=seen)
        for entry in stale:
            index.remove_object(entry)
        stale.delete()
    vocabulary_changed()
    return count
