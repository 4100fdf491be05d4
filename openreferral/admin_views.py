"""The Learning Academy's view of the feed: what it publishes, what it leaves out, and why."""

import datetime
from dataclasses import dataclass, field

from django.core.exceptions import PermissionDenied
from django.db.models import Prefetch
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.reports import ReportView

from councils.tenancy import current_council, in_council_tree
from openreferral.feed import MISSING_FIELDS, Feed
from resources.models import InterventionContact, InterventionPage, Organisation

# The Learning Academy's permission for reports on content quality.
REPORT_PERMISSION = "resources.view_review_report"
# Details older than this are stale to a directory (ORUK's assured_date).
REVIEW_WITHIN = datetime.timedelta(days=365)

NO_CONTACT = _("no contact")
NO_LOCATION = _("no location or area served")
NO_COST = _("no cost option")
NO_SCHEDULE = _("no opening times")
NOT_REVIEWED = _("not checked in the last 12 months")


def directory_gaps(record, today=None):
    """What a directory reading the feed would miss about this service, to be filled in."""
    today = today or timezone.localdate()
    if isinstance(record, InterventionPage):
        has_contact = bool(record.intervention_contacts.all())
        has_place = bool(record.areas_served.all())
        checked = record.assured_date
    else:
        has_contact = bool(record.email or record.phone)
        has_place = bool(record.areas_served.all()) or bool(
            record.address and record.town and record.postcode
        )
        checked = record.last_verified_on
    gaps = []
    if not has_contact:
        gaps.append(NO_CONTACT)
    if not has_place:
        gaps.append(NO_LOCATION)
    if not record.cost_options.all():
        gaps.append(NO_COST)
    if not record.schedules.all():
        gaps.append(NO_SCHEDULE)
    if checked is None or today - checked > REVIEW_WITHIN:
        gaps.append(NOT_REVIEWED)
    return gaps


@dataclass
class FeedRow:
    title: str
    kind: str
    published: bool
    reasons: list
    edit_url: str
    gaps: list = field(default_factory=list)

    @property
    def state(self):
        return _("In the feed") if self.published else _("Left out")

    @property
    def why(self):
        return "; ".join(str(reason) for reason in self.reasons) or "–"

    @property
    def directory_misses(self):
        return "; ".join(str(gap) for gap in self.gaps) or "–"

    @property
    def misses_a_field(self):
        return any(reason in MISSING_FIELDS for reason in self.reasons)


def feed_rows(council):
    feed = Feed(council, "")
    hidden = feed.hidden_page_paths()
    rows = []
    details = ["cost_options", "schedules", "areas_served"]
    pages = (
        InterventionPage.objects.filter(in_council_tree(council))
        .prefetch_related(
            *details,
            Prefetch("intervention_contacts", queryset=InterventionContact.objects.all()),
        )
        .order_by("title")
    )
    for page in pages:
        reasons = feed.left_out_because(page, hidden)
        rows.append(
            FeedRow(
                page.title,
                str(_("Intervention")),
                not reasons,
                reasons,
                reverse("wagtailadmin_pages:edit", args=[page.pk]),
                directory_gaps(page),
            )
        )
    organisations = (
        Organisation.all_councils.for_council(council).prefetch_related(*details).order_by("name")
    )
    for organisation in organisations:
        reasons = feed.left_out_because(organisation)
        published = feed.organisations().filter(pk=organisation.pk).exists()
        rows.append(
            FeedRow(
                organisation.name,
                str(_("Organisation")),
                published,
                reasons,
                reverse("wagtailsnippets_resources_organisation:edit", args=[organisation.pk]),
                directory_gaps(organisation),
            )
        )
    return rows


class FeedReportView(ReportView):
    """Every intervention and organisation of the council, in the feed or left out and why."""

    page_title = _("Open Referral feed")
    header_icon = "globe"
    index_url_name = "openreferral_report"
    index_results_url_name = "openreferral_report_results"
    paginate_by = 50
    list_export = ["title", "kind", "state", "why", "directory_misses"]
    export_headings = {
        "title": _("Title"),
        "kind": _("Type"),
        "state": _("Feed"),
        "why": _("Why"),
        "directory_misses": _("A directory would miss"),
    }
    columns = [
        TitleColumn("title", label=_("Title"), get_url=lambda row: row.edit_url),
        Column("kind", label=_("Type")),
        Column("state", label=_("Feed")),
        Column("why", label=_("Why")),
        Column("directory_misses", label=_("A directory would miss")),
    ]
    no_results_message = _("This council has no interventions or organisations yet.")

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(REPORT_PERMISSION) or current_council() is None:
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_queryset(self):
        return feed_rows(current_council())

    def filter_queryset(self, queryset):
        return queryset


class MissingFieldsReportView(FeedReportView):
    """Records the feed leaves out only for want of a field HSDS requires: editors fill it in."""

    page_title = _("Open Referral: missing required fields")
    index_url_name = "openreferral_missing_report"
    index_results_url_name = "openreferral_missing_report_results"
    no_results_message = _("No record misses a field the feed needs.")

    def get_queryset(self):
        return [row for row in super().get_queryset() if row.misses_a_field]
