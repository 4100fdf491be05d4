import re
from dataclasses import dataclass
from urllib.parse import urlencode

from django import template
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.utils.safestring import mark_safe
from django.utils.translation import get_language_info

from home import page_cache

register = template.Library()
CAN_EDIT_SECONDS = 300
# Link parameters a family keeps when switching language: the team's source tag.
KEPT_PARAMETERS = {"src": re.compile(r"^[a-z0-9][a-z0-9-]{0,48}$")}


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


def _can_edit_key(user_pk):
    return f"staff:can-edit-site:{user_pk}"


@register.simple_tag(takes_context=True)
def can_edit_site(context):
    """Whether to offer the "Edit the site" link; the admin checks permission itself.

    Remembered for a few minutes, so that staff pages do not load every
    permission the user has on each request; a change to the user's groups
    forgets it at once.
    """
    request = context.get("request")
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return False
    known = getattr(request, "_can_edit_site", None)  # the page asks more than once
    if known is not None:
        return known
    key = _can_edit_key(user.pk)
    allowed = cache.get(key)
    if allowed is None:
        allowed = user.is_staff or user.has_perm("wagtailadmin.access_admin")
        cache.set(key, allowed, CAN_EDIT_SECONDS)
    request._can_edit_site = allowed
    return allowed


def forget_can_edit(sender, instance, action, pk_set=None, **kwargs):
    """Group membership changed, from the user's side or the group's (m2m_changed)."""
    if action not in ("post_add", "post_remove", "pre_clear"):
        return
    if isinstance(instance, get_user_model()):
        users = [instance.pk]
    else:
        users = pk_set if pk_set is not None else instance.user_set.values_list("pk", flat=True)
    cache.delete_many([_can_edit_key(pk) for pk in users])


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
