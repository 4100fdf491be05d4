"""Reminders for whoever is due: an overdue audit, an overdue meeting record, a re-audit.

Run for one council inside ``council_scope`` (``manage.py audit_reminders``).
Each reminder is stored once a day in the outbox and retried until sent.
"""

import datetime

from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext as _

from audits import notify
from audits.models import Audit, FeedbackMeeting

REAUDIT_NOTICE = datetime.timedelta(days=7)


def _link(path):
    return f"{getattr(settings, 'WAGTAILADMIN_BASE_URL', '').rstrip('/')}{path}"


def queue_due(today=None):
    """Store today's reminders; returns how many were new."""
    from django.urls import reverse

    today = today or timezone.localdate()
    made = 0
    open_audits = Audit.objects.exclude(status=Audit.Status.COMPLETED).select_related(
        "auditor", "team__manager"
    )
    for audit in open_audits.filter(due_on__lt=today):
        made += _queue(
            f"overdue-audit:{audit.pk}:{today}",
            [audit.auditor.email],
            _("Audit %(id)s is overdue") % {"id": audit.pk},
            _("Audit %(id)s (case %(case)s) was due on %(due)s: %(link)s")
            % {
                "id": audit.pk,
                "case": audit.case_reference,
                "due": audit.due_on,
                "link": _link(reverse("audits:detail", args=[audit.pk])),
            },
        )
    reaudits = open_audits.filter(
        kind=Audit.Kind.REAUDIT, due_on__gte=today, due_on__lte=today + REAUDIT_NOTICE
    )
    for audit in reaudits:
        made += _queue(
            f"reaudit:{audit.pk}",
            [audit.auditor.email],
            _("Re-audit %(id)s is due on %(due)s") % {"id": audit.pk, "due": audit.due_on},
            _("The six-week re-audit of case %(case)s is due on %(due)s: %(link)s")
            % {
                "case": audit.case_reference,
                "due": audit.due_on,
                "link": _link(reverse("audits:detail", args=[audit.pk])),
            },
        )
    meetings = FeedbackMeeting.objects.filter(
        held_on__isnull=True, due_on__lt=today
    ).select_related("audit__auditor", "audit__team__manager")
    for meeting in meetings:
        audit = meeting.audit
        manager = audit.team.manager
        made += _queue(
            f"overdue-meeting:{meeting.pk}:{today}",
            [audit.auditor.email, manager.email if manager else ""],
            _("The feedback meeting on audit %(id)s is overdue") % {"id": audit.pk},
            _("The feedback meeting record on audit %(id)s was due by %(due)s: %(link)s")
            % {
                "id": audit.pk,
                "due": meeting.due_on,
                "link": _link(reverse("audits:meeting", args=[audit.pk])),
            },
        )
    return made


def _queue(key, recipients, subject, body):
    from audits.models import Outbox

    if Outbox.objects.filter(key=key).exists():
        return 0
    notify.queue(key, recipients, subject, body)
    return 1


def run(today=None):
    """Retry what is owed, then queue and try what is due; returns (queued, retried, pending)."""
    from audits.models import Outbox

    retried, _still_pending = notify.deliver_pending()
    queued = queue_due(today)
    return queued, retried, Outbox.objects.filter(sent_at__isnull=True).count()
