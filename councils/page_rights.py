"""A council's page rights, and its approval workflow, reach its home page in every language."""

from django.db.models.signals import post_save
from wagtail.models import GroupPagePermission, Page, WorkflowPage


def share_rights_with_translated_home(sender, instance, created, raw=False, **kwargs):
    """A translated home page gets the rights and the workflow the council's home page has.

    Groups are given rights on their council's home page; wagtail-localize
    makes the Bengali and Somali home pages as its siblings, outside that tree,
    where the root's workflow ("Moderators approval") would otherwise apply.
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
    share_workflow_with_translations(council.site.root_page)


def share_workflow_with_translations(home):
    """Give each translation of ``home`` the workflow ``home`` has (if it has none of its own)."""
    workflow_page = WorkflowPage.objects.filter(page=home).first()
    if workflow_page is None:
        return
    for translated in home.get_translations():
        WorkflowPage.objects.get_or_create(
            page=translated, defaults={"workflow": workflow_page.workflow}
        )


def connect():
    post_save.connect(share_rights_with_translated_home, dispatch_uid="share-translated-rights")
