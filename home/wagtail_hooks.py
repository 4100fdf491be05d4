from urllib.parse import urlencode

from django.contrib.auth.views import redirect_to_login
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin.userbar import ContentCheckerItem
from wagtail.models import BaseViewRestriction

from home.localize import is_complete, may_publish, translation_of


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


@hooks.register("before_edit_page", order=-1)
def send_a_translation_for_approval(request, page):
    """wagtail-localize's editor offers "Publish" only; one who may not publish submits instead.

    Runs before wagtail-localize's own hook, which would refuse the post, or
    publish an unfinished translation with English in place of what is missing.
    """
    if request.method != "POST" or request.POST.get("action") != "publish":
        return None
    translation = translation_of(page)
    if translation is None:
        return None
    if getattr(page.specific_class, "publish_only_when_translated", False) and not is_complete(
        translation
    ):
        messages.error(
            request,
            _(
                "'%(title)s' in %(language)s is not fully translated yet: translate every "
                "text before publishing it or sending it for approval."
            )
            % {"title": page.title, "language": page.locale.get_display_name()},
        )
        return redirect("wagtailadmin_pages:edit", page.pk)
    if may_publish(request.user, translation.source.get_source_instance()):
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
