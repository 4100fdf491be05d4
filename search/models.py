import logging

from django.contrib.contenttypes.models import ContentType
from django.db import models, transaction
from django.utils.translation import gettext_lazy as _
from wagtail.documents.models import AbstractDocument
from wagtail.documents.models import Document as WagtailDocument
from wagtail.search import index

from councils.files import AllCouncilsDocumentManager, CouncilDocumentManager
from councils.tenancy import CouncilOwned
from home.search_declaration import COLLECTION, COLLECTION_PRIVACY, StaffSearch
from search import extract

logger = logging.getLogger(__name__)


class SearchableDocument(AbstractDocument):
    """A Wagtail document that also keeps the text inside its file.

    The text is read in a background task after a file is uploaded or
    replaced, so staff search finds a guidance PDF by what it says and not
    only by its title, and the upload answers at once. Editors see how reading
    went on the document's edit page; a file that could not be read, or broke
    a limit, is still found by title.
    """

    extracted_text = models.TextField(_("text found in the file"), blank=True, editable=False)
    extraction_status = models.CharField(
        _("text extraction"),
        max_length=16,
        blank=True,
        editable=False,
        choices=[
            (extract.PENDING, _("Waiting to read the text in the file")),
            (extract.OK, _("Text read from the file")),
            (extract.EMPTY, _("No text in the file")),
            (extract.TOO_LARGE, _("File too large to read: found by its title only")),
            (extract.TIMED_OUT, _("Reading the file took too long: found by its title only")),
            (extract.UNREADABLE, _("File could not be read: found by its title only")),
            (extract.UNSUPPORTED, _("Text is not read from this kind of file")),
        ],
    )

    admin_form_fields = WagtailDocument.admin_form_fields
    # A document belongs to the council of its collection (councils.files).
    objects = CouncilDocumentManager()
    all_councils = AllCouncilsDocumentManager()
    search_fields = [*AbstractDocument.search_fields, index.SearchField("extracted_text")]
    staff_search = StaffSearch(
        kind="document",
        council=COLLECTION,
        access=COLLECTION_PRIVACY,
        summary=(),
        url="staff_search_url",
    )

    class Meta(AbstractDocument.Meta):
        verbose_name = _("document")
        verbose_name_plural = _("documents")

    def staff_search_url(self, council):
        # Wagtail's serve view, which checks the collection's privacy itself.
        return self.url

    def save(self, *args, **kwargs):
        # An uploaded or replaced file is uncommitted until Django stores it.
        new_file = bool(self.file) and not getattr(self.file, "_committed", True)
        if new_file:
            self.extracted_text = ""
            size = getattr(self.file, "size", None)
            self.extraction_status = extract.quick_status(self.file.name, size) or extract.PENDING
        super().save(*args, **kwargs)
        if new_file and self.extraction_status == extract.PENDING:
            from councils.models import Council

            council_id = getattr(Council.for_collection(self.collection), "pk", None)
            document_id, file_name = self.pk, self.file.name
            transaction.on_commit(
                lambda: _read_later(council_id, document_id, file_name), robust=True
            )

    @property
    def extraction_failed(self):
        """The file broke a limit or could not be read, so only its title is searched."""
        return self.extraction_status in (extract.TOO_LARGE, extract.TIMED_OUT, extract.UNREADABLE)

    def read_text(self):
        """Read the stored file's text in a limited child process (see ``search.extract``)."""
        with self.file.open("rb") as fileobj:
            return extract.extract_text(fileobj, self.file.name, size=self.file.size)


def _read_later(council_id, document_id, file_name):
    from search.tasks import read_document_text

    try:
        read_document_text.enqueue(council_id, document_id, file_name)
    except Exception:  # Saved as pending; rebuild_staff_search --read-pending-documents reads it.
        logger.exception("Could not queue reading the text of document %s", document_id)


