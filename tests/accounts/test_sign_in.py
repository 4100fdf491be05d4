"""Sign-in holds against guessing, reset emails cannot be flooded, staff sessions end."""

import time
from datetime import timedelta
from html import unescape

import pytest
from axes.models import AccessAttempt
from django.core import mail
from django.test import RequestFactory
from django.utils import timezone
from wagtail.models import ModelLogEntry

from accounts.middleware import StaffSessionTimeoutMiddleware as Timeout
from accounts.signin import LOCKED_OUT
from home.clientip import client_ip

pytestmark = pytest.mark.django_db

RIGHT = "better-together"


def sign_in(client, username, password, address="192.0.2.10", **headers):
    return client.post(
        "/login/", {"username": username, "password": password}, REMOTE_ADDR=address, **headers
    )


def test_an_account_is_locked_after_five_wrong_passwords_even_from_different_addresses(
    client, demo_users
):
    for attempt in range(4):
        wrong = sign_in(client, "staff", "guess", address=f"198.51.100.{attempt}")
        assert wrong.status_code == 200
        assert "Sign in" in wrong.content.decode()
    # The fifth failure is answered with the lockout already.
    assert sign_in(client, "staff", "guess", address="198.51.100.4").status_code == 429

    refused = sign_in(client, "staff", RIGHT, address="198.51.100.99")

    assert refused.status_code == 429
    text = unescape(refused.content.decode())
    assert "Too many failed sign-ins" in text
    assert "Try again in 15 minutes" in text
    assert "_auth_user_id" not in client.session
    entries = ModelLogEntry.objects.filter(action=LOCKED_OUT)
    assert entries.exists()
    assert {entry.object_id for entry in entries} == {str(demo_users["staff"].pk)}
    assert entries.first().data["failure_limit"] == 5


def test_a_client_address_is_locked_after_five_failures_across_accounts(client, demo_users):
    for name in ("alice", "bob", "carol", "dave", "erin"):
        sign_in(client, name, "guess", address="203.0.113.7")

    assert sign_in(client, "editor", RIGHT, address="203.0.113.7").status_code == 429
    # The account itself is fine from anywhere else.
    assert sign_in(client, "editor", RIGHT, address="203.0.113.8").status_code == 302


def test_signing_in_works_again_once_the_cool_off_has_passed(client, demo_users):
    for _attempt in range(5):
        sign_in(client, "staff", "guess")
    assert sign_in(client, "staff", RIGHT).status_code == 429

    AccessAttempt.objects.update(attempt_time=timezone.now() - timedelta(minutes=16))

    assert sign_in(client, "staff", RIGHT).status_code == 302
    assert client.session["_auth_user_id"] == str(demo_users["staff"].pk)


def test_four_failures_then_the_right_password_signs_in_and_starts_again(client, demo_users):
    for _attempt in range(4):
        sign_in(client, "staff", "guess")
    assert sign_in(client, "staff", RIGHT).status_code == 302
    client.logout()
    for _attempt in range(4):
        sign_in(client, "staff", "guess")
    assert sign_in(client, "staff", RIGHT).status_code == 302


def test_a_forwarded_for_header_is_believed_only_from_a_trusted_proxy(settings):
    settings.TRUSTED_PROXIES = ["10.0.0.0/8"]
    factory = RequestFactory()

    direct = factory.get("/", REMOTE_ADDR="198.51.100.5", HTTP_X_FORWARDED_FOR="203.0.113.1")
    assert client_ip(direct) == "198.51.100.5"

    proxied = factory.get(
        "/", REMOTE_ADDR="10.0.0.2", HTTP_X_FORWARDED_FOR="203.0.113.1, 198.51.100.7, 10.0.0.9"
    )
    # The left-most entry is whatever the client wrote; ours are skipped from the right.
    assert client_ip(proxied) == "198.51.100.7"

    settings.TRUSTED_PROXIES = []
    assert client_ip(proxied) == "10.0.0.2"


