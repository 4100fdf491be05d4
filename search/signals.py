"""Keep search entries in step with the content they describe.

Pages join search when published (or saved while live) and leave when
unpublished or deleted.
Directory models and documents are indexed when saved; their many-to-many
tags are saved after the row itself, so each change is indexed again once
the transaction commits.
"""

import logging

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from wagtail.models import Page, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from search import indexing, registry

logger = logging.getLogger(__name__)


def _safely(action, obj):
    try:
        action(obj)
    except Exception:  # Search must never stop an editor saving their work.
        logger.exception("Could not update staff search for %s %s", type(obj).__name__, obj.pk)


def _update_now_and_on_commit(obj):
    _safely(indexing.update, obj)
    transaction.on_commit(lambda: _safely(indexing.update, obj), robust=True)


def page_changed(sender, instance, **kwargs):
    _update_now_and_on_commit(instance)


def page_saved(sender, instance, raw=False, update_fields=None, **kwargs):
    # Publishing is covered by page_published; this catches live pages saved
    # directly (imports, scripts). Saving a draft names its update_fields.
    if raw or update_fields is not None or not isinstance(instance, Page) or not instance.live:
        return
    _update_now_and_on_commit(instance)


def page_removed(sender, instance, **kwargs):
    _safely(indexing.remove, instance)


def page_moved(sender, instance, **kwargs):
    for page in instance.get_descendants(inclusive=True).live().specific().iterator():
        _safely(indexing.update, page)


def site_saved(sender, instance, raw=False, **kwargs):
    # A page published before its site existed had no address yet.
    if raw or instance.root_page_id is None:
        return
    Site.clear_site_root_paths_cache()
    pages = Page.objects.filter(pk=instance.root_page_id).first()
    if pages is not None:
        page_moved(Page, pages)


def object_saved(sender, instance, raw=False, **kwargs):
    if raw:
        return
    _update_now_and_on_commit(instance)


def object_deleted(sender, instance, **kwargs):
    if isinstance(instance, Page):
        # Deleting a page deletes its whole subtree; each row arrives here.
        _safely(indexing.remove, instance)
        return
    if registry.kind_for(type(instance)) is not None:
        _safely(indexing.remove, instance)


def synonyms_saved(sender, instance, **kwargs):
    from search.query import synonyms_changed

    synonyms_changed()
    indexing.vocabulary_changed()


def promotions_changed(sender, instance, **kwargs):
    indexing.vocabulary_changed()


def connect():
    from wagtail.contrib.search_promotions.models import SearchPromotion

    from home.models import Council
    from search.models import Synonym
    from search.seeding import seed_synonyms

    post_save.connect(promotions_changed, sender=SearchPromotion, dispatch_uid="search-promo")
    post_delete.connect(promotions_changed, sender=SearchPromotion, dispatch_uid="search-promo-d")
    page_published.connect(page_changed, dispatch_uid="search-page-published")
    page_unpublished.connect(page_removed, dispatch_uid="search-page-unpublished")
    post_page_move.connect(page_moved, dispatch_uid="search-page-moved")
    post_delete.connect(object_deleted, sender=Page, dispatch_uid="search-page-deleted")
    post_save.connect(site_saved, sender=Site, dispatch_uid="search-site-saved")
    post_save.connect(page_saved, dispatch_uid="search-page-saved")
    for model in registry.snippet_models():
        post_save.connect(object_saved, sender=model, dispatch_uid=f"search-saved-{model}")
        post_delete.connect(object_deleted, sender=model, dispatch_uid=f"search-deleted-{model}")
    post_save.connect(synonyms_saved, sender=Synonym, dispatch_uid="search-synonyms-saved")
    post_delete.connect(synonyms_saved, sender=Synonym, dispatch_uid="search-synonyms-deleted")
    post_save.connect(seed_synonyms, sender=Council, dispatch_uid="search-seed-synonyms")
