from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from openreferral.admin_views import REPORT_PERMISSION, FeedReportView, MissingFieldsReportView


@hooks.register("register_admin_urls")
def register_feed_report_urls():
    return [
        path("reports/open-referral/", FeedReportView.as_view(), name="openreferral_report"),
        path(
            "reports/open-referral/results/",
            FeedReportView.as_view(results_only=True),
            name="openreferral_report_results",
        ),
        path(
            "reports/open-referral/missing/",
            MissingFieldsReportView.as_view(),
            name="openreferral_missing_report",
        ),
        path(
            "reports/open-referral/missing/results/",
            MissingFieldsReportView.as_view(results_only=True),
            name="openreferral_missing_report_results",
        ),
    ]


class FeedReportMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(REPORT_PERMISSION)


@hooks.register("register_reports_menu_item")
def register_feed_report_menu_item():
    return FeedReportMenuItem(
        _("Open Referral feed"), reverse("openreferral_report"), icon_name="globe", order=710
    )


@hooks.register("register_reports_menu_item")
def register_missing_fields_menu_item():
    return FeedReportMenuItem(
        _("Open Referral: missing fields"),
        reverse("openreferral_missing_report"),
        icon_name="warning",
        order=711,
    )
