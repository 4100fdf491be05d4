"""The list parameters of the ORUK API, checked before any query runs.

Unknown parameters are ignored; a known one with a bad value is a 400 that
names it.
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


class ListParams(forms.Form):
    page = forms.IntegerField(min_value=1, max_value=1_000_000, required=False)
    per_page = forms.IntegerField(min_value=1, max_value=MAX_PER_PAGE, required=False)
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
        for name in ("minimal", "full"):
            data[name] = data.get(name) in ("true", "1")
        data["page"] = data.get("page") or 1
        data["per_page"] = data.get("per_page") or DEFAULT_PER_PAGE
        return data
