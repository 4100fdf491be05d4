"""Finding the entries that match a query, best first, in one pass over the index.

Wagtail's query compiler is built for one model at a time and, on SQLite,
scores each row with a correlated subquery; staff search needs every match
of one model with its score at once, to count and filter them. So on SQLite
this module reads Wagtail's own FTS5 index (the rows Wagtail writes); on
PostgreSQL, each entry's own weighted vector, which the database computes
from the entry (migration 0012); and on any other backend (Elasticsearch,
OpenSearch) it goes through Wagtail's search API.

Raw SQL passes by the council manager, so each query here keeps the
council's entries explicitly: another council's matches are never ranked,
and never use up the cap.
"""

from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from django.db import connection
from modelsearch.conf import get_app_config
from wagtail.search.backends import get_search_backend

from search.models import SearchEntry, SearchEntryFacet

# Beyond this many matches staff are told to narrow the search; the best come first anyway.
MAX_MATCHES = 1000
# The text configuration of each entry's vector on PostgreSQL (migration 0012 computes it).
DOCUMENT_CONFIG = "english"
# Weights of the SQLite FTS5 columns, in table order: autocomplete, body, title.
SQLITE_WEIGHTS = (0.0, 1.0, 3.0)


@dataclass
class Found:
    """What one round trip found: the matches, the best ones' texts, the filter counts.

    ``details`` holds ``(title, summary, keywords, url, standards)`` by entry id
    for the best matches (standards as ``[position, label]`` pairs, JSON);
    ``counts`` holds ``(facet, value, count, label)`` for every filter value of
    the matches, or is None when the backend did not count.
    """

    matches: list = field(default_factory=list)
    details: dict = field(default_factory=dict)
    counts: list | None = None


def _quoted(words):
    return [word.replace('"', "").replace("'", "") for word in words if word]


def _groups(terms):
    """``terms`` with every form quoted safely, and forms, words and groups left empty dropped."""
    groups = []
    for group in terms:
        group = tuple(forms for forms in (tuple(_quoted(forms)) for forms in group) if forms)
        if group:
            groups.append(group)
    return groups


def _expression(groups, quote, any_of, all_of):
    def either(forms):
        return "(" + f" {any_of} ".join(quote(form) for form in forms) + ")"

    return f" {any_of} ".join(
        "(" + f" {all_of} ".join(either(forms) for forms in group) + ")" for group in groups
    )


class Eligible:
    """Who may see what, as the matching query keeps it, compiled once per ``key``.

    ``make`` makes the queryset of the entries that may be shown, only when
    it is needed. Building and compiling it cost a never-seen search more than
    a millisecond, for SQL that only ``key`` (the audience and the language)
    decides, so it is compiled once in the process.
    """

    def __init__(self, make, key):
        self._make = make
        self._queryset = None
        self.key = key

    @property
    def queryset(self):
        if self._queryset is None:
            self._queryset = self._make()
        return self._queryset

    def compiled(self, form):
        memo = (connection.alias, form.__name__, self.key)
        try:
            return _compiled[memo]
        except KeyError:
            if len(_compiled) >= MAX_COMPILED:
                _compiled.clear()
            found = _compiled[memo] = form(self.queryset)
            return found


_compiled = {}  # (database, form, key): (sql, params) of who may see what
MAX_COMPILED = 1000


def _within(entries, table):
    """SQL keeping the rows of ``table`` among ``entries`` (who may see them), and parameters."""
    if entries is None:
        return "", ()
    sql, params = entries.compiled(_ids_sql)
    return f"AND {table}.id IN ({sql}) ", params


def _ids_sql(entries):
    sql, params = entries.values("pk").query.get_compiler(connection=connection).as_sql()
    return sql, tuple(params)