class SearchEntry(CouncilOwned, index.Indexed, models.Model):
    """One row per thing staff can find: a page, directory entry or document.

    Staff search ranks every kind of content in one list, with filters and
    counts; Wagtail's index of this table does the full-text work. Rows are
    kept in step by signals (see ``search.signals``) and can be rebuilt with
    ``manage.py rebuild_staff_search``.

    An entry belongs to one council and is found only there; an organisation
    that other councils also list has one entry in each. It also keeps who may
    open what it describes (Wagtail's page or collection privacy, its
    ancestors' included), so search lists nothing a person could not open.
    """

    OPEN = ""
    LOGIN = "login"
    GROUPS = "groups"
    PASSWORD = "password"  # noqa: S105 - a kind of restriction, not a secret

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, related_name="+")
    object_id = models.CharField(max_length=64)
    kind = models.CharField(max_length=32, db_index=True)
    title = models.CharField(max_length=255)
    summary = models.TextField(blank=True)
    body = models.TextField(blank=True)
    keywords = models.TextField(blank=True)
    url = models.CharField(max_length=500, blank=True)
    site = models.ForeignKey(
        "wagtailcore.Site", null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    locale = models.CharField(max_length=16, blank=True, db_index=True)
    translation_key = models.UUIDField(null=True, blank=True, db_index=True)
    uses = models.PositiveIntegerField(default=0)
    restriction = models.CharField(
        max_length=16,
        blank=True,
        choices=[
            (OPEN, _("Every member of staff")),
            (LOGIN, _("Anyone signed in")),
            (GROUPS, _("Members of the groups allowed")),
            (PASSWORD, _("Anyone with the password")),
        ],
    )
    allowed_groups = models.ManyToManyField("auth.Group", blank=True, related_name="+")
    updated_at = models.DateTimeField(auto_now=True)

    search_fields = [
        index.SearchField("title", boost=4),
        index.SearchField("keywords", boost=2),
        index.SearchField("summary"),
        index.SearchField("body"),
        index.AutocompleteField("title"),
        index.FilterField("id"),
        index.FilterField("kind"),
        index.FilterField("locale"),
        index.FilterField("site_id"),
        index.FilterField("council_id"),
    ]
    # Indexed explicitly by search.indexing, in bulk where it can be.
    search_auto_update = False

    class Meta:
        verbose_name = _("search entry")
        verbose_name_plural = _("search entries")
        constraints = [
            models.UniqueConstraint(
                fields=["content_type", "object_id", "council"],
                name="search_entry_one_per_object_and_council",
            )
        ]
        indexes = [models.Index(fields=["-uses"], name="search_entry_uses")]

    def __str__(self):
        return self.title


class SearchEntryFacet(models.Model):
    """A filter value of an entry: a practice standard, service area or age band."""

    STANDARD = "standard"
    AREA = "area"
    AGE = "age"

    entry = models.ForeignKey(SearchEntry, on_delete=models.CASCADE, related_name="facets")
    facet = models.CharField(max_length=16)
    value = models.CharField(max_length=100)
    label = models.CharField(max_length=255)
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        indexes = [models.Index(fields=["facet", "value"], name="search_facet_value")]
        constraints = [
            models.UniqueConstraint(
                fields=["entry", "facet", "value"], name="search_facet_unique_value"
            )
        ]

    def __str__(self):
        return f"{self.facet}: {self.label}"


class Synonym(CouncilOwned):
    """Staff shorthand and the words it stands for, e.g. FGC → Family Group Conference.

    Search looks for the expansions as well as the term, and for the term
    when someone types an expansion; a search with no results offers the
    related words.
    """

    term = models.CharField(
        _("term"),
        max_length=60,
        help_text=_("The acronym or word staff type, e.g. 'FGC'."),
    )
    expansions = models.TextField(
        _("means"),
        help_text=_("One meaning per line, e.g. 'Family Group Conference'."),
    )
    related = models.TextField(
        _("related terms"),
        blank=True,
        help_text=_("Optional. Other searches to suggest, one per line."),
    )

    class Meta:
        ordering = ["term"]
        constraints = [
            models.UniqueConstraint(fields=["council", "term"], name="synonym_term_per_council")
        ]
        verbose_name = _("search synonym")
        verbose_name_plural = _("search synonyms")

    def __str__(self):
        return self.term

    @property
    def expansion_list(self):
        return [line.strip() for line in self.expansions.splitlines() if line.strip()]

    @property
    def related_list(self):
        return [line.strip() for line in self.related.splitlines() if line.strip()]


class SearchCount(CouncilOwned):
    """How often, per day, staff of a council searched for something: text and count, nobody's name.

    Kept per council (Wagtail's own query counts belong to no council), for
    the "Top searches" report.
    """

    query_string = models.CharField(_("search"), max_length=255)
    date = models.DateField(_("date"))
    hits = models.PositiveIntegerField(_("searches"), default=0)

    class Meta:
        verbose_name = _("search count")
        verbose_name_plural = _("search counts")
        constraints = [
            models.UniqueConstraint(
                fields=["council", "query_string", "date"], name="search_count_per_council_day"
            )
        ]

    def __str__(self):
        return self.query_string


class ZeroResultSearch(CouncilOwned):
    """How often, per day, a search found nothing: the query text and a count, nobody's name."""

    query_string = models.CharField(_("search"), max_length=255)
    date = models.DateField(_("date"))
    hits = models.PositiveIntegerField(_("searches"), default=0)

    class Meta:
        verbose_name = _("search with no results")
        verbose_name_plural = _("searches with no results")
        constraints = [
            models.UniqueConstraint(
                fields=["council", "query_string", "date"], name="zero_result_per_council_day"
            )
        ]

    def __str__(self):
        return self.query_string


class SynonymSuggestion(CouncilOwned):
    """A search that found nothing, followed within minutes by one that found something.

    Counted per day, with how often a result was then opened, for the report of
    searches with no results: "add what was typed as a synonym of what found
    it". Like the other counts it keeps the two texts and counts, nobody's name.
    """

    typed = models.CharField(_("search with no results"), max_length=255)
    found = models.CharField(_("search that found something"), max_length=255)
    date = models.DateField(_("date"))
    hits = models.PositiveIntegerField(_("times"), default=0)
    opened = models.PositiveIntegerField(_("times a result was opened"), default=0)

    class Meta:
        verbose_name = _("synonym suggestion")
        verbose_name_plural = _("synonym suggestions")
        constraints = [
            models.UniqueConstraint(
                fields=["council", "typed", "found", "date"],
                name="synonym_suggestion_per_council_day",
            )
        ]

    def __str__(self):
        return f"{self.typed} → {self.found}"
