from django.contrib.contenttypes.models import ContentType
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import AdminOnlyMenuItem
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.reports import ReportView
from wagtail.models import Page
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from search import stats
from search.models import Synonym, ZeroResultSearch

report_policy = ModelPermissionPolicy(ZeroResultSearch)


class SynonymViewSet(SnippetViewSet):
    model = Synonym
    icon = "search"
    menu_label = _("Search synonyms")
    menu_order = 900
    add_to_admin_menu = False
    list_display = ["term", "expansions", "related"]
    search_fields = ["term", "expansions", "related"]
    list_export = ["term", "expansions", "related"]
    ordering = ["term"]


register_snippet(SynonymViewSet)


class SearchReport(ReportView):
    """Query text and counts only: who searched is never stored, so never shown."""

    header_icon = "search"
    permission_policy = report_policy
    any_permission_required = ["view"]
    paginate_by = 50
    days = 30
    export_headings = {"query": _("Search"), "searches": _("Searches")}
    list_export = ["query", "searches"]

    def get_queryset(self):
        return [{"query": row[self.query_key], "searches": row["searches"]} for row in self.rows()]


class TopSearchesReport(SearchReport):
    page_title = title = _("Top searches, last 30 days")
    index_url_name = "search_reports:top"
    index_results_url_name = "search_reports:top_results"
    query_key = "query_string"
    columns = [
        Column("query", label=_("Search"), accessor="query"),
        Column("searches", label=_("Searches"), accessor="searches"),
    ]

    def rows(self):
        return stats.top_queries(getattr(self.request, "council", None), self.days)[:500]


class ZeroResultSearchesReport(SearchReport):
    page_title = title = _("Searches with no results, last 30 days")
    index_url_name = "search_reports:zero"
    index_results_url_name = "search_reports:zero_results"
    query_key = "query_string"
    columns = [
        Column("query", label=_("Search"), accessor="query"),
        Column("searches", label=_("Searches"), accessor="searches"),
    ]

    def rows(self):
        return stats.zero_result_queries(getattr(self.request, "council", None), self.days)[:500]


@hooks.register("register_admin_urls")
def register_search_report_urls():
    from django.urls import include

    urls = [
        path("top/", TopSearchesReport.as_view(), name="top"),
        path("top/results/", TopSearchesReport.as_view(results_only=True), name="top_results"),
        path("no-results/", ZeroResultSearchesReport.as_view(), name="zero"),
        path(
            "no-results/results/",
            ZeroResultSearchesReport.as_view(results_only=True),
            name="zero_results",
        ),
    ]
    return [path("reports/search/", include((urls, "search_reports")))]


class ReportMenuItem(AdminOnlyMenuItem):
    def is_shown(self, request):
        return report_policy.user_has_permission(request.user, "view")


@hooks.register("register_reports_menu_item")
def register_top_searches_menu_item():
    return ReportMenuItem(
        _("Top searches"), reverse("search_reports:top"), icon_name="search", order=900
    )


@hooks.register("register_reports_menu_item")
def register_zero_result_menu_item():
    return ReportMenuItem(
        _("Searches with no results"),
        reverse("search_reports:zero"),
        icon_name="search",
        order=901,
    )


@hooks.register("before_serve_page")
def count_page_use(page, request, serve_args, serve_kwargs):
    if request.user.is_authenticated:
        stats.count_use(
            ContentType.objects.get_for_model(Page), page.pk, getattr(request, "council", None)
        )


@hooks.register("after_serve_cached_page")
def count_cached_page_use(page_id, request):
    if request.user.is_authenticated:
        stats.count_use(
            ContentType.objects.get_for_model(Page), page_id, getattr(request, "council", None)
        )


@hooks.register("before_serve_document")
def count_document_use(document, request):
    if request.user.is_authenticated:
        stats.count_use(
            ContentType.objects.get_for_model(type(document)),
            document.pk,
            getattr(request, "council", None),
        )
