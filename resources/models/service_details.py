"""What a directory needs to know about a service beyond its description.

Cost options, opening times and the areas a service covers, edited as inline
rows on an intervention page or an organisation (the Open Referral feed
publishes them as HSDS ``cost_options``, ``schedules`` and ``service_areas``).
One abstract row per kind, made concrete for each parent.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.models import Orderable

DAYS = [
    ("MO", _("Monday")),
    ("TU", _("Tuesday")),
    ("WE", _("Wednesday")),
    ("TH", _("Thursday")),
    ("FR", _("Friday")),
    ("SA", _("Saturday")),
    ("SU", _("Sunday")),
]


def check_days(value):
    codes = [code.strip().upper() for code in value.split(",")]
    known = {code for code, _name in DAYS}
    if not value.strip() or not set(codes) <= known:
        raise ValidationError(
            _("List days as two-letter codes separated by commas, e.g. MO,TU,WE (%(codes)s).")
            % {"codes": ", ".join(sorted(known))}
        )


class CostOption(Orderable):
    option = models.CharField(
        _("option"),
        max_length=120,
        help_text=_("What is charged for, or 'Free' when nothing is."),
    )
    amount = models.DecimalField(
        _("amount"),
        max_digits=8,
        decimal_places=2,
        null=True,
        blank=True,
        help_text=_("In pounds; 0 when it is free. Leave empty when it varies."),
    )
    amount_description = models.CharField(
        _("about the amount"),
        max_length=200,
        blank=True,
        help_text=_("e.g. 'per session' or 'reduced for families on benefits'."),
    )

    panels = [FieldRowPanel([FieldPanel("option"), FieldPanel("amount")]), "amount_description"]

    class Meta(Orderable.Meta):
        abstract = True
        verbose_name = _("cost option")
        verbose_name_plural = _("cost options")

    @property
    def is_free(self):
        return self.amount == 0


class Schedule(Orderable):
    days = models.CharField(
        _("days"),
        max_length=20,
        validators=[check_days],
        help_text=_("The days it runs, as codes separated by commas: MO,TU,WE,TH,FR,SA,SU."),
    )
    opens_at = models.TimeField(_("opens at"), null=True, blank=True)
    closes_at = models.TimeField(_("closes at"), null=True, blank=True)
    description = models.CharField(
        _("description"),
        max_length=200,
        blank=True,
        help_text=_("In plain words, e.g. 'Term time only' or 'Drop in, no appointment'."),
    )

    panels = [
        "days",
        FieldRowPanel([FieldPanel("opens_at"), FieldPanel("closes_at")]),
        "description",
    ]

    class Meta(Orderable.Meta):
        abstract = True
        verbose_name = _("opening time")
        verbose_name_plural = _("opening times")

    def clean(self):
        super().clean()
        if self.opens_at and self.closes_at and self.closes_at <= self.opens_at:
            raise ValidationError({"closes_at": _("Give a closing time after the opening time.")})

    @property
    def day_codes(self):
        return [day.strip().upper() for day in self.days.split(",") if day.strip()]


class AreaServed(Orderable):
    name = models.CharField(
        _("area"),
        max_length=120,
        help_text=_("Where people must live or be to use it, e.g. 'Tower Hamlets' or 'England'."),
    )
    postcode_districts = models.CharField(
        _("postcode districts"),
        max_length=300,
        blank=True,
        help_text=_(
            "Optional: the outward codes it covers, separated by spaces, e.g. 'E1 E2 E3'. "
            "Lets a directory find it by a family's postcode."
        ),
    )

    panels = ["name", "postcode_districts"]

    class Meta(Orderable.Meta):
        abstract = True
        verbose_name = _("area served")
        verbose_name_plural = _("areas served")

    @property
    def districts(self):
        return {code.upper() for code in self.postcode_districts.split()}


class InterventionCostOption(CostOption):
    page = ParentalKey(
        "resources.InterventionPage", on_delete=models.CASCADE, related_name="cost_options"
    )


class InterventionSchedule(Schedule):
    page = ParentalKey(
        "resources.InterventionPage", on_delete=models.CASCADE, related_name="schedules"
    )


class InterventionAreaServed(AreaServed):
    page = ParentalKey(
        "resources.InterventionPage", on_delete=models.CASCADE, related_name="areas_served"
    )


class OrganisationCostOption(CostOption):
    organisation = ParentalKey(
        "resources.Organisation", on_delete=models.CASCADE, related_name="cost_options"
    )


class OrganisationSchedule(Schedule):
    organisation = ParentalKey(
        "resources.Organisation", on_delete=models.CASCADE, related_name="schedules"
    )


class OrganisationAreaServed(AreaServed):
    organisation = ParentalKey(
        "resources.Organisation", on_delete=models.CASCADE, related_name="areas_served"
    )
