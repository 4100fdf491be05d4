from django import template
from wagtail.models import Site

from resources import navigation

register = template.Library()


@register.simple_tag(takes_context=True)
def framework_menu(context):
    """The sections of the current council's site that editors mark "Show in menus"."""
    request = context.get("request")
    site = Site.find_for_request(request) if request is not None else None
    if site is None:
        return []
    return navigation.menu(site, request)
