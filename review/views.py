"""The Learning Academy's screens in the Wagtail admin: inbox, answers, call backs, exports.

Every view names the action it needs from ``review.permissions.policy``;
the admin's own wrapper sends anyone not signed in to the sign-in page.
"""

from django import forms
from django.conf import settings
from django.core.paginator import Paginator
from django.db import transaction
from django.db.models import Q, Value
from django.db.models.functions import Coalesce
from django.http import FileResponse, Http404, StreamingHttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST
from wagtail.admin import messages

from councils.tenancy import pages_in_current_council
from forms_app.models import (
    CallbackRequest,
    FamilyFormPage,
    FamilySubmission,
    OrganisationUpdate,
)
from review import audit
from review.dashboard import dashboard
from review.exports import (
    ExportTable,
    counted,
    csv_chunks,
    language_name,
    record_export,
    rows_written,
    xlsx_file,
)
from review.inbox import InboxFilterForm, form_choices
from review.labels import FormLabels, rows_for
from review.models import (
    CallbackStatus,
    CycleIndex,
    FeedbackCycle,
    Review,
    Status,
)
from review.permissions import policy, require

PER_PAGE = 50
EXCERPT = 140
STATUS_LABELS = dict(Status.choices)
CALLBACK_LABELS = dict(CallbackStatus.choices)


def render(request, template, context):
    return TemplateResponse(request, template, context)


def _query_without(request, *names):
    params = request.GET.copy()
    for name in names:
        params.pop(name, None)
    return params.urlencode()


# Inbox ------------------------------------------------------------------------------------


@require("view")
def inbox(request):
    """Every family submission, narrowed by the filter, newest first."""
    filter_form = InboxFilterForm(request.GET or None)
    if not request.GET:
        filter_form = InboxFilterForm({})
    queryset = filter_form.filter().select_related("review__assigned_to")
    page = Paginator(queryset, PER_PAGE).get_page(request.GET.get("p"))
    cycles = CycleIndex()
    labels = {}
    rows = []
    for submission in page.object_list:
        if submission.form_key not in labels:
            labels[submission.form_key] = FormLabels(submission.form_key)
        review = getattr(submission, "review", None)
        rows.append(
            {
                "submission": submission,
                "cycle": cycles.find(submission.submit_time),
                "status": STATUS_LABELS.get(submission.review_status),
                "assigned_to": review.assigned_to if review else None,
                "form_title": labels[submission.form_key].title,
                "language": language_name(submission.language),
                **_excerpt(submission, labels[submission.form_key], review),
            }
        )
    query = _query_without(request, "p")
    return render(
        request,
        "review/admin/inbox.html",
        {
            "held_count": held_submissions().count(),
            "open_updates": OrganisationUpdate.objects.exclude(review__decision__gt="").count(),
            "page_title": _("Submissions"),
            "header_icon": "form",
            "filter_form": filter_form,
            "page_obj": page,
            "rows": rows,
            "statuses": Status.choices,
            "query": query,
            "csv_url": reverse("review:export", args=["csv"]) + (f"?{query}" if query else ""),
            "xlsx_url": reverse("review:export", args=["xlsx"]) + (f"?{query}" if query else ""),
        },
    )


def _excerpt(submission, labels, review=None):
    """The first free-text answer, and the Learning Academy's English translation of it."""
    key = next((key for key in labels.text_keys() if submission.answers.get(key)), None)
    if key is None:
        return {"excerpt": "", "translation": ""}
    translations = review.translations if review is not None else {}
    return {
        "excerpt": str(submission.answers[key])[:EXCERPT],
        "translation": str(translations.get(key, ""))[:EXCERPT],
    }


def _set_status(submission, status, user):
    review, _created = Review.objects.get_or_create(submission=submission)
    if review.status == status:
        return False
    old = review.status
    review.status = status
    review.save(update_fields=["status", "updated_at"])
    audit.log(
        submission,
        audit.STATUS_CHANGE,
        user,
        **{"from": str(STATUS_LABELS[old]), "to": str(STATUS_LABELS[status])},
    )
    return True


