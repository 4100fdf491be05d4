import json

from django.core.exceptions import PermissionDenied
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
    before, previous = _content(source), source.last_updated_at
    # A new source is taken from ``instance`` as held in memory, which may be
    # older than the stored page; the stored page is what gets translated.
    source.update_from_db()
    if not created and _content(source) == before:
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


def is_complete(translation):
    """Whether every string of the source has a translation (without errors) in the target."""
    total, translated = translation.get_progress()
    return translated >= total


def translation_of(instance):
    """The enabled wagtail-localize translation ``instance`` is the target of, or None."""
    if getattr(instance, "translation_key", None) is None:
        return None
    return (
        Translation.objects.filter(
            source__object_id=instance.translation_key,
            target_locale_id=instance.locale_id,
            enabled=True,
        )
        .exclude(source__locale_id=instance.locale_id)
        .select_related("source", "target_locale")
        .first()
    )


def _draft_is_current(translation, target):
    """Whether an unpublished translation already holds the source and every translated string."""
    saved = getattr(target, "latest_revision_created_at", None)
    if saved is None or translation.source.last_updated_at > saved:
        return False
    return not StringTranslation.objects.filter(
        context__object_id=translation.source.object_id,
        locale=translation.target_locale,
        updated_at__gt=saved,
    ).exists()


@transaction.atomic
def translate(instance, languages, *, user=None, publish=True, only_when_complete=None):
    """Create or refresh wagtail-localize translations of ``instance`` and publish them now.

    wagtail-localize publishes a translation in an on-commit callback that
    saves a copy of the page read before its children were translated,
    resetting the tree's child count; publishing here, in order, avoids that.
    A translation that is already current is left alone, so running this
    again adds no revisions. Returns the translated instances by language code.

    A page whose type sets ``publish_only_when_translated`` is published in a
    language only when its translation is finished; until then it is saved as a draft and
    taken down if it was live, so that a family never meets English under a
    Bengali or Somali address (``BasePage.route`` sends them to the English).
    """
    if only_when_complete is None:
        only_when_complete = getattr(instance, "publish_only_when_translated", False)
    source = refresh_source(instance)
    translated = {}
    for locale in Locale.objects.filter(language_code__in=languages).exclude(pk=instance.locale_id):
        translation, _created = Translation.objects.update_or_create(
            source=source, target_locale=locale, defaults={"enabled": True}
        )
        target = instance.get_translation_or_none(locale)
        held = only_when_complete and not is_complete(translation)
        if target is not None and not held and _is_current(translation, target):
            translated[locale.language_code] = target
            continue
        if (
            held
            and target is not None
            and not target.live
            and _draft_is_current(translation, target)
        ):
            translated[locale.language_code] = target
            continue
        translation.save_target(user=user, publish=False)
        target = translation.get_target_instance()
        if held:
            if getattr(target, "live", False):
                target.unpublish(user=user)
                target.refresh_from_db()
        elif publish and isinstance(target, DraftStateMixin):
            target.get_latest_revision().publish(user=user)
            target.refresh_from_db()
        translated[locale.language_code] = target
    return translated


def translation_status(pages, languages):
    """Per family page and language: strings missing, and whether the published copy is stale.

    ``pages`` are pages in the source language. Each row is a dict with the
    page, the language code, the target page (or None), ``missing`` (strings
    with no translation), ``unpublished`` (strings translated since the
    target was last published), ``out_of_date`` (the source changed since) and
    ``stale``: a translation published once whose source has changed since, live
    or taken down until its new strings are translated.
    """
    rows = []
    locales = {locale.language_code: locale for locale in Locale.objects.all()}
    for page in pages:
        source = TranslationSource.objects.get_for_instance_or_none(page)
        for code in languages:
            locale = locales.get(code)
            if locale is None or locale.pk == page.locale_id:
                continue
            translation = (
                Translation.objects.filter(source=source, target_locale=locale).first()
                if source is not None
                else None
            )
            target = page.get_translation_or_none(locale)
            total, done = translation.get_progress() if translation else (0, 0)
            published = getattr(target, "last_published_at", None) if target else None
            live = bool(target and target.live)
            rows.append(
                {
                    "page": page,
                    "language": code,
                    "target": target,
                    "live": live,
                    "missing": total - done if translation else None,
                    "unpublished": StringTranslation.objects.filter(
                        context__object_id=source.object_id,
                        locale=locale,
                        updated_at__gt=published,
                    ).count()
                    if source is not None and published is not None
                    else 0,
                    "out_of_date": bool(
                        live and source is not None and source.last_updated_at > published
                    ),
                    "stale": bool(
                        published is not None
                        and source is not None
                        and (
                            source.last_updated_at > published
                            or (translation is not None and total > done)
                        )
                    ),
                }
            )
    return rows


