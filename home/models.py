import datetime
from dataclasses import replace

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.db.models import F
from django.http import Http404
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm, WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField, StreamField
from wagtail.images.models import Image
from wagtail.models import Page, Site
from wagtail.url_routing import RouteResult

from councils.files import AllCouncilsImageManager, CouncilImageManager
from councils.models import Council
from councils.tenancy import current_council, refuse_links_to_other_councils
from home.blocks import QuickLinkBlock
from home.search_declaration import PAGE_PRIVACY, SITE_TREE, StaffSearch

REVIEW_INTERVAL = datetime.timedelta(days=365)


class BasePage(Page):
    """Behaviour every page type of the site shares.

    Pages are for signed-in staff unless their type says otherwise: only the
    family feedback pages set ``public_for_families``.
    """

    public_for_families = False
    staff_search = StaffSearch(kind="page", council=SITE_TREE, access=PAGE_PRIVACY)

    class Meta:
        abstract = True

    def clean(self):
        super().clean()
        # A new page has no place in a tree yet: it is being made on the request's site.
        refuse_links_to_other_councils(
            self, lambda: Council.for_page(self) if self.path else current_council()
        )

    def get_view_restrictions(self):
        # Three readers ask while one request serves this page (our refusal, Wagtail's
        # password check, the page cache); the answer is read once for them all.
        served = getattr(self, "_restrictions_while_serving", None)
        return super().get_view_restrictions() if served is None else served

    def restrictions_while_serving(self):
        if getattr(self, "_restrictions_while_serving", None) is None:
            self._restrictions_while_serving = list(super().get_view_restrictions())
        return self._restrictions_while_serving

    def route(self, request, path_components):
        """A family page whose translation is unfinished answers with its English version.

        Such a translation is kept unpublished (``home.localize.translate``), so
        Wagtail would say "not found"; the family is sent to the page in the
        source language instead, told why in their own language.
        """
        try:
            return super().route(request, path_components)
        except Http404:
            if len(path_components) != 1:
                raise
            child = self.get_children().filter(slug=path_components[0], live=False).first()
            if child is None or not getattr(child.specific_class, "public_for_families", False):
                raise
            source = (
                child.get_translations()
                .filter(locale__language_code=settings.LANGUAGE_CODE, live=True)
                .first()
            )
            if source is None:
                raise
            return RouteResult(source, kwargs={"awaiting_translation": child.locale.language_code})


def default_review_date():
    return timezone.localdate() + REVIEW_INTERVAL


