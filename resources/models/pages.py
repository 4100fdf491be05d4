"""The page types of a council's practice framework.

The tree under each council's home page is::

    Home
    ├── Framework                 (vision, shared behaviours)
    │   └── Practice standard ×6  (one per C)
    ├── Tools and resources
    │   └── Resource page
    ├── Interventions and services
    │   └── Intervention page
    └── Community directory       (Organisation snippets)
"""

from dataclasses import replace

from django import forms
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable
from wagtail.search import index

from councils.models import Council
from councils.tenancy import pages_in_current_council
from home.models import ReviewedPage
from home.pagination import paginate, params_of
from resources.blocks import (
    SHORT_RICH_TEXT_FEATURES,
    BehaviourBlock,
    BodyBlock,
    DownloadBlock,
    ItemListBlock,
)
from resources.forms import InterventionFilterForm, OrganisationFilterForm

from .snippets import Organisation, age_range_label, check_age_range
from .taxonomy import DeliveryMode, Language, ServiceArea


def summary_field(help_text=None):
    return models.TextField(
        _("summary"),
        max_length=400,
        help_text=help_text or _("One or two sentences shown in lists and at the top of the page."),
    )


def body_field():
    return StreamField(
        BodyBlock(),
        blank=True,
        verbose_name=_("body"),
        help_text=_("Anything else staff need: text, contacts, tables, documents, videos."),
    )


def items_field(verbose_name, help_text):
    return StreamField(ItemListBlock(), blank=True, verbose_name=verbose_name, help_text=help_text)


def site_standards(page):
    """The live practice standards under the same home page as ``page``, in tree order."""
    home = page.get_ancestors().filter(depth=2).first() or page
    return PracticeStandardPage.objects.live().descendant_of(home).order_by("path")


def filtered_listing(request, form, items, per_page, name):
    """One page of a filtered listing as ``name``, its page links keeping the filters chosen."""
    pagination = paginate(items, request.GET.get("page"), per_page, params_of(request.GET))
    return {
        name: pagination.page,
        "pagination": pagination,
        "filter_form": form,
        "filtered": any(request.GET.get(field) for field in form.fields),
    }


def live_in_tree_order(pages):
    return sorted((page for page in pages if page.live), key=lambda page: page.path)


