"""The Learning Academy's review of what families and staff send in.

Submissions themselves belong to ``forms_app``; this app keeps only the
review's own state beside them (status, notes, assignment, call-back
progress, decisions on directory updates), the feedback cycles submissions
are counted in, and the "You Said, We Did" report of each cycle.
"""

import bisect
import datetime
from dataclasses import replace

from django.conf import settings
from django.contrib.contenttypes.fields import GenericRelation
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import (
    DraftStateMixin,
    Locale,
    LockableMixin,
    PreviewableMixin,
    RevisionMixin,
    WorkflowMixin,
)

from councils.tenancy import CouncilOwned, pages_in_current_council
from home.models import BasePage

REVIEW_PERMISSION = "review.review_submissions"

# Three cycles a year of four months each: (first month, last month).
DEFAULT_CYCLE_MONTHS = [(1, 4), (5, 8), (9, 12)]
MONTH_NAMES = [
    _("January"),
    _("February"),
    _("March"),
    _("April"),
    _("May"),
    _("June"),
    _("July"),
    _("August"),
    _("September"),
    _("October"),
    _("November"),
    _("December"),
]


def start_of_day(day):
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time.min))


class FeedbackCycle(CouncilOwned):
    """A period whose feedback is read, reported and answered together.

    By default three a year of four months each; the dates can be changed.
    A submission belongs to the cycle its submission time falls in, so
    moving a cycle's dates moves its submissions with it. A cycle can open
    and close a feedback form on its own dates.
    """

    name = models.CharField(_("name"), max_length=100)
    starts_on = models.DateField(_("first day"))
    ends_on = models.DateField(_("last day"))

    panels = [FieldPanel("name"), FieldRowPanel([FieldPanel("starts_on"), FieldPanel("ends_on")])]

    class Meta:
        ordering = ["starts_on"]
        constraints = [
            models.UniqueConstraint(fields=["council", "name"], name="cycle_name_per_council"),
            models.UniqueConstraint(
                fields=["council", "starts_on"], name="cycle_start_per_council"
            ),
        ]
        verbose_name = _("feedback cycle")
        verbose_name_plural = _("feedback cycles")

    def __str__(self):
        return self.name

    def clean(self):
        super().clean()
        if self.starts_on and self.ends_on:
            if self.ends_on < self.starts_on:
                raise ValidationError({"ends_on": _("The last day must not be before the first.")})
            overlapping = FeedbackCycle.objects.filter(
                starts_on__lte=self.ends_on, ends_on__gte=self.starts_on
            ).exclude(pk=self.pk)
            if overlapping.exists():
                raise ValidationError(
                    _("These dates overlap the cycle '%(name)s'.")
                    % {"name": overlapping.first().name}
                )

    @property
    def starts_at(self):
        return start_of_day(self.starts_on)

    @property
    def ends_at(self):
        """The first moment after the cycle, so that ``submit_time < ends_at``."""
        return start_of_day(self.ends_on + datetime.timedelta(days=1))

    def contains(self, moment):
        return self.starts_at <= moment < self.ends_at

    def submission_filter(self, prefix=""):
        return {
            f"{prefix}submit_time__gte": self.starts_at,
            f"{prefix}submit_time__lt": self.ends_at,
        }

    def previous(self):
        return (
            FeedbackCycle.objects.filter(starts_on__lt=self.starts_on)
            .order_by("-starts_on")
            .first()
        )

    @classmethod
    def current(cls, now=None):
        today = timezone.localdate(now or timezone.now())
        return cls.objects.filter(starts_on__lte=today, ends_on__gte=today).first()

    @classmethod
    def ensure_year(cls, year):
        """Create the year's three default cycles if no cycle covers their dates."""
        made = []
        for number, (first, last) in enumerate(DEFAULT_CYCLE_MONTHS, start=1):
            starts_on = datetime.date(year, first, 1)
            following = datetime.date(year + (last == 12), last % 12 + 1, 1)
            ends_on = following - datetime.timedelta(days=1)
            if cls.objects.filter(starts_on__lte=ends_on, ends_on__gte=starts_on).exists():
                continue
            name = _("%(year)s cycle %(number)s: %(first)s to %(last)s") % {
                "year": year,
                "number": number,
                "first": MONTH_NAMES[first - 1],
                "last": MONTH_NAMES[last - 1],
            }
            made.append(cls.objects.create(name=str(name), starts_on=starts_on, ends_on=ends_on))
        return made


class CycleIndex:
    """Finds the cycle of many submission times without a query each (exports, lists)."""

    def __init__(self, cycles=None):
        self.cycles = sorted(
            cycles if cycles is not None else FeedbackCycle.objects.all(),
            key=lambda cycle: cycle.starts_on,
        )
        self.starts = [cycle.starts_at for cycle in self.cycles]
        self.ends = [cycle.ends_at for cycle in self.cycles]

    def find(self, moment):
        position = bisect.bisect_right(self.starts, moment) - 1
        if position >= 0 and moment < self.ends[position]:
            return self.cycles[position]
        return None


