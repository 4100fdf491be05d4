"""Finding the entries that match a query, best first, in one pass over the index.

Wagtail's query compiler is built for one model at a time and, on SQLite,
scores each row with a correlated subquery; staff search needs every match
of one model with its score at once, to count and filter them. So for the
two database backends this module reads Wagtail's own index tables
directly (the same rows Wagtail writes), and for any other backend
(Elasticsearch, OpenSearch) it goes through Wagtail's search API.

Raw SQL passes by the council manager, so each query here joins the entry
table and keeps the council's entries explicitly: another council's matches
are never ranked, and never use up the cap.
"""

from django.contrib.contenttypes.models import ContentType
from django.db import connection
from modelsearch.conf import get_app_config
from wagtail.search.backends import get_search_backend

from search.models import SearchEntry

# Beyond this many matches staff are told to narrow the search; the best come first anyway.
MAX_MATCHES = 1000
# Weights of the SQLite FTS5 columns, in table order: autocomplete, body, title.
SQLITE_WEIGHTS = (0.0, 1.0, 3.0)


def _quoted(words):
    return [word.replace('"', "").replace("'", "") for word in words if word]


def _within(entries):
    """SQL keeping the staff rows among ``entries`` (who may see them), with its parameters."""
    if entries is None:
        return "", []
    sql, params = entries.values("pk").query.get_compiler(connection=connection).as_sql()
    return f"AND staff.id IN ({sql}) ", list(params)


def _sqlite(words, council_id, limit, entries=None):
    index_entry = get_app_config().get_model("IndexEntry")
    fts = get_app_config().get_model("SQLiteFTSIndexEntry")
    terms = " OR ".join(f'"{word}"' for word in _quoted(words))
    # Table names come from the models; everything else is a parameter.
    within, within_params = _within(entries)
    sql = (
        f"SELECT entry.object_id, bm25({fts._meta.db_table}, %s, %s, %s) AS score, "  # noqa: S608
        "staff.kind "
        f"FROM {fts._meta.db_table} JOIN {index_entry._meta.db_table} entry "
        f"ON entry.id = {fts._meta.db_table}.rowid "
        # The entry's id cast, not the staff row's: the primary key is then looked up, where
        # casting every staff id scanned the table once per match (3.6 s at 4,000 matches).
        f"JOIN {SearchEntry._meta.db_table} staff ON staff.id = CAST(entry.object_id AS INTEGER) "
        f"WHERE {fts._meta.db_table} MATCH %s AND entry.content_type_id = %s "
        f"AND staff.council_id = %s {within}"
        "ORDER BY score, entry.object_id LIMIT %s"
    )
    params = [
        *SQLITE_WEIGHTS,
        "{title body} : (" + terms + ")",
        _content_type_id(),
        council_id,
        *within_params,
        limit,
    ]
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return [(int(object_id), -score, kind) for object_id, score, kind in cursor.fetchall()]


def _postgres(words, council_id, limit, entries=None):
    index_entry = get_app_config().get_model("IndexEntry")
    config = get_search_backend().config or "simple"
    terms = " | ".join(f"'{word}'" for word in _quoted(words))
    within, within_params = _within(entries)
    # The table name comes from the model; everything else is a parameter.
    sql = (
        "SELECT entry.object_id, "  # noqa: S608
        "2 * ts_rank(entry.title, query) + ts_rank(entry.body, query) AS score, staff.kind "
        f"FROM {index_entry._meta.db_table} entry "
        f"JOIN {SearchEntry._meta.db_table} staff ON entry.object_id = CAST(staff.id AS TEXT), "
        "to_tsquery(%s::regconfig, %s) query "
        "WHERE entry.content_type_id = %s AND staff.council_id = %s "
        f"AND (entry.title @@ query OR entry.body @@ query) {within}"
        "ORDER BY score DESC, entry.object_id LIMIT %s"
    )
    params = [config, terms, _content_type_id(), council_id, *within_params, limit]
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return [(int(object_id), score, kind) for object_id, score, kind in cursor.fetchall()]


def _wagtail_api(words, council_id, limit, entries=None):
    mine = SearchEntry.all_councils.filter(council_id=council_id)
    results = get_search_backend().search(" ".join(words), mine, operator="or")
    found = list(results[:limit])
    if entries is not None:
        allowed = set(entries.filter(pk__among=[entry.pk for entry in found]).values_list("pk"))
        found = [entry for entry in found if (entry.pk,) in allowed]
    return [
        (entry.pk, float(len(found) - position), entry.kind) for position, entry in enumerate(found)
    ]


def _content_type_id():
    return ContentType.objects.get_for_model(SearchEntry).pk


def backend_kind():
    path = type(get_search_backend()).__module__
    if path.startswith("modelsearch.backends.database.sqlite") and connection.vendor == "sqlite":
        return "sqlite"
    if path.startswith("modelsearch.backends.database.postgres"):
        return "postgres"
    return "wagtail"


def match(words, council_id, limit=MAX_MATCHES, entries=None):
    """``(entry id, score, kind)`` of each entry of the council matching any of ``words``.

    Best first; with ``entries`` (a queryset of who may see what), only those
    among them, in the same round trip.
    """
    words = [word for word in words if word]
    if not words or council_id is None:
        return []
    kind = backend_kind()
    if kind == "sqlite":
        return _sqlite(words, council_id, limit, entries)
    if kind == "postgres":
        return _postgres(words, council_id, limit, entries)
    return _wagtail_api(words, council_id, limit, entries)
