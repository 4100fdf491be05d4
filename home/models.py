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
from wagtail.models import Page, Task
from wagtail.url_routing import RouteResult

from home.blocks import QuickLinkBlock
from home.council_files import AllCouncilsImageManager, CouncilImageManager
from home.search_declaration import PAGE_PRIVACY, SITE_TREE, StaffSearch
from home.tenancy import CouncilOwned, current_council, refuse_links_to_other_councils

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
        standards = (
            PracticeStandardPage.objects.child_of(framework).live().public().order_by("path")
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
    blocks all use its council-keeping manager (``home.council_files``).
    """

    objects = CouncilImageManager()
    all_councils = AllCouncilsImageManager()

    class Meta:
        proxy = True
        verbose_name = _("image")
        verbose_name_plural = _("images")


class Council(models.Model):
    """A council using this install: a separate organisation and data controller.

    Each council has one Wagtail site (its own hostname and page tree); its
    people, groups and records belong to it and to no other. Its look and
    wording come from the site's settings (``SiteBranding``).
    """

    name = models.CharField(
        _("name"), max_length=120, unique=True, help_text=_("The council's name, e.g. 'Newham'.")
    )
    slug = models.SlugField(
        _("short name"),
        max_length=60,
        unique=True,
        help_text=_("Lower-case letters, digits and hyphens; used in group names and exports."),
    )
    site = models.OneToOneField(
        "wagtailcore.Site",
        on_delete=models.PROTECT,
        related_name="council",
        verbose_name=_("site"),
    )

    collection = models.OneToOneField(
        "wagtailcore.Collection",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="council",
        verbose_name=_("collection"),
        help_text=_("The collection that holds this council's documents and images."),
    )

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("site"), FieldPanel("collection")]

    class Meta:
        ordering = ["name"]
        verbose_name = _("council")
        verbose_name_plural = _("councils")

    def __str__(self):
        return self.name

    @classmethod
    def for_site(cls, site):
        if site is None:
            return None
        return cls.objects.select_related("site__root_page").filter(site=site).first()

    @property
    def root_page(self):
        return self.site.root_page

    @classmethod
    def for_page(cls, page):
        """The council whose site tree holds ``page``, in any language, or None.

        The page or one of its ancestors is the council's home page or one of
        its translations (``root_paths``): one query.
        """
        steps = range(Page.steplen, len(page.path) + 1, Page.steplen)
        ancestors = Page.objects.filter(path__in=[page.path[:end] for end in steps])
        return (
            cls.objects.select_related("site__root_page")
            .filter(site__root_page__translation_key__in=ancestors.values("translation_key"))
            .first()
        )

    def root_paths(self):
        """Where the council's tree starts in each language: its home page and its translations.

        wagtail-localize makes a translated home page a sibling of the source,
        and the site serves /bn/ and /so/ from those, so they are the council's too.
        """
        root = self.site.root_page
        return list(
            Page.objects.filter(translation_key=root.translation_key)
            .order_by("path")
            .values_list("path", flat=True)
        ) or [root.path]

    @classmethod
    def for_collection(cls, collection):
        """The council whose collection holds ``collection`` (itself or an ancestor), or None."""
        if collection is None:
            return None
        ancestors = collection.get_ancestors(inclusive=True)
        return cls.objects.filter(collection__in=ancestors).first()

    def group(self, role):
        """This council's group for ``role`` (one of ``CouncilGroup.Role``), or None."""
        link = self.groups.select_related("group").filter(role=role).first()
        return link.group if link is not None else None


class CouncilMember(models.Model):
    """Which council a person works for: they sign in on that council's site only."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="council_member"
    )
    council = models.ForeignKey(
        Council, on_delete=models.PROTECT, related_name="members", verbose_name=_("council")
    )

    class Meta:
        verbose_name = _("council member")
        verbose_name_plural = _("council members")

    def __str__(self):
        return f"{self.user} ({self.council})"


class CouncilGroup(models.Model):
    """Ties a Django group to one council, so its rights reach that council's records only."""

    class Role(models.TextChoices):
        STAFF = "staff", _("Staff")
        EDITORS = "editors", _("Editors")
        ACADEMY = "academy", _("Learning Academy")

    group = models.OneToOneField(
        "auth.Group", on_delete=models.CASCADE, related_name="council_group"
    )
    council = models.ForeignKey(
        Council, on_delete=models.CASCADE, related_name="groups", verbose_name=_("council")
    )
    role = models.CharField(_("role"), max_length=20, choices=Role.choices, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["council", "role"],
                condition=~models.Q(role=""),
                name="one_group_per_council_role",
            )
        ]
        verbose_name = _("council group")

    def __str__(self):
        return f"{self.group} ({self.council})"


