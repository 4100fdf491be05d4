"""Every address the URL resolver knows under /admin/, with its view, for permission matrices."""

from django.urls import URLPattern, URLResolver, get_resolver
from wagtail.admin.views.mixins import SpreadsheetExportMixin


def admin_patterns(patterns=None, prefix="", namespace=None):
    """(route, name, view) for every pattern, including packages' own."""
    for pattern in get_resolver().url_patterns if patterns is None else patterns:
        if isinstance(pattern, URLResolver):
            inner = namespace
            if pattern.namespace:
                inner = f"{namespace}:{pattern.namespace}" if namespace else pattern.namespace
            yield from admin_patterns(pattern.url_patterns, prefix + str(pattern.pattern), inner)
        elif isinstance(pattern, URLPattern):
            route = prefix + str(pattern.pattern)
            if not route.startswith("admin/"):
                continue
            name = f"{namespace}:{pattern.name}" if namespace and pattern.name else pattern.name
            yield route, name, pattern.callback


def export_urls():
    """Name → address of every listing or report that offers a spreadsheet and needs no id."""
    from django.urls import NoReverseMatch, reverse

    urls = {}
    for _route, name, view in admin_patterns():
        view_class = getattr(view, "view_class", None)
        if not (name and view_class and issubclass(view_class, SpreadsheetExportMixin)):
            continue
        kwargs = getattr(view, "view_initkwargs", {})
        if name.endswith("_results") or not kwargs.get("list_export", view_class.list_export):
            continue
        try:
            urls[name] = reverse(name)
        except NoReverseMatch:
            continue
    return urls
