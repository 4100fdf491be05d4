from csp.middleware import CSPMiddleware
from django.conf import settings
from django.http import HttpResponseNotFound
from django.middleware.locale import LocaleMiddleware
from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext as _

from councils.tenancy import (
    audit_refusals,
    belongs_to,
    carrying_council,
    council_scope,
    watching_refusals,
)

UNPREFIXED = ("/admin/", "/documents/", "/static/", "/media/", "/forms/", "/openreferral/")


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


class CouncilMiddleware:
    """Serve each request as its site's council, and only to people of that council.

    Sets ``request.council`` and the council every query of a council's
    records is kept to (``councils.tenancy``). A signed-in person of another
    council is shown which site is theirs, never this council's content.
    """

    # The Open Referral feed is public: the same for anyone, signed in anywhere or not.
    ALWAYS_OPEN = ("/static/", "/logout/", "/healthz", "/branding.css", "/openreferral/")
    # The health check must answer even when the database does not.
    NO_COUNCIL = ("/static/", "/healthz")
    # What a host that is no council's site still answers; everything else there reads
    # council data, which needs a council (``councils.tenancy`` fails closed).
    WITHOUT_COUNCIL = ("/static/", "/logout/")

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        from home.page_cache import council_for_request

        if request.path_info.startswith(self.NO_COUNCIL):
            request.council = None
            return self.get_response(request)
        request.council = council_for_request(request)
        if request.council is None and not request.path_info.startswith(self.WITHOUT_COUNCIL):
            return HttpResponseNotFound(
                _("No council's intranet is served at this address."),
                content_type="text/plain; charset=utf-8",
            )
        with council_scope(request.council), watching_refusals() as (missed, linked):
            refusal = self.refusal(request)
            if refusal is not None:
                return refusal
            response = self.get_response(request)
            refused = [*linked, *(missed if response.status_code == 404 else [])]
            if refused:
                audit_refusals(request, refused)
        return self.carry_council(request, response)

    @staticmethod
    def carry_council(request, response):
        """A streamed body runs after this middleware has returned: give it the council too.

        A file streamed as it is (``FileResponse``) reads no records and keeps
        the server's own file sending.
        """
        if (
            response.streaming
            and not getattr(response, "is_async", False)
            and getattr(response, "file_to_stream", None) is None
        ):
            response.streaming_content = carrying_council(
                response.streaming_content, request.council
            )
        return response

    def refusal(self, request):
        user = getattr(request, "user", None)
        if user is None or not user.is_authenticated:
            return None
        if request.path_info.startswith(self.ALWAYS_OPEN):
            return None
        if request.council is not None and belongs_to(user, request.council):
            return None
        from home.views import wrong_council

        return wrong_council(request).render()


class AdminAccessMiddleware:
    """A signed-in user without admin access gets one plain 403 for every admin address.

    Wagtail sends them to the sign-in page with a message, and the sign-in page
    sends a signed-in user straight back: a loop that stacks the message. A
    link in an email or a bookmark is enough to start it.
    """

    OPEN = ("/admin/login/", "/admin/logout/")

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        path = request.path_info
        user = getattr(request, "user", None)
        if (
            path.startswith("/admin/")
            and not path.startswith(self.OPEN)
            and user is not None
            and user.is_authenticated
            and not user.has_perm("wagtailadmin.access_admin")
        ):
            return TemplateResponse(request, "403_admin.html", status=403).render()
        return self.get_response(request)


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's policy, with the Wagtail admin's looser one under /admin/."""

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only)
        if not report_only and parts.config is None and request.path_info.startswith("/admin/"):
            parts.config = settings.ADMIN_CONTENT_SECURITY_POLICY
        return parts
