"""The list parameters of the ORUK API, checked before any query runs.

Unknown parameters are ignored; a known one with a bad value is a 400 that
names it.
"""

import re

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

MAX_PER_PAGE = 100
DEFAULT_PER_PAGE = 50
BOOLEAN = [("true", "true"), ("false", "false"), ("1", "1"), ("0", "0")]
DAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]
DAY_NAMES = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
# Words are matched as plain text, never as SQL or markup; anything that looks like
# either is refused so that a probe gets a clear answer rather than an empty list.
SUSPICIOUS = re.compile(r"[<>;\x00-\x1f\\{}]|--|/\*|\*/")


def check_search(value):
    if SUSPICIOUS.search(value):
        raise ValidationError(_("Search only letters, digits, spaces and ordinary punctuation."))


class ListParams(forms.Form):
    page = forms.IntegerField(min_value=1, max_value=1_000_000, required=False)
    per_page = forms.IntegerField(min_value=1, max_value=MAX_PER_PAGE, required=False)
    search = forms.CharField(max_length=200, required=False, validators=[check_search])
    taxonomy_term_id = forms.UUIDField(required=False)
    taxonomy_id = forms.UUIDField(required=False)
    organization_id = forms.UUIDField(required=False)
    modified_after = forms.DateTimeField(
        required=False,
        input_formats=[
            "%Y-%m-%dT%H:%M:%S.%f%z",
            "%Y-%m-%dT%H:%M:%S%z",
            "%Y-%m-%dT%H:%M:%S.%f",
            "%Y-%m-%dT%H:%M:%S",
            "%Y-%m-%dT%H:%M",
            "%Y-%m-%d",
        ],
    )
    minimal = forms.ChoiceField(choices=BOOLEAN, required=False)
    full = forms.ChoiceField(choices=BOOLEAN, required=False)
    minimum_age = forms.IntegerField(min_value=0, max_value=150, required=False)
    maximum_age = forms.IntegerField(min_value=0, max_value=150, required=False)
    day = forms.CharField(max_length=9, required=False)
    start_time = forms.TimeField(required=False, input_formats=["%H:%M", "%H:%M:%S"])
    end_time = forms.TimeField(required=False, input_formats=["%H:%M", "%H:%M:%S"])

    def __init__(self, data, *args, **kwargs):
        # A trailing "Z" is UTC; strptime's %z wants "+0000".
        data = data.copy()
        value = data.get("modified_after")
        if value and value.endswith("Z"):
            data["modified_after"] = value[:-1] + "+0000"
        super().__init__(data, *args, **kwargs)

    def clean_day(self):
        day = self.cleaned_data["day"]
        if not day:
            return ""
        if day.upper() in DAYS:
            return day.upper()
        if day.lower() in DAY_NAMES:
            return DAYS[DAY_NAMES.index(day.lower())]
        raise ValidationError(_("Give a day as MO, TU, WE, TH, FR, SA or SU."))

    def clean(self):
        data = super().clean()
        low, high = data.get("minimum_age"), data.get("maximum_age")
        if low is not None and high is not None and low > high:
            self.add_error("maximum_age", _("maximum_age must not be below minimum_age."))
        for name in ("minimal", "full"):
            data[name] = data.get(name) in ("true", "1")
        data["page"] = data.get("page") or 1
        data["per_page"] = data.get("per_page") or DEFAULT_PER_PAGE
        return data
