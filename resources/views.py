"""The admin report of content whose owner must review it soon or has missed the date."""

import datetime
from dataclasses import dataclass

from django.apps import apps
from django.core.exceptions import PermissionDenied
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.models import Page

from councils.tenancy import pages_in_current_council
from home.models import ReviewMixin

DUE_SOON = datetime.timedelta(days=30)
REVIEW_REPORT_PERMISSION = "resources.view_review_report"


@dataclass
class ReviewItem:
    title: str
    kind: str
    owner: str
    review_by: datetime.date
    edit_url: str
    overdue: bool

    @property
    def state(self):
        return _("Overdue") if self.overdue else _("Due soon")


def reviewable_models():
    return [
        model
        for model in apps.get_models()
        if issubclass(model, ReviewMixin) and not model._meta.abstract
    ]


def content_due_for_review(today=None):
    """The council's pages and organisations due for review within a month or already overdue.

    Organisations are the council's through their manager; pages through the council's tree.
    """
    today = today or timezone.localdate()
    items = []
    for model in reviewable_models():
        rows = model.objects.filter(review_by__lte=today + DUE_SOON).select_related("owner")
        if issubclass(model, Page):
            rows = rows.filter(pages_in_current_council())
        for obj in rows:
            if isinstance(obj, Page):
                edit_url = reverse("wagtailadmin_pages:edit", args=[obj.pk])
            else:
                edit_url = reverse(
                    f"wagtailsnippets_{model._meta.app_label}_{model._meta.model_name}:edit",
                    args=[obj.pk],
                )
            items.append(
                ReviewItem(
                    title=str(obj),
                    kind=str(model._meta.verbose_name).capitalize(),
                    owner=obj.owner.get_full_name() or obj.owner.get_username()
                    if obj.owner
                    else str(_("No owner")),
                    review_by=obj.review_by,
                    edit_url=edit_url,
                    overdue=obj.review_by < today,
                )
            )
    return sorted(items, key=lambda item: (item.review_by, item.title))


class ReviewDueReportView(ReportView):
    """Pages and organisations whose review date is within a month, or past."""

    page_title = _("Content due for review")
    header_icon = "time"
    index_url_name = "review_due_report"
    index_results_url_name = "review_due_report_results"
    paginate_by = 50
    list_export = ["title", "kind", "owner", "review_by", "state"]
    export_headings = {
        "title": _("Title"),
        "kind": _("Type"),
        "owner": _("Owner"),
        "review_by": _("Review by"),
        "state": _("State"),
    }
    columns = [
        TitleColumn("title", label=_("Title"), get_url=lambda item: item.edit_url),
        Column("kind", label=_("Type")),
        Column("owner", label=_("Owner")),
        Column("review_by", label=_("Review by")),
        Column("state", label=_("State")),
    ]
    no_results_message = _("Nothing is due for review in the next month.")

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(REVIEW_REPORT_PERMISSION):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_queryset(self):
        return content_due_for_review()

    def filter_queryset(self, queryset):
        return queryset
