"""Documents and images are council records: each belongs to the council of its collection.

Every council keeps its files in a collection of its own (``Council.collection``)
and the collections below it. The default manager of the document and image
models keeps every query made for a council to that council's files, as
``CouncilManager`` does for ``CouncilOwned`` records: Wagtail's serve view,
choosers, listings, bulk actions, usage screens and the admin API all find
another council's file "not found", because they all go through it. A file
outside every council's collection belongs to none and is found by none.
Code that truly works across councils says so with ``all_councils``.
"""

from django.db import models
from django.db.models import F
from wagtail.documents.models import DocumentQuerySet
from wagtail.images.models import ImageQuerySet

from councils.tenancy import InCurrentCouncil, current_council


class InCurrentCouncilCollection(InCurrentCouncil):
    """A WHERE condition on ``collection_id``: the collection is the current council's or below it.

    Without a council in scope it answers as ``InCurrentCouncil`` does, so the
    files follow whatever the tenancy rule is there. The council's collection
    path is read in the same query, so a moved collection takes its files along.
    """

    lookup_name = "in_current_council_collection"

    def as_sql(self, compiler, connection):
        council = current_council()
        if council is None:
            return super().as_sql(compiler, connection)
        if council.collection_id is None:
            return "1 = 0", []
        from wagtail.models import Collection

        table = connection.ops.quote_name(Collection._meta.db_table)
        sql, params = self.process_lhs(compiler, connection)
        # A quoted table name; the values are parameters.
        below = (
            f"{sql} IN (SELECT inner_c.id FROM {table} inner_c, {table} outer_c "  # noqa: S608
            "WHERE outer_c.id = %s AND inner_c.path LIKE outer_c.path || '%%')"
        )
        return below, [*params, council.collection_id]


class CouncilFilesQuerySetMixin:
    def in_current_council(self):
        return self.filter(InCurrentCouncilCollection(F("collection_id")))

    def for_council(self, council):
        if council.collection_id is None:
            return self.none()
        return self.filter(collection__path__startswith=council.collection.path)


class CouncilDocumentQuerySet(CouncilFilesQuerySetMixin, DocumentQuerySet):
    pass


class CouncilImageQuerySet(CouncilFilesQuerySetMixin, ImageQuerySet):
    pass


class CouncilDocumentManager(models.Manager.from_queryset(CouncilDocumentQuerySet)):
    """The current council's documents only."""

    def get_queryset(self):
        return super().get_queryset().in_current_council()


class CouncilImageManager(models.Manager.from_queryset(CouncilImageQuerySet)):
    """The current council's images only."""

    def get_queryset(self):
        return super().get_queryset().in_current_council()


AllCouncilsDocumentManager = models.Manager.from_queryset(CouncilDocumentQuerySet)
AllCouncilsImageManager = models.Manager.from_queryset(CouncilImageQuerySet)
