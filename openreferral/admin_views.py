"""The Learning Academy's view of the feed: what it publishes, what it leaves out, and why."""

from dataclasses import dataclass

from django.core.exceptions import PermissionDenied
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.reports import ReportView

from councils.tenancy import current_council, in_council_tree
from openreferral.feed import MISSING_FIELDS, Feed
from resources.models import InterventionPage, Organisation

# The Learning Academy's permission for reports on content quality.
REPORT_PERMISSION = "resources.view_review_report"


@dataclass
class FeedRow:
    title: str
    kind: str
    published: bool
    reasons: list
    edit_url: str

    @property
    def state(self):
        return _("In the feed") if self.published else _("Left out")

    @property
    def why(self):
        return "; ".join(str(reason) for reason in self.reasons) or "–"

    @property
    def misses_a_field(self):
        return any(reason in MISSING_FIELDS for reason in self.reasons)


def feed_rows(council):
    feed = Feed(council, "")
    hidden = feed.hidden_page_paths()
    rows = []
    pages = InterventionPage.objects.filter(in_council_tree(council)).order_by("title")
    for page in pages:
        reasons = feed.left_out_because(page, hidden)
        rows.append(
            FeedRow(
                page.title,
                str(_("Intervention")),
                not reasons,
                reasons,
                reverse("wagtailadmin_pages:edit", args=[page.pk]),
            )
        )
    for organisation in Organisation.all_councils.for_council(council).order_by("name"):
        reasons = feed.left_out_because(organisation)
        published = feed.organisations().filter(pk=organisation.pk).exists()
        rows.append(
            FeedRow(
                organisation.name,
                str(_("Organisation")),
                published,
                reasons,
                reverse("wagtailsnippets_resources_organisation:edit", args=[organisation.pk]),
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
    list_export = ["title", "kind", "state", "why"]
    export_headings = {
        "title": _("Title"),
        "kind": _("Type"),
        "state": _("Feed"),
        "why": _("Why"),
    }
    columns = [
        TitleColumn("title", label=_("Title"), get_url=lambda row: row.edit_url),
        Column("kind", label=_("Type")),
        Column("state", label=_("Feed")),
        Column("why", label=_("Why")),
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
