"""Turning pages, directory entries and documents into search entries.

Each entry holds what search needs to rank, filter and show a result
without touching the source model again: title, kind, text, address,
practice standards, service areas, ages, its council and who may open it.
What each model gives is its ``staff_search`` declaration
(``home.search_declaration``); nothing here guesses attribute names.
"""

import html
import logging
import time
from contextlib import contextmanager
from contextvars import ContextVar
from itertools import islice

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.db import transaction
from django.utils import translation
from django.utils.encoding import force_str
from django.utils.html import strip_tags
from wagtail.models import BaseViewRestriction, Page
from wagtail.search import index
from wagtail.search.backends import get_search_backends

from councils.models import Council
from home.search_declaration import COLLECTION, COLLECTION_PRIVACY, PAGE_PRIVACY, SITE_TREE
from search import registry
from search.models import SearchEntry, SearchEntryFacet
from search.text import stems

logger = logging.getLogger(__name__)

VOCABULARY_VERSION_KEY = "search:vocabulary-version"
_pinned_version = ContextVar("search_vocabulary_version", default=None)
MAX_BODY_CHARS = 200_000
MAX_KEYWORD_STEMS = 4000


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
    # Rendered HTML carries its text escaped ("Newham&#x27;s"); the index keeps the text
    # itself, which excerpts escape once when they are shown.
    return " ".join(html.unescape(strip_tags(text)).split())


def _texts(obj, names, plain=_plain):
    for name in names:
        value = getattr(obj, name, None)
        if value is None or callable(value):
            continue
        text = plain(_flatten(value))
        if text:
            yield text


def _first_text(obj, names, plain=_plain):
    return next(_texts(obj, names, plain), "")


def _related(obj, name):
    """The objects a declared relation (foreign key or many-to-many) of ``obj`` points at."""
    if not name:
        return []
    value = getattr(obj, name)
    if value is None:
        return []
    return list(value.all()) if hasattr(value, "all") else [value]


def _contacts(obj, declared):
    if not declared.contacts:
        return []
    relation, _dot, attribute = declared.contacts.partition(".")
    items = _related(obj, relation)
    if attribute:
        items = [getattr(item, attribute) for item in items]
    return [item for item in items if item is not None]


def _contact_line(contact):
    # A contact's own declaration says which of its fields make its one-line summary.
    return " · ".join(_texts(contact, contact.staff_search.summary))


def _term_value(term):
    return str(getattr(term, "code", None) or getattr(term, "slug", None) or term.pk)


def _term_label(term):
    return str(getattr(term, "short_title", None) or getattr(term, "title", None) or term)


def _standards(obj, declared):
    if declared.standards:
        # Standard pages in the order the framework lists them.
        return sorted(_related(obj, declared.standards), key=lambda standard: standard.path)
    # A page under a practice standard page belongs to that standard.
    if isinstance(obj, Page):
        for ancestor in obj.get_ancestors(inclusive=True).specific().iterator():
            if registry.kind_for(type(ancestor)) == "standard":
                return [ancestor]
    return []


def age_bands(low, high):
    low = 0 if low is None else low
    high = 200 if high is None else high
    return [band for band in registry.AGE_BANDS if band[2] <= high and band[3] >= low]


def facets_for(obj, declared):
    found = []
    for position, standard in enumerate(_standards(obj, declared)):
        found.append(
            (SearchEntryFacet.STANDARD, _term_value(standard), _term_label(standard), position)
        )
    for position, area in enumerate(_related(obj, declared.areas)):
        found.append((SearchEntryFacet.AREA, _term_value(area), _term_label(area), position))
    if declared.ages:
        low, high = (getattr(obj, name) for name in declared.ages)
        for position, (code, label, _low, _high) in enumerate(age_bands(low, high)):
            found.append((SearchEntryFacet.AGE, code, str(label), position))
    return found


def extra_text(obj, declared):
    texts = []
    for name in declared.extra_text:
        value = getattr(obj, name)
        if hasattr(value, "all"):
            texts.extend(str(item) for item in value.all())
        else:
            texts.append(_plain(_flatten(value)))
    texts.extend(_contact_line(contact) for contact in _contacts(obj, declared))
    return [text for text in texts if text]


