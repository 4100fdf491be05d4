"""The inbox's filter: one definition shared by the list, its exports and the command."""

import datetime

from django import forms
from django.conf import settings
from django.db.models import Q, Value
from django.db.models.functions import Coalesce
from django.utils.translation import get_language_info
from django.utils.translation import gettext_lazy as _

from councils.tenancy import pages_in_current_council
from forms_app.models import FamilyFormPage, FamilySubmission, FormVersion, SourceTag
from review.labels import TEXT_TYPES
from review.models import FeedbackCycle, Status, start_of_day

SEARCH_MAX = 200
# The admin is in English, so languages are named in English here.
ENGLISH_NAMES = [(code, get_language_info(code)["name"]) for code, _name in settings.LANGUAGES]


def form_choices():
    pages = FamilyFormPage.objects.filter(
        pages_in_current_council(), locale__language_code=settings.LANGUAGE_CODE
    ).order_by("title")
    return [("", _("All forms"))] + [(str(page.translation_key), page.title) for page in pages]


def text_question_keys(form_key=None):
    """Every free-text question key any version of the form(s) has had."""
    versions = FormVersion.objects.all()
    if form_key:
        versions = versions.filter(form_key=form_key)
    keys = set()
    for questions in versions.values_list("questions", flat=True):
        keys.update(q["key"] for q in questions if q.get("type") in TEXT_TYPES)
    return sorted(keys)


def with_status(queryset):
    return queryset.annotate(review_status=Coalesce("review__status", Value(Status.NEW)))


class InboxFilterForm(forms.Form):
    """What the Learning Academy narrows the inbox by. Every field is optional."""

    form = forms.ChoiceField(label=_("Form"), required=False)
    cycle = forms.ModelChoiceField(
        label=_("Cycle"),
        queryset=FeedbackCycle.objects.order_by("-starts_on"),
        required=False,
        empty_label=_("All cycles"),
    )
    language = forms.ChoiceField(
        label=_("Language"),
        required=False,
        choices=[("", _("All languages")), *ENGLISH_NAMES],
    )
    source = forms.ModelChoiceField(
        label=_("Source"),
        queryset=SourceTag.objects.all(),
        to_field_name="slug",
        required=False,
        empty_label=_("All sources"),
    )
    status = forms.ChoiceField(
        label=_("Status"), required=False, choices=[("", _("Any status")), *Status.choices]
    )
    date_from = forms.DateField(
        label=_("Sent on or after"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    date_to = forms.DateField(
        label=_("Sent on or before"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    q = forms.CharField(
        label=_("Search in answers"),
        required=False,
        max_length=SEARCH_MAX,
        help_text=_("Finds the families' own words and the English translations of them."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["form"].choices = form_choices()

    def filter(self, queryset=None):
        """The submissions this filter shows, newest first, with their review status."""
        queryset = with_status(queryset if queryset is not None else FamilySubmission.objects.all())
        if not self.is_valid():
            return queryset.none()
        data = self.cleaned_data
        if data["form"]:
            queryset = queryset.filter(form_key=data["form"])
        if data["cycle"]:
            queryset = queryset.filter(**data["cycle"].submission_filter())
        if data["language"]:
            queryset = queryset.filter(language=data["language"])
        if data["source"]:
            queryset = queryset.filter(source=data["source"].slug)
        if data["status"]:
            queryset = queryset.filter(review_status=data["status"])
        if data["date_from"]:
            queryset = queryset.filter(submit_time__gte=start_of_day(data["date_from"]))
        if data["date_to"]:
            next_day = data["date_to"] + datetime.timedelta(days=1)
            queryset = queryset.filter(submit_time__lt=start_of_day(next_day))
        if data["q"]:
            match = Q()
            # The family's own words, or the Learning Academy's English translation of them.
            for key in text_question_keys(data["form"] or None):
                match |= Q(**{f"answers__{key}__icontains": data["q"]})
                match |= Q(**{f"review__translations__{key}__icontains": data["q"]})
            queryset = queryset.filter(match) if match else queryset.none()
        return queryset.order_by("-submit_time", "-pk")

    def describe(self):
        """The filter as plain values, for the audit log and the export record.

        Free text typed into the search is left out (it can be a family's
        name); only the fact that a search narrowed the export is kept.
        """
        if not self.is_valid():
            return {}
        described = {}
        for name, value in self.cleaned_data.items():
            if value in (None, ""):
                continue
            if name == "q":
                described["searched"] = "yes"
                continue
            if name == "cycle":
                value = value.pk
            elif name == "source":
                value = value.slug
            elif name in ("date_from", "date_to"):
                value = value.isoformat()
            described[name] = value
        return described
