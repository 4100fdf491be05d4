"""Django's Redis cache, made to answer "not cached" while Redis is unreachable.

Nothing the site keeps in the cache is the only copy (sessions are
``cached_db``; menus, permissions and sites are rebuilt from the database), so
a Redis outage should make pages slower, not fail them. Django's own backend
raises on every call, and has no ``IGNORE_EXCEPTIONS`` like django-redis; this
subclass catches connection errors, logs one warning, and then skips Redis for
``RETRY_SECONDS`` so that each request does not wait on a dead server.
``/healthz`` still reports the cache as down: what it stores does not come back.
"""

import logging
import threading
import time

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.redis import RedisCache, RedisCacheClient
from redis.commands.core import Script
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

logger = logging.getLogger("config.cache")

RETRY_SECONDS = 5
UNREACHABLE = (RedisConnectionError, RedisTimeoutError, OSError)
# Django makes a backend per thread; an outage seen by one thread is one for all.
_down_until = {}
_lock = threading.Lock()
_scripts = {}  # Lua source -> Script, its digest computed once


class ReusedRedisClient(RedisCacheClient):
    """Django's Redis client, keeping one ``redis.Redis`` per connection pool.

    Django makes a new ``redis.Redis`` for every cache call, and each one
    fills its table of some 170 reply handlers: a page from the page cache
    (three calls) spent more on that than on Redis. A ``redis.Redis`` is safe
    to share; the pool behind it was shared already.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        pool = self._get_connection_pool(write)
        client = self._clients.get(id(pool))
        if client is None:
            client = self._clients[id(pool)] = self._client(connection_pool=pool)
        return client


class ResilientRedisCache(RedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = ReusedRedisClient
        self._where = repr(server)

    @property
    def unavailable(self):
        """True while Redis was found unreachable within the last ``RETRY_SECONDS``."""
        return time.monotonic() < _down_until.get(self._where, 0.0)

    def _call(self, name, default, *args, **kwargs):
        if self.unavailable:
            return default
        try:
            return getattr(super(), name)(*args, **kwargs)
        except UNREACHABLE as error:
            self._went_away(error)
            return default

    def _went_away(self, error):
        with _lock:
            first = not self.unavailable
            _down_until[self._where] = time.monotonic() + RETRY_SECONDS
        if first:
            logger.warning(
                "Cache unreachable (%s); carrying on without it for %ss.",
                type(error).__name__,
                RETRY_SECONDS,
            )

    def get(self, key, default=None, version=None):
        return self._call("get", default, key, default, version)

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call("set", None, key, value, timeout, version)

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call("add", False, key, value, timeout, version)

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call("touch", False, key, timeout, version)

    def delete(self, key, version=None):
        return self._call("delete", False, key, version)

    def get_many(self, keys, version=None):
        return self._call("get_many", {}, keys, version)

    def has_key(self, key, version=None):
        return self._call("has_key", False, key, version)

    def incr(self, key, delta=1, version=None):
        if self.unavailable:
            raise ValueError(f"Key '{key}' not found (cache unavailable)")
        try:
            return super().incr(key, delta, version)
        except UNREACHABLE as error:
            self._went_away(error)
            raise ValueError(f"Key '{key}' not found (cache unavailable)") from None

    def count_in_window(self, keys, window):
        """Add one to each counter, each started with a life of ``window`` seconds.

        One round trip (``SET NX EX`` and ``INCR`` per key, pipelined) where
        Django's ``add`` and ``incr`` take three a key. The counts, or None
        while Redis is unreachable.
        """
        if self.unavailable:
            return None
        try:
            with self._cache.get_client(write=True).pipeline(transaction=False) as pipe:
                for key in keys:
                    key = self.make_and_validate_key(key)
                    pipe.set(key, 0, ex=window, nx=True)
                    pipe.incr(key)
                return pipe.execute()[1::2]
        except UNREACHABLE as error:
            self._went_away(error)
            return None

    def run_script(self, source, keys, args):
        """Run the Lua ``source`` in one round trip (by its digest once Redis knows it).

        ``keys`` are cache keys, given the cache's prefix and version here.
        Its answer, or None while Redis is unreachable.
        """
        if self.unavailable:
            return None
        script = _scripts.get(source) or _scripts.setdefault(source, Script(None, source.encode()))
        try:
            client = self._cache.get_client(write=True)
            return script([self.make_and_validate_key(key) for key in keys], args, client=client)
        except UNREACHABLE as error:
            self._went_away(error)
            return None

    def serialize(self, value):
        """``value`` as this cache stores it, for a script to store."""
        return self._cache._serializer.dumps(value)

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call("set_many", list(data), data, timeout, version)

    def delete_many(self, keys, version=None):
        return self._call("delete_many", None, keys, version)

    def clear(self):
        return self._call("clear", False)