def council_of_object(obj):
    """The council a page (by its site tree) or a council's record belongs to, or None."""
    if isinstance(obj, Page):
        return Council.for_page(obj)
    council_id = getattr(obj, "council_id", None)
    return Council.objects.filter(pk=council_id).first() if council_id else None


class CouncilApprovalTask(Task):
    """A workflow step approved by one role's group of the council the page or record belongs to.

    Wagtail's group approval task lets every chosen group approve everything,
    so one task naming each council's Learning Academy would let Newham's
    approve Tower Hamlets' pages. This task finds the approvers from the
    object's council instead, so one workflow serves every council.
    """

    role = models.CharField(
        _("approved by"),
        max_length=20,
        choices=CouncilGroup.Role.choices,
        default=CouncilGroup.Role.ACADEMY,
        help_text=_("The group of the page's or record's own council that approves this step."),
    )

    admin_form_fields = [*Task.admin_form_fields, "role"]

    class Meta:
        verbose_name = _("Council approval task")
        verbose_name_plural = _("Council approval tasks")

    @classmethod
    def get_description(cls):
        return _("The chosen group of the page's or record's own council approves this task")

    def approvers(self, obj):
        """Everyone in the approving group of ``obj``'s council (none if it has no council)."""
        from django.contrib.auth import get_user_model
        from django.contrib.auth.models import Group

        council = council_of_object(obj)
        if council is None:
            return get_user_model().objects.none()
        members = Group.objects.filter(
            council_group__council=council, council_group__role=self.role
        ).values("user")
        return get_user_model().objects.filter(is_active=True, pk__in=members)

    def _approves(self, obj, user):
        if not user.is_authenticated:
            return False
        # Wagtail asks several times per request for the same object and user.
        cache = user.__dict__.setdefault("_council_approval_checks", {})
        key = (self.pk, obj._meta.label, obj.pk)
        if key not in cache:
            cache[key] = self.approvers(obj).filter(pk=user.pk).exists()
        return cache[key]

    def start(self, workflow_state, user=None):
        obj = workflow_state.content_object
        locked_by = getattr(obj, "locked_by", None)
        if locked_by is not None and not self._approves(obj, locked_by):
            obj.locked, obj.locked_by, obj.locked_at = False, None, None
            obj.save(update_fields=["locked", "locked_by", "locked_at"])
        return super().start(workflow_state, user=user)

    def user_can_access_editor(self, obj, user):
        return user.is_superuser or self._approves(obj, user)

    def locked_for_user(self, obj, user):
        return not (user.is_superuser or self._approves(obj, user))

    def user_can_lock(self, obj, user):
        return self._approves(obj, user)

    def user_can_unlock(self, obj, user):
        return False

    def get_actions(self, obj, user):
        if user.is_superuser or self._approves(obj, user):
            return [
                ("reject", _("Request changes"), True),
                ("approve", _("Approve"), False),
                ("approve", _("Approve with comment"), True),
            ]
        return []

    def get_task_states_user_can_moderate(self, user, **kwargs):
        from wagtail.models import TaskState

        in_progress = self.task_states.filter(status=TaskState.STATUS_IN_PROGRESS)
        if user.is_superuser:
            return in_progress
        ids = [
            state.pk
            for state in in_progress.select_related("workflow_state")
            if (obj := state.workflow_state.content_object) is not None
            and self._approves(obj, user)
        ]
        return TaskState.objects.filter(pk__in=ids)


# Signing in with the council's account (OpenID Connect) -------------------------------------


