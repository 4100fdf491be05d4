"""The forms staff fill in about the community directory: suggest, change or close a listing.

Kept apart from ``forms_app.forms``, whose strings families meet in Bengali and Somali:
these are staff-only, and the catalogues' translation check reads files, not classes.
"""

from django import forms
from django.db import models
from django.utils.translation import gettext_lazy as _

from forms_app.forms import SafeCharField

# The Organisation snippet's fields a member of staff may propose, in its own order.
ORGANISATION_FIELDS = [
    "name",
    "description",
    "website",
    "email",
    "phone",
    "address",
    "postcode",
    "eligibility_description",
    "minimum_age",
    "maximum_age",
    "categories",
    "languages",
]
ORGANISATION_TEXT_MAX = 2000
NOTE_MAX = 2000


def organisation_values(organisation):
    """The listing's values as JSON: text as text, categories and languages as their codes."""
    values = {}
    for name in ORGANISATION_FIELDS:
        value = getattr(organisation, name)
        if name in ("categories", "languages"):
            value = sorted(value.values_list("code", flat=True))
        values[name] = value
    return values


def _form_field(model_field, **kwargs):
    # A website typed without its scheme is taken as https, as Django 6 will do.
    if isinstance(model_field, models.URLField):
        kwargs.setdefault("assume_scheme", "https")
    return model_field.formfield(**kwargs)


class OrganisationUpdateForm(forms.Form):
    """Suggest, change or close a directory entry; fields follow the Organisation snippet."""

    note = SafeCharField(
        label=_("Anything the reviewer should know"),
        help_text=_("For example, how you know about the change. Do not name families."),
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=NOTE_MAX,
        required=False,
    )

    def __init__(self, *args, kind, organisation=None, **kwargs):
        from resources.models import Organisation

        super().__init__(*args, **kwargs)
        self.kind = kind
        self.organisation = organisation
        if kind != "closed":
            model_fields = forms.fields_for_model(
                Organisation, fields=ORGANISATION_FIELDS, formfield_callback=_form_field
            )
            for name in ORGANISATION_FIELDS:
                form_field = model_fields[name]
                if isinstance(form_field, forms.CharField) and not isinstance(
                    form_field, forms.URLField | forms.EmailField
                ):
                    form_field = SafeCharField(
                        label=form_field.label,
                        help_text=form_field.help_text,
                        required=form_field.required,
                        max_length=form_field.max_length or ORGANISATION_TEXT_MAX,
                        validators=form_field.validators,
                        widget=form_field.widget,
                    )
                if isinstance(form_field, forms.ModelMultipleChoiceField):
                    form_field.to_field_name = "code"
                    form_field.widget = forms.CheckboxSelectMultiple(choices=form_field.choices)
                self.fields[name] = form_field
            self.order_fields([*ORGANISATION_FIELDS, "note"])
        if kind == "closed":
            self.fields["note"].required = True
            self.fields["note"].label = _("How do you know it has closed?")
            self.fields["note"].error_messages["required"] = _("Say how you know it has closed")
        for name, form_field in self.fields.items():
            if name != "note":
                form_field.error_messages["required"] = _("Enter the organisation’s %(field)s") % {
                    "field": str(form_field.label).lower()
                }
        if "website" in self.fields:
            self.fields["website"].error_messages["invalid"] = _(
                "Enter the website address in full, like https://www.example.org"
            )
        if "email" in self.fields:
            self.fields["email"].error_messages["invalid"] = _(
                "Enter the email address in the correct format, like name@example.org"
            )
        if organisation is not None and not self.is_bound:
            self.initial.update(organisation_values(organisation))

    def clean(self):
        cleaned = super().clean()
        low, high = cleaned.get("minimum_age"), cleaned.get("maximum_age")
        if low is not None and high is not None and low > high:
            self.add_error(
                "maximum_age", _("The maximum age must be the same as or above the minimum age.")
            )
        return cleaned

    def proposed(self):
        values = {}
        for name in ORGANISATION_FIELDS:
            if name not in self.cleaned_data:
                continue
            value = self.cleaned_data[name]
            if name in ("categories", "languages"):
                value = sorted(item.code for item in value)
            values[name] = value
        return values
