import logging

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import transaction

from forms_app.models import CallbackRequest

logger = logging.getLogger("forms_app.retention")


class Command(BaseCommand):
    help = (
        "Delete call-back contact details older than CALLBACK_RETENTION_DAYS. "
        "Safe to run on a schedule: it only ever deletes what has expired, and logs counts, "
        "never the details themselves."
    )

    def handle(self, *args, **options):
        with transaction.atomic():
            deleted, _by_model = CallbackRequest.expired().delete()
        remaining = CallbackRequest.objects.count()
        message = (
            f"Deleted {deleted} call-back request(s) older than "
            f"{settings.CALLBACK_RETENTION_DAYS} days; {remaining} kept."
        )
        logger.info(message)
        self.stdout.write(message)
