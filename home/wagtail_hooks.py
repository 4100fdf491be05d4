from urllib.parse import urlencode

from django.contrib.auth.views import redirect_to_login
from django.shortcuts import redirect
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.userbar import ContentCheckerItem


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
