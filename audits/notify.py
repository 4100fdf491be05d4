"""Email for the audit programme: stored first, then sent, and retried until it goes.

The page that raises a safeguarding concern, and the reminder command, each
store the message in ``Outbox`` and try once through Django's email backend;
a mail server that is down leaves it pending for the next run of
``manage.py audit_reminders``, and the page carries on.
"""

import logging
import smtplib

from django.conf import settings
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.utils import timezone

from audits.models import Outbox

logger = logging.getLogger(__name__)
MAX_ATTEMPTS = 20


def queue(key, recipients, subject, body):
    """Store the message under ``key`` (once) and try to send it now; True if it went."""
    to = sorted({address for address in recipients if address})
    if not to:
        return False
    try:
        with transaction.atomic():
            message, created = Outbox.objects.get_or_create(
                key=key[:120], defaults={"to": to, "subject": subject[:200], "body": body}
            )
    except IntegrityError:
        return False
    if not created or message.sent_at:
        return bool(message.sent_at)
    return deliver(message)


def deliver(message):
    try:
        send_mail(
            message.subject,
            message.body,
            settings.DEFAULT_FROM_EMAIL,
            message.to,
            fail_silently=False,
        )
    except (smtplib.SMTPException, OSError) as error:
        message.attempts += 1
        message.last_error = str(error)[:300]
        message.save(update_fields=["attempts", "last_error"])
        logger.warning(
            "Audit email %s not sent (attempt %s): %s", message.key, message.attempts, error
        )
        return False
    message.attempts += 1
    message.sent_at = timezone.now()
    message.last_error = ""
    message.save(update_fields=["attempts", "sent_at", "last_error"])
    return True


def deliver_pending():
    """Try every message still owed; returns (sent, still pending)."""
    sent = pending = 0
    for message in Outbox.objects.filter(sent_at__isnull=True, attempts__lt=MAX_ATTEMPTS):
        if deliver(message):
            sent += 1
        else:
            pending += 1
    return sent, pending
