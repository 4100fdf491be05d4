"""Sign-in throttling, its audit trail, and the password-reset limit.

django-axes counts failed sign-ins per account and per client address; this
module only words its refusal and records lockouts in Wagtail's audit log.
"""

import hashlib
import hmac
import logging
import time

from axes.signals import user_locked_out
from django.conf import settings
from django.contrib.auth import get_user_model, user_logged_in, user_logged_out
from django.core.cache import cache
from django.db.models.signals import post_save, pre_delete
from django.dispatch import receiver
from django.http import HttpResponseRedirect
from django.shortcuts import render
from wagtail.log_actions import log

from accounts import views
from home.clientip import client_ip

logger = logging.getLogger(__name__)

LOCKED_OUT = "home.sign_in_locked_out"


def locked_out(request, original_response=None, credentials=None):
    """django-axes' refusal, saying when to try again; the right password is refused too."""
    return render(
        request,
        "registration/locked_out.html",
        {"minutes": settings.AXES_COOLOFF_MINUTES},
        status=settings.AXES_HTTP_RESPONSE_CODE,
    )


@receiver(user_locked_out)
def record_lockout(sender, request, username, ip_address, **kwargs):
    """An account that is locked out says so in its history (Reports → Site history)."""
    logger.warning("sign-in locked out after repeated failures")
    user = get_user_model().objects.filter(username=username).first() if username else None
    if user is not None:
        log(
            user,
            LOCKED_OUT,
            user=None,
            data={"failure_limit": settings.AXES_FAILURE_LIMIT, "ip_address": ip_address},
        )


def _over_limit(scope, value):
    limit, window = settings.PASSWORD_RESET_RATE_LIMIT
    digest = hmac.new(settings.SECRET_KEY.encode(), value.encode(), hashlib.sha256)
    key = f"password-reset:{scope}:{digest.hexdigest()[:32]}"
    try:
        cache.add(key, 0, timeout=window)
        return cache.incr(key) > limit
    except Exception:  # noqa: BLE001 - with no cache to count in, send nothing
        logger.warning("password reset not sent: the rate-limit cache is unavailable")
        return True


class PasswordResetView(views.PasswordResetView):
    """The council's reset page, sending at most a few emails an hour per address and per client.

    Whatever happens the answer is the same "check your email" page, so the form
    tells nobody whether an account exists or has been asked for too often.
    """

    def form_valid(self, form):
        email = form.cleaned_data["email"].strip().lower()
        over_for_email = _over_limit("email", email)
        over_for_client = _over_limit("client", client_ip(self.request) or "")
        if over_for_email or over_for_client:
            logger.warning("password reset not sent: too many requests")
            return HttpResponseRedirect(self.get_success_url())
        return super().form_valid(form)


@receiver(user_logged_in)
def start_session_clock(sender, request, user, **kwargs):
    """The absolute session limit counts from signing in."""
    from .middleware import StaffSessionTimeoutMiddleware as timeout

    now = int(time.time())
    request.session[timeout.STARTED] = now
    request.session[timeout.SEEN] = now


@receiver(user_logged_in)
def remember_session(sender, request, user, **kwargs):
    """Every signed-in session is recorded, so an operator can end all of a person's at once."""
    from .oidc import record_session

    record_session(request, user)


@receiver(user_logged_out)
def forget_session(sender, request, user, **kwargs):
    from .models import SignedInSession

    if request.session.session_key:
        SignedInSession.objects.filter(session_key=request.session.session_key).delete()


@receiver(post_save, sender=settings.AUTH_USER_MODEL)
def end_sessions_of_a_switched_off_person(sender, instance, raw=False, **kwargs):
    """Switching a person off in the admin ends every session they have, however they signed in.

    Their next request is signed out anyway (each backend's ``get_user`` checks
    ``is_active``); this also removes the sessions themselves.
    """
    from .models import SignedInSession
    from .oidc import end_sessions

    if raw or instance.is_active:
        return
    if SignedInSession.objects.filter(user=instance).exists():
        end_sessions(instance)


@receiver(pre_delete, sender=settings.AUTH_USER_MODEL)
def end_sessions_of_a_deleted_person(sender, instance, **kwargs):
    from .models import SignedInSession
    from .oidc import end_sessions

    if SignedInSession.objects.filter(user=instance).exists():
        end_sessions(instance)
