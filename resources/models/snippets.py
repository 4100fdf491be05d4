"""Reusable pieces of content, edited once and shown wherever they are chosen."""

import uuid
from urllib.parse import urlencode

from django import forms
from django.conf import settings
from django.contrib.contenttypes.fields import GenericRelation
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator, RegexValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    PublishingPanel,
)
from wagtail.models import (
    DraftStateMixin,
    LockableMixin,
    PreviewableMixin,
    RevisionMixin,
    WorkflowMixin,
)
from wagtail.search import index

from councils.tenancy import CouncilOwned
from home.models import ReviewedModelForm, ReviewMixin
from home.search_declaration import StaffSearch

from .taxonomy import Category, Language

phone_validator = RegexValidator(
    r"^\+?[0-9][0-9 \-]{5,18}[0-9]( \([^()]{1,40}\))?$",
    _("Enter a phone number in digits, e.g. 020 7364 5000, with an optional note in brackets."),
)
postcode_validator = RegexValidator(
    r"^[A-Za-z]{1,2}[0-9][A-Za-z0-9]? ?[0-9][A-Za-z]{2}$",
    _("Enter a full UK postcode, e.g. E14 2BG."),
)


def check_age_range(instance, low_field, high_field):
    """Refuse a minimum age above the maximum, naming the field to correct."""
    low, high = getattr(instance, low_field), getattr(instance, high_field)
    if low is not None and high is not None and low > high:
        raise ValidationError(
            {high_field: _("The maximum age must be the same as or above the minimum age.")}
        )


def age_range_label(low, high):
    if low is None and high is None:
        return _("All ages")
    if high is None:
        return _("%(low)s and over") % {"low": low}
    if low is None:
        return _("Up to %(high)s") % {"high": high}
    return _("%(low)s to %(high)s") % {"low": low, "high": high}


class Contact(CouncilOwned, index.Indexed, models.Model):
    """A team or service mailbox with its phone and hours.

    Pages and blocks choose a contact rather than typing one in, so when a
    mailbox or phone number changes it is changed here once.
    """

    key = models.SlugField(
        _("key"),
        max_length=80,
        help_text=_("A short, stable name for this contact, e.g. 'family-group-conference'."),
    )
    name = models.CharField(
        _("team or service"),
        max_length=200,
        help_text=_("The team or service name, never a person's name."),
    )
    role = models.CharField(
        _("role"),
        max_length=200,
        blank=True,
        help_text=_("What to contact them about, e.g. 'Referrals and advice'."),
    )
    email = models.EmailField(
        _("email"), blank=True, help_text=_("A shared team mailbox, not a personal address.")
    )
    phone = models.CharField(
        _("phone"),
        max_length=60,
        blank=True,
        validators=[phone_validator],
        help_text=_("A team phone number, e.g. 020 7364 5000."),
    )
    hours = models.CharField(
        _("hours"),
        max_length=200,
        blank=True,
        help_text=_("When someone answers, e.g. 'Monday to Friday, 9am to 5pm'."),
    )
    answers_search_questions = models.BooleanField(
        _("ask when search finds nothing"),
        default=False,
        help_text=_(
            "Staff whose search finds nothing are told to ask this team, e.g. the Learning Academy."
        ),
    )
    # Published as the contact's Open Referral id; never changes on rename.
    uuid = models.UUIDField(_("UUID"), default=uuid.uuid4, unique=True, editable=False)

    panels = [
        FieldPanel("name"),
        FieldPanel("key"),
        FieldPanel("role"),
        FieldRowPanel([FieldPanel("email"), FieldPanel("phone")]),
        FieldPanel("hours"),
        FieldPanel("answers_search_questions"),
    ]
    search_fields = [
        index.FilterField("council"),
        index.SearchField("name"),
        index.SearchField("role"),
        index.AutocompleteField("name"),
        index.FilterField("key"),
    ]
    staff_search = StaffSearch(
        kind="contact",
        title=("name",),
        extra_text=("email", "phone", "hours"),
        summary=("name", "role", "email", "phone", "hours"),
        summary_joined=True,
        ask_when_nothing_found="answers_search_questions",
    )

    class Meta:
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["council", "key"], name="contact_key_per_council")
        ]
        verbose_name = _("contact")
        verbose_name_plural = _("contacts")

    def __str__(self):
        return self.name

    def clean(self):
        super().clean()
        if not (self.email or self.phone):
            raise ValidationError(_("Give at least an email address or a phone number."))


