from django.conf import settings
from django.middleware.locale import LocaleMiddleware
from django.utils import translation
from django.utils.cache import patch_cache_control

UNPREFIXED = ("/admin/", "/documents/", "/static/", "/media/", "/forms/")


class PathLocaleMiddleware(LocaleMiddleware):
    """Take the language from the URL prefix, and English everywhere else.

    Family pages always carry /en/, /bn/ or /so/; staff pages outside the
    prefixes (sign-in, admin) stay in English whatever the browser prefers.
    """

    def process_request(self, request):
        language = translation.get_language_from_path(request.path_info)
        translation.activate(language or settings.LANGUAGE_CODE)
        request.LANGUAGE_CODE = translation.get_language()

    def process_response(self, request, response):
        # An unknown admin or document address is simply not found; offering
        # /en/admin/… instead would only lead to a second "not found".
        if request.path_info.startswith(UNPREFIXED):
            return response
        return super().process_response(request, response)


class AdminFrameOptionsMiddleware:
    """Let the Wagtail admin frame itself for live preview; everything else is DENY."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if request.path_info.startswith("/admin/"):
            response.headers.setdefault("X-Frame-Options", "SAMEORIGIN")
        return response


class PrivateForStaffMiddleware:
    """Pages shown to a signed-in member of staff must never sit in a shared cache."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            patch_cache_control(response, private=True)
        return response
