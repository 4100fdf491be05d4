from django.http import Http404
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.site_summary import PagesSummaryItem
from wagtail.models import Page

from councils.tenancy import current_council, in_council_tree


@hooks.register("register_log_actions")
def register_council_actions(actions):
    actions.register_action(
        "home.council_refused",
        _("Refused to another council"),
        _("Refused to another council"),
    )


def _own_council_pages(pages, request):
    """Pages of the request's council only, for everyone kept to one council."""
    if request.user.is_superuser:
        return pages
    council = current_council()
    return pages.filter(in_council_tree(council)) if council is not None else pages.none()


@hooks.register("construct_page_chooser_queryset")
def choose_own_council_pages(pages, request):
    return _own_council_pages(pages, request)


@hooks.register("construct_explorer_page_queryset")
def explore_own_council_pages(parent_page, pages, request):
    # A council's rights reach its home page in every language, so Wagtail's
    # explorer starts at the tree's root: another council's page is not found.
    if (
        parent_page.depth > 1
        and not _own_council_pages(Page.objects.filter(pk=parent_page.pk), request).exists()
    ):
        raise Http404
    return _own_council_pages(pages, request)


@hooks.register("construct_reports_menu")
def hide_every_councils_search_terms(request, menu_items):
    """Wagtail's search terms report lists every council's searches (closed in admin_urls)."""
    if not request.user.is_superuser:
        menu_items[:] = [item for item in menu_items if item.name != "search-terms"]


class CouncilPagesSummaryItem(PagesSummaryItem):
    """The dashboard's page count: the council's own pages in every language.

    Wagtail counts below the user's explorable root, which for a council's
    editors is the tree's root (their home page has translations beside it),
    so it would count every council's pages.
    """

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        council = current_council()
        if council is None or self.request.user.is_superuser:
            return context
        context["root_page"] = council.site.root_page
        context["total_pages"] = Page.objects.filter(in_council_tree(council)).count()
        return context


# After Wagtail's own hook has added the item this replaces.
@hooks.register("construct_homepage_summary_items", order=100)
def count_the_councils_own_pages(request, summary_items):
    summary_items[:] = [
        CouncilPagesSummaryItem(request) if type(item) is PagesSummaryItem else item
        for item in summary_items
    ]


# After Wagtail's own hooks have registered the endpoints these replace.
@hooks.register("construct_admin_api", order=100)
def keep_the_admin_api_to_the_council(router):
    from councils import admin_views

    router.register_endpoint("pages", admin_views.CouncilPagesAdminAPIViewSet)
    router.register_endpoint("documents", admin_views.CouncilDocumentsAdminAPIViewSet)
    router.register_endpoint("images", admin_views.CouncilImagesAdminAPIViewSet)
