"""The councils this install serves, their people and groups, and their approval task."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import Page, Task


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
        db_table = "home_council"
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
        db_table = "home_councilmember"
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
        db_table = "home_councilgroup"
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
        db_table = "home_councilapprovaltask"
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
            # Wagtail offers, and accepts, only the actions listed here.
            waiting = getattr(
                obj.specific if isinstance(obj, Page) else obj, "not_ready_because", None
            )
            if waiting and (reason := waiting()):
                return [("reject", _("Request changes: %(reason)s") % {"reason": reason}, True)]
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
