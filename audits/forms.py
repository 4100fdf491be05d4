"""The audit programme's forms: allocation, the audit itself, moderation, meetings."""

from django import forms
from django.contrib.auth import get_user_model
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from audits import personal
from audits.models import (
    THEME_PARTS,
    Audit,
    AuditTheme,
    AuditTool,
    ConsultantSample,
    Cycle,
    Grade,
    MeetingAction,
    Service,
    Team,
)
from audits.permissions import policy

GRADE_ERROR = _(
    "Choose one of the four grades: outstanding, good, requires improvement, inadequate."
)
NO_NAMES = _("Write to the practitioner. No names, phone numbers or dates of birth.")


def grade_field(label, required=False):
    return forms.ChoiceField(
        label=label,
        choices=[("", _("Not graded yet")), *Grade.choices],
        required=required,
        error_messages={"invalid_choice": GRADE_ERROR, "required": GRADE_ERROR},
    )


def people():
    """The current council's people (the default manager keeps other councils' out)."""
    from councils.tenancy import current_council

    users = get_user_model().objects.filter(is_active=True).order_by("first_name", "last_name")
    council = current_council()
    return users.filter(council_member__council=council) if council else users.none()


def full_names(field):
    field.label_from_instance = lambda user: user.get_full_name() or user.get_username()
    return field


class PersonalDataCheck(forms.Form):
    """Flags text that looks like a name, a phone number or a date of birth before saving."""

    checked_fields = ()
    confirm_not_personal = forms.BooleanField(
        label=_(
            "I have checked the text flagged above: it names no child, family member "
            "or date of birth."
        ),
        required=False,
    )

    def check_personal_data(self):
        self.personal_flags = {}
        for name in self.checked_fields:
            found = personal.findings(self.cleaned_data.get(name) or "")
            if found:
                self.personal_flags[name] = found
        if self.personal_flags and not self.cleaned_data.get("confirm_not_personal"):
            for name, found in self.personal_flags.items():
                self.add_error(name, personal.describe(found))


