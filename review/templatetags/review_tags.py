from django import template

from review.models import FamilyYouSaidWeDidPage

register = template.Library()


@register.simple_tag
def you_said_we_did_for(form_page):
    """The latest published "You Said, We Did" for a feedback form, in the form's language."""
    if form_page is None or not getattr(form_page, "translation_key", None):
        return None
    return (
        FamilyYouSaidWeDidPage.objects.live()
        .filter(form_key=form_page.translation_key, locale_id=form_page.locale_id)
        .order_by("-cycle__starts_on", "-pk")
        .first()
    )
