import logging

from django.contrib.auth.decorators import login_not_required
from django.core.cache import cache
from django.core.files.storage import default_storage
from django.db import connection
from django.http import JsonResponse
from django.template.response import TemplateResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from home.models import SiteBranding
from home.tenancy import council_of

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


def council_site_url(council):
    """Where a council's people sign in: its site's public address."""
    if council is None:
        return None
    branding = SiteBranding.for_site(council.site)
    return branding.public_base_url or council.site.root_url


def wrong_council(request):
    """The page a signed-in person of another council (or of none) gets instead of content."""
    own = council_of(request.user)
    context = {
        "council": request.council,
        "own_council": own,
        "own_url": council_site_url(own),
    }
    return TemplateResponse(request, "registration/wrong_council.html", context, status=403)