def _sqlite_matches(groups, council_id, limit, entries):
    """The SELECT of the best ``limit`` matches: staff id, object id, score (lower first), kind."""
    index_entry = get_app_config().get_model("IndexEntry")
    fts = get_app_config().get_model("SQLiteFTSIndexEntry")
    terms = _expression(groups, lambda form: f'"{form}"', "OR", "AND")
    # Table names come from the models; everything else is a parameter.
    within, within_params = _within(entries, "staff")
    sql = (
        f"SELECT staff.id AS id, entry.object_id AS object_id, "  # noqa: S608
        f"bm25({fts._meta.db_table}, %s, %s, %s) AS score, staff.kind AS kind "
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
    return sql, params, "score, object_id", -1


def _conditions(entries):
    """The WHERE of ``entries`` on the entry table itself, with its parameters, or None.

    None when it reads another table than the entry table (a join), which
    only a subquery can keep.
    """
    return entries.compiled(_conditions_sql)


def _conditions_sql(entries):
    query = entries.query
    compiler = query.get_compiler(connection=connection)
    compiler.pre_sql_setup()
    used = [alias for alias, count in query.alias_refcount.items() if count]
    if used != [SearchEntry._meta.db_table]:
        return None
    sql, params = compiler.compile(compiler.where)
    return sql, tuple(params)


def _postgres_matches(groups, council_id, limit, entries):
    """The SELECT of the best ``limit`` matches: staff id, score (higher first), kind.

    Each entry's own weighted vector (``document``, migration 0012) is matched
    by its GIN index, kept to the council and to who may see it, and ranked,
    in one scan of the entry table: no other council's entry is ever ranked.
    """
    staff = connection.ops.quote_name(SearchEntry._meta.db_table)
    conditions = _conditions(entries) if entries is not None else ("TRUE", ())
    if conditions is None:
        within, within_params = _within(entries, staff)
        conditions = (f"TRUE {within}", within_params)
    where, where_params = conditions
    terms = _expression(groups, lambda form: f"'{form}'", "|", "&")
    # Table names come from the models; everything else is a parameter.
    sql = (
        f"SELECT {staff}.id AS id, "  # noqa: S608
        f"ts_rank({staff}.document, query) AS score, {staff}.kind AS kind "
        f"FROM {staff}, to_tsquery(%s::regconfig, %s) query "
        f"WHERE {staff}.document @@ query AND {staff}.council_id = %s AND {where} "
        f"ORDER BY score DESC, {staff}.id LIMIT %s"
    )
    params = [DOCUMENT_CONFIG, terms, council_id, *where_params, limit]
    return sql, params, "score DESC, id", 1


def _run(select, details, facet_kinds):
    """The matches with the best ones' texts and the filter counts, in one round trip.

    ``select`` is a backend's ``(sql, params, order)``; its rows are numbered in
    its own order, the first ``details`` get what re-ranking reads, and the
    filter values of the matches (of ``facet_kinds`` only, when given) are
    counted beside them.
    """
    sql, params, order, sign = select
    # The matches' filter values looked up by entry, never by reading the whole facet table.
    if connection.vendor == "postgresql":
        among = "= ANY(ARRAY(SELECT id FROM found {}))"
    else:
        among = "IN (SELECT id FROM found {})"
    facet_table = SearchEntryFacet._meta.db_table
    # Each of the best ones' practice standards, as [position, label] pairs.
    if connection.vendor == "postgresql":
        pairs = "json_agg(json_build_array(standard.position, standard.label))"
    else:
        pairs = "json_group_array(json_array(standard.position, standard.label))"
    standards = (
        f"(SELECT {pairs} FROM {facet_table} standard "  # noqa: S608
        "WHERE standard.entry_id = staff.id AND standard.facet = %s)"
    )
    of_kinds = ""
    kinds_params = []
    if facet_kinds:
        of_kinds = f"WHERE kind IN ({', '.join(['%s'] * len(facet_kinds))})"
        kinds_params = list(facet_kinds)
    among = among.format(of_kinds)
    # Table names come from the models; everything else is a parameter.
    combined = (
        "WITH found AS ("  # noqa: S608
        f"SELECT id, score, kind, ROW_NUMBER() OVER (ORDER BY {order}) AS position "
        f"FROM ({sql}) best) "
        "SELECT 'match', id, score, kind, position, NULL, NULL, NULL, NULL, NULL FROM found "
        "UNION ALL "
        # The best only, looked up by their ids: never a pass over the whole entry table.
        "SELECT 'text', staff.id, NULL, NULL, NULL, "
        f"staff.title, staff.summary, staff.keywords, staff.url, {standards} "
        "FROM (SELECT id FROM found ORDER BY position LIMIT %s) best "
        f"JOIN {SearchEntry._meta.db_table} staff ON staff.id = best.id "
        "UNION ALL "
        "SELECT 'facet', NULL, COUNT(*), facet.facet, NULL, "
        "facet.value, MAX(facet.label), NULL, NULL, NULL "
        # Each match once (ids are unique), and each of its values once (the facet table's
        # unique constraint): no join with the matches, and no DISTINCT, is needed to count.
        f"FROM {facet_table} facet WHERE facet.entry_id {among} "
        "GROUP BY facet.facet, facet.value"
    )
    with connection.cursor() as cursor:
        cursor.execute(combined, [*params, SearchEntryFacet.STANDARD, details, *kinds_params])
        rows = cursor.fetchall()
    found = Found(counts=[])
    matches = []
    for part, pk, score, kind, position, title, summary, keywords, url, standard in rows:
        if part == "match":
            matches.append((position, pk, sign * score, kind))
        elif part == "text":
            found.details[pk] = (title, summary, keywords, url, standard)
        else:
            found.counts.append((kind, title, int(score), summary))
    matches.sort()
    found.matches = [(pk, score, kind) for _position, pk, score, kind in matches]
    return found


def _wagtail_api(groups, council_id, limit, entries=None):
    # Any word of any group: Wagtail's query API has no groups to say "all of these".
    words = dict.fromkeys(form for group in groups for forms in group for form in forms)
    mine = SearchEntry.all_councils.filter(council_id=council_id)
    results = get_search_backend().search(" ".join(words), mine, operator="or")
    found = list(results[:limit])
    if entries is not None:
        allowed = set(
            entries.queryset.filter(pk__among=[entry.pk for entry in found]).values_list("pk")
        )
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


def match(terms, council_id, limit=MAX_MATCHES, entries=None, details=0, facet_kinds=None):
    """The entries of the council matching any of ``terms``, best first, as ``Found``.

    Each term is a group of words that must all be there (often just one), each
    word given as a tuple of its forms (``ParsedQuery.match_terms``).

    ``matches`` are ``(entry id, score, kind)``; with ``entries`` (who may see
    what, an ``Eligible``: ``engine.within()``), only those among them. On the database backends one
    round trip also brings the texts of the best ``details`` matches and the
    counts of the matches' filter values (of ``facet_kinds`` only, when given);
    on any other backend ``details`` is empty and ``counts`` None.
    """
    groups = _groups(terms)
    if not groups or council_id is None:
        return Found(counts=[])
    kind = backend_kind()
    if kind == "sqlite":
        return _run(_sqlite_matches(groups, council_id, limit, entries), details, facet_kinds)
    if kind == "postgres":
        return _run(_postgres_matches(groups, council_id, limit, entries), details, facet_kinds)
    return Found(matches=_wagtail_api(groups, council_id, limit, entries))
