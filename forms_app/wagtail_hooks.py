from django.http import Http404
from django.urls import include, path, re_path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.widgets import Button
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from forms_app import admin_urls
from forms_app.models import FamilyFormPage, SourceTag

# Call-back details and directory suggestions are read in the review app's
# screens (/admin/submissions/), which record every view in the audit log.
# Wagtail's own form submission screens (listing, CSV/XLSX export, delete)
# would be a second door that records nothing: they are closed for everyone.


@hooks.register("filter_form_submissions_for_user")
def no_submissions_in_wagtails_form_screens(user, pages):
    return pages.none()


def closed(request, *args, **kwargs):
    raise Http404


@hooks.register("register_admin_urls", order=-100)
def close_wagtails_form_screens():
    """Ahead of wagtail.contrib.forms' own /admin/forms/ addresses, so they answer 404."""
    return [re_path(r"^forms/", closed)]


class SourceTagViewSet(SnippetViewSet):
    model = SourceTag
    icon = "tag"
    menu_label = _("Source tags")
    list_display = ["slug", "name"]
    add_to_admin_menu = False


register_snippet(SourceTagViewSet)


@hooks.register("register_admin_urls")
def register_form_link_urls():
    return [path("family-forms/", include(admin_urls, namespace="family_forms"))]


@hooks.register("register_page_header_buttons")
def links_and_qr_codes_button(page, user, view_name, next_url=None):
    if isinstance(page.specific_deferred, FamilyFormPage) and page.pk:
        yield Button(
            _("Links, QR codes and poster"),
            reverse("family_forms:links", args=[page.pk]),
            icon_name="link",
            priority=60,
        )