def summary_for(obj, declared):
    if declared.summary_joined:
        parts = list(_texts(obj, declared.summary))
    else:
        parts = [_first_text(obj, declared.summary)]
    if declared.summary_contacts:
        parts += [_contact_line(contact) for contact in _contacts(obj, declared)]
    return " · ".join(part for part in parts if part)


def is_hidden(obj, declared):
    return any(getattr(obj, name) == value for name, value in declared.hidden_when.items())


def councils_for(obj, declared):
    """The councils whose staff find ``obj``: its own first, then any that also list it."""
    if declared.council == SITE_TREE:
        own = Council.for_page(obj)
    elif declared.council == COLLECTION:
        own = Council.for_collection(obj.collection)
    else:
        own = Council.objects.filter(pk=obj.council_id).select_related("site__root_page").first()
    if own is None:
        return []  # Of no council: found by nobody.
    councils = [own]
    for other in _related(obj, declared.also_listed_by):
        if other.pk != own.pk:
            councils.append(other)
    return councils


def access_for(obj, declared):
    """Who may open ``obj``: (restriction, ids of the groups let in), after every restriction.

    Wagtail checks each restriction of the page or collection and of its
    ancestors, and all must let a person in: so a password anywhere wins, then
    the groups that every group restriction lets in (an empty set: no one).
    """
    if declared.access == PAGE_PRIVACY:
        restrictions = obj.get_view_restrictions()
    elif declared.access == COLLECTION_PRIVACY:
        restrictions = obj.collection.get_view_restrictions()
    else:
        return SearchEntry.OPEN, []
    restrictions = list(restrictions.prefetch_related("groups"))
    types = {restriction.restriction_type for restriction in restrictions}
    if BaseViewRestriction.PASSWORD in types:
        return SearchEntry.PASSWORD, []
    if BaseViewRestriction.GROUPS in types:
        allowed = None
        for restriction in restrictions:
            if restriction.restriction_type == BaseViewRestriction.GROUPS:
                ids = {group.pk for group in restriction.groups.all()}
                allowed = ids if allowed is None else allowed & ids
        return SearchEntry.GROUPS, sorted(allowed)
    if BaseViewRestriction.LOGIN in types:
        return SearchEntry.LOGIN, []
    return SearchEntry.OPEN, []


def _page_url(page, council):
    parts = page.get_url_parts()
    if parts is None or parts[0] != council.site_id:
        return ""
    return parts[2]


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
    """The entries for ``obj``, one per council that lists it; [] if staff should not find it.

    Each is ``(fields, facets, ids of the groups let in)``.
    """
    declared = registry.declaration(type(obj))
    kind = registry.kind_for_object(obj)
    if kind is None or not is_searchable(obj) or is_hidden(obj, declared):
        return []
    councils = councils_for(obj, declared)
    if not councils:
        return []
    # Titles are plain text: "<" in a title is a character, not markup.
    title = _first_text(obj, declared.title, plain=lambda text: " ".join(text.split()))
    title = title or " ".join(str(obj).split())
    texts = [text for name, text in _field_texts(obj, obj.get_search_fields()) if text]
    texts = [text for text in texts if text != title]
    texts.extend(extra_text(obj, declared))
    body = " ".join(dict.fromkeys(texts))[:MAX_BODY_CHARS]
    summary = summary_for(obj, declared)[:1000]
    facets = facets_for(obj, declared)
    labels = " ".join(label for _facet, _value, label, _position in facets)
    # "contact", "organisation" or "document" typed in a query should favour that kind.
    with translation.override(settings.LANGUAGE_CODE):
        labels += " " + str(registry.KINDS_BY_CODE[kind].label)
    keyword_stems = dict.fromkeys(stems(f"{title} {summary} {labels} {body}"))
    restriction, groups = access_for(obj, declared)
    locale = getattr(obj, "locale", None)
    common = {
        "kind": kind,
        "title": title[:255],
        "summary": summary,
        "body": body,
        "keywords": " ".join(list(keyword_stems)[:MAX_KEYWORD_STEMS]) + " " + labels,
        "restriction": restriction,
        "locale": locale.language_code if locale is not None else "",
        "translation_key": getattr(obj, "translation_key", None),
    }
    built = []
    for council in councils:
        if declared.url:
            url = getattr(obj, declared.url)(council) or ""
        elif isinstance(obj, Page):
            url = _page_url(obj, council)
        else:
            url = ""  # Shown on its search entry page.
        fields = {**common, "url": url[:500], "site_id": council.site_id, "council": council}
        built.append((fields, facets, groups))
    return built


