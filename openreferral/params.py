"""The list parameters of the ORUK API, checked before any query runs.

A parameter this feed does not know is ignored, as HTTP APIs usually do. A
parameter it knows is honoured or refused: a bad value, or a parameter the list
asked for cannot apply (``proximity``, ``postcode`` on services...), is a 400
whose JSON names it. ``per_page`` above MAX_PER_PAGE is capped, not refused.
"""

import datetime
import re

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

MAX_PER_PAGE = 100
DEFAULT_PER_PAGE = 50
BOOLEAN = [("true", "true"), ("false", "false"), ("1", "1"), ("0", "0")]
DAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]
# Words are matched as plain text, never as SQL or markup; anything that looks like
# either is refused so that a probe gets a clear answer rather than an empty list.
# openapi.py declares the same rule as a pattern.
SEARCH_PATTERN = r"^(?:[^<>;\\{}*\x00-\x1f-]|-[^<>;\\{}*\x00-\x1f-])*-?$"
TIME_PATTERN = r"^(?:[01][0-9]|2[0-3]):[0-5][0-9]$"


def check_search(value):
    if not re.fullmatch(SEARCH_PATTERN, value):
        raise ValidationError(_("Search only letters, digits, spaces and ordinary punctuation."))


def check_time(value):
    if not re.fullmatch(TIME_PATTERN, value):
        raise ValidationError(_("Give a time as HH:MM, e.g. 09:30."))


POSTCODE_PATTERN = r"^[A-Z]{1,2}[0-9][A-Z0-9]?(?: ?[0-9][A-Z]{2})?$"
FORMATS = [("json", "json"), ("ndjson", "ndjson")]


def outward_code(postcode):
    """'e1 6an' → 'E1'; 'E1' → 'E1'."""
    compact = postcode.upper().replace(" ", "")
    return compact[:-3] if len(compact) > 4 else compact


class ListParams(forms.Form):
    page = forms.IntegerField(min_value=1, max_value=1_000_000, required=False)
    per_page = forms.IntegerField(min_value=1, max_value=1_000_000, required=False)
    format = forms.ChoiceField(choices=FORMATS, required=False)
    search = forms.CharField(max_length=200, required=False, validators=[check_search])
    taxonomy_term_id = forms.UUIDField(required=False)
    taxonomy_id = forms.UUIDField(required=False)
    organization_id = forms.UUIDField(required=False)
    modified_after = forms.CharField(max_length=40, required=False)
    minimal = forms.ChoiceField(choices=BOOLEAN, required=False)
    full = forms.ChoiceField(choices=BOOLEAN, required=False)
    minimum_age = forms.IntegerField(min_value=0, max_value=150, required=False)
    maximum_age = forms.IntegerField(min_value=0, max_value=150, required=False)
    day = forms.ChoiceField(choices=[(day, day) for day in DAYS], required=False)
    start_time = forms.CharField(max_length=5, required=False, validators=[check_time])
    end_time = forms.CharField(max_length=5, required=False, validators=[check_time])
    full_service = forms.ChoiceField(choices=BOOLEAN, required=False)
    top_only = forms.ChoiceField(choices=BOOLEAN, required=False)
    parent_id = forms.UUIDField(required=False)
    postcode = forms.CharField(max_length=10, required=False)
    proximity = forms.CharField(max_length=20, required=False)

    def __init__(self, data, allowed):
        super().__init__(data)
        self.allowed = set(allowed)

    def clean_postcode(self):
        value = " ".join(self.cleaned_data["postcode"].upper().split())
        if value and not re.fullmatch(POSTCODE_PATTERN, value):
            raise ValidationError(_("Give a UK postcode or postcode district, e.g. E1 6AN or E1."))
        return value

    def clean_modified_after(self):
        value = self.cleaned_data["modified_after"]
        if not value:
            return None
        try:
            moment = datetime.datetime.fromisoformat(value)
        except ValueError:
            raise ValidationError(
                _("Give a date and time in ISO 8601, e.g. 2026-01-31T09:00:00Z.")
            ) from None
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=datetime.UTC)
        # PostgreSQL refuses offsets beyond ±15:59 and Python's own range ends at year 1:
        # any moment before the feed existed means "everything", so clamp it.
        earliest = datetime.datetime(1970, 1, 1, tzinfo=datetime.UTC)
        if moment.replace(tzinfo=None) < datetime.datetime(1970, 1, 2):
            return earliest
        try:
            return moment.astimezone(datetime.UTC)
        except OverflowError:
            return datetime.datetime.max.replace(tzinfo=datetime.UTC)

    def clean(self):
        data = super().clean()
        for name in sorted(set(self.fields) - self.allowed):
            if self.data.get(name, "") != "":
                self.add_error(name, _("This list cannot be filtered or shaped by it."))
        if self.data.get("proximity", "") != "" and "proximity" in self.allowed:
            # Distance needs the centre of a postcode; the feed holds no postcode directory.
            self.add_error(
                "proximity",
                _(
                    "This feed cannot find where a postcode is, so it cannot filter by "
                    "distance; give postcode alone to find services that cover it."
                ),
            )
        for name in ("minimal", "full", "full_service", "top_only"):
            data[name] = data.get(name) in ("true", "1")
        data["page"] = data.get("page") or 1
        # Capped rather than refused, so a client asking for "everything" still gets pages.
        data["per_page"] = min(data.get("per_page") or DEFAULT_PER_PAGE, MAX_PER_PAGE)
        data["format"] = data.get("format") or "json"
        return data


PAGING = ("page", "per_page", "format", "search")
ALLOWED = {
    "services": (
        *PAGING,
        "taxonomy_term_id",
        "taxonomy_id",
        "organization_id",
        "modified_after",
        "minimal",
        "full",
        "minimum_age",
        "maximum_age",
        "day",
        "start_time",
        "end_time",
    ),
    "organizations": (
        *PAGING,
        "taxonomy_term_id",
        "taxonomy_id",
        "modified_after",
        "full",
        "full_service",
    ),
    "taxonomies": (*PAGING, "taxonomy_term_id", "taxonomy_id"),
    "taxonomy_terms": (*PAGING, "taxonomy_id", "top_only", "parent_id"),
    "service_at_locations": (
        *PAGING,
        "taxonomy_term_id",
        "taxonomy_id",
        "organization_id",
        "modified_after",
        "full",
        "postcode",
        "proximity",
    ),
    "organization": ("full_service",),
}