class ReviewFormMixin:
    """Admin form checks shared by pages and snippets that carry an owner and review date.

    A review date typed in the past is refused, but an untouched one is not,
    so approving, scheduling or moving overdue content still works.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "owner" in self.fields:
            self.fields["owner"].required = True
            self.fields["owner"].help_text = _(
                "Who keeps this content accurate; they are named in the review report."
            )

    def defer_required_fields(self):
        # Even a draft names its owner: the review report would lose it otherwise.
        super().defer_required_fields()
        if "owner" in self.fields:
            self.fields["owner"].required = True

    def clean_review_by(self):
        review_by = self.cleaned_data.get("review_by")
        field = self.fields["review_by"]
        # A revision may hand back the stored date as text; compare it as a date.
        initial = field.to_python(self.get_initial_for_field(field, "review_by"))
        if review_by and review_by < timezone.localdate() and review_by != initial:
            raise ValidationError(_("The review date cannot be in the past."))
        return review_by


class ReviewedPageForm(ReviewFormMixin, WagtailAdminPageForm):
    pass


class ReviewedModelForm(ReviewFormMixin, WagtailAdminModelForm):
    pass


class ReviewMixin(models.Model):
    """An owner and a "review by" date, so content does not quietly go stale.

    Pages use Wagtail's own ``owner``; snippets declare theirs. The review
    report in the admin lists everything whose date is near or past.
    """

    review_by = models.DateField(
        _("review by"),
        default=default_review_date,
        help_text=_("When the owner must next check this content is still right."),
    )

    review_panels = [
        MultiFieldPanel(
            [FieldPanel("owner"), FieldPanel("review_by")],
            heading=_("Ownership and review"),
        )
    ]

    class Meta:
        abstract = True


class ReviewedPage(ReviewMixin, BasePage):
    """A staff page with an owner and a review date, scheduled publishing in its settings."""

    base_form_class = ReviewedPageForm
    settings_panels = [*BasePage.settings_panels, *ReviewMixin.review_panels]

    class Meta:
        abstract = True


class HomePage(ReviewedPage):  # noqa: DJ008 - Page.__str__ gives the title
    """The front page of one council's practice framework site.

    Shows the framework at a glance (the standards under its framework page),
    the quick links editors choose, and the pages most recently published.
    """

    intro = RichTextField(
        blank=True,
        features=["bold", "italic", "link"],
        verbose_name=_("introduction"),
        help_text=_("One or two sentences that welcome staff to the framework."),
    )

    quick_links = StreamField(
        [("link", QuickLinkBlock())],
        blank=True,
        verbose_name=_("quick links"),
        help_text=_("The pages staff need most often, in the order shown."),
    )

    content_panels = [*BasePage.content_panels, FieldPanel("intro"), FieldPanel("quick_links")]
    staff_search = replace(BasePage.staff_search, summary=("search_description", "intro"))
    template = "pages/home_page.html"
    parent_page_types = ["wagtailcore.Page"]
    max_count_per_parent = 1
    recently_updated_count = 6

    class Meta:
        verbose_name = _("home page")

    def framework_at_a_glance(self):
        """The site's framework page and its live standards, in tree order."""
        from resources.models import FrameworkPage, PracticeStandardPage

        framework = FrameworkPage.objects.child_of(self).live().order_by("path").first()
        if framework is None:
            return None, []
        # The cards show a title, a summary and a link: their bodies are never parsed.
        standards = (
            PracticeStandardPage.objects.child_of(framework)
            .live()
            .public()
            .defer_streamfields()
            .order_by("path")
        )
        return framework, list(standards)

    def recently_updated(self):
        return (
            Page.objects.live()
            .public()
            .descendant_of(self)
            .exclude(pk=self.pk)
            .select_related("locale")
            # Pages imported live but never published through Wagtail have no date: last.
            .order_by(F("last_published_at").desc(nulls_last=True))[: self.recently_updated_count]
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["framework"], context["standards"] = self.framework_at_a_glance()
        context["recently_updated"] = self.recently_updated()
        return context


@register_setting(icon="site")
class SiteBranding(BaseSiteSetting):
    """The council's own name and wording, one set per site in a multi-council install."""

    @classmethod
    def for_request(cls, request):
        # Every page shows it and a publish does not change it: kept until branding changes.
        from home import page_cache

        attr_name = cls.get_cache_attr_name()
        if not hasattr(request, attr_name):
            site = Site.find_for_request(request)
            if site is None:
                return super().for_request(request)
            found = page_cache.branding_settings(site, lambda: cls.for_site(site), request)
            found._request = request
            setattr(request, attr_name, found)
        return getattr(request, attr_name)

    council_name = models.CharField(
        _("council and division"),
        max_length=120,
        blank=True,
        help_text=_("Shown in the header, e.g. 'Tower Hamlets Supporting Families Division'."),
    )
    footer_text = models.CharField(
        _("footer text"),
        max_length=255,
        blank=True,
        help_text=_("One sentence at the foot of every staff page."),
    )

    framework_name = models.CharField(
        _("framework name"),
        max_length=120,
        blank=True,
        help_text=_("The practice framework's own name, e.g. 'Better Together'."),
    )
    logo = models.ForeignKey(
        "home.CouncilImage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("logo"),
        help_text=_("Shown in the header, on family pages, posters and QR sheets."),
    )
    brand_colour = models.CharField(
        _("brand colour"),
        max_length=7,
        blank=True,
        validators=[
            RegexValidator(r"^#[0-9a-fA-F]{6}$", _("Enter a colour as # and six hex digits."))
        ],
        help_text=_("The header colour, e.g. #1d70b8. It must keep white text readable."),
    )
    public_base_url = models.URLField(
        _("public address"),
        blank=True,
        help_text=_(
            "The address families and staff reach this site at, e.g. "
            "https://feedback.towerhamlets.gov.uk. Links, QR codes and posters use it."
        ),
    )

    panels = [
        FieldPanel("council_name"),
        FieldPanel("framework_name"),
        FieldPanel("logo"),
        FieldPanel("brand_colour"),
        FieldPanel("public_base_url"),
        FieldPanel("footer_text"),
    ]

    class Meta:
        verbose_name = _("site branding")


class CouncilImage(Image):
    """Wagtail's image, found only by the council whose collection holds it.

    A proxy of ``wagtailimages.Image`` (same table, no data to move) named by
    ``WAGTAILIMAGES_IMAGE_MODEL``, so that Wagtail's image views, choosers and
    blocks all use its council-keeping manager (``councils.files``).
    """

    objects = CouncilImageManager()
    all_councils = AllCouncilsImageManager()

    class Meta:
        proxy = True
        verbose_name = _("image")
        verbose_name_plural = _("images")
