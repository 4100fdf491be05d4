"""The staff menu: the sections of a council's site that editors mark "Show in menus".

Every staff page shows it, so it is worked out once per site and kept in the
cache until a section (a child of a site's root) is published, unpublished
or deleted, any page is moved, a page's privacy changes, or a site is saved:
publishing a page deeper down keeps it.
"""

from dataclasses import dataclass

from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

# A bound on staleness where the cache is per process (no Redis): the menu rarely changes.
MENU_SECONDS = 300


@dataclass(frozen=True)
class MenuItem:
    title: str
    url: str


def _key(site_pk):
    return f"navigation:menu:{site_pk}"


def menu(site, request=None):
    key = _key(site.pk)
    items = cache.get(key)
    if items is None:
        sections = site.root_page.get_children().live().in_menu().public().order_by("path")
        items = [MenuItem(page.title, page.get_url(request=request)) for page in sections]
        cache.set(key, items, MENU_SECONDS)
    return items


# Site roots stand at depth 2, so the menu's sections at 3; a change deeper never shows in it.
MENU_DEPTH = 3


def forget(**kwargs):
    cache.delete_many([_key(pk) for pk in Site.objects.values_list("pk", flat=True)])


def _section_changed(sender, instance=None, **kwargs):
    if instance is None or not instance.depth or instance.depth <= MENU_DEPTH:
        forget()


def _page_saved(sender, instance, raw=False, update_fields=None, **kwargs):
    # As search.signals.page_saved: a live page saved directly (an import, a
    # script); saving a draft names its update_fields and changes no title.
    if raw or update_fields is not None or not isinstance(instance, Page) or not instance.live:
        return
    _section_changed(sender, instance)


def connect():
    for signal, uid in [
        (page_published, "published"),
        (page_unpublished, "unpublished"),
    ]:
        signal.connect(_section_changed, dispatch_uid=f"navigation-{uid}")
    post_page_move.connect(forget, dispatch_uid="navigation-moved")
    post_save.connect(_page_saved, dispatch_uid="navigation-page-saved")
    post_delete.connect(_section_changed, sender=Page, dispatch_uid="navigation-page-deleted")
    post_save.connect(forget, sender=Site, dispatch_uid="navigation-site-saved")
    post_delete.connect(forget, sender=Site, dispatch_uid="navigation-site-deleted")
    post_save.connect(forget, sender=PageViewRestriction, dispatch_uid="navigation-privacy")
    post_delete.connect(forget, sender=PageViewRestriction, dispatch_uid="navigation-privacy-d")
