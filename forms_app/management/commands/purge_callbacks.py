import logging

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone

from councils.tenancy import council_scope
from forms_app.models import CallbackRequest, OrganisationUpdate
from home.management.councils import add_council_argument, councils_named

logger = logging.getLogger("forms_app.retention")


class Command(BaseCommand):
    help = (
        "Delete call-back contact details (and the notes about each call) older than "
        "CALLBACK_RETENTION_DAYS, and the notes and submitter of organisation updates older "
        "than ORGANISATION_UPDATE_RETENTION_DAYS, for one council or (--council all) for "
        "each council in turn: the periods are the same for every council. Safe to run on a "
        "schedule: it only ever deletes what has expired, and logs counts, never the details."
    )

    def add_arguments(self, parser):
        add_council_argument(parser, every_council=True)

    def handle(self, *args, **options):
        for council in councils_named(options["council"], every_council=True):
            with council_scope(council):
                self.purge(council)

    def purge(self, council):
        with transaction.atomic():
            # One by one, so that the review's notes about each call are deleted with it.
            deleted, _by_model = CallbackRequest.expired().delete()
        remaining = CallbackRequest.objects.count()
        self._report(
            f"{council.name}: deleted {deleted} call-back request(s) older than "
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
            f"{council.name}: cleared the note and submitter of {cleared} organisation "
            f"update(s) older than {settings.ORGANISATION_UPDATE_RETENTION_DAYS} days."
        )

    def _report(self, message):
        logger.info(message)
        self.stdout.write(message)
