"""Keeping bots and floods out of the family counts without identifying anyone, or losing answers.

A signed token in each form says when it was shown (minimum fill time) and
carries a random nonce that makes a double-clicked submission count once.
Flood control decides how a submission is filed, never whether it is kept:
beyond a limit it is held for the Learning Academy. The limits count stored
submissions per client (in the cache, under a keyed hash of the address,
which itself is never stored) and per form (in the cache; in the database
while the cache is down), each over a window that starts with its first.
"""

import hashlib
import hmac
import ipaddress
import logging
import secrets
import threading
import time
from dataclasses import dataclass

from django.conf import settings
from django.core import signing
from django.core.cache import cache

from home.clientip import client_ip

SALT = "forms_app.family-form"

logger = logging.getLogger("forms_app.protection")


def min_fill_seconds():
    return getattr(settings, "FAMILY_FORM_MIN_FILL_SECONDS", 3)


@dataclass(frozen=True)
class FormToken:
    nonce: str
    shown_at: float

    @classmethod
    def new(cls):
        return cls(secrets.token_hex(16), time.time())

    def sign(self):
        return signing.dumps({"n": self.nonce, "t": self.shown_at}, salt=SALT)

    @classmethod
    def load(cls, value):
        try:
            data = signing.loads(value, salt=SALT)
            return cls(str(data["n"]), float(data["t"]))
        except (signing.BadSignature, KeyError, TypeError, ValueError):
            return None

    def too_fast(self):
        return time.time() - self.shown_at < min_fill_seconds()

    @property
    def digest(self):
        """What is stored to recognise a repeat: a hash, so the nonce is not kept."""
        return hashlib.sha256(self.nonce.encode()).hexdigest()


# The client's address ---------------------------------------------------------------------


def client_address(request):
    """The address of whoever sent the request, as far as our own proxies vouch for it."""
    return client_ip(request)


def _address_bucket(address):
    """One bucket per IPv4 address, or per IPv6 /64 (what one household is usually given)."""
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return address
    if ip.version == 6:
        return str(ipaddress.ip_network(f"{ip}/64", strict=False))
    return str(ip)


def client_key(request, scope):
    bucket = _address_bucket(client_address(request))
    digest = hmac.new(settings.SECRET_KEY.encode(), bucket.encode(), hashlib.sha256)
    return f"forms:stored:{scope}:{digest.hexdigest()[:32]}"


# Counting stored submissions --------------------------------------------------------------


class _ProcessCounter:
    """What counts per client while the cache is down: this process's own tally."""

    MAX_KEYS = 10_000

    def __init__(self):
        self._counts = {}
        self._lock = threading.Lock()
        self.warned_at = None

    def _live(self, key, now):
        count, expires = self._counts.get(key, (0, 0.0))
        return count if expires > now else 0

    def get(self, key):
        return self._live(key, time.monotonic())

    def incr(self, key, window):
        now = time.monotonic()
        with self._lock:
            if len(self._counts) >= self.MAX_KEYS:
                self._counts = {k: v for k, v in self._counts.items() if v[1] > now}
            count, expires = self._counts.get(key, (0, 0.0))
            if expires <= now:
                count, expires = 0, now + window
            self._counts[key] = (count + 1, expires)

    def clear(self):
        with self._lock:
            self._counts.clear()
            self.warned_at = None


process_counter = _ProcessCounter()


def _cache_down():
    if not getattr(cache, "unavailable", False):
        return False
    now = time.monotonic()
    if process_counter.warned_at is None or now - process_counter.warned_at > 60:
        process_counter.warned_at = now
        logger.warning("Cache unavailable: family form limits counted per process for now.")
    return True


def form_counter_key(form_key):
    return f"forms:stored:form:{form_key}"


def _stored_in_database(form_key):
    """The database knows exactly, at a query a submission, while the cache is down."""
    from django.utils import timezone

    from forms_app.models import FamilySubmission

    since = timezone.now() - timezone.timedelta(seconds=settings.FAMILY_FORM_LIMIT_WINDOW)
    return FamilySubmission.all_objects.filter(form_key=form_key, submit_time__gte=since).count()


def stored_so_far(request, form_key, scope="family"):
    """(kept for the form in every language, kept from this client) in the current window."""
    for_client, for_form = client_key(request, scope), form_counter_key(form_key)
    counts = cache.get_many([for_client, for_form])
    if _cache_down():
        return _stored_in_database(form_key), process_counter.get(for_client)
    return counts.get(for_form) or 0, counts.get(for_client) or 0


def count_stored(request, form_key=None, scope="family"):
    """One more submission kept from this client (not a repeat, not a correction)."""
    keys = [client_key(request, scope)]
    if form_key is not None:
        keys.append(form_counter_key(form_key))
    counted = getattr(cache, "count_in_window", None)
    if counted is not None and counted(keys, settings.FAMILY_FORM_LIMIT_WINDOW) is not None:
        return
    for key in keys:
        _count(key)


def _count(key):
    window = settings.FAMILY_FORM_LIMIT_WINDOW
    if not _cache_down():
        cache.add(key, 0, timeout=window)
        try:
            cache.incr(key)
            return
        except ValueError:
            if not _cache_down():
                cache.set(key, 1, timeout=window)
                return
    process_counter.incr(key, window)


class HoldReason:
    TOO_FAST = "too_fast"
    NO_TOKEN = "no_token"  # noqa: S105 - a reason, not a password
    CLIENT_LIMIT = "client_limit"
    FORM_LIMIT = "form_limit"


def hold_reason(request, form, form_key):
    """Why this valid submission should be held rather than counted, or ""."""
    token = form.token
    if token is None:
        return HoldReason.NO_TOKEN
    if token.too_fast():
        return HoldReason.TOO_FAST
    for_form, from_client = stored_so_far(request, form_key)
    if for_form >= settings.FAMILY_FORM_LIMIT_PER_FORM:
        return HoldReason.FORM_LIMIT
    if from_client >= settings.FAMILY_FORM_LIMIT_PER_ADDRESS:
        return HoldReason.CLIENT_LIMIT
    return ""
