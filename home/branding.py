"""Each council's look and public address, read from its site's settings in one place.

Templates, emails, links, QR codes and posters all ask this module, so that
a council never shows another council's name and every address a family is
given is the same one.
"""

import re
from contextvars import ContextVar
from dataclasses import dataclass
from urllib.parse import urlsplit

from django.conf import settings
from django.http.request import split_domain_port
from django.utils.translation import gettext_lazy as _
from wagtail.models import Site

# The project's own colour (static/css/site.css), never another council's.
DEFAULT_COLOUR = "#1d3557"
COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")


@dataclass(frozen=True)
class Branding:
    council_name: str
    framework_name: str
    logo: object
    brand_colour: str
    site: object


def _site(site=None, request=None):
    if site is not None:
        return site
    if request is not None:
        return Site.find_for_request(request)
    return Site.objects.filter(is_default_site=True).first()


def _settings(site, request=None):
    from home.models import SiteBranding

    if site is None or site.pk is None:
        return SiteBranding()
    if request is not None and getattr(request, "_wagtail_site", None) == site:
        return SiteBranding.for_request(request)
    return SiteBranding.for_site(site)


def branding_for(site=None, request=None):
    """The council's name, framework name, logo and colour, with neutral defaults.

    A council without settings is named after its own council record or site,
    never after the default site's council.
    """
    site = _site(site, request)
    values = _settings(site, request)
    council = getattr(site, "council", None) if site is not None else None
    own_name = getattr(council, "name", "") or getattr(site, "site_name", "") or ""
    return Branding(
        council_name=values.council_name or own_name,
        framework_name=values.framework_name
        or getattr(site, "site_name", "")
        or str(_("Children's services")),
        logo=values.logo,
        brand_colour=values.brand_colour.lower()
        if COLOUR.match(values.brand_colour or "")
        else DEFAULT_COLOUR,
        site=site,
    )


def _request_site(request):
    try:
        return Site.find_for_request(request)
    except Exception:  # noqa: BLE001 - a request without a usable host has no site
        return None


def public_base_url(site=None, request=None):
    """The one address families and staff reach a council's site at, without a trailing slash.

    In order: the council's own ``public_base_url``; the address this request
    came in on, when it is for the same site (the demo on any port); the
    ``BASE_URL`` setting for the default site; the site's hostname and port.
    """
    site = _site(site, request)
    configured = _settings(site, request).public_base_url
    if configured:
        return configured.rstrip("/")
    if request is not None:
        if site is None or _request_site(request) == site:
            return f"{request.scheme}://{request.get_host()}"
        # Another council's site on this install: served where this request was, on its host.
        return f"{request.scheme}://{site.hostname}{_port_of(request)}"
    if site is None or site.is_default_site:
        return settings.BASE_URL
    base = urlsplit(settings.BASE_URL)
    port = site.port if site.port not in (80, 443) else base.port
    return f"{base.scheme}://{site.hostname}{f':{port}' if port else ''}"


def _port_of(request):
    """The port the person asked for (the Host header's), as a suffix; none for the default."""
    _domain, port = split_domain_port(request.get_host())
    return f":{port}" if port and port != {"http": "80", "https": "443"}[request.scheme] else ""


# The request being served, for links built where no request is passed (Wagtail's emails).
_serving = ContextVar("serving_request", default=None)


def serving_request():
    return _serving.get()


class ServingRequestMiddleware:
    """Remembers the request being served, so that links built deep inside use its address."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = _serving.set(request)
        try:
            return self.get_response(request)
        finally:
            _serving.reset(token)


def public_url(path, site=None, request=None):
    """An absolute address on the council's public address; ``path`` starts with '/'."""
    return public_base_url(site, request) + path


def public_page_url(page, request=None):
    """A page's address on its own council's public address (the port is kept)."""
    site_id, _root, path = page.get_url_parts(request=request) or (None, None, None)
    if path is None:
        return None
    site = Site.objects.filter(pk=site_id).first() if site_id else None
    return public_url(path, site=site, request=request)
