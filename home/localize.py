import json

from django.db import transaction
from wagtail.models import DraftStateMixin, Locale
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

# Tree and publishing bookkeeping that changes without anything to translate.
BOOKKEEPING = {
    "numchild",
    "path",
    "depth",
    "url_path",
    "latest_revision",
    "latest_revision_created_at",
    "live_revision",
    "last_published_at",
    "first_published_at",
    "has_unpublished_changes",
    "locked",
    "locked_at",
    "locked_by",
}


def _content(source):
    content = json.loads(source.content_json)
    return {key: value for key, value in content.items() if key not in BOOKKEEPING}


def refresh_source(instance):
    """The instance's translation source, brought up to date.

    Its ``last_updated_at`` moves only when translatable content changed, so
    it says reliably whether a translation published since then is current.
    """
    source, created = TranslationSource.get_or_create_from_instance(instance)
    if not created:
        before, previous = _content(source), source.last_updated_at
        source.update_from_db()
        if _content(source) == before:
            source.last_updated_at = previous
            source.save(update_fields=["last_updated_at"])
    return source


def _is_current(translation, target):
    """Whether the live translation already reflects its source and every translated string."""
    if isinstance(target, DraftStateMixin) and (not target.live or target.has_unpublished_changes):
        return False
    published = getattr(target, "last_published_at", None)
    if published is None or translation.source.last_updated_at > published:
        return False
    return not StringTranslation.objects.filter(
        context__object_id=translation.source.object_id,
        locale=translation.target_locale,
        updated_at__gt=published,
    ).exists()


@transaction.atomic
def translate(instance, languages, *, user=None, publish=True):
    """Create or refresh wagtail-localize translations of ``instance`` and publish them now.

    wagtail-localize publishes a translation in an on-commit callback that
    saves a copy of the page read before its children were translated,
    resetting the tree's child count; publishing here, in order, avoids that.
    A translation that is already current is left alone, so running this
    again adds no revisions. Returns the translated instances by language code.
    """
    source = refresh_source(instance)
    translated = {}
    for locale in Locale.objects.filter(language_code__in=languages).exclude(pk=instance.locale_id):
        translation, _created = Translation.objects.update_or_create(
            source=source, target_locale=locale, defaults={"enabled": True}
        )
        target = instance.get_translation_or_none(locale)
        if target is not None and _is_current(translation, target):
            translated[locale.language_code] = target
            continue
        translation.save_target(user=user, publish=False)
        target = translation.get_target_instance()
        if publish and isinstance(target, DraftStateMixin):
            target.get_latest_revision().publish(user=user)
            target.refresh_from_db()
        translated[locale.language_code] = target
    return translated
