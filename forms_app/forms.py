"""Django forms built from the editors' question blocks, and the staff organisation form.

``FamilyFormBuilder`` extends Wagtail's ``FormBuilder``: one ``create_<type>_field``
per question block, choices built from option keys (never from a delimited
string of labels), and every text field capped in length on the server.
"""

import re
import unicodedata
from dataclasses import dataclass, field

from django import forms
from django.core.validators import RegexValidator
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.forms.forms import BaseForm, FormBuilder

from forms_app.blocks import CALLBACK_PARTS, KEY_PATTERN
from forms_app.protection import FormToken

# Server-side limits for the fields the form itself adds (README: field length limits).
CALLBACK_NAME_MAX = 100
CALLBACK_PHONE_MAX = 30
CALLBACK_TIME_MAX = 100
SOURCE_MAX = 50
SHORT_TEXT_CAP = 500
LONG_TEXT_CAP = 5000

# C0/C1 controls other than tab and newlines, and the bidirectional override
# and isolate characters that can make text read differently from how it is stored.
UNSAFE_CHARACTERS = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]"
)

phone_validator = RegexValidator(
    r"^\+?[0-9][0-9 ()\-]{5,24}$",
    _("Enter a phone number using only digits and spaces, like 07700 900982."),
)


def clean_text(value):
    """Keep what a family typed as plain text, minus characters that only cause harm."""
    value = unicodedata.normalize("NFC", value)
    return UNSAFE_CHARACTERS.sub("", value).strip()


class SafeCharField(forms.CharField):
    def to_python(self, value):
        value = super().to_python(value)
        return clean_text(value) if value else value


@dataclass
class Question:
    """One question of a form, as Wagtail's ``FormBuilder`` expects a form field to look."""

    field_type: str
    clean_name: str
    label: str
    help_text: str = ""
    required: bool = True
    options: list = field(default_factory=list)
    max_length: int | None = None
    lowest: int = 1
    highest: int = 5
    lowest_label: str = ""
    highest_label: str = ""
    default_value: str = ""
    choices: str = ""
    error_message: str = ""

    @classmethod
    def from_block(cls, child):
        value = child.value
        question = cls(
            field_type=child.block_type,
            clean_name=value["key"],
            label=value["label"],
            help_text=value.get("hint") or "",
            required=bool(value.get("required")),
            error_message=value.get("error_message") or "",
        )
        if "options" in value:
            question.options = [(option["key"], option["label"]) for option in value["options"]]
        if "max_length" in value:
            question.max_length = value["max_length"]
        if child.block_type == "rating":
            question.lowest = value["lowest"]
            question.highest = value["highest"]
            question.lowest_label = value["lowest_label"]
            question.highest_label = value["highest_label"]
        return question

    def get_field_clean_name(self):
        return self.clean_name

    def snapshot(self):
        """What the review screens and exports need to read an answer later."""
        data = {"key": self.clean_name, "type": self.field_type, "label": str(self.label)}
        if self.options:
            data["options"] = [{"key": key, "label": str(label)} for key, label in self.options]
        if self.field_type == "rating":
            data.update(
                lowest=self.lowest,
                highest=self.highest,
                lowest_label=str(self.lowest_label),
                highest_label=str(self.highest_label),
            )
        return data


YES_NO = [("yes", _("Yes")), ("no", _("No"))]


class TickBox(forms.CheckboxInput):
    """Ticked only when the form sends what its checkbox sends.

    Django's checkbox reads any value but "false" as ticked, so a post made
    by hand with ``agree_to_use=off`` would be stored as consent.
    """

    TICKED = "on"

    def value_from_datadict(self, data, files, name):
        return data.get(name) == self.TICKED


