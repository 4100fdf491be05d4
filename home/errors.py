"""The site's own error pages, in the language of the address's prefix (else English)."""

from django.conf import settings
from django.http import (
    HttpResponseBadRequest,
    HttpResponseForbidden,
    HttpResponseNotFound,
    HttpResponseServerError,
)
from django.template import loader
from django.urls import Resolver404, resolve
from django.utils import translation
from wagtail.models import Site


def _language(request):
    return translation.get_language_from_path(request.path_info) or settings.LANGUAGE_CODE


def _render(template, request, response_class, *, with_request=True):
    language = _language(request)
    with translation.override(language):
        body = loader.render_to_string(
            template, {"LANGUAGE_CODE": language}, request if with_request else None
        )
    return response_class(body)


def bad_request(request, exception):
    return _render("400.html", request, HttpResponseBadRequest)


def permission_denied(request, exception):
    return _render("403.html", request, HttpResponseForbidden)


def _family_address(request, language):
    """Whether a missing address is one a family could have been given.

    Staff pages are in English only, so a Bengali or Somali address is a
    family's; so is an English one under a family page (``/en/feedback/…``)
    and the form's "choose your language" link.
    """
    if language != settings.LANGUAGE_CODE:
        return True
    try:
        if resolve(request.path_info).view_name == "forms_app:choose_language":
            return True
    except Resolver404:
        return False
    site = Site.find_for_request(request)
    if site is None:
        return False
    prefix = f"/{language}/"
    if not request.path_info.startswith(prefix):
        return False
    page = site.root_page
    for slug in request.path_info[len(prefix) :].split("/"):
        child = page.get_children().filter(slug=slug).first() if slug else None
        if child is None:
            break
        page = child
    return getattr(page.specific_class, "public_for_families", False)


def page_not_found(request, exception):
    family = _family_address(request, _language(request))
    return _render("404_family.html" if family else "404.html", request, HttpResponseNotFound)


def server_error(request):
    # Rendered without a request context: the database may be what failed.
    return _render("500.html", request, HttpResponseServerError, with_request=False)