class Status(models.TextChoices):
    NEW = "new", _("New")
    IN_REVIEW = "in_review", _("In review")
    ACTIONED = "actioned", _("Actioned")
    NO_ACTION = "no_action", _("No action needed")


class CallbackStatus(models.TextChoices):
    TO_CALL = "to_call", _("To call")
    CALLED = "called", _("Called")
    COULD_NOT_REACH = "could_not_reach", _("Could not reach")


class Review(CouncilOwned):
    """The Learning Academy's handling of one family's submission.

    Kept beside the submission rather than on it, so the answers stay as the
    family sent them. A submission without a review row is new. The
    call-back status lives here, not with the contact details, so it stays
    when the details are deleted at the retention limit.
    """

    submission = models.OneToOneField(
        "forms_app.FamilySubmission",
        on_delete=models.CASCADE,
        related_name="review",
        verbose_name=_("submission"),
    )
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.NEW, db_index=True
    )
    assigned_to = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("reviewer"),
    )
    notes = models.TextField(_("notes"), blank=True, max_length=5000)
    translations = models.JSONField(
        _("English translations"),
        default=dict,
        blank=True,
        help_text=_("An English translation of each free-text answer, by question key."),
    )
    callback_status = models.CharField(
        _("call-back status"), max_length=20, choices=CallbackStatus.choices, blank=True
    )
    callback_notes = models.TextField(_("call-back notes"), blank=True, max_length=5000)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        verbose_name = _("review")
        default_permissions = ()
        permissions = [
            (
                "review_submissions",
                _("Can review submissions, call families back and export answers"),
            )
        ]

    def __str__(self):
        return str(_("Review of submission %(id)s")) % {"id": self.submission_id}


class ExportRecord(CouncilOwned):
    """One CSV or XLSX export: who took it, when, of what and how many rows.

    Submissions exports and every listing or report export in the Wagtail
    admin are recorded, so the audit log can name each one. Filters are kept
    as structured values, never text typed into a search box, which can be a
    family's name: only that a search was used.
    """

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)
    format = models.CharField(max_length=10)
    filters = models.JSONField(default=dict)
    source = models.CharField(
        _("exported from"), max_length=200, blank=True, help_text=_("The admin screen's name.")
    )
    rows = models.PositiveIntegerField(_("rows"), null=True)

    class Meta:
        # "view" only, so the Learning Academy sees exports in the audit log's reports.
        default_permissions = ("view",)
        verbose_name = _("export")

    def __str__(self):
        return str(_("Export %(id)s (%(format)s)")) % {"id": self.pk, "format": self.format}


