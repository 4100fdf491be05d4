"""Reactions to other apps' events: a call-back request, a report published or
unpublished, an organisation published."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.log_actions import get_active_log_context
from wagtail.signals import published, unpublished

from councils.tenancy import in_council_of_record
from forms_app.models import CallbackRequest
from resources.models import Organisation
from review.models import CallbackStatus, CycleReport, Review


@receiver(post_save, sender=CallbackRequest)
@in_council_of_record
def put_new_callback_on_the_list(sender, instance, created, raw=False, **kwargs):
    """The call-back status is kept with the review so it outlives the contact details."""
    if created and not raw:
        review, new = Review.objects.get_or_create(
            submission_id=instance.submission_id,
            defaults={"callback_status": CallbackStatus.TO_CALL},
        )
        if not new and not review.callback_status:
            review.callback_status = CallbackStatus.TO_CALL
            review.save(update_fields=["callback_status", "updated_at"])


@receiver(post_delete, sender=CallbackRequest)
@in_council_of_record
def forget_notes_about_the_call(sender, instance, **kwargs):
    """Notes about a call can name the family; they go with the contact details."""
    Review.objects.filter(submission_id=instance.submission_id).exclude(callback_notes="").update(
        callback_notes=""
    )


@receiver(published, sender=CycleReport)
@in_council_of_record
def publish_report_pages(sender, instance, revision=None, **kwargs):
    from review.reports import publish_pages

    user = get_active_log_context().user or (revision.user if revision else None)
    publish_pages(instance, user=user)


@receiver(unpublished, sender=CycleReport)
@in_council_of_record
def unpublish_report_pages(sender, instance, **kwargs):
    from review.reports import unpublish_pages

    unpublish_pages(instance, user=get_active_log_context().user)


@receiver(published, sender=Organisation)
@in_council_of_record
def verify_published_organisation(sender, instance, revision=None, **kwargs):
    if revision is not None:
        from review.directory import mark_verified

        mark_verified(instance, revision)
