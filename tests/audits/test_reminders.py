"""Reminders by email, through a real SMTP server on loopback, retried when it is down."""

import datetime
import socket
import threading

import pytest
from aiosmtpd.controller import Controller
from django.core.management import call_command

from audits.models import Audit, Outbox
from tests.audits.conftest import allocate, completed
from tests.conftest import closed_port

pytestmark = pytest.mark.django_db


class Inbox:
    def __init__(self):
        self.messages = []
        self.lock = threading.Lock()

    async def handle_DATA(self, server, session, envelope):
        with self.lock:
            self.messages.append((envelope.rcpt_tos, envelope.content.decode()))
        return "250 OK"


@pytest.fixture
def smtp(settings):
    inbox = Inbox()
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", port
    settings.EMAIL_USE_TLS = False
    settings.EMAIL_TIMEOUT = 5
    yield inbox
    controller.stop()


@pytest.fixture
def overdue(programme, audit_users, as_tower_hamlets, today):
    audit = allocate(programme, audit_users, due_on=today - datetime.timedelta(days=3))
    ri = completed(programme, audit_users, "requires_improvement", reference="EH100005")
    ri.follow_through(today=today - datetime.timedelta(days=36))
    return audit, ri


def test_reminders_reach_whoever_is_due_over_smtp(smtp, overdue, audit_users):
    call_command("audit_reminders", "--council", "tower-hamlets")
    subjects = {
        content.split("Subject: ")[1].split("\n")[0].strip(): to for to, content in smtp.messages
    }
    audit, ri = overdue
    assert subjects[f"Audit {audit.pk} is overdue"] == ["auditor@example.org"]
    assert sorted(subjects[f"The feedback meeting on audit {ri.pk} is overdue"]) == [
        "auditor@example.org",
        "team-manager@example.org",
    ]
    reaudit = ri.reaudits.get()
    assert f"Re-audit {reaudit.pk} is due on {reaudit.due_on}" in subjects
    # Once a day: running again sends nothing new.
    count = len(smtp.messages)
    call_command("audit_reminders", "--council", "tower-hamlets")
    assert len(smtp.messages) == count


def test_reminders_wait_for_a_server_that_is_down_and_go_when_it_is_back(
    settings, smtp, overdue, as_tower_hamlets
):
    working_port = settings.EMAIL_PORT
    settings.EMAIL_PORT = closed_port()
    call_command("audit_reminders", "--council", "tower-hamlets")
    assert smtp.messages == []
    assert Outbox.objects.filter(sent_at__isnull=True, attempts=1).count() == 3
    settings.EMAIL_PORT = working_port
    call_command("audit_reminders", "--council", "tower-hamlets")
    assert len(smtp.messages) == 3
    assert not Outbox.objects.filter(sent_at__isnull=True).exists()


def test_raising_a_concern_never_fails_when_the_mail_server_is_down(
    settings, client, programme, audit_users, as_tower_hamlets
):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_USE_TLS = (
        "127.0.0.1",
        closed_port(),
        False,
    )
    audit = allocate(programme, audit_users)
    client.force_login(audit_users["auditor"])
    response = client.post(
        f"/admin/audits/{audit.pk}/conduct/",
        {"safeguarding_concern": "Concern about home conditions.", "confirm_not_personal": "on"},
    )
    assert response.status_code == 302
    audit.refresh_from_db()
    assert audit.safeguarding_raised_at is not None
    assert Outbox.objects.get(key=f"safeguarding:{audit.pk}").sent_at is None


def test_the_command_refuses_an_unknown_council():
    from django.core.management.base import CommandError

    with pytest.raises(CommandError):
        call_command("audit_reminders", "--council", "nowhere")
    assert not Audit.all_councils.exists()
