"""Directory updates from staff: compare, accept into a draft, or reject with a reason."""

import datetime

from django import forms
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.db.models import Q, Value
from django.db.models.functions import Coalesce
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST
from wagtail.admin import messages
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.reports import ReportView

from forms_app.models import OrganisationUpdate
from resources.models import Organisation
from review import audit, directory
from review.models import Status, UpdateReview
from review.permissions import policy, require

STATUS_LABELS = dict(Status.choices)
NOT_VERIFIED_FOR = datetime.timedelta(days=365)


@require("view")
def updates(request):
    """Every directory update from staff, newest first, filtered by status and kind."""
    queryset = OrganisationUpdate.objects.select_related(
        "organisation", "submitted_by", "review"
    ).annotate(review_status=Coalesce("review__status", Value(Status.NEW)))
    status = request.GET.get("status", "")
    kind = request.GET.get("kind", "")
    if status in STATUS_LABELS:
        queryset = queryset.filter(review_status=status)
    if kind in OrganisationUpdate.Kind.values:
        queryset = queryset.filter(kind=kind)
    page = Paginator(queryset.order_by("-submit_time", "-pk"), 50).get_page(request.GET.get("p"))
    return TemplateResponse(
        request,
        "review/admin/updates.html",
        {
            "page_title": _("Directory updates"),
            "header_icon": "group",
            "page_obj": page,
            "rows": [
                {"update": update, "status": STATUS_LABELS.get(update.review_status)}
                for update in page.object_list
            ],
            "statuses": Status.choices,
            "kinds": OrganisationUpdate.Kind.choices,
            "status": status,
            "kind": kind,
        },
    )


class AcceptForm(forms.Form):
    closed_status = forms.ChoiceField(
        label=_("Set its status to"),
        choices=[(value, Organisation.Status(value).label) for value in directory.CLOSED_STATUSES],
        required=False,
    )


class RejectForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Sent to the member of staff who suggested the update."),
    )


def _update(pk):
    return get_object_or_404(
        OrganisationUpdate.objects.select_related("organisation", "submitted_by"), pk=pk
    )


@require("view")
def update_detail(request, pk, accept_form=None, reject_form=None, conflict=None):
    update = _update(pk)
    review = UpdateReview.objects.filter(update=update).select_related("decided_by").first()
    conflicts = directory.conflicting_fields(update) if not (review and review.decision) else []
    return TemplateResponse(
        request,
        "review/admin/update_detail.html",
        {
            "page_title": str(update),
            "header_icon": "group",
            "update": update,
            "review": review,
            "rows": directory.comparison(update),
            "changed_since": directory.changed_since(update),
            "conflicts": conflicts,
            "conflict": conflict,
            "accept_form": accept_form or AcceptForm(),
            "reject_form": reject_form or RejectForm(),
            "is_closed": update.kind == OrganisationUpdate.Kind.CLOSED,
            "statuses": Status.choices,
            "status": review.status if review else Status.NEW,
            "edit_url": reverse(
                "wagtailsnippets_resources_organisation:edit", args=[update.organisation_id]
            )
            if update.organisation_id
            else "",
        },
        status=409 if conflict else 200,
    )


@require("decide_update")
@require_POST
def accept_update(request, pk):
    update = _update(pk)
    form = AcceptForm(request.POST)
    if not form.is_valid():
        return update_detail(request, pk, accept_form=form)
    try:
        review = directory.accept(update, request.user, form.cleaned_data.get("closed_status"))
    except directory.Conflict as conflict:
        return update_detail(request, pk, accept_form=form, conflict=conflict.message)
    except ValidationError as error:
        for message in error.messages:
            form.add_error(None, message)
        return update_detail(request, pk, accept_form=form)
    messages.success(
        request,
        _("Accepted. A draft of '%(name)s' now waits for approval in the usual workflow.")
        % {"name": review.organisation},
    )
    return redirect("review:update_detail", pk=update.pk)


@require("decide_update")
@require_POST
def reject_update(request, pk):
    update = _update(pk)
    form = RejectForm(request.POST)
    if not form.is_valid():
        return update_detail(request, pk, reject_form=form)
    try:
        directory.reject(update, request.user, form.cleaned_data["reason"])
    except directory.Conflict as conflict:
        return update_detail(request, pk, reject_form=form, conflict=conflict.message)
    messages.success(request, _("Rejected. The member of staff has been told why."))
    return redirect("review:update_detail", pk=update.pk)


@require("change")
@require_POST
def update_status(request, pk):
    update = _update(pk)
    status = request.POST.get("status")
    if status not in STATUS_LABELS:
        raise PermissionDenied
    review, _created = UpdateReview.objects.get_or_create(update=update)
    if review.status != status:
        audit.log(
            update,
            audit.STATUS_CHANGE,
            request.user,
            **{"from": str(STATUS_LABELS[review.status]), "to": str(STATUS_LABELS[status])},
        )
        review.status = status
        review.save(update_fields=["status"])
    return redirect("review:update_detail", pk=update.pk)


def not_verified(today=None):
    cutoff = (today or timezone.localdate()) - NOT_VERIFIED_FOR
    return (
        Organisation.objects.filter(
            Q(last_verified_on__isnull=True) | Q(last_verified_on__lt=cutoff)
        )
        .exclude(status=Organisation.Status.DEFUNCT)
        .select_related("last_verified_by", "owner")
        .order_by("last_verified_on", "name")
    )


class NotVerifiedReportView(ReportView):
    """Organisations nobody has checked with the organisation itself for a year or more."""

    page_title = _("Organisations not verified for 12 months")
    header_icon = "warning"
    index_url_name = "review_not_verified_report"
    index_results_url_name = "review_not_verified_report_results"
    paginate_by = 50
    list_export = ["name", "status", "last_verified_on", "last_verified_by", "owner"]
    columns = [
        TitleColumn(
            "name",
            label=_("Organisation"),
            get_url=lambda org: reverse(
                "wagtailsnippets_resources_organisation:edit", args=[org.pk]
            ),
        ),
        Column("status", label=_("Status"), accessor="get_status_display"),
        Column("last_verified_on", label=_("Last verified on")),
        Column("last_verified_by", label=_("Last verified by")),
        Column("owner", label=_("Owner")),
    ]
    no_results_message = _("Every organisation has been verified in the last 12 months.")

    def dispatch(self, request, *args, **kwargs):
        if not policy.user_has_permission(request.user, "view"):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_queryset(self):
        return not_verified()

    def filter_queryset(self, queryset):
        return queryset
