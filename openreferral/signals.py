"""Keep the feed's cache and its list of withdrawn records in step with the content."""

from django.db.models.signals import m2m_changed, post_delete, post_save
from django.utils import timezone
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move

from councils.tenancy import council_scope
from openreferral import cache

WATCHED = [
    "resources.Organisation",
    "resources.Contact",
    "resources.Category",
    "resources.Language",
    "resources.ServiceArea",
    "resources.DeliveryMode",
    "councils.Council",
]


def bump(**kwargs):
    cache.bump()


def note_page(page):
    """Record an intervention that has left its council's feed (or clear it on return)."""
    from councils.models import Council
    from openreferral.feed import Feed
    from openreferral.models import FeedRemoval
    from resources.models import InterventionPage

    page = page.specific_deferred if type(page) is Page else page
    if not isinstance(page, InterventionPage) or page.first_published_at is None:
        return
    council = Council.for_page(page)
    if council is None:
        return
    with council_scope(council):
        in_feed = Feed(council, "").interventions().filter(pk=page.pk).exists()
        note(council, FeedRemoval.Kind.SERVICE, page.translation_key, in_feed)


def note(council, kind, record, in_feed):
    """Keep track of what the feed publishes; a record that leaves it is a removal, once."""
    from openreferral.models import FeedPublication, FeedRemoval

    where = {"council": council, "kind": kind, "record": record}
    if in_feed:
        FeedRemoval.all_councils.filter(**where).delete()
        FeedPublication.all_councils.get_or_create(
            **where, defaults={"published_at": timezone.now()}
        )
        return
    # Only what was published can be withdrawn: a record never in the feed leaves no trace.
    if FeedPublication.all_councils.filter(**where).delete()[0]:
        FeedRemoval.all_councils.update_or_create(**where, defaults={"removed_at": timezone.now()})


def note_organisation(organisation, deleted=False):
    from councils.models import Council

    if organisation.first_published_at is None:
        return
    councils = {organisation.council_id}
    if not deleted:
        councils |= {council.pk for council in organisation.also_listed_by.all()}
    for council in Council.objects.filter(pk__in=councils).select_related("site__root_page"):
        with council_scope(council):
            note_organisation_in(council, organisation, deleted)


def note_organisation_in(council, organisation, deleted):
    from openreferral.feed import Feed
    from openreferral.models import FeedRemoval

    feed = Feed(council, "")
    listed = not deleted and feed.organisations().filter(pk=organisation.pk).exists()
    with_service = listed and feed.organisation_services().filter(pk=organisation.pk).exists()
    note(council, FeedRemoval.Kind.ORGANIZATION, organisation.uuid, listed)
    note(
        council,
        FeedRemoval.Kind.SERVICE,
        feed.organisation_service_id(organisation),
        with_service,
    )


def page_changed(sender, instance, **kwargs):
    cache.bump()
    note_page(instance)


def page_deleted(sender, instance, **kwargs):
    from councils.models import Council
    from openreferral.models import FeedRemoval
    from resources.models import InterventionPage

    if not isinstance(instance, Page):
        return
    cache.bump()
    if isinstance(instance, InterventionPage) and instance.first_published_at:
        council = Council.for_page(instance)
        if council is not None:
            with council_scope(council):
                note(council, FeedRemoval.Kind.SERVICE, instance.translation_key, False)


def restriction_changed(sender, instance, **kwargs):
    from resources.models import InterventionPage

    cache.bump()
    for page in InterventionPage.objects.descendant_of(instance.page, inclusive=True):
        note_page(page)


def organisation_saved(sender, instance, **kwargs):
    cache.bump()
    note_organisation(instance)


def organisation_deleted(sender, instance, **kwargs):
    cache.bump()
    note_organisation(instance, deleted=True)


def connect():
    from django.apps import apps

    for label in WATCHED:
        model = apps.get_model(label)
        post_save.connect(bump, sender=model, dispatch_uid=f"openreferral-save-{label}")
        post_delete.connect(bump, sender=model, dispatch_uid=f"openreferral-delete-{label}")
    organisation = apps.get_model("resources.Organisation")
    post_save.connect(organisation_saved, sender=organisation, dispatch_uid="openreferral-org")
    post_delete.connect(
        organisation_deleted, sender=organisation, dispatch_uid="openreferral-org-delete"
    )
    m2m_changed.connect(
        bump,
        sender=organisation.also_listed_by.through,
        dispatch_uid="openreferral-also-listed",
    )
    page_published.connect(page_changed, dispatch_uid="openreferral-published")
    page_unpublished.connect(page_changed, dispatch_uid="openreferral-unpublished")
    post_page_move.connect(
        lambda sender, instance, **kw: page_changed(sender, instance),
        weak=False,
        dispatch_uid="openreferral-moved",
    )
    post_delete.connect(page_deleted, dispatch_uid="openreferral-page-deleted")
    post_save.connect(
        restriction_changed, sender=PageViewRestriction, dispatch_uid="openreferral-restricted"
    )
    post_delete.connect(
        restriction_changed, sender=PageViewRestriction, dispatch_uid="openreferral-unrestricted"
    )
