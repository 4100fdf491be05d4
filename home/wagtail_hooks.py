from urllib.parse import urlencode

from django.contrib.auth.views import redirect_to_login
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin.site_summary import PagesSummaryItem
from wagtail.admin.userbar import ContentCheckerItem
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.button import Button
from wagtail.models import BaseViewRestriction, Page

from home import oidc
from home.localize import may_publish
from home.models import SignInGroupMapping
from home.signin import LOCKED_OUT
from home.tenancy import current_council, in_council_tree


@hooks.register("before_serve_page")
def send_visitors_without_sign_in_to_login(page, request, serve_args, serve_kwargs):
    """The intranet is for signed-in staff; only family pages are public."""
    if request.user.is_authenticated or page.specific_class.public_for_families:
        return None
    return redirect_to_login(request.get_full_path())


@hooks.register("before_serve_page")
def send_families_to_the_english_of_an_unfinished_translation(page, request, args, kwargs):
    """Never English under a Bengali or Somali address: the English address, with a note."""
    language = kwargs.get("awaiting_translation")
    if not language:
        return None
    url = page.get_url(request=request)
    return redirect(f"{url}?{urlencode({'untranslated': language})}")


def _refuse_restricted(request, restrictions):
    """Sign-in or group restrictions a request does not meet: sign in, or a 403 naming who may.

    Wagtail would send a signed-in outsider to the sign-in page, which sends them
    straight back; password restrictions are left to Wagtail's own form.
    """
    refused = [
        restriction
        for restriction in restrictions
        if restriction.restriction_type in (BaseViewRestriction.LOGIN, BaseViewRestriction.GROUPS)
        and not restriction.accept_request(request)
    ]
    if not refused:
        return None
    if not request.user.is_authenticated:
        response = redirect_to_login(request.get_full_path())
    else:
        groups = sorted({group.name for r in refused for group in r.groups.all()})
        response = TemplateResponse(
            request, "403_restricted.html", {"groups": groups}, status=403
        ).render()
    add_never_cache_headers(response)
    return response


@hooks.register("before_serve_page", order=-1)
def refuse_restricted_page(page, request, serve_args, serve_kwargs):
    served = getattr(page, "restrictions_while_serving", None)
    return _refuse_restricted(request, served() if served else page.get_view_restrictions())


@hooks.register("before_serve_document", order=-1)
def refuse_restricted_document(document, request):
    return _refuse_restricted(request, document.collection.get_view_restrictions())


@hooks.register("register_log_actions")
def register_sign_in_log_actions(actions):
    actions.register_action(
        LOCKED_OUT, _("Sign-in locked out"), _("Sign-in locked out after repeated failures")
    )
    actions.register_action(oidc.SIGNED_IN, _("Signed in"), _("Signed in with the council account"))
    actions.register_action(
        oidc.SIGN_IN_FAILED,
        _("Sign-in failed"),
        _("Signing in with the council account failed"),
    )
    actions.register_action(
        oidc.GROUPS_CHANGED,
        _("Groups changed at sign-in"),
        _("Groups changed by the council account's claims at sign-in"),
    )
    actions.register_action(
        oidc.SESSIONS_ENDED, _("Sessions ended"), _("All sessions ended by an operator")
    )


class SignInGroupMappingViewSet(ModelViewSet):
    """Which provider groups give which council group; the council's own only (CouncilOwned)."""

    model = SignInGroupMapping
    icon = "group"
    add_to_settings_menu = True
    menu_label = _("Sign-in groups")
    list_display = ["claim_value", "role"]
    form_fields = ["claim_value", "role"]


@hooks.register("register_admin_viewset")
def register_sign_in_group_mappings():
    return SignInGroupMappingViewSet("sign_in_groups")


@hooks.register("register_admin_urls")
def register_end_sessions_url():
    from django.urls import path

    from home.oidc_views import end_sessions

    return [path("users/<int:user_id>/end-sessions/", end_sessions, name="end_sessions")]


@hooks.register("register_user_listing_buttons")
def end_sessions_button(user, request_user):
    if not request_user.is_superuser:
        return []
    from django.urls import reverse

    return [
        Button(
            _("End all sessions"),
            url=reverse("end_sessions", args=[user.pk]),
            icon_name="logout",
            priority=60,
        )
    ]


class FrameworkContentChecker(ContentCheckerItem):
    """Wagtail's accessibility checker, with the rules our blocks most often break added."""

    axe_run_only = [
        *ContentCheckerItem.axe_run_only,
        "image-alt",
        "td-has-header",
        "th-has-data-cells",
        "list",
        "listitem",
        "label",
    ]
    axe_messages = {
        **ContentCheckerItem.axe_messages,
        "image-alt": {
            "error_name": _("Image has no alternative text"),
            "help_text": _("Describe the image in its alternative text field"),
        },
        "td-has-header": {
            "error_name": _("Table cell has no header"),
            "help_text": _("Keep the first row of every table as its header row"),
        },
        "th-has-data-cells": {
            "error_name": _("Table header describes no cells"),
            "help_text": _("Remove empty columns from the table"),
        },
    }


@hooks.register("construct_wagtail_userbar")
def check_accessibility_with_our_rules(request, items, page):
    """Keep the accessibility checker on every page's userbar, with the framework's rules."""
    for index, item in enumerate(items):
        if isinstance(item, ContentCheckerItem) and not isinstance(item, FrameworkContentChecker):
            items[index] = FrameworkContentChecker(in_editor=item.in_editor)


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
    """Wagtail's search terms report lists every council's searches (home.admin_urls closes it)."""
    if not request.user.is_superuser:
        menu_items[:] = [item for item in menu_items if item.name != "search-terms"]


@hooks.register("before_edit_page", order=-1)
def send_a_translation_for_approval(request, page):
    """wagtail-localize's editor offers "Publish" only; one who may not publish submits instead.

    Runs before wagtail-localize's own hook, which would refuse the post.
    """
    if request.method != "POST" or request.POST.get("action") != "publish":
        return None
    from wagtail_localize.models import Translation

    translation = Translation.objects.filter(
        source__object_id=page.translation_key, target_locale_id=page.locale_id, enabled=True
    ).first()
    if translation is None or may_publish(request.user, translation.source.get_source_instance()):
        return None
    translation.save_target(user=request.user, publish=True)
    messages.success(
        request,
        _("Saved as a draft and sent for approval: '%(title)s' in %(language)s.")
        % {"title": page.title, "language": page.locale.get_display_name()},
    )
    return redirect("wagtailadmin_pages:edit", page.pk)


@hooks.register("construct_page_action_menu")
def keep_convert_to_alias_out_of_the_main_action(menu_items, request, context):
    """wagtail-localize puts "Convert to alias page" first, making it a translated page's main
    action; an editor needs to save or send for approval, so it goes to the end of the menu."""
    convert = [item for item in menu_items if item.name == "localize-convert-to-alias"]
    menu_items[:] = [item for item in menu_items if item not in convert] + convert


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
