"""Keeping bots and floods out of the family forms without identifying anyone.

A signed token in each form says when it was shown (minimum fill time) and
carries a random nonce that makes a double-clicked submission count once.
The rate limit counts per client in the cache under a keyed hash of the
address; the address itself is never stored.
"""

import hashlib
import hmac
import secrets
import time
from dataclasses import dataclass

from django.conf import settings
from django.core import signing
from django.core.cache import cache

SALT = "forms_app.family-form"


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


def client_key(request, scope):
    address = request.META.get("REMOTE_ADDR", "")
    digest = hmac.new(settings.SECRET_KEY.encode(), address.encode(), hashlib.sha256)
    return f"forms:rate:{scope}:{digest.hexdigest()[:32]}"


def over_rate_limit(request, scope="family"):
    """Count this request; True once a client has sent more than the limit in the window."""
    limit, window = getattr(settings, "FAMILY_FORM_RATE_LIMIT", (20, 60 * 60))
    key = client_key(request, scope)
    cache.add(key, 0, timeout=window)
    try:
        count = cache.incr(key)
    except ValueError:
        cache.set(key, 1, timeout=window)
        count = 1
    return count > limit
