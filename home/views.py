import logging

from django.contrib.auth.decorators import login_not_required
from django.core.cache import cache
from django.core.files.storage import default_storage
from django.db import connection
from django.http import HttpResponse, JsonResponse
from django.template.response import TemplateResponse
from django.utils.cache import patch_cache_control, patch_vary_headers
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from councils.tenancy import council_of
from home.branding import branding_for, public_base_url

logger = logging.getLogger(__name__)


def _database():
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()


def _cache():
    cache.set("healthz", "ok", 10)
    if cache.get("healthz") != "ok":
        raise RuntimeError("cache did not return what was stored")


def _storage():
    # A read-only round trip that needs no object to exist.
    default_storage.exists("healthz-probe")


CHECKS = {"database": _database, "cache": _cache, "storage": _storage}


@login_not_required
@never_cache
@require_GET
def healthz(request):
    """Whether each service answers; names only, never versions or secrets."""
    results = {}
    for name, check in CHECKS.items():
        try:
            check()
        except Exception as error:  # noqa: BLE001 - any failure means "not ok"
            logger.warning("health check %s failed: %s", name, type(error).__name__)
            results[name] = "unavailable"
        else:
            results[name] = "ok"
    healthy = all(value == "ok" for value in results.values())
    return JsonResponse(
        {"status": "ok" if healthy else "unavailable", "checks": results},
        status=200 if healthy else 503,
    )


@login_not_required
@require_GET
def branding_css(request):
    """The council's colour as a CSS custom property: no inline style for a CSP to allow."""
    colour = branding_for(request=request).brand_colour
    response = HttpResponse(f":root {{ --brand: {colour}; }}\n", content_type="text/css")
    # The address carries the colour (?v=), so a changed colour is a new address.
    patch_cache_control(response, public=True, max_age=60 * 60 * 24)
    patch_vary_headers(response, ["Host"])
    return response


def council_site_url(council, request=None):
    """Where a council's people sign in: its site's public address (on this request's port)."""
    if council is None:
        return None
    return public_base_url(council.site, request)


def wrong_council(request):
    """The page a signed-in person of another council (or of none) gets instead of content."""
    own = council_of(request.user)
    context = {
        "council": request.council,
        "own_council": own,
        "own_url": council_site_url(own, request),
    }
    return TemplateResponse(request, "registration/wrong_council.html", context, status=403)