class FamilyFormBuilder(FormBuilder):
    """Every message names its question, in the family's language (GOV.UK's error pattern)."""

    def get_field_options(self, field):
        return {"label": field.label, "help_text": field.help_text, "required": field.required}

    def _messages(self, field, required, **others):
        label = str(field.label).strip()
        messages = {"required": field.error_message or required % {"question": label}}
        # Django fills in these messages' own placeholders later, so a % in a label is escaped.
        escaped = label.replace("%", "%%")
        messages.update((code, str(text) % {"question": escaped}) for code, text in others.items())
        return messages

    def _text(self, field, options, cap, widget=None):
        options["max_length"] = min(field.max_length or cap, cap)
        options["error_messages"] = self._messages(
            field,
            _("Enter an answer to ‘%(question)s’"),
            max_length=_(
                "Your answer to ‘%(question)s’ must be %%(limit_value)d characters or fewer "
                "(it has %%(show_value)d)"
            ),
        )
        if widget:
            options["widget"] = widget
        return SafeCharField(**options)

    def create_short_text_field(self, field, options):
        return self._text(field, options, SHORT_TEXT_CAP)

    def create_long_text_field(self, field, options):
        return self._text(field, options, LONG_TEXT_CAP, forms.Textarea(attrs={"rows": 5}))

    def _choice(self, field, options, choices, multiple=False):
        options["choices"] = choices
        options["error_messages"] = self._messages(
            field,
            _("Select an answer to ‘%(question)s’"),
            invalid_choice=_("Select one of the answers offered to ‘%(question)s’"),
        )
        if multiple:
            return forms.MultipleChoiceField(widget=forms.CheckboxSelectMultiple, **options)
        return forms.ChoiceField(widget=forms.RadioSelect, **options)

    def create_single_choice_field(self, field, options):
        return self._choice(field, options, field.options)

    def create_multiple_choice_field(self, field, options):
        return self._choice(field, options, field.options, multiple=True)

    def create_rating_field(self, field, options):
        choices = [(str(n), str(n)) for n in range(field.lowest, field.highest + 1)]
        form_field = self._choice(field, options, choices)
        form_field.lowest_label = field.lowest_label
        form_field.highest_label = field.highest_label
        return form_field

    def create_yes_no_field(self, field, options):
        return self._choice(field, options, YES_NO)

    def create_callback_field(self, field, options):
        return self._choice(field, options, YES_NO)

    def create_consent_field(self, field, options):
        options["error_messages"] = self._messages(field, _("Tick ‘%(question)s’ if you agree"))
        return forms.BooleanField(widget=TickBox, **options)

    @property
    def formfields(self):
        formfields = super().formfields
        for question in self.fields:
            if question.field_type == "callback":
                key = question.clean_name
                formfields[f"{key}_name"] = SafeCharField(
                    label=_("Your name"), max_length=CALLBACK_NAME_MAX, required=False
                )
                formfields[f"{key}_phone"] = SafeCharField(
                    label=_("Phone number"),
                    max_length=CALLBACK_PHONE_MAX,
                    required=False,
                    validators=[phone_validator],
                )
                formfields[f"{key}_time"] = SafeCharField(
                    label=_("Best time to call"),
                    help_text=_("For example, weekday mornings."),
                    max_length=CALLBACK_TIME_MAX,
                    required=False,
                )
        return formfields

    def get_form_class(self):
        return type("FamilyForm", (FamilyFormBase,), self.formfields)


class FamilyFormBase(BaseForm):
    """Adds the protections every family form shares to the editors' questions."""

    # The honeypot: hidden from people, tempting to bots.
    website = forms.CharField(required=False, max_length=200)
    form_token = forms.CharField(required=False, max_length=300, widget=forms.HiddenInput)
    src = forms.CharField(required=False, widget=forms.HiddenInput)

    def __init__(self, *args, questions=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.questions = list(questions)
        if not self.is_bound:
            self.initial.setdefault("form_token", FormToken.new().sign())

    @property
    def question_fields(self):
        """Bound fields in question order, with the call-back details beside their question."""
        for question in self.questions:
            bound = self[question.clean_name]
            bound.question = question
            if question.field_type == "callback":
                bound.callback_fields = [
                    self[f"{question.clean_name}_{part}"] for part in CALLBACK_PARTS
                ]
            yield bound

    def clean_src(self):
        # A tampered tag is dropped, never an error the family could not fix.
        value = self.cleaned_data.get("src", "")
        return value if len(value) <= SOURCE_MAX and SOURCE_PATTERN.match(value) else ""

    def clean(self):
        cleaned = super().clean()
        for question in self.questions:
            name = question.clean_name
            if question.field_type != "multiple_choice" and len(self.data.getlist(name)) > 1:
                self.add_error(
                    name,
                    _("Give one answer to ‘%(question)s’") % {"question": str(question.label)},
                )
            if question.field_type == "callback":
                if cleaned.get(name) == "yes":
                    for part, message in (
                        ("name", _("Enter your name so we know who to ask for.")),
                        ("phone", _("Enter a phone number we can call you on.")),
                    ):
                        if not cleaned.get(f"{name}_{part}") and f"{name}_{part}" not in (
                            self.errors
                        ):
                            self.add_error(f"{name}_{part}", message)
                else:
                    # Details typed before choosing "no" are neither checked nor kept.
                    for part in CALLBACK_PARTS:
                        cleaned.pop(f"{name}_{part}", None)
                        self._errors.pop(f"{name}_{part}", None)
        return cleaned

    def error_summary(self):
        """(anchor, message) for each error, in the order the questions are asked."""
        for bound in self.question_fields:
            multiple = bound.question.field_type not in ("short_text", "long_text", "consent")
            for error in bound.errors:
                yield (f"{bound.auto_id}_0" if multiple else bound.auto_id), error
            for part in getattr(bound, "callback_fields", []):
                for error in part.errors:
                    yield part.auto_id, error

    @property
    def token(self):
        return FormToken.load(self.data.get("form_token", ""))

    def answers(self):
        """Answers under question keys; choices as option keys; the rating as a number."""
        answers = {}
        for question in self.questions:
            value = self.cleaned_data.get(question.clean_name)
            if value in (None, "", []):
                continue
            if question.field_type == "rating":
                value = int(value)
            answers[question.clean_name] = value
        return answers

    def callback_details(self):
        for question in self.questions:
            if question.field_type == "callback":
                key = question.clean_name
                if self.cleaned_data.get(key) == "yes":
                    return {
                        part: self.cleaned_data.get(f"{key}_{part}", "") for part in CALLBACK_PARTS
                    }
        return None


SOURCE_PATTERN = re.compile(r"^[a-z0-9][a-z0-9-]{0,48}$")
KEY_RE = re.compile(KEY_PATTERN)