class Organisation(
    CouncilOwned,
    WorkflowMixin,
    DraftStateMixin,
    LockableMixin,
    RevisionMixin,
    PreviewableMixin,
    ReviewMixin,
    index.Indexed,
    ClusterableModel,
):
    """A community organisation staff can signpost families to.

    Field names follow Open Referral UK / HSDS 3.0 (organization, service and
    taxonomy_term) so a read API can publish the directory later by mapping
    fields one to one; ``as_hsds`` is that mapping. Changes go through drafts,
    revisions and the Learning Academy's approval workflow.
    """

    class Status(models.TextChoices):
        ACTIVE = "active", _("Active")
        TEMPORARILY_CLOSED = "temporarily closed", _("Temporarily closed")
        INACTIVE = "inactive", _("Inactive")
        DEFUNCT = "defunct", _("Defunct")

    name = models.CharField(_("name"), max_length=200, help_text=_("The organisation's own name."))
    description = models.TextField(
        _("description"),
        help_text=_("What it offers families, in two or three plain sentences."),
    )
    website = models.URLField(
        _("website"), blank=True, help_text=_("The full address, starting https://.")
    )
    email = models.EmailField(
        _("email"), blank=True, help_text=_("A general enquiries address, not a person's.")
    )
    phone = models.CharField(
        _("phone"),
        max_length=60,
        blank=True,
        validators=[phone_validator],
        help_text=_("The main public phone number."),
    )
    address = models.CharField(
        _("address"),
        max_length=255,
        blank=True,
        help_text=_("Street address, without the town or postcode."),
    )
    town = models.CharField(
        _("town or city"),
        max_length=100,
        blank=True,
        help_text=_(
            "E.g. 'London'. The Open Referral feed publishes an address only when it has one."
        ),
    )
    postcode = models.CharField(
        _("postcode"),
        max_length=10,
        blank=True,
        validators=[postcode_validator],
        help_text=_("The full postcode, e.g. E1 4DG."),
    )
    categories = ParentalManyToManyField(
        Category,
        blank=True,
        related_name="organisations",
        verbose_name=_("categories"),
        help_text=_("What kinds of help it gives; staff filter the directory by these."),
    )
    eligibility_description = models.TextField(
        _("eligibility"),
        blank=True,
        help_text=_("Who can use it, e.g. 'Parents of children with SEND living in the borough'."),
    )
    minimum_age = models.PositiveSmallIntegerField(
        _("minimum age"),
        null=True,
        blank=True,
        help_text=_("The youngest age served, in years. Leave empty for no lower limit."),
    )
    maximum_age = models.PositiveSmallIntegerField(
        _("maximum age"),
        null=True,
        blank=True,
        help_text=_("The oldest age served, in years. Leave empty for no upper limit."),
    )
    languages = ParentalManyToManyField(
        Language,
        blank=True,
        related_name="organisations",
        verbose_name=_("languages offered"),
        help_text=_("Languages the organisation can work in, besides English."),
    )
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=Status.choices,
        default=Status.ACTIVE,
        help_text=_("Whether families can use it now. Only active ones are suggested first."),
    )
    last_verified_on = models.DateField(
        _("last verified on"),
        null=True,
        blank=True,
        help_text=_("When someone last checked these details with the organisation."),
    )
    last_verified_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("last verified by"),
        help_text=_("Who checked the details."),
    )
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        on_delete=models.SET_NULL,
        related_name="owned_organisations",
        verbose_name=_("owner"),
        help_text=_("Who keeps this entry accurate."),
    )
    staff_only = models.BooleanField(
        _("staff only"),
        default=False,
        help_text=_(
            "Keep it out of the public Open Referral feed, e.g. a service only staff may "
            "refer to. It stays in the staff directory."
        ),
    )
    latitude = models.DecimalField(
        _("latitude"),
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        validators=[MinValueValidator(-90), MaxValueValidator(90)],
        help_text=_("Optional: where the address is on a map, e.g. 51.5203."),
    )
    longitude = models.DecimalField(
        _("longitude"),
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        validators=[MinValueValidator(-180), MaxValueValidator(180)],
        help_text=_("e.g. -0.0433 (west of Greenwich is negative)."),
    )
    # Published as the organisation's Open Referral id; never changes on rename.
    uuid = models.UUIDField(_("UUID"), default=uuid.uuid4, unique=True, editable=False)
    also_listed_by = ParentalManyToManyField(
        "councils.Council",
        blank=True,
        related_name="+",
        verbose_name=_("also listed by"),
        help_text=_(
            "Other councils whose directory lists it too, e.g. a regional charity. "
            "Only this council can change it."
        ),
    )
    _revisions = GenericRelation("wagtailcore.Revision", related_query_name="organisation")
    workflow_states = GenericRelation(
        "wagtailcore.WorkflowState",
        content_type_field="base_content_type",
        object_id_field="object_id",
        related_query_name="organisation",
        for_concrete_model=False,
    )

    base_form_class = ReviewedModelForm
    panels = [
        FieldPanel("name"),
        FieldPanel("description"),
        MultiFieldPanel(
            [
                FieldPanel("website"),
                FieldRowPanel([FieldPanel("email"), FieldPanel("phone")]),
                FieldPanel("address"),
                FieldRowPanel([FieldPanel("town"), FieldPanel("postcode")]),
                FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
            ],
            heading=_("How to reach it"),
        ),
        MultiFieldPanel(
            [
                InlinePanel("cost_options", label=_("Cost options")),
                InlinePanel("schedules", label=_("Opening times")),
                InlinePanel("areas_served", label=_("Areas served")),
            ],
            heading=_("For directories (Open Referral feed)"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("categories", widget=forms.CheckboxSelectMultiple),
                FieldPanel("eligibility_description"),
                FieldRowPanel([FieldPanel("minimum_age"), FieldPanel("maximum_age")]),
                FieldPanel("languages", widget=forms.CheckboxSelectMultiple),
            ],
            heading=_("Who it is for"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("status"),
                FieldRowPanel([FieldPanel("last_verified_on"), FieldPanel("last_verified_by")]),
                FieldPanel("also_listed_by", widget=forms.CheckboxSelectMultiple),
                FieldPanel("staff_only"),
            ],
            heading=_("Status and checks"),
        ),
        *ReviewMixin.review_panels,
        PublishingPanel(),
    ]
    search_fields = [
        index.SearchField("name", boost=3),
        index.SearchField("description"),
        index.SearchField("eligibility_description"),
        index.AutocompleteField("name"),
        index.FilterField("status"),
        index.FilterField("live"),
        index.FilterField("council"),
    ]
    staff_search = StaffSearch(
        kind="organisation",
        title=("name",),
        also_listed_by="also_listed_by",
        ages=("minimum_age", "maximum_age"),
        extra_text=("categories", "languages"),
        summary=("description",),
        hidden_when={"status": "defunct"},
        url="directory_url",
    )

    class Meta:
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(
                fields=["council", "name"], name="organisation_name_per_council"
            )
        ]
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        permissions = [("view_review_report", _("Can see content due for review"))]

    def __str__(self):
        return self.name

    @property
    def revisions(self):
        return self._revisions

    @classmethod
    def listed_by(cls, council):
        """The organisations ``council``'s directory lists: its own and those it also lists."""
        listed = cls.all_councils.filter(also_listed_by=council).values("pk")
        return cls.all_councils.filter(models.Q(council=council) | models.Q(pk__in=listed))

    def clean(self):
        super().clean()
        check_age_range(self, "minimum_age", "maximum_age")
        if self.postcode:
            self.postcode = self.postcode.upper()

    @property
    def ages(self):
        return age_range_label(self.minimum_age, self.maximum_age)

    def directory_url(self, council):
        """The address of ``council``'s directory filtered to this organisation, or None."""
        from .pages import OrganisationDirectoryPage

        directory = (
            OrganisationDirectoryPage.objects.live()
            .descendant_of(council.site.root_page, inclusive=True)
            .order_by("path")
            .first()
        )
        parts = directory.get_url_parts() if directory is not None else None
        if parts is None:
            return None
        return f"{parts[2]}?{urlencode({'q': self.name})}"

    def get_preview_template(self, request, mode_name):
        return "pages/organisation_preview.html"

    def get_preview_context(self, request, mode_name):
        return {"organisation": self}

    def as_hsds(self):
        """This organisation as an HSDS 3.0 organization with one service (for a future API)."""
        return {
            "id": str(self.pk),
            "name": self.name,
            "description": self.description,
            "website": self.website,
            "email": self.email,
            "phones": [{"number": self.phone}] if self.phone else [],
            "locations": [
                {
                    "location_type": "physical",
                    "addresses": [
                        {
                            "address_1": self.address,
                            "postal_code": self.postcode,
                            "country": "GB",
                            "address_type": "physical",
                        }
                    ],
                }
            ]
            if self.address or self.postcode
            else [],
            "services": [
                {
                    "name": self.name,
                    "description": self.description,
                    "status": self.status,
                    "eligibility_description": self.eligibility_description,
                    "minimum_age": self.minimum_age,
                    "maximum_age": self.maximum_age,
                    "assured_date": self.last_verified_on.isoformat()
                    if self.last_verified_on
                    else None,
                    "languages": [
                        {"name": language.name, "code": language.code}
                        for language in self.languages.all()
                    ],
                    "attributes": [
                        {
                            "taxonomy_term": {
                                "code": category.code,
                                "name": category.name,
                                "taxonomy": category.taxonomy,
                            }
                        }
                        for category in self.categories.all()
                    ],
                }
            ],
        }


