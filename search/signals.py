"""Keep search entries in step with the content they describe.

Pages join search when published (or saved while live) and leave when
unpublished or deleted.
Directory models and documents are indexed when saved; their many-to-many
tags are saved after the row itself, so each change is indexed again once
the transaction commits. A page or collection privacy setting that is added,
changed or removed updates who may find every page or document under it at
once, without a rebuild.
"""

import logging

from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from wagtail.models import CollectionViewRestriction, Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from councils.tenancy import across_councils
from home.search_declaration import COLLECTION_PRIVACY
from search import indexing, registry

logger = logging.getLogger(__name__)


def _safely(action, obj):
    try:
        # Across councils, whoever saved: a record has an entry for each council that
        # lists it, each written with its council, whichever council's request, command
        # or task (or none) saved the record.
        with across_councils():
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

    synonyms_changed(instance.council_id)
    indexing.vocabulary_changed()


def _pages_under(page_id):
    page = Page.objects.filter(pk=page_id).first()
    if page is None:
        return
    for descendant in page.get_descendants(inclusive=True).live().specific().iterator():
        _safely(indexing.update, descendant)


def _documents_under(collection_id):
    from wagtail.models import Collection

    collection = Collection.objects.filter(pk=collection_id).first()
    if collection is None:
        return
    collections = collection.get_descendants(inclusive=True)
    for model in registry.snippet_models():
        if model.staff_search.access == COLLECTION_PRIVACY:
            documents = model._base_manager.filter(collection__in=collections)
            for document in documents.iterator():
                _safely(indexing.update, document)


def page_privacy_changed(sender, instance, raw=False, **kwargs):
    if raw:
        return
    # The groups of a restriction are saved after it: look again once it is all stored.
    page_id = instance.page_id
    _pages_under(page_id)
    transaction.on_commit(lambda: _pages_under(page_id), robust=True)


def _restrictions_of_groups_change(model, instance, action, reverse, pk_set):
    """The restrictions whose groups changed, from either side of the relation."""
    if not action.startswith("post_"):
        return []
    if not reverse:
        return [instance]
    # A group's restrictions changed (group.pageviewrestriction_set.add(...)).
    return list(model.objects.filter(pk__in=pk_set or ()))


def page_privacy_groups_changed(sender, instance, action, reverse=False, pk_set=None, **kwargs):
    for restriction in _restrictions_of_groups_change(
        PageViewRestriction, instance, action, reverse, pk_set
    ):
        page_privacy_changed(sender, restriction)


def collection_privacy_changed(sender, instance, raw=False, **kwargs):
    if raw:
        return
    collection_id = instance.collection_id
    _documents_under(collection_id)
    transaction.on_commit(lambda: _documents_under(collection_id), robust=True)


def collection_privacy_groups_changed(
    sender, instance, action, reverse=False, pk_set=None, **kwargs
):
    for restriction in _restrictions_of_groups_change(
        CollectionViewRestriction, instance, action, reverse, pk_set
    ):
        collection_privacy_changed(sender, restriction)


def promotions_changed(sender, instance, **kwargs):
    indexing.vocabulary_changed()


def connect():
    from wagtail.contrib.search_promotions.models import SearchPromotion

    from councils.models import Council
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
    for restriction, changed, groups_changed in (
        (PageViewRestriction, page_privacy_changed, page_privacy_groups_changed),
        (CollectionViewRestriction, collection_privacy_changed, collection_privacy_groups_changed),
    ):
        name = restriction.__name__
        post_save.connect(changed, sender=restriction, dispatch_uid=f"search-{name}-saved")
        post_delete.connect(changed, sender=restriction, dispatch_uid=f"search-{name}-deleted")
        m2m_changed.connect(
            groups_changed,
            sender=restriction.groups.through,
            dispatch_uid=f"search-{name}-groups",
        )