class FrameworkPage(ReviewedPage):
    """A council's practice framework: vision and shared behaviours, leading to the standards."""

    summary = summary_field()
    vision = RichTextField(
        features=SHORT_RICH_TEXT_FEATURES,
        verbose_name=_("vision"),
        help_text=_("What the framework is for and what it means for children and families."),
    )
    shared_behaviours = StreamField(
        [("behaviour", BehaviourBlock())],
        blank=True,
        verbose_name=_("shared behaviours"),
        help_text=_("The behaviours every practitioner shows, whatever their role."),
    )
    body = body_field()

    content_panels = [
        *ReviewedPage.content_panels,
        FieldPanel("summary"),
        FieldPanel("vision"),
        FieldPanel("shared_behaviours"),
        FieldPanel("body"),
    ]
    search_fields = [
        *ReviewedPage.search_fields,
        index.SearchField("summary"),
        index.SearchField("vision"),
    ]
    staff_search = replace(ReviewedPage.staff_search, summary=("summary", "search_description"))
    parent_page_types = ["home.HomePage"]
    subpage_types = ["resources.PracticeStandardPage"]
    template = "pages/framework_page.html"

    class Meta:
        verbose_name = _("framework page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["standards"] = PracticeStandardPage.objects.child_of(self).live().order_by("path")
        return context


class PracticeStandardPage(ReviewedPage):
    """One practice standard (one of the Cs): what we will do, how, and what changes for families.

    Each section is an orderable list; an item may link to a resource page,
    an intervention page, a document or another website.
    """

    summary = summary_field()
    we_will = items_field(
        _("we will"), _("The expectations, one per item, each completing 'We will…'.")
    )
    approach = items_field(_("our approach"), _("How practitioners meet the standard."))
    outcomes = items_field(
        _("outcomes"), _("What children, families and staff will notice when it is met.")
    )
    tools = items_field(
        _("useful tools"), _("Tools that help, ideally linked to their resource pages.")
    )
    resources = items_field(
        _("resources"), _("Interventions, documents and further reading that support it.")
    )
    body = body_field()

    content_panels = [
        *ReviewedPage.content_panels,
        FieldPanel("summary"),
        FieldPanel("we_will"),
        FieldPanel("approach"),
        FieldPanel("outcomes"),
        FieldPanel("tools"),
        FieldPanel("resources"),
        FieldPanel("body"),
    ]
    search_fields = [*ReviewedPage.search_fields, index.SearchField("summary")]
    staff_search = replace(
        ReviewedPage.staff_search, kind="standard", summary=("summary", "search_description")
    )
    parent_page_types = ["resources.FrameworkPage"]
    subpage_types = []
    template = "pages/practice_standard_page.html"

    class Meta:
        verbose_name = _("practice standard page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["interventions"] = (
            InterventionPage.objects.live().filter(standards=self).order_by("title")
        )
        return context


class ResourceIndexPage(ReviewedPage):
    """The list of tools, guides and templates, grouped by kind."""

    intro = RichTextField(
        blank=True,
        features=SHORT_RICH_TEXT_FEATURES,
        verbose_name=_("introduction"),
        help_text=_("A sentence or two about what staff find here."),
    )

    content_panels = [*ReviewedPage.content_panels, FieldPanel("intro")]
    staff_search = replace(ReviewedPage.staff_search, summary=("search_description", "intro"))
    parent_page_types = ["home.HomePage"]
    subpage_types = ["resources.ResourcePage"]
    template = "pages/resource_index_page.html"

    class Meta:
        verbose_name = _("resource index page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        resources = ResourcePage.objects.child_of(self).live().order_by("title")
        kinds = dict(ResourcePage.Kind.choices)
        groups = {kind: [] for kind in kinds}
        for resource in resources:
            groups.setdefault(resource.kind, []).append(resource)
        context["groups"] = [
            (kinds.get(kind, kind), items) for kind, items in groups.items() if items
        ]
        return context


class ResourcePage(ReviewedPage):
    """A tool or guide, such as genograms, chronologies or Social GRACES."""

    class Kind(models.TextChoices):
        TOOL = "tool", _("Tools")
        GUIDE = "guide", _("Guides")
        TEMPLATE = "template", _("Templates")
        REFLECTIVE_SPACE = "reflective-space", _("Reflective spaces and consultations")
        WELLBEING = "wellbeing", _("Staff wellbeing")

    kind = models.CharField(
        _("kind"),
        max_length=20,
        choices=Kind.choices,
        default=Kind.TOOL,
        help_text=_("Groups the resource on the tools and resources page."),
    )
    summary = summary_field()
    body = body_field()
    downloads = StreamField(
        [("download", DownloadBlock())],
        blank=True,
        verbose_name=_("downloads"),
        help_text=_("Templates, guides and leaflets staff can download."),
    )
    standards = ParentalManyToManyField(
        "resources.PracticeStandardPage",
        blank=True,
        limit_choices_to=pages_in_current_council,
        related_name="related_resources",
        verbose_name=_("related standards"),
        help_text=_("The practice standards this resource helps with."),
    )

    content_panels = [
        *ReviewedPage.content_panels,
        FieldPanel("kind"),
        FieldPanel("summary"),
        FieldPanel("body"),
        FieldPanel("downloads"),
        FieldPanel("standards", widget=forms.CheckboxSelectMultiple),
    ]
    search_fields = [
        *ReviewedPage.search_fields,
        index.SearchField("summary"),
        index.SearchField("body"),
        index.FilterField("kind"),
    ]
    staff_search = replace(
        ReviewedPage.staff_search,
        kind="tool",
        # Reflective spaces are booked like consultations, so staff look for them there.
        kind_by_field=("kind", {"reflective-space": "consultation"}),
        standards="standards",
        summary=("summary", "search_description"),
    )
    parent_page_types = ["resources.ResourceIndexPage"]
    subpage_types = []
    template = "pages/resource_page.html"

    class Meta:
        verbose_name = _("resource page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["standards"] = live_in_tree_order(self.standards.all())
        return context


class InterventionIndexPage(ReviewedPage):
    """Interventions and services, filtered by age, service area, delivery and standard.

    The filters are a plain GET form so they work without JavaScript and
    filtered lists can be bookmarked and shared.
    """

    intro = RichTextField(
        blank=True,
        features=SHORT_RICH_TEXT_FEATURES,
        verbose_name=_("introduction"),
        help_text=_("A sentence or two about how to choose an intervention."),
    )

    per_page = 20

    content_panels = [*ReviewedPage.content_panels, FieldPanel("intro")]
    staff_search = replace(ReviewedPage.staff_search, summary=("search_description", "intro"))
    parent_page_types = ["home.HomePage"]
    subpage_types = ["resources.InterventionPage"]
    template = "pages/intervention_index_page.html"

    class Meta:
        verbose_name = _("intervention index page")

    def filter_interventions(self, data):
        standards = list(site_standards(self))
        form = InterventionFilterForm(data, standards=standards)
        interventions = InterventionPage.objects.child_of(self).live()
        if form.is_valid():
            age = form.cleaned_data["age"]
            if age is not None:
                interventions = interventions.filter(
                    Q(age_min__isnull=True) | Q(age_min__lte=age),
                    Q(age_max__isnull=True) | Q(age_max__gte=age),
                )
            # Subqueries, not joins: no duplicate rows, so no DISTINCT over whole pages.
            if form.cleaned_data["service_area"]:
                interventions = interventions.filter(
                    pk__in=InterventionPage.objects.filter(
                        service_areas__code=form.cleaned_data["service_area"]
                    ).values("pk")
                )
            if form.cleaned_data["delivery"]:
                interventions = interventions.filter(
                    pk__in=InterventionPage.objects.filter(
                        delivery_modes__code=form.cleaned_data["delivery"]
                    ).values("pk")
                )
            if form.cleaned_data["standard"]:
                chosen = [s for s in standards if s.slug == form.cleaned_data["standard"]]
                interventions = interventions.filter(
                    pk__in=InterventionPage.objects.filter(standards__in=chosen).values("pk")
                )
        else:
            interventions = interventions.none()
        interventions = interventions.order_by("title", "pk").prefetch_related(
            "service_areas", "delivery_modes"
        )
        return form, interventions

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        form, interventions = self.filter_interventions(request.GET)
        context.update(
            filtered_listing(request, form, interventions, self.per_page, "interventions")
        )
        return context


class InterventionContact(Orderable):
    page = ParentalKey(
        "resources.InterventionPage", on_delete=models.CASCADE, related_name="intervention_contacts"
    )
    contact = models.ForeignKey(
        "resources.Contact",
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("contact"),
        help_text=_("Choose a team mailbox; edit the contact itself to change it everywhere."),
    )

    panels = [FieldPanel("contact")]

    class Meta(Orderable.Meta):
        verbose_name = _("contact")
        verbose_name_plural = _("contacts")


class InterventionPage(ReviewedPage):
    """An intervention or service staff can refer a family to, with who it is for and how."""

    summary = summary_field()
    who_for = models.TextField(
        _("who it is for"),
        help_text=_("The children, young people or families it helps, in plain words."),
    )
    age_min = models.PositiveSmallIntegerField(
        _("minimum age"),
        null=True,
        blank=True,
        help_text=_("The youngest age accepted, in years. Leave empty for no lower limit."),
    )
    age_max = models.PositiveSmallIntegerField(
        _("maximum age"),
        null=True,
        blank=True,
        help_text=_("The oldest age accepted, in years. Leave empty for no upper limit."),
    )
    service_areas = ParentalManyToManyField(
        ServiceArea,
        blank=True,
        related_name="interventions",
        verbose_name=_("service areas"),
        help_text=_("The parts of the service that can use it."),
    )
    delivery_modes = ParentalManyToManyField(
        DeliveryMode,
        blank=True,
        related_name="interventions",
        verbose_name=_("delivery"),
        help_text=_("How it is delivered; tick all that apply."),
    )
    how_to_refer = RichTextField(
        features=SHORT_RICH_TEXT_FEATURES,
        verbose_name=_("how to refer"),
        help_text=_("The steps to make a referral, with any form or mailbox to use."),
    )
    eligibility = models.TextField(
        _("eligibility"),
        blank=True,
        help_text=_("Who qualifies and any thresholds, e.g. 'Open to Early Help'."),
    )
    public_url = models.URLField(
        _("public web page"),
        blank=True,
        help_text=_(
            "A page anyone can read about this service, e.g. on the council's website. "
            "The Open Referral feed publishes the service only when it has one."
        ),
    )
    staff_only = models.BooleanField(
        _("staff only"),
        default=False,
        help_text=_("Keep this service out of the public Open Referral feed."),
    )
    standards = ParentalManyToManyField(
        "resources.PracticeStandardPage",
        blank=True,
        limit_choices_to=pages_in_current_council,
        related_name="related_interventions",
        verbose_name=_("related standards"),
        help_text=_("The practice standards this intervention supports."),
    )
    languages = ParentalManyToManyField(
        Language,
        blank=True,
        related_name="interventions",
        verbose_name=_("languages"),
        help_text=_("Languages it is offered in, besides any interpreting on request."),
    )
    assured_date = models.DateField(
        _("details checked on"),
        null=True,
        blank=True,
        help_text=_(
            "When someone last confirmed these details with the team that runs it. "
            "Directories show it so families know the record is current."
        ),
    )
    body = body_field()

    content_panels = [
        *ReviewedPage.content_panels,
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldPanel("who_for"),
                FieldRowPanel([FieldPanel("age_min"), FieldPanel("age_max")]),
                FieldPanel("eligibility"),
            ],
            heading=_("Who it is for"),
        ),
        FieldPanel("service_areas", widget=forms.CheckboxSelectMultiple),
        FieldPanel("delivery_modes", widget=forms.CheckboxSelectMultiple),
        FieldPanel("how_to_refer"),
        InlinePanel("intervention_contacts", label=_("Contacts")),
        MultiFieldPanel(
            [
                FieldPanel("public_url"),
                FieldPanel("staff_only"),
                InlinePanel("cost_options", label=_("Cost options")),
                InlinePanel("schedules", label=_("Opening times")),
                InlinePanel("areas_served", label=_("Areas served")),
                FieldPanel("languages", widget=forms.CheckboxSelectMultiple),
                FieldPanel("assured_date"),
            ],
            heading=_("Open Referral feed"),
        ),
        FieldPanel("standards", widget=forms.CheckboxSelectMultiple),
        FieldPanel("body"),
    ]
    search_fields = [
        *ReviewedPage.search_fields,
        index.SearchField("summary"),
        index.SearchField("who_for"),
        index.SearchField("eligibility"),
        index.SearchField("body"),
    ]
    staff_search = replace(
        ReviewedPage.staff_search,
        kind="intervention",
        standards="standards",
        areas="service_areas",
        ages=("age_min", "age_max"),
        extra_text=("how_to_refer", "delivery_modes"),
        contacts="intervention_contacts.contact",
        summary=("summary", "search_description"),
    )
    parent_page_types = ["resources.InterventionIndexPage"]
    subpage_types = []
    template = "pages/intervention_page.html"

    class Meta:
        verbose_name = _("intervention page")

    def clean(self):
        super().clean()
        check_age_range(self, "age_min", "age_max")

    @property
    def ages(self):
        return age_range_label(self.age_min, self.age_max)

    def get_context(self, request, *args, **kwargs):
        # Read through the relations rather than querying by this page's id, so a
        # preview of unsaved changes shows the changes.
        context = super().get_context(request, *args, **kwargs)
        context["contacts"] = [
            link.contact
            for link in self.intervention_contacts.select_related("contact").order_by("sort_order")
        ]
        context["service_areas"] = list(self.service_areas.all())
        context["delivery_modes"] = list(self.delivery_modes.all())
        context["standards"] = live_in_tree_order(self.standards.all())
        return context


class OrganisationDirectoryPage(ReviewedPage):
    """The community directory: live organisations, searchable and filterable without JavaScript."""

    intro = RichTextField(
        blank=True,
        features=SHORT_RICH_TEXT_FEATURES,
        verbose_name=_("introduction"),
        help_text=_("What the directory is for and how to suggest an organisation."),
    )
    per_page = 25

    content_panels = [*ReviewedPage.content_panels, FieldPanel("intro")]
    staff_search = replace(ReviewedPage.staff_search, summary=("search_description", "intro"))
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    template = "pages/organisation_directory_page.html"

    class Meta:
        verbose_name = _("organisation directory page")

    def filter_organisations(self, data):
        form = OrganisationFilterForm(data)
        organisations = Organisation.listed_by(Council.for_page(self)).filter(live=True)
        organisations = organisations.exclude(status=Organisation.Status.DEFUNCT)
        if form.is_valid():
            # Subqueries, not joins: no duplicate rows, so no DISTINCT over whole records.
            through = Organisation.categories.through
            for word in form.cleaned_data["q"].split():
                named = through.objects.filter(category__name__icontains=word)
                organisations = organisations.filter(
                    Q(name__icontains=word)
                    | Q(description__icontains=word)
                    | Q(eligibility_description__icontains=word)
                    | Q(pk__in=named.values("organisation_id"))
                )
            if form.cleaned_data["category"]:
                organisations = organisations.filter(
                    pk__in=through.objects.filter(
                        category__code=form.cleaned_data["category"]
                    ).values("organisation_id")
                )
            if form.cleaned_data["language"]:
                spoken = Organisation.languages.through.objects.filter(
                    language__code=form.cleaned_data["language"]
                )
                organisations = organisations.filter(pk__in=spoken.values("organisation_id"))
            age = form.cleaned_data["age"]
            if age is not None:
                organisations = organisations.filter(
                    Q(minimum_age__isnull=True) | Q(minimum_age__lte=age),
                    Q(maximum_age__isnull=True) | Q(maximum_age__gte=age),
                )
        else:
            organisations = organisations.none()
        organisations = organisations.order_by("name", "pk").prefetch_related(
            "categories", "languages"
        )
        return form, organisations

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        form, organisations = self.filter_organisations(request.GET)
        context.update(
            filtered_listing(request, form, organisations, self.per_page, "organisations")
        )
        return context
