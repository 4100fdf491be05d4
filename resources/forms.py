"""The filter forms of the intervention index and the community directory.

Both are plain GET forms: they work without JavaScript and a filtered list
can be bookmarked. Their field names are part of the pages' web addresses
(and of the browser tests), so keep them stable:

- interventions: ``age``, ``service_area``, ``delivery``, ``standard``
- directory: ``q``, ``category``, ``age``, ``language``
"""

from django import forms
from django.utils.translation import gettext_lazy as _

from resources.models.taxonomy import Category, DeliveryMode, Language, ServiceArea


class InterventionFilterForm(forms.Form):
    """The intervention index's filters. Field names are part of the page's web addresses."""

    age = forms.IntegerField(
        label=_("Child's age"),
        required=False,
        min_value=0,
        max_value=25,
        help_text=_("In years, e.g. 9"),
    )
    service_area = forms.ChoiceField(label=_("Service area"), required=False)
    delivery = forms.ChoiceField(label=_("How it is delivered"), required=False)
    standard = forms.ChoiceField(label=_("Practice standard"), required=False)

    def __init__(self, *args, standards=(), **kwargs):
        super().__init__(*args, **kwargs)
        anything = [("", _("Any"))]
        self.fields["service_area"].choices = anything + list(
            ServiceArea.objects.values_list("code", "name")
        )
        self.fields["delivery"].choices = anything + list(
            DeliveryMode.objects.values_list("code", "name")
        )
        self.fields["standard"].choices = anything + [(s.slug, s.title) for s in standards]


class OrganisationFilterForm(forms.Form):
    """The directory's search and filters. Field names are part of the page's web addresses."""

    q = forms.CharField(label=_("Search"), required=False, max_length=100)
    category = forms.ChoiceField(label=_("Category"), required=False)
    age = forms.IntegerField(label=_("Age"), required=False, min_value=0, max_value=120)
    language = forms.ChoiceField(label=_("Language"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        anything = [("", _("Any"))]
        self.fields["category"].choices = anything + list(
            Category.objects.filter(organisations__isnull=False)
            .distinct()
            .values_list("code", "name")
        )
        self.fields["language"].choices = anything + list(
            Language.objects.filter(organisations__isnull=False)
            .distinct()
            .values_list("code", "name")
        )
