"""A council's page rights reach its home page in every language."""

from django.db.models.signals import post_save
from wagtail.models import GroupPagePermission, Page


def share_rights_with_translated_home(sender, instance, created, raw=False, **kwargs):
    """A translated home page gets the rights its council's groups have on the source.

    Groups are given rights on their council's home page; wagtail-localize
    makes the Bengali and Somali home pages as its siblings, outside that tree.
    """
    from councils.models import Council

    if raw or not created or not isinstance(instance, Page) or instance.depth != 2:
        return
    council = Council.objects.filter(site__root_page__translation_key=instance.translation_key)
    council = council.select_related("site__root_page").first()
    if council is None or council.site.root_page_id == instance.pk:
        return
    for right in GroupPagePermission.objects.filter(page=council.site.root_page):
        GroupPagePermission.objects.get_or_create(
            group=right.group, page=instance, permission=right.permission
        )


def connect():
    post_save.connect(share_rights_with_translated_home, dispatch_uid="share-translated-rights")
