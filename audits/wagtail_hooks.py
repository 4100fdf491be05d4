"""Check Back in the admin: audits home at /admin/audits/, the builders, log actions."""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import Menu, MenuItem, SubmenuMenuItem
from wagtail.admin.viewsets.model import ModelViewSet

from audits import auditlog, urls
from audits.models import AuditTheme, AuditTool, Cycle, DipSample, Service, Team
from audits.permissions import AcademyOnlyPolicy, policy


class AcademyViewSet(ModelViewSet):
    add_to_admin_menu = False
    exclude_form_fields = ["council"]

    @property
    def permission_policy(self):
        return AcademyOnlyPolicy(self.model)


class ServiceViewSet(AcademyViewSet):
    model = Service
    icon = "group"
    name = "audit_services"
    url_prefix = "audits/services"
    list_display = ["name", "frequency", "head_of_service"]


class TeamViewSet(AcademyViewSet):
    model = Team
    icon = "group"
    name = "audit_teams"
    url_prefix = "audits/teams"
    list_display = ["name", "service", "manager"]


class ToolViewSet(AcademyViewSet):
    model = AuditTool
    icon = "form"
    name = "audit_tools"
    url_prefix = "audits/tools"
    list_display = ["name", "kind", "service"]


class CycleViewSet(AcademyViewSet):
    model = Cycle
    icon = "date"
    name = "audit_cycles"
    url_prefix = "audits/cycles"
    list_display = ["service", "starts_on", "ends_on"]


class DipSampleViewSet(AcademyViewSet):
    model = DipSample
    icon = "help"
    name = "dip_samples"
    url_prefix = "audits/dip-sample-questions"
    list_display = ["title", "service", "created_at"]


class ThemeViewSet(AcademyViewSet):
    model = AuditTheme
    icon = "tag"
    name = "audit_themes"
    url_prefix = "audits/themes"
    list_display = ["name", "description"]


VIEWSETS = [
    ServiceViewSet,
    TeamViewSet,
    ToolViewSet,
    ThemeViewSet,
    CycleViewSet,
    DipSampleViewSet,
]


@hooks.register("register_admin_viewset")
def register_viewsets():
    return [viewset() for viewset in VIEWSETS]


@hooks.register("register_admin_urls")
def register_audit_urls():
    return [path("audits/", include(urls, namespace="audits"))]


@hooks.register("register_log_actions")
def register_audit_log_actions(actions):
    auditlog.register(actions)


class AuditMenuItem(MenuItem):
    def __init__(self, *args, action="view", **kwargs):
        self.action = action
        super().__init__(*args, **kwargs)

    def is_shown(self, request):
        return policy.user_has_permission(request.user, self.action)


class CheckBackMenu(SubmenuMenuItem):
    def is_shown(self, request):
        return any(item.is_shown(request) for item in self.menu.registered_menu_items)


def _menu_items():
    builders = [
        (_("Audit tools and forms"), "audit_tools:index", "form"),
        (_("Themes for strengths and areas"), "audit_themes:index", "tag"),
        (_("Services and timetables"), "audit_services:index", "group"),
        (_("Teams"), "audit_teams:index", "group"),
        (_("Cycles"), "audit_cycles:index", "date"),
        (_("Dip sample questions"), "dip_samples:index", "help"),
    ]
    return [
        AuditMenuItem(_("Audits"), reverse("audits:home"), icon_name="tasks", order=100),
        AuditMenuItem(
            _("Allocate an audit"),
            reverse("audits:allocate"),
            icon_name="plus",
            order=150,
            action="allocate",
        ),
        AuditMenuItem(
            _("Reports"), reverse("audits:reports"), icon_name="table", order=200, action="report"
        ),
        AuditMenuItem(
            _("Dip samples"),
            reverse("audits:dip_samples"),
            icon_name="help",
            order=210,
            action="dip",
        ),
        AuditMenuItem(
            _("External consultant's samples"),
            reverse("audits:consultant_samples"),
            icon_name="view",
            order=215,
            action="samples",
        ),
        AuditMenuItem(
            _("Practice Week and exit interviews"),
            reverse("audits:observations"),
            icon_name="view",
            order=220,
            action="observe",
        ),
        *(
            AuditMenuItem(
                label, reverse(url), icon_name=icon, order=300 + 10 * number, action="allocate"
            )
            for number, (label, url, icon) in enumerate(builders)
        ),
    ]


@hooks.register("register_admin_menu_item")
def register_check_back_menu():
    return CheckBackMenu(
        _("Check Back"), Menu(items=_menu_items()), icon_name="tasks", name="check-back", order=250
    )
