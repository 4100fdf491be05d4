"""The feed's response cache: one key per council, request and feed version.

Any publish, unpublish, move, privacy change or save of a record the feed
reads bumps the version, so every cached answer is dropped at once. If the
cache cannot be reached the feed is built afresh; it never fails for that.
"""

import hashlib
import logging
import time

from django.core.cache import cache

logger = logging.getLogger(__name__)
VERSION_KEY = "openreferral:version"
TIMEOUT = 60 * 60


def version():
    try:
        # Start from the clock, so a version lost from the cache never meets older answers.
        return cache.get_or_set(VERSION_KEY, time.time_ns(), timeout=None)
    except Exception:
        logger.warning("Open Referral cache unreachable", exc_info=True)
        return None


def bump():
    try:
        cache.incr(VERSION_KEY)
    except ValueError:
        cache.set(VERSION_KEY, time.time_ns(), timeout=None)
    except Exception:
        logger.warning("Open Referral cache unreachable; version not bumped", exc_info=True)


def key_for(council, request_key):
    current = version()
    if current is None:
        return None
    digest = hashlib.sha256(request_key.encode()).hexdigest()
    return f"openreferral:{council.pk}:{current}:{digest}"


def get(key):
    if key is None:
        return None
    try:
        return cache.get(key)
    except Exception:
        logger.warning("Open Referral cache unreachable", exc_info=True)
        return None


def set(key, value):  # noqa: A001 - mirrors the cache API
    if key is None:
        return
    try:
        cache.set(key, value, TIMEOUT)
    except Exception:
        logger.warning("Open Referral cache unreachable", exc_info=True)