class ConsultationOffer(CouncilOwned, index.Indexed, models.Model):
    """A consultation staff can book, e.g. a clinical or practice consultation.

    Listed in a table on the page that chooses it, one row per offer.
    """

    title = models.CharField(
        _("title"), max_length=200, help_text=_("The name of the consultation.")
    )
    what = models.TextField(_("what it is"), help_text=_("What happens and what it helps with."))
    who = models.TextField(
        _("who it is for"), help_text=_("Which staff or teams can book it, and who leads it.")
    )
    when = models.CharField(
        _("when"), max_length=255, help_text=_("How often and when, e.g. 'Fortnightly, Tuesdays'.")
    )
    how_to_book = models.TextField(
        _("how to book"), help_text=_("The steps to book a place, e.g. 'Email the mailbox'.")
    )
    contact = models.ForeignKey(
        Contact,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("contact"),
        help_text=_("Optional: the mailbox that takes bookings."),
    )

    panels = ["title", "what", "who", "when", "how_to_book", "contact"]
    search_fields = [
        index.FilterField("council"),
        index.SearchField("title"),
        index.SearchField("what"),
    ]
    staff_search = StaffSearch(
        kind="consultation",
        extra_text=("who", "when", "how_to_book"),
        contacts="contact",
        summary=("what", "when"),
        summary_joined=True,
        summary_contacts=True,
    )

    class Meta:
        ordering = ["title"]
        constraints = [
            models.UniqueConstraint(
                fields=["council", "title"], name="consultation_title_per_council"
            )
        ]
        verbose_name = _("consultation offer")
        verbose_name_plural = _("consultation offers")

    def __str__(self):
        return self.title