@require("change")
@require_POST
def bulk_status(request):
    status = request.POST.get("status")
    ids = [value for value in request.POST.getlist("ids") if value.isdigit()]
    back = reverse("review:inbox") + (
        f"?{request.POST['query']}" if request.POST.get("query") else ""
    )
    if status not in STATUS_LABELS or not ids:
        messages.error(request, _("Choose at least one submission and a status."))
        return redirect(back)
    changed = 0
    with transaction.atomic():
        for submission in FamilySubmission.objects.filter(pk__in=ids):
            changed += _set_status(submission, status, request.user)
    messages.success(
        request,
        _("%(count)s submission(s) marked '%(status)s'.")
        % {"count": changed, "status": STATUS_LABELS[status]},
    )
    return redirect(back)


# Held submissions -------------------------------------------------------------------------


HELD_LABELS = dict(FamilySubmission.Held.choices)


def held_submissions():
    """Kept, but out of every count until someone decides: flood control's doubts."""
    return FamilySubmission.all_objects.exclude(held_reason="")


def held_callbacks():
    """Held submissions whose family asked for a call: shown where call backs are arranged."""
    return held_submissions().filter(callback__isnull=False)


# Where a decision on held submissions returns to: the screens that offer one.
HELD_RETURNS = {"held": "review:held", "callbacks": "review:callbacks"}


@require("view")
def held(request):
    """Submissions flood control held back, for the Learning Academy to release or discard."""
    queryset = held_submissions().select_related("review").order_by("-submit_time", "-pk")
    page = Paginator(queryset, PER_PAGE).get_page(request.GET.get("p"))
    labels = {}
    rows = []
    for submission in page.object_list:
        if submission.form_key not in labels:
            labels[submission.form_key] = FormLabels(submission.form_key)
        rows.append(
            {
                "submission": submission,
                "reason": HELD_LABELS.get(submission.held_reason, submission.held_reason),
                "form_title": labels[submission.form_key].title,
                "language": language_name(submission.language),
                **_excerpt(
                    submission, labels[submission.form_key], getattr(submission, "review", None)
                ),
            }
        )
    return render(
        request,
        "review/admin/held.html",
        {
            "page_title": _("Held submissions"),
            "header_icon": "warning",
            "page_obj": page,
            "rows": rows,
        },
    )


@require("change")
@require_POST
def decide_held(request):
    """Release the chosen held submissions into the counts, or discard them; each is audited."""
    action = request.POST.get("action")
    ids = [value for value in request.POST.getlist("ids") if value.isdigit()]
    back = HELD_RETURNS.get(request.POST.get("back"), "review:held")
    if action not in ("release", "discard") or not ids:
        messages.error(request, _("Choose at least one held submission and what to do with it."))
        return redirect(back)
    if action == "discard" and not policy.user_has_permission(request.user, "delete"):
        raise Http404
    done = 0
    with transaction.atomic():
        for submission in held_submissions().select_for_update().filter(pk__in=ids):
            reason = HELD_LABELS.get(submission.held_reason, submission.held_reason)
            if action == "release":
                submission.held_reason = ""
                submission.save(update_fields=["held_reason"])
                audit.log(submission, audit.RELEASE, request.user, reason=str(reason))
            else:
                audit.log(
                    submission, audit.DISCARD, request.user, id=submission.pk, reason=str(reason)
                )
                submission.delete()
            done += 1
    if action == "release":
        message = _("%(count)s held submission(s) released into the counts.")
    else:
        message = _("%(count)s held submission(s) discarded.")
    messages.success(request, message % {"count": done})
    return redirect(back)


# One submission --------------------------------------------------------------------------