def test_rotating_a_forged_forwarded_for_does_not_escape_the_address_lockout(
    client, demo_users, settings
):
    settings.TRUSTED_PROXIES = ["10.0.0.0/8"]
    for attempt in range(5):
        sign_in(
            client,
            f"user{attempt}",
            "guess",
            address="198.51.100.5",
            HTTP_X_FORWARDED_FOR=f"203.0.113.{attempt}",
        )
    refused = sign_in(
        client, "staff", RIGHT, address="198.51.100.5", HTTP_X_FORWARDED_FOR="203.0.113.99"
    )
    assert refused.status_code == 429


def test_behind_a_trusted_proxy_each_client_is_counted_on_its_own(client, demo_users, settings):
    settings.TRUSTED_PROXIES = ["10.0.0.1"]
    for attempt in range(5):
        sign_in(
            client,
            f"user{attempt}",
            "guess",
            address="10.0.0.1",
            HTTP_X_FORWARDED_FOR="203.0.113.50",
        )
    assert (
        sign_in(
            client, "staff", RIGHT, address="10.0.0.1", HTTP_X_FORWARDED_FOR="203.0.113.51"
        ).status_code
        == 302
    )


def ask_for_reset(client, email, address="192.0.2.20"):
    return client.post("/password_reset/", {"email": email}, REMOTE_ADDR=address)


def test_password_reset_emails_are_limited_per_address_with_the_same_answer(client, demo_users):
    answers = [ask_for_reset(client, "staff@example.org", f"198.51.100.{n}") for n in range(5)]

    assert len(mail.outbox) == 3
    assert {(answer.status_code, answer["Location"]) for answer in answers} == {
        (302, "/password_reset/done/")
    }


def test_password_reset_emails_are_limited_per_client(client, demo_users):
    for email in ("staff@example.org", "editor@example.org", "academy@example.org"):
        ask_for_reset(client, email)
    answer = ask_for_reset(client, "staff@example.org".upper())

    assert len(mail.outbox) == 3
    assert answer["Location"] == "/password_reset/done/"


def test_an_unknown_address_gets_the_same_answer_as_a_known_one(client, demo_users):
    known = ask_for_reset(client, "staff@example.org")
    unknown = ask_for_reset(client, "nobody@example.org")
    assert (known.status_code, known["Location"]) == (unknown.status_code, unknown["Location"])


def age_session(client, *, idle_minutes=0, hours_since_sign_in=0):
    session = client.session
    now = int(time.time())
    session[Timeout.SEEN] = now - idle_minutes * 60
    session[Timeout.STARTED] = now - hours_since_sign_in * 60 * 60
    session.save()


def test_staff_are_signed_out_after_thirty_idle_minutes(staff_client):
    assert staff_client.get("/en/").status_code == 200
    age_session(staff_client, idle_minutes=29)
    assert staff_client.get("/en/").status_code == 200

    age_session(staff_client, idle_minutes=31)
    response = staff_client.get("/en/")

    assert response.status_code == 302
    assert response["Location"].startswith("/login/")
    assert "_auth_user_id" not in staff_client.session


def test_staff_are_signed_out_after_twelve_hours_however_busy(staff_client):
    age_session(staff_client, idle_minutes=1, hours_since_sign_in=11)
    assert staff_client.get("/en/").status_code == 200

    age_session(staff_client, idle_minutes=1, hours_since_sign_in=13)
    assert staff_client.get("/en/").status_code == 302


def test_the_session_clock_starts_at_sign_in(client, demo_users):
    sign_in(client, "staff", RIGHT)
    started = client.session[Timeout.STARTED]
    assert abs(started - time.time()) < 5


def test_the_limits_follow_their_settings(staff_client, settings):
    settings.SESSION_IDLE_MINUTES = 5
    age_session(staff_client, idle_minutes=6)
    assert staff_client.get("/en/").status_code == 302


def test_family_pages_are_unaffected_by_session_limits(client, feedback_pages):
    client.get("/en/feedback/")
    session = client.session
    session[Timeout.SEEN] = 0
    session[Timeout.STARTED] = 0
    session.save()
    assert client.get("/en/feedback/").status_code == 200