def _save(obj, built):
    """Store the entries of ``obj`` and drop those of councils that no longer list it."""
    content_type = content_type_for(obj)
    entries = []
    for fields, facets, groups in built:
        entry, _created = SearchEntry.all_councils.update_or_create(
            content_type=content_type,
            object_id=str(obj.pk),
            council=fields["council"],
            defaults=fields,
        )
        entry.allowed_groups.set(groups)
        entry.facets.all().delete()
        SearchEntryFacet.objects.bulk_create(
            SearchEntryFacet(
                entry=entry, facet=facet, value=value[:100], label=label[:255], position=position
            )
            for facet, value, label, position in facets
        )
        entries.append(entry)
    stale = SearchEntry.all_councils.filter(content_type=content_type, object_id=str(obj.pk))
    _delete(stale.exclude(pk__in=[entry.pk for entry in entries]))
    return entries


def _delete(entries):
    for entry in entries:
        index.remove_object(entry)
    return entries.delete()[0]


def vocabulary_changed():
    try:
        cache.incr(VOCABULARY_VERSION_KEY)
    except ValueError:
        cache.set(VOCABULARY_VERSION_KEY, fresh_version(), None)


def vocabulary_version():
    """The index's version (made when missing), or None while the cache is not answering.

    A search reads it once: the view pins what the page cache already read
    (``pinned_version``), so synonyms, promotions and suggestions do not each
    ask the cache again.
    """
    pinned = _pinned_version.get()
    if pinned is not None:
        return pinned
    version = cache.get(VOCABULARY_VERSION_KEY)
    if version is None:
        cache.add(VOCABULARY_VERSION_KEY, fresh_version(), None)
        version = cache.get(VOCABULARY_VERSION_KEY)
    return version


class Remembered:
    """Values worked out in this process, kept while the index version stands.

    Synonyms, vocabularies and promotions change only with the index version,
    and every search needs them. Nothing is kept while the cache is not
    answering (no version to know when to forget), and at most ``size`` values
    at a time. Safe under threads: the values of a version are a new dict,
    swapped in whole, so a thread never sees another's half-made change.
    """

    def __init__(self, size):
        self.size = size
        self._kept = (None, {})

    def get(self, key, make):
        version = vocabulary_version()
        if version is None:
            return make()
        kept_version, values = self._kept
        if kept_version != version:
            values = {}
            self._kept = (version, values)
        try:
            return values[key]
        except KeyError:
            pass
        value = make()
        if len(values) >= self.size:
            values = {}
            self._kept = (version, values)
        values[key] = value
        return value


@contextmanager
def pinned_version(version):
    token = _pinned_version.set(version)
    try:
        yield
    finally:
        _pinned_version.reset(token)


def fresh_version():
    # After the cache is emptied the count starts again somewhere no process has seen,
    # so nothing a process remembers under an old number is taken for current.
    return time.time_ns()


def update(obj):
    """Bring the entries for ``obj`` up to date, removing them if staff should no longer find it."""
    # Index what is stored, never an in-memory copy that may hold an unsaved draft.
    model = type(obj)
    stored = getattr(model, "all_councils", model._default_manager).filter(pk=obj.pk).first()
    if stored is None:
        remove(obj)
        return []
    obj = stored.specific if isinstance(stored, Page) else stored
    built = build(obj)
    if not built:
        remove(obj)
        return []
    with transaction.atomic():
        entries = _save(obj, built)
    for entry in entries:
        index.insert_or_update_object(entry)
    vocabulary_changed()
    return entries


def remove(obj):
    entries = SearchEntry.all_councils.filter(
        content_type=content_type_for(obj), object_id=str(obj.pk)
    )
    if _delete(entries):
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
                saved = _save(obj, build(obj))
                seen.update(entry.pk for entry in saved)
                entries.extend(saved)
            for backend in get_search_backends():
                backend.add_bulk(SearchEntry, entries)
            count += len(entries)
        _delete(SearchEntry.all_councils.exclude(pk__in=seen))
    vocabulary_changed()
    return count
