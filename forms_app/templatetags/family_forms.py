from dataclasses import dataclass

from django import template

register = template.Library()


@dataclass
class EmbeddedForm:
    page: object
    form: object


@register.simple_tag
def embedded_family_form(form_page):
    """The chosen form in the current language when translated, with a fresh form if open."""
    if form_page is None:
        return None
    page = form_page.localized.specific
    if not page.live:
        return None
    return EmbeddedForm(page, page.get_form() if page.is_open() else None)
