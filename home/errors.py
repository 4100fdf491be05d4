"""The site's own error pages, in the language of the address's prefix (else English)."""

from django.conf import settings
from django.http import (
    HttpResponseBadRequest,
    HttpResponseForbidden,
    HttpResponseNotFound,
    HttpResponseServerError,
)
from django.template import loader
from django.utils import translation


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


def page_not_found(request, exception):
    return _render("404.html", request, HttpResponseNotFound)


def server_error(request):
    # Rendered without a request context: the database may be what failed.
    return _render("500.html", request, HttpResponseServerError, with_request=False)
