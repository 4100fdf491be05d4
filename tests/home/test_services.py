"""The suite runs on whatever services the environment names; CI names real ones."""

import os
import uuid

from django.conf import settings
from django.core.cache import cache
from django.db import connection


def test_the_suite_runs_on_the_database_the_environment_names(db):
    expected = "postgresql" if os.environ.get("DATABASE_URL") else "sqlite"
    assert connection.vendor == expected
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        assert cursor.fetchone() == (1,)


def test_the_suite_runs_on_the_cache_the_environment_names():
    backend = settings.CACHES["default"]["BACKEND"]
    if os.environ.get("REDIS_URL"):
        # Redis behind the wrapper that serves uncached when Redis is down.
        assert backend == "config.cache.ResilientRedisCache"
    else:
        assert backend == "django.core.cache.backends.locmem.LocMemCache"
    key = f"probe-{uuid.uuid4()}"
    cache.set(key, "stored", 30)
    assert cache.get(key) == "stored"
