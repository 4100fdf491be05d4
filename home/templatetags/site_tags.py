from dataclasses import dataclass

from django import template
from django.conf import settings
from django.utils.translation import get_language_info

register = template.Library()


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
    languages = []
    for code, _name in settings.LANGUAGES:
        translation = translations.get(code)
        if translation is not None:
            url = translation.get_url(request=request)
            languages.append(PageLanguage(code, get_language_info(code)["name_local"], url))
    return languages
