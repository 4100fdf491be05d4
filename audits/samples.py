"""Dip samples, Practice Week observations and exit interviews: the light tools beside audits.

A dip sample asks one to five yes/no or count questions over many cases and
reports per team. Observations and exit interviews are written on forms built
like audit tools; an exit interview keeps no interviewer and is redacted of
anything that looks like a name, a phone number or a date before it is stored,
so the Learning Academy reads themes, not people.
"""

from collections import defaultdict

from django import forms
from django.db import IntegrityError, transaction
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin import messages

from audits import personal
from audits.models import AuditTool, DipSample, DipSampleCase, Observation, Team
from audits.permissions import require


class DipCaseForm(forms.Form):
    case_reference = forms.CharField(label=gettext_lazy("case reference"), max_length=40)
    team = forms.ModelChoiceField(label=gettext_lazy("team"), queryset=Team.objects.none())

    def __init__(self, sample, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.sample = sample
        self.fields["team"].queryset = Team.objects.filter(service=sample.service)
        for question in sample.question_list():
            if question["answer"] == "count":
                field = forms.IntegerField(label=question["label"], min_value=0, max_value=999)
            else:
                field = forms.TypedChoiceField(
                    label=question["label"],
                    choices=[("yes", _("Yes")), ("no", _("No"))],
                    coerce=lambda value: value == "yes",
                    widget=forms.RadioSelect,
                )
            self.fields[f"q_{question['key']}"] = field

    def clean_case_reference(self):
        reference = self.cleaned_data["case_reference"].strip()
        service = self.sample.service
        if not service.matches_case_reference(reference):
            raise forms.ValidationError(
                _("%(service)s case references look like %(example)s.")
                % {"service": service.name, "example": service.case_reference_example}
            )
        return reference


def dip_results(sample):
    """Per team: cases, and per question the yes count (yes/no) or the total (count)."""
    questions = sample.question_list()
    rows = defaultdict(lambda: {"cases": 0, **{q["key"]: 0 for q in questions}})
    for case in sample.cases.select_related("team"):
        row = rows[case.team.name]
        row["cases"] += 1
        for question in questions:
            value = case.answers.get(question["key"])
            row[question["key"]] += int(value) if value not in (None, "") else 0
    return questions, [
        (team, row["cases"], [row[q["key"]] for q in questions])
        for team, row in sorted(rows.items())
    ]


def dip_sample(request, sample_pk):
    require(request.user, "dip")
    sample = get_object_or_404(DipSample.objects.select_related("service"), pk=sample_pk)
    form = DipCaseForm(sample, request.POST or None)
    if request.method == "POST" and form.is_valid():
        answers = {
            question["key"]: form.cleaned_data[f"q_{question['key']}"]
            for question in sample.question_list()
        }
        try:
            with transaction.atomic():
                DipSampleCase.objects.create(
                    sample=sample,
                    case_reference=form.cleaned_data["case_reference"],
                    team=form.cleaned_data["team"],
                    answers=answers,
                )
        except IntegrityError:
            form.add_error("case_reference", _("This case is already in the sample."))
        else:
            messages.success(request, _("Case added to the dip sample."))
            return redirect("audits:dip_sample", sample.pk)
    questions, rows = dip_results(sample)
    return TemplateResponse(
        request,
        "audits/dip_sample.html",
        {"sample": sample, "form": form, "questions": questions, "rows": rows},
    )


def dip_samples(request):
    require(request.user, "dip")
    return TemplateResponse(
        request,
        "audits/dip_samples.html",
        {"samples": DipSample.objects.select_related("service")},
    )


class ObservationForm(forms.Form):
    happened_on = forms.DateField(
        label=gettext_lazy("date"), widget=forms.DateInput(attrs={"type": "date"})
    )
    team = forms.ModelChoiceField(
        label=gettext_lazy("team"), queryset=Team.objects.none(), required=False
    )
    themes = forms.CharField(
        label=gettext_lazy("themes"),
        required=False,
        max_length=300,
        help_text=gettext_lazy("A few words, separated by commas, e.g. relationships, workload."),
    )

    def __init__(self, version, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.version = version
        self.fields["team"].queryset = Team.objects.select_related("service")
        for section in version.sections:
            self.fields[f"s_{section['key']}"] = forms.CharField(
                label=section["title"],
                help_text=section["prompt"],
                required=False,
                widget=forms.Textarea(attrs={"rows": 3}),
            )

    def clean_happened_on(self):
        day = self.cleaned_data["happened_on"]
        if day > timezone.localdate():
            raise forms.ValidationError(_("The date cannot be in the future."))
        return day


def observations(request):
    require(request.user, "observe")
    tools = AuditTool.objects.exclude(kind=AuditTool.Kind.AUDIT)
    recorded = Observation.objects.select_related("team", "tool_version__tool")
    kind = request.GET.get("kind")
    if kind in (AuditTool.Kind.OBSERVATION, AuditTool.Kind.EXIT_INTERVIEW):
        recorded = recorded.filter(kind=kind)
    themes = defaultdict(int)
    for observation in recorded:
        for theme in observation.themes.split(","):
            if theme.strip():
                themes[theme.strip().lower()] += 1
    return TemplateResponse(
        request,
        "audits/observations.html",
        {
            "tools": tools,
            "observations": recorded[:100],
            "themes": sorted(themes.items(), key=lambda item: (-item[1], item[0])),
        },
    )


def record_observation(request, tool_pk):
    require(request.user, "observe")
    tool = get_object_or_404(AuditTool.objects.exclude(kind=AuditTool.Kind.AUDIT), pk=tool_pk)
    version = tool.current_version()
    form = ObservationForm(version, request.POST or None)
    if request.method == "POST" and form.is_valid():
        exit_interview = tool.kind == AuditTool.Kind.EXIT_INTERVIEW
        answers = {}
        for section in version.sections:
            text = form.cleaned_data[f"s_{section['key']}"]
            answers[section["key"]] = personal.redact(text) if exit_interview else text
        Observation.objects.create(
            tool_version=version,
            kind=tool.kind,
            observer=None if exit_interview else request.user,
            team=None if exit_interview else form.cleaned_data["team"],
            happened_on=form.cleaned_data["happened_on"],
            answers=answers,
            themes=form.cleaned_data["themes"],
        )
        messages.success(request, _("Recorded."))
        return redirect("audits:observations")
    return TemplateResponse(request, "audits/record_observation.html", {"tool": tool, "form": form})
