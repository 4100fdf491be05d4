"""Wagtail admin addresses answered by ``councils.admin_views`` instead, kept to one council.

Included before Wagtail's admin in ``config.urls``: the first matching
address wins, so Wagtail's own view at each of these is never reached.
"""

from django.urls import path
from wagtail.contrib.search_promotions.views.reports import SearchTermsReportView
from wagtail.contrib.search_promotions.views.settings import chooser, chooserresults

from councils import admin_views as views

urlpatterns = [
    path("settings/<slug:app_name>/<slug:model_name>/<int:pk>/", views.SettingsEditView.as_view()),
    path(
        "settings/<slug:app_name>/<slug:model_name>/<int:pk>/preview/",
        views.SettingsPreview.as_view(),
    ),
    path("choose-page/<int:parent_page_id>/", views.CouncilPageBrowseView.as_view()),
    path("reports/site-history/", views.CouncilLogEntriesView.as_view()),
    path("reports/site-history/results/", views.CouncilLogEntriesView.as_view(results_only=True)),
    path("reports/workflow/", views.CouncilWorkflowView.as_view()),
    path("reports/workflow/results/", views.CouncilWorkflowView.as_view(results_only=True)),
    path("reports/workflow_tasks/", views.CouncilWorkflowTasksView.as_view()),
    path(
        "reports/workflow_tasks/results/",
        views.CouncilWorkflowTasksView.as_view(results_only=True),
    ),
    path("reports/locked/", views.CouncilLockedPagesView.as_view()),
    path("reports/locked/results/", views.CouncilLockedPagesView.as_view(results_only=True)),
    path("reports/page-types-usage/", views.CouncilPageTypesUsageView.as_view()),
    path(
        "reports/page-types-usage/results/",
        views.CouncilPageTypesUsageView.as_view(results_only=True),
    ),
    path("searchpicks/", views.PromotionIndexView.as_view()),
    path("searchpicks/results/", views.PromotionIndexView.as_view(results_only=True)),
    path("searchpicks/add/", views.PromotionCreateView.as_view()),
    path("searchpicks/<int:query_id>/", views.PromotionEditView.as_view()),
    path("searchpicks/<int:query_id>/delete/", views.PromotionDeleteView.as_view()),
    path("searchpicks/queries/chooser/", views.superusers_only(chooser)),
    path("searchpicks/queries/chooser/results/", views.superusers_only(chooserresults)),
    path(
        "searchpicks/reports/search-terms/",
        views.superusers_only(SearchTermsReportView.as_view()),
    ),
    path(
        "searchpicks/reports/search-terms/results/",
        views.superusers_only(SearchTermsReportView.as_view(results_only=True)),
    ),
]
