from django.contrib import messages
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.middleware.csrf import get_token
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST
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
        return [
            {"query": row[self.query_key], "searches": row["searches"]}
            for row in self.rows()
            if not stats.looks_personal(row[self.query_key])
        ]


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


synonym_policy = ModelPermissionPolicy(Synonym)


class SynonymSuggestionColumn(Column):
    """What the same people searched for next and found, each with a one-click synonym."""

    cell_template_name = "search/admin/synonym_suggestions_cell.html"

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        request = parent_context.get("request")
        context.update(
            add_url=reverse("search_reports:add_synonym"),
            csrf_token=get_token(request) if request else "",
            may_add=request is not None
            and synonym_policy.user_has_any_permission(request.user, ["add", "change"]),
        )
        return context


class ZeroResultSearchesReport(SearchReport):
    """Searches that found nothing, with what people searched for next and found.

    A query that looks like it names someone is never shown (``stats.looks_personal``).
    """

    page_title = title = _("Searches with no results, last 30 days")
    index_url_name = "search_reports:zero"
    index_results_url_name = "search_reports:zero_results"
    query_key = "query_string"
    columns = [
        Column("query", label=_("Search"), accessor="query"),
        Column("searches", label=_("Searches"), accessor="searches"),
        SynonymSuggestionColumn(
            "suggestions", label=_("Searched next, and found"), accessor="suggestions"
        ),
    ]

    def rows(self):
        return stats.zero_result_queries(getattr(self.request, "council", None), self.days)[:500]

    def get_queryset(self):
        council = getattr(self.request, "council", None)
        suggested = stats.synonym_suggestions(council, self.days)
        meanings = (
            {
                synonym.term.lower(): {meaning.lower() for meaning in synonym.expansion_list}
                for synonym in Synonym.all_councils.for_council(council).filter(
                    term__in=list(suggested)
                )
            }
            if council is not None
            else {}
        )
        rows = []
        for row in self.rows():
            typed = row[self.query_key]
            if stats.looks_personal(typed):
                continue
            rows.append(
                {
                    "query": typed,
                    "searches": row["searches"],
                    "suggestions": [
                        {
                            "found": found,
                            "times": times,
                            "opened": opened,
                            "added": found in meanings.get(typed, ()),
                        }
                        for found, times, opened in suggested.get(typed, [])[:3]
                    ],
                }
            )
        return rows


@require_POST
def add_suggested_synonym(request):
    """One click in the report: what was typed becomes a synonym of what then found something."""
    council = getattr(request, "council", None)
    if council is None or not synonym_policy.user_has_any_permission(
        request.user, ["add", "change"]
    ):
        raise PermissionDenied
    typed = " ".join(request.POST.get("typed", "").split())[:60]
    found = " ".join(request.POST.get("found", "").split())[:255]
    if not typed or not found or typed.lower() == found.lower():
        messages.error(request, _("Choose a suggestion in the report to add it."))
        return redirect("search_reports:zero")
    synonym = Synonym.all_councils.for_council(council).filter(term__iexact=typed).first()
    if synonym is None:
        if not synonym_policy.user_has_permission(request.user, "add"):
            raise PermissionDenied
        Synonym.all_councils.create(council=council, term=typed, expansions=found)
    elif found.lower() not in {meaning.lower() for meaning in synonym.expansion_list}:
        if not synonym_policy.user_has_permission(request.user, "change"):
            raise PermissionDenied
        synonym.expansions = "\n".join([*synonym.expansion_list, found])
        synonym.save()
    messages.success(
        request,
        _("“%(typed)s” is now a synonym of “%(found)s”.") % {"typed": typed, "found": found},
    )
    return redirect("search_reports:zero")


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
        path("no-results/add-synonym/", add_suggested_synonym, name="add_synonym"),
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
        stats.opened_from_search(request, getattr(request, "council", None))


@hooks.register("after_serve_cached_page")
def count_cached_page_use(page_id, request):
    if request.user.is_authenticated:
        stats.count_use(
            ContentType.objects.get_for_model(Page), page_id, getattr(request, "council", None)
        )
        stats.opened_from_search(request, getattr(request, "council", None))


@hooks.register("before_serve_document")
def count_document_use(document, request):
    if request.user.is_authenticated:
        stats.count_use(
            ContentType.objects.get_for_model(type(document)),
            document.pk,
            getattr(request, "council", None),
        )
        stats.opened_from_search(request, getattr(request, "council", None))
