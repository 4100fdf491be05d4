"""Wagtail's admin template tags, with links built on the council's own address.

Loaded in place of ``wagtailadmin_tags`` (``TEMPLATES`` ``libraries`` in the
settings): every tag and filter is Wagtail's own except ``base_url_setting``,
which Wagtail's notification emails use for every link. Wagtail reads one
``WAGTAILADMIN_BASE_URL`` for the whole install, so an email about a Newham
page served on port 8104 linked to ``127.0.0.1:8000``; here the link is the
object's council's public address, on the address of the request that sent it.
"""

from django import template
from wagtail.admin.templatetags import wagtailadmin_tags
from wagtail.admin.utils import get_admin_base_url

from home.branding import public_base_url, public_page_url, serving_request

register = template.Library()
register.tags.update(wagtailadmin_tags.register.tags)
register.filters.update(wagtailadmin_tags.register.filters)


def _site_of(instance):
    if instance is None:
        return None
    get_site = getattr(instance, "get_site", None)
    if callable(get_site):
        return get_site()
    council = getattr(instance, "council", None)
    return getattr(council, "site", None)


@register.simple_tag(takes_context=True)
def base_url_setting(context, default=None):
    request = context.get("request") or serving_request()
    site = _site_of(context.get("page") or context.get("object"))
    if site is not None or request is not None:
        return public_base_url(site, request)
    return get_admin_base_url() or default


@register.simple_tag(takes_context=True)
def live_page_url(context, page):
    """A page's live address for the admin's "Live" link, with the port it is served on."""
    return public_page_url(page, request=context.get("request") or serving_request())
