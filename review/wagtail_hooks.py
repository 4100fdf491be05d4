"""The Learning Academy's menu, screens, snippets and audit log actions."""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import Menu, MenuItem, SubmenuMenuItem
from wagtail.admin.widgets import ListingButton
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from review import audit, urls
from review.models import CycleReport, FeedbackCycle
from review.permissions import AcademyModelPermissionPolicy, policy
from review.translation_report import (
    StaleTranslationReportView,
    TranslationStatusReportView,
    TranslationsWantedPanel,
)
from review.update_views import NotVerifiedReportView


class FeedbackCycleViewSet(SnippetViewSet):
    model = FeedbackCycle
    icon = "date"
    menu_label = _("Feedback cycles")
    list_display = ["name", "starts_on", "ends_on"]
    add_to_admin_menu = False
    ordering = ["-starts_on"]


class CycleReportViewSet(SnippetViewSet):
    model = CycleReport
    icon = "doc-full"
    menu_label = _("You Said, We Did")
    list_display = ["cycle", "form", "live"]
    add_to_admin_menu = False

    @property
    def permission_policy(self):
        return AcademyModelPermissionPolicy(self.model)


register_snippet(FeedbackCycleViewSet)
register_snippet(CycleReportViewSet)


@hooks.register("construct_homepage_panels")
def ask_for_translations(request, panels):
    panels.append(TranslationsWantedPanel())


@hooks.register("register_admin_urls")
def register_review_urls():
    return [path("submissions/", include(urls, namespace="review"))]


@hooks.register("register_admin_urls")
def register_not_verified_report_urls():
    return [
        path(
            "reports/not-verified/",
            NotVerifiedReportView.as_view(),
            name="review_not_verified_report",
        ),
        path(
            "reports/not-verified/results/",
            NotVerifiedReportView.as_view(results_only=True),
            name="review_not_verified_report_results",
        ),
    ]


@hooks.register("register_admin_urls")
def register_translation_report_urls():
    return [
        path(
            "reports/awaiting-translation/",
            TranslationStatusReportView.as_view(),
            name="review_translation_report",
        ),
        path(
            "reports/awaiting-translation/results/",
            TranslationStatusReportView.as_view(results_only=True),
            name="review_translation_report_results",
        ),
    ]


@hooks.register("register_admin_urls")
def register_stale_translation_report_urls():
    return [
        path(
            "reports/stale-translations/",
            StaleTranslationReportView.as_view(),
            name="review_stale_translation_report",
        ),
        path(
            "reports/stale-translations/results/",
            StaleTranslationReportView.as_view(results_only=True),
            name="review_stale_translation_report_results",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_stale_translation_report_menu_item():
    return ReviewMenuItem(
        _("Translations needing an update"),
        reverse("review_stale_translation_report"),
        icon_name="warning",
        order=721,
    )


@hooks.register("register_reports_menu_item")
def register_translation_report_menu_item():
    return ReviewMenuItem(
        _("Family pages awaiting translation"),
        reverse("review_translation_report"),
        icon_name="globe",
        order=720,
    )


@hooks.register("register_reports_menu_item")
def register_not_verified_report_menu_item():
    return ReviewMenuItem(
        _("Organisations not verified for 12 months"),
        reverse("review_not_verified_report"),
        icon_name="warning",
        order=710,
    )


@hooks.register("register_log_actions")
def register_review_log_actions(actions):
    audit.register(actions)


class ReviewMenuItem(MenuItem):
    def __init__(self, *args, action="view", **kwargs):
        self.action = action
        super().__init__(*args, **kwargs)

    def is_shown(self, request):
        return policy.user_has_permission(request.user, self.action)


class SnippetMenuItem(MenuItem):
    def __init__(self, *args, model, **kwargs):
        self.model = model
        super().__init__(*args, **kwargs)

    def is_shown(self, request):
        return self.model.snippet_viewset.permission_policy.user_has_any_permission(
            request.user, ["add", "change", "view"]
        )


class ReviewSubmenu(SubmenuMenuItem):
    def is_shown(self, request):
        return any(item.is_shown(request) for item in self.menu.registered_menu_items)


def _menu_items():
    return [
        ReviewMenuItem(_("Inbox"), reverse("review:inbox"), icon_name="form", order=100),
        ReviewMenuItem(
            _("Cycle dashboard"), reverse("review:dashboard"), icon_name="pick", order=200
        ),
        ReviewMenuItem(_("Call backs"), reverse("review:callbacks"), icon_name="mail", order=300),
        ReviewMenuItem(
            _("Directory updates"), reverse("review:updates"), icon_name="group", order=400
        ),
        SnippetMenuItem(
            _("Feedback cycles"),
            reverse("wagtailsnippets_review_feedbackcycle:list"),
            icon_name="date",
            order=500,
            model=FeedbackCycle,
        ),
        SnippetMenuItem(
            _("You Said, We Did"),
            reverse("wagtailsnippets_review_cyclereport:list"),
            icon_name="doc-full",
            order=600,
            model=CycleReport,
        ),
    ]


@hooks.register("register_admin_menu_item")
def register_review_menu():
    return ReviewSubmenu(
        _("Learning Academy"),
        Menu(items=_menu_items()),
        icon_name="form",
        name="learning-academy",
        order=240,
    )


@hooks.register("register_snippet_listing_buttons")
def open_form_with_cycle_button(snippet, user, next_url=None):
    if isinstance(snippet, FeedbackCycle) and policy.user_has_permission(user, "change"):
        yield ListingButton(
            _("Open a form with this cycle"),
            reverse("review:cycle_form_dates", args=[snippet.pk]),
            icon_name="date",
            priority=30,
        )