@register_setting(icon="key")
class SignInSettings(BaseSiteSetting):
    """How this council's staff sign in: with their council account, a local password, or both.

    The default site's provider comes from the ``OIDC_*`` environment variables;
    any other council's is entered here. The client secret itself never enters
    the database: only the name of the environment variable that holds it.
    """

    issuer = models.URLField(
        _("identity provider (issuer)"),
        blank=True,
        help_text=_(
            "The provider's issuer; its discovery document is read from "
            "<issuer>/.well-known/openid-configuration. For Microsoft Entra ID: "
            "https://login.microsoftonline.com/<tenant id>/v2.0. Empty: no council sign-in."
        ),
    )
    client_id = models.CharField(
        _("client ID"),
        max_length=255,
        blank=True,
        help_text=_("The application (client) ID the provider gave this site."),
    )
    client_secret_variable = models.CharField(
        _("environment variable holding the client secret"),
        max_length=100,
        blank=True,
        validators=[
            RegexValidator(
                r"^[A-Z][A-Z0-9_]*$",
                _("Capital letters, digits and underscores, e.g. NEWHAM_OIDC_CLIENT_SECRET."),
            )
        ],
        help_text=_("The secret is set on the server under this name, never typed here."),
    )
    groups_claim = models.CharField(
        _("groups claim"),
        max_length=100,
        default="groups",
        help_text=_("The ID token claim listing the person's groups (Entra ID: groups)."),
    )
    refuse_unmapped = models.BooleanField(
        _("refuse people in no mapped group"),
        default=False,
        help_text=_("Otherwise they join Staff."),
    )
    allow_local_passwords = models.BooleanField(
        _("allow local passwords"),
        default=True,
        help_text=_(
            "Off: staff can only sign in with their council account. Platform "
            "operators (superusers) can still sign in with a password at /login/?local=1."
        ),
    )

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("issuer"),
                FieldPanel("client_id"),
                FieldPanel("client_secret_variable"),
                FieldPanel("groups_claim"),
            ],
            heading=_("Council account provider"),
        ),
        FieldPanel("refuse_unmapped"),
        FieldPanel("allow_local_passwords"),
    ]

    class Meta:
        verbose_name = _("sign-in")


class SignInGroupMapping(CouncilOwned):
    """One value of the provider's groups claim, and the council group it gives.

    Read at every sign-in with the council account: a change here, or in the
    provider, takes effect at the person's next sign-in.
    """

    claim_value = models.CharField(
        _("claim value"),
        max_length=255,
        help_text=_("As the provider sends it; for Entra ID the group's object ID."),
    )
    role = models.CharField(_("council group"), max_length=20, choices=CouncilGroup.Role.choices)

    panels = [FieldPanel("claim_value"), FieldPanel("role")]

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["council", "claim_value", "role"], name="one_mapping_per_claim_and_role"
            )
        ]
        ordering = ["claim_value"]
        verbose_name = _("sign-in group mapping")
        verbose_name_plural = _("sign-in group mappings")

    def __str__(self):
        return f"{self.claim_value} → {self.get_role_display()}"


class OIDCIdentity(models.Model):
    """The provider's subject a person signs in as: found by it, never by email alone."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="oidc_identities"
    )
    council = models.ForeignKey(Council, on_delete=models.CASCADE, related_name="+")
    issuer = models.CharField(max_length=255)
    subject = models.CharField(max_length=255)
    created_at = models.DateTimeField(auto_now_add=True)
    last_sign_in = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["issuer", "subject"], name="one_user_per_subject")
        ]
        verbose_name = _("council account")

    def __str__(self):
        return f"{self.subject} ({self.issuer})"


class SignedInSession(models.Model):
    """A session someone signed in to, so that an operator can end all of a person's at once.

    Sessions are kept by key only; finding a person's among them would mean
    reading every session in the database.
    """

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="signed_in_sessions"
    )
    session_key = models.CharField(max_length=40, unique=True)
    started = models.DateTimeField(auto_now_add=True)

    def __str__(self):
        return f"{self.user} {self.started:%Y-%m-%d %H:%M}"
