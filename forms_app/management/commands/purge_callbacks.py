import logging

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone

from forms_app.models import CallbackRequest, OrganisationUpdate

logger = logging.getLogger("forms_app.retention")


class Command(BaseCommand):
    help = (
        "Delete call-back contact details (and the notes about each call) older than "
        "CALLBACK_RETENTION_DAYS, and the notes and submitter of organisation updates older "
        "than ORGANISATION_UPDATE_RETENTION_DAYS. Safe to run on a schedule: it only ever "
        "deletes what has expired, and logs counts, never the details themselves."
    )

    def handle(self, *args, **options):
        with transaction.atomic():
            # One by one, so that the review's notes about each call are deleted with it.
            deleted, _by_model = CallbackRequest.expired().delete()
        remaining = CallbackRequest.objects.count()
        self._report(
            f"Deleted {deleted} call-back request(s) older than "
            f"{settings.CALLBACK_RETENTION_DAYS} days; {remaining} kept."
        )
        cutoff = timezone.now() - timezone.timedelta(
            days=settings.ORGANISATION_UPDATE_RETENTION_DAYS
        )
        with transaction.atomic():
            cleared = (
                OrganisationUpdate.objects.filter(submit_time__lte=cutoff)
                .exclude(note="", submitted_by=None)
                .update(note="", submitted_by=None)
            )
        self._report(
            f"Cleared the note and submitter of {cleared} organisation update(s) older than "
            f"{settings.ORGANISATION_UPDATE_RETENTION_DAYS} days."
        )

    def _report(self, message):
        logger.info(message)
        self.stdout.write(message)