def may_publish(user, instance):
    """Whether ``user`` may publish ``instance`` by Wagtail's own rules."""
    from wagtail.models import Page
    from wagtail.snippets.permissions import get_permission_name

    if isinstance(instance, Page):
        return instance.permissions_for_user(user).can_publish()
    if isinstance(instance, DraftStateMixin):
        return user.has_perm(get_permission_name("publish", type(instance)))
    return True


def submit_for_approval(target, source, user):
    """Start the source's approval workflow on a translation saved as a draft.

    The source's workflow approves the translation: a translated tree's home
    page is a sibling of the council's, under the tree's root, whose workflow
    (Wagtail's "Moderators approval") no council's Learning Academy sees.
    """
    if not hasattr(target, "get_workflow") or target.workflow_in_progress:
        return None
    workflow = source.get_workflow() or target.get_workflow()
    if workflow is None:
        return None
    return workflow.start(target, user)


def guard_translation_publishing():
    """Publishing a translation follows the rules for publishing its source.

    wagtail-localize publishes translations from its editor, its "update
    translations" form and when a live page is first translated, all through
    ``Translation.save_target``, and publishes the revision without a user, so
    Wagtail's own publish permission check never runs. Here, one who may not
    publish the source saves a draft instead, and the draft goes to the
    source's approval workflow. The source decides, not the translation: a
    council's page permissions are granted on its own tree, not on the
    translated trees.
    """
    if getattr(Translation.save_target, "guarded", False):
        return
    save_target = Translation.save_target

    def guarded_save_target(self, user=None, publish=True):
        if not (publish and user is not None):
            return save_target(self, user=user, publish=publish)
        source = self.source.get_source_instance()
        if may_publish(user, source):
            return save_target(self, user=user, publish=True)
        if not isinstance(source, DraftStateMixin):
            raise PermissionDenied
        save_target(self, user=user, publish=False)
        submit_for_approval(self.get_target_instance(), source, user)
        return None

    guarded_save_target.guarded = True
    Translation.save_target = guarded_save_target


def tolerate_empty_text_blocks():
    """An optional text block left empty has nothing to translate.

    wagtail-localize's extractor raises ``TypeError`` on a ``CharBlock`` or
    ``TextBlock`` whose value is ``None`` (a StructBlock child that was never
    filled keeps its default, ``None``), so sending such a page for
    translation answered with a server error.
    """
    from wagtail import blocks
    from wagtail_localize.segments.extract import StreamFieldSegmentExtractor

    if getattr(StreamFieldSegmentExtractor.handle_block, "tolerant", False):
        return
    handle_block = StreamFieldSegmentExtractor.handle_block
    text_blocks = (blocks.CharBlock, blocks.TextBlock, blocks.BlockQuoteBlock)

    def tolerant_handle_block(self, block_type, block_value, raw_value=None):
        if block_value is None and isinstance(block_type, text_blocks):
            return []
        return handle_block(self, block_type, block_value, raw_value=raw_value)

    tolerant_handle_block.tolerant = True
    StreamFieldSegmentExtractor.handle_block = tolerant_handle_block


def credit_the_translator(sender, source_obj, target_obj, **kwargs):
    """A page copied for translation is created by the person who asked for it.

    Wagtail copies the source page with its owner and logs the copy's creation
    in the owner's name, so the history credited someone who did nothing.
    """
    from wagtail.log_actions import get_active_log_context
    from wagtail.models import PageLogEntry

    user = get_active_log_context().user
    if user is None or not getattr(user, "pk", None):
        return
    PageLogEntry.objects.filter(page_id=target_obj.pk, action="wagtail.create").update(user=user)


def connect():
    from wagtail.signals import copy_for_translation_done

    guard_translation_publishing()
    tolerate_empty_text_blocks()
    copy_for_translation_done.connect(credit_the_translator, dispatch_uid="credit-translator")