class ParticipationGroup(CouncilOwned, index.Indexed, models.Model):
    """A group where children, young people or parents shape services, e.g. a parents forum."""

    name = models.CharField(
        _("name"), max_length=200, help_text=_("The group's name, e.g. 'CLICC'.")
    )
    who_for = models.TextField(
        _("who it is for"), help_text=_("Who can join, e.g. 'Children in care aged 11 to 18'.")
    )
    age_min = models.PositiveSmallIntegerField(
        _("minimum age"),
        null=True,
        blank=True,
        help_text=_("The youngest age that can join. Leave empty for no lower limit."),
    )
    age_max = models.PositiveSmallIntegerField(
        _("maximum age"),
        null=True,
        blank=True,
        help_text=_("The oldest age that can join. Leave empty for no upper limit."),
    )
    meets = models.CharField(
        _("when it meets"),
        max_length=255,
        help_text=_("How often and where, e.g. 'Monthly, after school'."),
    )
    contact = models.ForeignKey(
        Contact,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("contact"),
        help_text=_("Optional: who to contact to join."),
    )

    panels = [
        "name",
        "who_for",
        FieldRowPanel([FieldPanel("age_min"), FieldPanel("age_max")]),
        "meets",
        "contact",
    ]
    search_fields = [
        index.FilterField("council"),
        index.SearchField("name"),
        index.SearchField("who_for"),
    ]
    staff_search = StaffSearch(
        kind="group",
        title=("name",),
        ages=("age_min", "age_max"),
        extra_text=("meets",),
        contacts="contact",
        summary=("who_for", "meets"),
        summary_joined=True,
        summary_contacts=True,
    )

    class Meta:
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["council", "name"], name="group_name_per_council")
        ]
        verbose_name = _("participation group")
        verbose_name_plural = _("participation groups")

    def __str__(self):
        return self.name

    def clean(self):
        super().clean()
        check_age_range(self, "age_min", "age_max")

    @property
    def ages(self):
        return age_range_label(self.age_min, self.age_max)