class ReviewForm(forms.Form):
    status = forms.ChoiceField(label=_("Status"), choices=Status.choices)
    assigned_to = forms.ModelChoiceField(
        label=_("Reviewer"), queryset=None, required=False, empty_label=_("Nobody yet")
    )
    notes = forms.CharField(
        label=_("Notes"),
        required=False,
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("For the Learning Academy only. Do not copy contact details here."),
    )

    def __init__(self, *args, text_rows=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["assigned_to"].queryset = policy.users_with_any_permission(["change"]).order_by(
            "first_name", "username"
        )
        self.text_keys = []
        for row in text_rows:
            name = f"translation_{row['key']}"
            self.fields[name] = forms.CharField(
                label=_("English translation of the answer to '%(question)s'")
                % {"question": row["english_question"]},
                required=False,
                max_length=5000,
                widget=forms.Textarea(attrs={"rows": 3}),
            )
            self.text_keys.append(row["key"])
            row["field_name"] = name

    def translations(self):
        return {
            key: self.cleaned_data[f"translation_{key}"].strip()
            for key in self.text_keys
            if self.cleaned_data.get(f"translation_{key}", "").strip()
        }


def _submission(pk):
    # Held submissions can be read in full before they are released or discarded.
    return get_object_or_404(
        FamilySubmission.all_objects.select_related("version", "review__assigned_to"), pk=pk
    )


@require("view")
def submission_detail(request, pk):
    submission = _submission(pk)
    labels = FormLabels(submission.form_key)
    rows = rows_for(submission, labels)
    review = getattr(submission, "review", None) or Review(submission=submission)
    text_rows = [row for row in rows if row["free_text"]]
    initial = {
        "status": review.status,
        "assigned_to": review.assigned_to_id,
        "notes": review.notes,
        **{f"translation_{key}": text for key, text in review.translations.items()},
    }
    if request.method == "POST":
        if not policy.user_has_permission(request.user, "change"):
            raise Http404
        form = ReviewForm(request.POST, initial=initial, text_rows=text_rows)
        if form.is_valid():
            with transaction.atomic():
                _save_review(submission, review, form, request.user)
            messages.success(request, _("Review saved."))
            return redirect("review:detail", pk=submission.pk)
    else:
        form = ReviewForm(initial=initial, text_rows=text_rows)
    for row in text_rows:
        row["field"] = form[row["field_name"]]
    return render(
        request,
        "review/admin/detail.html",
        {
            "page_title": _("Submission %(id)s") % {"id": submission.pk},
            "header_icon": "form",
            "submission": submission,
            "form_title": labels.title,
            "cycle": CycleIndex().find(submission.submit_time),
            "rows": rows,
            "form": form,
            "review": review,
            "has_callback": CallbackRequest.objects.filter(submission=submission).exists(),
            "held_reason": HELD_LABELS.get(submission.held_reason, ""),
            "held_url": reverse("review:held"),
        },
    )


def _save_review(submission, review, form, user):
    data = form.cleaned_data
    if review.pk is None:
        review.save()
    if data["status"] != review.status:
        _set_status(submission, data["status"], user)
        review.refresh_from_db()
    changed = []
    if data["assigned_to"] != review.assigned_to:
        review.assigned_to = data["assigned_to"]
        changed.append("assigned_to")
        to = data["assigned_to"].get_username() if data["assigned_to"] else str(_("nobody"))
        audit.log(submission, audit.ASSIGN, user, to=to)
    if data["notes"] != review.notes:
        review.notes = data["notes"]
        changed.append("notes")
        audit.log(submission, audit.NOTES, user)
    translations = form.translations()
    if translations != review.translations:
        review.translations = translations
        changed.append("translations")
        audit.log(submission, audit.TRANSLATION, user, keys=", ".join(sorted(translations)))
    if changed:
        review.save(update_fields=[*changed, "updated_at"])


class DeleteForm(forms.Form):
    reason = forms.CharField(
        label=_("Why is it being deleted?"),
        max_length=500,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Recorded in the audit log. Do not repeat the family's answers here."),
    )


@require("delete")
def delete_submission(request, pk):
    """Delete a submission and its contact details, e.g. one sent in error or abuse."""
    submission = _submission(pk)
    form = DeleteForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            audit.log(
                submission,
                audit.DELETE,
                request.user,
                id=submission.pk,
                reason=form.cleaned_data["reason"],
            )
            submission.delete()
        messages.success(request, _("Submission deleted."))
        return redirect("review:inbox")
    return render(
        request,
        "review/admin/confirm_delete.html",
        {
            "page_title": _("Delete submission %(id)s") % {"id": submission.pk},
            "header_icon": "bin",
            "submission": submission,
            "form": form,
        },
    )


# Exports ---------------------------------------------------------------------------------


def export_filename(extension):
    return f"submissions-{timezone.localtime():%Y-%m-%d-%H%M}.{extension}"


@require("export")
def export(request, fmt):
    """Exactly what the inbox shows for the same filter, as CSV or XLSX."""
    if fmt not in ("csv", "xlsx"):
        raise Http404
    filter_form = InboxFilterForm(request.GET)
    if not filter_form.is_valid():
        messages.error(request, _("The filter is not valid; nothing was exported."))
        return redirect("review:inbox")
    record = record_export(
        request.user, fmt, source="review:export", filters=filter_form.describe()
    )
    table = ExportTable(filter_form.filter())
    if fmt == "csv":
        # The body is written as it is sent (the council middleware gives it the council's
        # scope); the record learns how many rows left when the last one has.
        response = StreamingHttpResponse(
            counted(csv_chunks(table), record, lambda: table.written),
            content_type="text/csv; charset=utf-8",
        )
        response["Content-Disposition"] = f'attachment; filename="{export_filename("csv")}"'
    else:
        workbook = xlsx_file(table)
        rows_written(record, table.written)
        response = FileResponse(
            workbook,
            as_attachment=True,
            filename=export_filename("xlsx"),
            content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        )
    response["Cache-Control"] = "no-store"
    return response


# Call backs ------------------------------------------------------------------------------


def callback_submissions():
    """Families who asked for a call, including those whose details have since been deleted."""
    return FamilySubmission.objects.filter(
        Q(callback__isnull=False) | Q(review__callback_status__gt="")
    ).annotate(callback_state=Coalesce("review__callback_status", Value(CallbackStatus.TO_CALL)))


@require("view")
def callbacks(request):
    status = request.GET.get("status", "")
    queryset = callback_submissions().select_related("callback").order_by("submit_time")
    if status in CALLBACK_LABELS:
        queryset = queryset.filter(callback_state=status)
    page = Paginator(queryset, PER_PAGE).get_page(request.GET.get("p"))
    rows = [
        {
            "submission": submission,
            "status": CALLBACK_LABELS.get(submission.callback_state),
            "has_details": hasattr(submission, "callback"),
        }
        for submission in page.object_list
    ]
    # Held ones first, so that flood control's doubts never hide a family waiting for a call.
    held = [
        {
            "submission": submission,
            "language": language_name(submission.language),
            "reason": HELD_LABELS.get(submission.held_reason, submission.held_reason),
        }
        for submission in held_callbacks().order_by("submit_time", "pk")[:PER_PAGE]
    ]
    return render(
        request,
        "review/admin/callbacks.html",
        {
            "page_title": _("Call backs"),
            "header_icon": "mail",
            "rows": rows,
            "page_obj": page,
            "statuses": CallbackStatus.choices,
            "status": status,
            "held": held,
            "held_count": held_callbacks().count() if held else 0,
            "can_release": policy.user_has_permission(request.user, "change"),
        },
    )


class CallbackForm(forms.Form):
    callback_status = forms.ChoiceField(label=_("Call-back status"), choices=CallbackStatus.choices)
    callback_notes = forms.CharField(
        label=_("Notes"),
        required=False,
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("What happened, e.g. 'Left a message'. Do not copy the phone number here."),
    )


@require("view_contact_details")
def callback_detail(request, pk):
    """A family's contact details, recorded in the audit log each time they are shown."""
    submission = get_object_or_404(callback_submissions(), pk=pk)
    review = getattr(submission, "review", None) or Review(submission=submission)
    if request.method == "POST":
        if not policy.user_has_permission(request.user, "change_callback"):
            raise Http404
        form = CallbackForm(request.POST)
        if form.is_valid():
            old = review.callback_status or CallbackStatus.TO_CALL
            review.callback_status = form.cleaned_data["callback_status"]
            review.callback_notes = form.cleaned_data["callback_notes"]
            review.save()
            if review.callback_status != old:
                audit.log(
                    submission,
                    audit.CALLBACK_CHANGE,
                    request.user,
                    **{
                        "from": str(CALLBACK_LABELS[old]),
                        "to": str(CALLBACK_LABELS[review.callback_status]),
                    },
                )
            messages.success(request, _("Call back saved."))
            return redirect("review:callbacks")
    else:
        form = CallbackForm(
            initial={
                "callback_status": review.callback_status or CallbackStatus.TO_CALL,
                "callback_notes": review.callback_notes,
            }
        )
    details = CallbackRequest.objects.filter(submission=submission).first()
    if details is not None:
        audit.log(submission, audit.CONTACT_VIEW, request.user)
    return render(
        request,
        "review/admin/callback_detail.html",
        {
            "page_title": _("Call back for submission %(id)s") % {"id": submission.pk},
            "header_icon": "mail",
            "submission": submission,
            "details": details,
            "form": form,
        },
    )


# Dashboard -------------------------------------------------------------------------------


class DashboardForm(forms.Form):
    form = forms.ChoiceField(label=_("Form"))
    cycle = forms.ModelChoiceField(
        label=_("Cycle"), queryset=FeedbackCycle.objects.order_by("-starts_on"), required=False
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["form"].choices = form_choices()[1:]


@require("view")
def cycle_dashboard(request):
    """One cycle's responses in figures and words, the previous cycle beside them."""
    data = request.GET.copy()
    choices = form_choices()[1:]
    if not data.get("form") and choices:
        data["form"] = choices[0][0]
    if not data.get("cycle"):
        current = FeedbackCycle.current() or FeedbackCycle.objects.order_by("-starts_on").first()
        data["cycle"] = current.pk if current else ""
    form = DashboardForm(data)
    context = {
        "page_title": _("Cycle dashboard"),
        "header_icon": "pick",
        "form": form,
    }
    if form.is_valid() and form.cleaned_data["cycle"]:
        cycle = form.cleaned_data["cycle"]
        previous = cycle.previous()
        context.update(
            cycle=cycle,
            previous=previous,
            form_key=form.cleaned_data["form"],
            figures=dashboard(form.cleaned_data["form"], cycle, previous),
        )
    return render(request, "review/admin/dashboard.html", context)


# Cycles open and close forms --------------------------------------------------------------


class CycleFormDatesForm(forms.Form):
    form = forms.ChoiceField(label=_("Form to open and close with this cycle"))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["form"].choices = form_choices()[1:]


@require("change")
def cycle_form_dates(request, pk):
    """Set a form (every translation of it) to open and close on the cycle's dates."""
    cycle = get_object_or_404(FeedbackCycle, pk=pk)
    if request.method == "POST":
        form = CycleFormDatesForm(request.POST)
        if form.is_valid():
            pages = FamilyFormPage.objects.filter(
                pages_in_current_council(), translation_key=form.cleaned_data["form"]
            )
            blocked = [page for page in pages if page.has_unpublished_changes]
            if blocked:
                messages.error(
                    request,
                    _(
                        "'%(title)s' has unpublished changes. Publish or discard them first, "
                        "so that setting the dates does not publish someone's draft."
                    )
                    % {"title": blocked[0].title},
                )
            else:
                with transaction.atomic():
                    for page in pages:
                        page.opens_at, page.closes_at = cycle.starts_at, cycle.ends_at
                        page.save_revision(user=request.user).publish(user=request.user)
                    source = pages.filter(locale__language_code=settings.LANGUAGE_CODE).first()
                    audit.log(
                        cycle,
                        audit.CYCLE_FORM,
                        request.user,
                        form=source.title if source else str(form.cleaned_data["form"]),
                        opens=cycle.starts_on.isoformat(),
                        closes=cycle.ends_on.isoformat(),
                    )
                messages.success(
                    request,
                    _("The form now opens on %(start)s and closes at the end of %(end)s.")
                    % {"start": cycle.starts_on, "end": cycle.ends_on},
                )
                return redirect("review:cycle_form_dates", pk=cycle.pk)
    else:
        form = CycleFormDatesForm()
    return render(
        request,
        "review/admin/cycle_form_dates.html",
        {
            "page_title": _("Open a form with %(cycle)s") % {"cycle": cycle.name},
            "header_icon": "date",
            "cycle": cycle,
            "form": form,
        },
    )