class AllocationForm(forms.ModelForm):
    tool = forms.ModelChoiceField(
        label=_("audit tool"), queryset=AuditTool.objects.filter(kind=AuditTool.Kind.AUDIT)
    )

    class Meta:
        model = Audit
        fields = ["cycle", "case_reference", "team", "practitioner", "auditor", "due_on"]
        widgets = {"due_on": forms.DateInput(attrs={"type": "date"})}
        help_texts = {
            "case_reference": _(
                "From the case record system. The only identifier of the child or family: no names."
            )
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["cycle"].queryset = Cycle.objects.select_related("service")
        self.fields["team"].queryset = Team.objects.select_related("service")
        full_names(self.fields["practitioner"]).queryset = people()
        full_names(self.fields["auditor"]).queryset = people().filter(
            pk__in=policy.users_with_any_permission(["conduct"]).values("pk")
        )

    def clean_due_on(self):
        due_on = self.cleaned_data["due_on"]
        if due_on < timezone.localdate():
            raise forms.ValidationError(
                _("The due date is in the past. Choose today or a later date.")
            )
        return due_on

    def clean(self):
        cleaned = super().clean()
        cycle, team, tool = cleaned.get("cycle"), cleaned.get("team"), cleaned.get("tool")
        reference = cleaned.get("case_reference")
        if cycle is None:
            return cleaned
        service = cycle.service
        if reference and not service.matches_case_reference(reference):
            self.add_error(
                "case_reference",
                _("%(service)s case references look like %(example)s.")
                % {"service": service.name, "example": service.case_reference_example},
            )
        if team is not None and team.service_id != service.pk:
            self.add_error(
                "team", _("This team is not in %(service)s.") % {"service": service.name}
            )
        if tool is not None and tool.service_id != service.pk:
            self.add_error("tool", _("This tool is not %(service)s's.") % {"service": service.name})
        return cleaned

    def save(self, commit=True):
        audit = super().save(commit=False)
        audit.tool_version = self.cleaned_data["tool"].current_version()
        if commit:
            audit.save()
        return audit


class ConductForm(PersonalDataCheck):
    """The audit, written with the practitioner: a grade and two narratives per section."""

    def __init__(self, audit, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.audit = audit
        names = []
        themes = [(str(theme.pk), theme.name) for theme in AuditTheme.objects.all()]
        for section in audit.sections:
            key = section["key"]
            saved = audit.answers.get(key) or {}
            if section["graded"]:
                self.fields[f"{key}__grade"] = grade_field(section["title"])
                self.initial[f"{key}__grade"] = saved.get("grade", "")
            for part, label, themes_label in (
                ("working_well", _("What is working well"), _("Themes of what is working well")),
                ("to_change", _("What needs to change"), _("Themes of what needs to change")),
            ):
                name = f"{key}__{part}"
                self.fields[name] = forms.CharField(
                    label=label,
                    required=False,
                    widget=forms.Textarea(attrs={"rows": 3}),
                    help_text=NO_NAMES,
                )
                self.initial[name] = saved.get(part, "")
                names.append(name)
                if themes:
                    self.fields[f"{name}_themes"] = forms.MultipleChoiceField(
                        label=themes_label,
                        choices=themes,
                        required=False,
                        widget=forms.CheckboxSelectMultiple,
                    )
                    self.initial[f"{name}_themes"] = [
                        str(pk) for pk in saved.get(f"{part}_themes", [])
                    ]
        self.fields["overall_grade"] = grade_field(_("Overall grade"))
        self.fields["practitioner_view"] = forms.CharField(
            label=_("The practitioner's view: what helped or hindered"),
            required=False,
            widget=forms.Textarea(attrs={"rows": 3}),
        )
        self.fields["family_view"] = forms.CharField(
            label=_("The family's view"), required=False, widget=forms.Textarea(attrs={"rows": 3})
        )
        self.fields["family_view_not_sought"] = forms.CharField(
            label=_("Or: why the family's view was not sought"),
            required=False,
            widget=forms.Textarea(attrs={"rows": 2}),
        )
        self.fields["safeguarding_concern"] = forms.CharField(
            label=_("Safeguarding concern"),
            required=False,
            widget=forms.Textarea(attrs={"rows": 2}),
            help_text=_(
                "If you found a child at risk, describe it here: the team manager and the Head "
                "of Service are emailed as soon as you save."
            ),
        )
        for name in ("overall_grade", "practitioner_view", "family_view", "family_view_not_sought"):
            self.initial[name] = getattr(audit, name)
        self.initial["safeguarding_concern"] = audit.safeguarding_concern
        names += [
            "practitioner_view",
            "family_view",
            "family_view_not_sought",
            "safeguarding_concern",
        ]
        self.checked_fields = names
        # The confirmation box comes last, after the text it confirms.
        self.fields["confirm_not_personal"] = self.fields.pop("confirm_not_personal")

    def clean(self):
        cleaned = super().clean()
        self.check_personal_data()
        if self.data.get("complete"):
            for section in self.audit.sections:
                name = f"{section['key']}__grade"
                if section["graded"] and not cleaned.get(name):
                    self.add_error(name, _("Grade this section before completing the audit."))
            if not cleaned.get("overall_grade"):
                self.add_error(
                    "overall_grade", _("Give the overall grade before completing the audit.")
                )
            if (
                not (cleaned.get("family_view") or "").strip()
                and not (cleaned.get("family_view_not_sought") or "").strip()
            ):
                self.add_error(
                    "family_view_not_sought",
                    _("Record the family's view, or why it was not sought."),
                )
        return cleaned

    def apply(self):
        audit, cleaned = self.audit, self.cleaned_data
        answers = {}
        for section in audit.sections:
            key = section["key"]
            answers[key] = {
                part: cleaned.get(f"{key}__{part}", "") or ""
                for part in ("working_well", "to_change")
            }
            for part, stored in THEME_PARTS.items():
                answers[key][stored] = sorted(
                    int(pk) for pk in cleaned.get(f"{key}__{part}_themes") or ()
                )
            if section["graded"]:
                answers[key]["grade"] = cleaned.get(f"{key}__grade", "")
        audit.answers = answers
        for name in ("overall_grade", "practitioner_view", "family_view", "family_view_not_sought"):
            setattr(audit, name, cleaned[name])
        return audit


class ModerationForm(forms.Form):
    """Each grade agreed or changed; a change needs its reason. Both grades are kept."""

    def __init__(self, audit, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.audit = audit
        self.grades = [
            (section["key"], section["title"], audit.section_grade(section["key"], moderated=False))
            for section in audit.tool_version.graded_sections()
        ]
        self.grades.append(("overall", _("Overall grade"), audit.overall_grade))
        for key, title, graded in self.grades:
            self.fields[key] = grade_field(title, required=True)
            self.initial[key] = audit.moderated_grades.get(key, graded)
        self.fields["reason"] = forms.CharField(
            label=_("Reason for any change"),
            required=False,
            widget=forms.Textarea(attrs={"rows": 3}),
        )
        self.initial["reason"] = audit.moderation_reason

    def changes(self):
        return {
            key: self.cleaned_data[key]
            for key, _title, graded in self.grades
            if self.cleaned_data.get(key) and self.cleaned_data[key] != graded
        }

    def clean(self):
        cleaned = super().clean()
        if self.changes() and not (cleaned.get("reason") or "").strip():
            self.add_error("reason", _("Give the reason for changing the grade."))
        return cleaned


class MeetingForm(PersonalDataCheck):
    checked_fields = ("record",)
    held_on = forms.DateField(
        label=_("held on"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    record = forms.CharField(
        label=_("record of the meeting"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=_("What went well, the actions agreed and the learning. No names."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["confirm_not_personal"] = self.fields.pop("confirm_not_personal")

    def clean_held_on(self):
        held_on = self.cleaned_data.get("held_on")
        if held_on and held_on > timezone.localdate():
            raise forms.ValidationError(_("A meeting cannot have been held in the future."))
        return held_on

    def clean(self):
        cleaned = super().clean()
        self.check_personal_data()
        return cleaned


class ActionForm(forms.ModelForm):
    class Meta:
        model = MeetingAction
        fields = ["action", "owner", "due_on", "done"]
        widgets = {"due_on": forms.DateInput(attrs={"type": "date"})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        full_names(self.fields["owner"]).queryset = people()


ActionFormSet = forms.modelformset_factory(
    MeetingAction, form=ActionForm, extra=2, can_delete=False
)


class ResponseForm(forms.Form):
    response = forms.CharField(
        label=_("What you did about the concern"), widget=forms.Textarea(attrs={"rows": 3})
    )


class ConsultantSampleForm(forms.ModelForm):
    """The Learning Academy draws a period's sample of completed audits for the consultant."""

    size = forms.IntegerField(
        label=_("how many audits"),
        min_value=1,
        max_value=50,
        initial=10,
        help_text=_("Drawn at random from the period's completed audits (not re-audits)."),
    )

    class Meta:
        model = ConsultantSample
        fields = ["consultant", "period_starts_on", "period_ends_on", "service"]
        widgets = {
            "period_starts_on": forms.DateInput(attrs={"type": "date"}),
            "period_ends_on": forms.DateInput(attrs={"type": "date"}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        full_names(self.fields["consultant"]).queryset = people().filter(
            pk__in=policy.users_with_any_permission(["consult"]).values("pk")
        )
        self.fields["service"].queryset = Service.objects.all()
        self.fields["service"].empty_label = _("Every service")

    def clean(self):
        cleaned = super().clean()
        starts, ends = cleaned.get("period_starts_on"), cleaned.get("period_ends_on")
        if starts and ends and ends < starts:
            self.add_error("period_ends_on", _("A period cannot end before it starts."))
        elif starts and ends:
            period = ConsultantSample(
                period_starts_on=starts, period_ends_on=ends, service=cleaned.get("service")
            )
            if not period.candidates().exists():
                self.add_error(
                    "period_starts_on",
                    _("No audit was completed in this period. Choose another."),
                )
        return cleaned


class ConsultantReviewForm(PersonalDataCheck):
    """The external consultant's own view of a sampled audit: a grade and commentary."""

    checked_fields = ("commentary",)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["grade"] = grade_field(_("Your grade for the audited work"), required=True)
        self.fields["commentary"] = forms.CharField(
            label=_("Your commentary"),
            widget=forms.Textarea(attrs={"rows": 5}),
            help_text=_(
                "Is the grade accurate, and what was the audit's impact? No names, phone "
                "numbers or dates of birth."
            ),
        )
        self.fields["confirm_not_personal"] = self.fields.pop("confirm_not_personal")

    def clean(self):
        cleaned = super().clean()
        self.check_personal_data()
        return cleaned