class CycleReport(
    CouncilOwned,
    WorkflowMixin,
    DraftStateMixin,
    LockableMixin,
    RevisionMixin,
    PreviewableMixin,
    models.Model,
):
    """ "You Said, We Did" for one feedback cycle.

    The working group writes what families said; senior leaders write what
    was done. It goes through the usual draft and approval; publishing it
    makes a staff page and a family page in every family language, linked
    from the feedback form's thank-you page.
    """

    cycle = models.OneToOneField(
        FeedbackCycle, on_delete=models.PROTECT, related_name="report", verbose_name=_("cycle")
    )
    form = models.ForeignKey(
        "forms_app.FamilyFormPage",
        on_delete=models.PROTECT,
        related_name="+",
        limit_choices_to=pages_in_current_council,
        verbose_name=_("feedback form"),
        help_text=_("The form whose answers this reports on; its thank-you page links here."),
    )
    you_said = RichTextField(
        _("you said"),
        features=["h3", "bold", "italic", "ul", "ol"],
        help_text=_("The working group: what families told us, in plain words."),
    )
    we_did = RichTextField(
        _("we did"),
        features=["h3", "bold", "italic", "ul", "ol"],
        help_text=_("Senior leaders: what we changed or will change because of it."),
    )
    staff_page = models.ForeignKey(
        "wagtailcore.Page", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    family_page = models.ForeignKey(
        "wagtailcore.Page", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    _revisions = GenericRelation("wagtailcore.Revision", related_query_name="cycle_report")
    workflow_states = GenericRelation(
        "wagtailcore.WorkflowState",
        content_type_field="base_content_type",
        object_id_field="object_id",
        related_query_name="cycle_report",
        for_concrete_model=False,
    )

    panels = [
        FieldRowPanel([FieldPanel("cycle"), FieldPanel("form")]),
        MultiFieldPanel([FieldPanel("you_said")], heading=_("You said")),
        MultiFieldPanel([FieldPanel("we_did")], heading=_("We did")),
    ]

    class Meta:
        verbose_name = _("You Said, We Did")
        verbose_name_plural = _("You Said, We Did")

    def __str__(self):
        return str(_("You Said, We Did: %(cycle)s")) % {"cycle": self.cycle}

    @property
    def revisions(self):
        return self._revisions

    def get_preview_template(self, request, mode_name):
        return "review/you_said_we_did_page.html"

    def get_preview_context(self, request, mode_name):
        return {"page": self, "report": self}


class YouSaidWeDidBasePage(BasePage):
    """What a published "You Said, We Did" report shows; made by publishing the report."""

    cycle = models.ForeignKey(FeedbackCycle, null=True, on_delete=models.SET_NULL, related_name="+")
    form_key = models.UUIDField(null=True, editable=False, db_index=True)
    # Headings and introduction are page text, not template strings, so that
    # translators translate the whole page in one place with wagtail-localize.
    intro = models.CharField(_("introduction"), max_length=300, blank=True)
    you_said_heading = models.CharField(_("'You said' heading"), max_length=100, default="You said")
    we_did_heading = models.CharField(_("'We did' heading"), max_length=100, default="We did")
    you_said = RichTextField(_("you said"), features=["h3", "bold", "italic", "ul", "ol"])
    we_did = RichTextField(_("we did"), features=["h3", "bold", "italic", "ul", "ol"])

    staff_search = replace(BasePage.staff_search, summary=("search_description", "intro"))
    content_panels = [
        *BasePage.content_panels,
        FieldPanel("intro"),
        FieldPanel("you_said_heading"),
        FieldPanel("you_said"),
        FieldPanel("we_did_heading"),
        FieldPanel("we_did"),
    ]
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    is_creatable = False

    class Meta:
        abstract = True

    # Whether the council's Editors translate the page (then sent to the Academy's approval).
    translated_by_editors = False

    def permissions_for_user(self, user):
        """Only the Learning Academy works on these pages, though Editors may edit the tree;
        Editors may translate those that say so, in the other languages."""
        from review.permissions import policy

        tester = super().permissions_for_user(user)
        if not policy.user_has_permission(user, "change"):
            translating = self.translated_by_editors and self.locale_id != Locale.get_default().pk
            tester.permissions = tester.permissions & {"change"} if translating else set()
        return tester


class YouSaidWeDidPage(YouSaidWeDidBasePage):  # noqa: DJ008 - Page.__str__ gives the title
    """The staff version of a cycle's report, for team meetings and senior leaders."""

    template = "review/you_said_we_did_page.html"

    class Meta:
        verbose_name = _("You Said, We Did (staff)")


class FamilyYouSaidWeDidPage(YouSaidWeDidBasePage):  # noqa: DJ008 - Page.__str__ gives the title
    """The family version, public and translated, linked from the form's thank-you page."""

    public_for_families = True
    # Written in English after each cycle: never shown in English under /bn/ or /so/.
    publish_only_when_translated = True
    translated_by_editors = True
    template = "review/family_you_said_we_did_page.html"

    def not_ready_because(self):
        """Why approval must wait: the English moved on after this translation was sent."""
        from home.localize import is_complete, translation_of

        translation = translation_of(self)
        if translation is not None and not is_complete(translation):
            return _("not fully translated; the English changed or texts are missing")
        return None

    class Meta:
        verbose_name = _("You Said, We Did (families)")


class Decision(models.TextChoices):
    ACCEPTED = "accepted", _("Accepted")
    REJECTED = "rejected", _("Rejected")


class UpdateReview(CouncilOwned):
    """The Learning Academy's decision on a member of staff's directory update.

    Accepting makes a draft revision of the Organisation snippet, which the
    usual workflow approves; the organisation counts as verified once that
    change is published.
    """

    update = models.OneToOneField(
        "forms_app.OrganisationUpdate",
        on_delete=models.CASCADE,
        related_name="review",
        verbose_name=_("organisation update"),
    )
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.NEW, db_index=True
    )
    decision = models.CharField(_("decision"), max_length=10, choices=Decision.choices, blank=True)
    reason = models.TextField(_("reason"), blank=True, max_length=2000)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("decided by"),
    )
    decided_at = models.DateTimeField(_("decided at"), null=True, blank=True)
    organisation = models.ForeignKey(
        "resources.Organisation",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("organisation"),
    )
    revision = models.ForeignKey(
        "wagtailcore.Revision", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    verified_at = models.DateTimeField(_("published at"), null=True, blank=True)

    class Meta:
        default_permissions = ()
        verbose_name = _("directory update review")

    def __str__(self):
        return str(_("Review of organisation update %(id)s")) % {"id": self.update_id}
