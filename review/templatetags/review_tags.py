from dataclasses import dataclass

from django import template
from wagtail.models import Locale

from review.models import FamilyYouSaidWeDidPage

register = template.Library()


@dataclass(frozen=True)
class ReportLink:
    page: object
    # The family's language when only the English is published yet, else "".
    awaiting_translation: str = ""


@register.simple_tag
def you_said_we_did_for(form_page):
    """The latest published "You Said, We Did" of a form: in the form's language, or in English.

    A translation not yet finished is not published, so the family is linked
    to the English, told so in their own language.
    """
    if form_page is None or not getattr(form_page, "translation_key", None):
        return None
    latest = (
        FamilyYouSaidWeDidPage.objects.live()
        .filter(form_key=form_page.translation_key, locale=Locale.get_default())
        .order_by("-cycle__starts_on", "-pk")
        .first()
    )
    if latest is None:
        return None
    own = latest.get_translations(inclusive=True).live().filter(locale_id=form_page.locale_id)
    translated = own.first()
    if translated is not None:
        return ReportLink(translated.specific)
    return ReportLink(latest, form_page.locale.language_code)
