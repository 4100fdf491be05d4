import re
from dataclasses import dataclass
from urllib.parse import urlencode

from django import template
from django.conf import settings
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe
from django.utils.translation import get_language_info, gettext

from home import page_cache

register = template.Library()
CAN_EDIT_SECONDS = 300
# Link parameters a family keeps when switching language: the team's source tag.
KEPT_PARAMETERS = {"src": re.compile(r"^[a-z0-9][a-z0-9-]{0,48}$")}


PREVIOUS_ICON = mark_safe(  # noqa: S308 - a fixed icon
    '<svg class="govuk-pagination__icon govuk-pagination__icon--prev" '
    'xmlns="http://www.w3.org/2000/svg" height="13" width="15" aria-hidden="true" '
    'focusable="false" viewBox="0 0 15 13"><path d="m6.5938-0.0078125-6.7266 6.7266 6.7441 '
    '6.4062 1.377-1.449-4.1856-3.9768h12.896v-2h-12.984l4.2931-4.293-1.414-1.414z"></path></svg>'
)
NEXT_ICON = mark_safe(  # noqa: S308 - a fixed icon
    '<svg class="govuk-pagination__icon govuk-pagination__icon--next" '
    'xmlns="http://www.w3.org/2000/svg" height="13" width="15" aria-hidden="true" '
    'focusable="false" viewBox="0 0 15 13"><path d="m8.107-0.0078125-1.4136 1.414 4.2926 '
    '4.293h-12.986v2h12.896l-4.1855 3.9766 1.377 1.4492 6.7441-6.4062-6.7246-6.7266z"></path></svg>'
)


@register.simple_tag
def pagination_links(pagination):
    """GOV.UK Frontend's pagination component for ``home.pagination.paginate``'s links.

    Written in Python: through the template engine, a label translated for
    each page link made it a tenth of a search page's render.
    """
    if not pagination or not pagination.items:
        return ""
    page_label = gettext("Page %(number)s")
    items = format_html_join(
        "\n",
        "{}",
        (
            (
                mark_safe(  # noqa: S308 - a fixed entity
                    '<li class="govuk-pagination__item govuk-pagination__item--ellipses">'
                    "&ctdot;</li>"
                )
                if item.get("ellipsis")
                else format_html(
                    '<li class="govuk-pagination__item{}"><a class="govuk-link '
                    'govuk-pagination__link" href="{}" aria-label="{}"{}>{}</a></li>',
                    " govuk-pagination__item--current" if item["current"] else "",
                    item["url"],
                    page_label % {"number": item["number"]},
                    mark_safe(' aria-current="page"') if item["current"] else "",
                    item["number"],
                ),
            )
            for item in pagination.items
        ),
    )
    previous = next_link = ""
    if pagination.previous:
        previous = format_html(
            '<div class="govuk-pagination__prev"><a class="govuk-link govuk-pagination__link" '
            'href="{}" rel="prev">{}<span class="govuk-pagination__link-title">{}</span></a></div>',
            pagination.previous,
            PREVIOUS_ICON,
            gettext("Previous"),
        )
    if pagination.next:
        next_link = format_html(
            '<div class="govuk-pagination__next"><a class="govuk-link govuk-pagination__link" '
            'href="{}" rel="next"><span class="govuk-pagination__link-title">{}</span>{}</a></div>',
            pagination.next,
            gettext("Next"),
            NEXT_ICON,
        )
    return format_html(
        '<nav class="govuk-pagination" aria-label="{}">\n{}\n'
        '<ul class="govuk-pagination__list">\n{}\n</ul>\n{}\n</nav>',
        gettext("Results pages"),
        previous,
        items,
        next_link,
    )


@dataclass(frozen=True)
class PageLanguage:
    code: str
    name: str
    url: str


@register.simple_tag(takes_context=True)
def page_languages(context, page):
    """Each live translation of a page, in settings order, named in its own language."""
    request = context.get("request")
    translations = {
        translation.locale.language_code: translation
        for translation in page.get_translations(inclusive=True).live().select_related("locale")
    }
    query = _kept_query(request)
    languages = []
    for code, _name in settings.LANGUAGES:
        translation = translations.get(code)
        if translation is not None:
            url = translation.get_url(request=request) + query
            languages.append(PageLanguage(code, get_language_info(code)["name_local"], url))
    return languages


@register.simple_tag(takes_context=True)
def awaiting_translation(context):
    """The family's language, when they were sent to the English of an unfinished page."""
    request = context.get("request")
    code = request.GET.get("untranslated", "") if request is not None else ""
    family = set(settings.FAMILY_LANGUAGES) - {settings.LANGUAGE_CODE}
    return code if code in family else ""


def _kept_query(request):
    """The source tag of the link (or of the form just sent), if well formed."""
    if request is None:
        return ""
    kept = {}
    for name, pattern in KEPT_PARAMETERS.items():
        value = request.GET.get(name) or (
            request.POST.get(name, "") if request.method == "POST" else ""
        )
        if value and pattern.match(value):
            kept[name] = value
    return f"?{urlencode(kept)}" if kept else ""


@register.simple_tag(takes_context=True)
def can_edit_site(context):
    """Whether to offer the "Edit the site" link; the admin checks permission itself.

    Remembered for a few minutes, so that staff pages do not load every
    permission the user has on each request, until any group, membership or
    permission changes (``page_cache.kept_site_wide``). Not asked of the cache
    when the answer is already known: staff status is on the user, and a page
    the page cache keys has given the user their groups' permissions
    (``page_cache._groups``).
    """
    request = context.get("request")
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return False
    known = getattr(request, "_can_edit_site", None)  # the page asks more than once
    if known is not None:
        return known
    if user.is_staff or hasattr(user, "_perm_cache"):
        request._can_edit_site = user.is_staff or user.has_perm("wagtailadmin.access_admin")
        return request._can_edit_site
    # A person's own flags are not groups: saving a person does not move the generation on.
    key = f"staff:can-edit-site:{user.pk}:{int(user.is_superuser)}"
    request._can_edit_site = page_cache.kept_site_wide(
        key, lambda: user.has_perm("wagtailadmin.access_admin"), CAN_EDIT_SECONDS
    )
    return request._can_edit_site


class CachedFragmentNode(template.Node):
    def __init__(self, nodelist, name, kind, vary):
        self.nodelist, self.name, self.kind, self.vary = nodelist, name, kind, vary

    def render(self, context):
        request = context.get("request")
        if request is None:
            return self.nodelist.render(context)
        name, kind = self.name.resolve(context), self.kind.resolve(context)
        vary = [value.resolve(context) for value in self.vary]
        html = page_cache.fragment(request, name, kind, vary, lambda: self.nodelist.render(context))
        return mark_safe(html)  # noqa: S308 - the template's own rendered output


@register.tag
def cached_fragment(parser, token):
    """``{% cached_fragment "name" "kind" vary... %}…{% endcached_fragment %}``.

    The enclosed HTML rendered once and kept through the page cache
    (``page_cache.fragment``): ``kind`` is ``navigation``, ``branding``,
    ``content`` or ``fixed``, and the ``vary`` values are everything else it
    shows (a page's id, a digest). Never wrap a CSRF token, a form's values
    or errors, or anything of one person's.
    """
    bits = token.split_contents()
    if len(bits) < 3:
        raise template.TemplateSyntaxError(f"{bits[0]} needs a name and a kind")
    nodelist = parser.parse(("endcached_fragment",))
    parser.delete_first_token()
    name, kind, *vary = (parser.compile_filter(bit) for bit in bits[1:])
    return CachedFragmentNode(nodelist, name, kind, vary)
