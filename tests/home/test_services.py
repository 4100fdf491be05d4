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


def test_flood_counters_count_in_one_round_trip_on_redis_and_key_by_key_elsewhere():
    from forms_app.protection import _count

    keys = [f"probe-count-{uuid.uuid4()}", f"probe-count-{uuid.uuid4()}"]
    if os.environ.get("REDIS_URL"):
        assert cache.count_in_window(keys, 60) == [1, 1]
        assert cache.count_in_window(keys[:1], 60) == [2]
        assert cache.get_many(keys) == {keys[0]: 2, keys[1]: 1}
        client = cache._cache.get_client(write=True)
        assert 0 < client.ttl(cache.make_key(keys[0])) <= 60
        # One redis.Redis for every call, not a new one (and its reply table) per call.
        assert cache._cache.get_client(keys[1]) is client
    else:
        assert not hasattr(cache, "count_in_window")
        _count(keys[0])
        _count(keys[0])
        assert cache.get(keys[0]) == 2
