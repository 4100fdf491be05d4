"""Counts gathered in the cache, so that opening a page or searching writes nothing.

Each count goes to a counter of the current minute (a *window*). The first
count of something in a window also notes it in that window's list, so the
flush knows what to read without scanning the cache. ``take()`` collects
every finished window and forgets it; ``search.stats.flush`` writes the
sums in one transaction. Nothing writes to a finished window, so reading
and forgetting it races with no request.

At most once a window, a request queues the ``flush_counts`` task, which
the worker (``manage.py db_worker``) runs; ``manage.py flush_counts`` does
the same from cron. While the cache is unreachable, counts are lost, not
written one by one: they are statistics, and a failing cache is the moment
the database needs its breath most. Windows not flushed within
``KEEP_SECONDS`` (the worker down for hours) are lost the same way.
"""

import hashlib
import logging
import time

from django.core.cache import cache

logger = logging.getLogger(__name__)

WINDOW_SECONDS = 60
KEEP_SECONDS = 6 * 60 * 60
PREFIX = "counts"
FLUSHED = f"{PREFIX}:flushed-window"
DUE = f"{PREFIX}:flush-queued"


def _window(now=None):
    return int((now or time.time()) // WINDOW_SECONDS)


def _counter_key(window, ident):
    digest = hashlib.sha256(repr(ident).encode()).hexdigest()[:32]
    return f"{PREFIX}:{window}:{digest}"


def _slot_key(window, number):
    return f"{PREFIX}:{window}:slot:{number}"


def _length_key(window):
    return f"{PREFIX}:{window}:length"


def _incr(key, delta=1):
    try:
        return cache.incr(key, delta)
    except ValueError:  # missing, or the cache is unreachable
        return None


# count() in one round trip on Redis. KEYS: the counter, the window's length, DUE and
# the prefix of the window's slots; ARGV: KEEP_SECONDS, WINDOW_SECONDS, the slot's value.
# Answers 1 when this count is the first to find the flush not yet queued.
COUNT_SCRIPT = """
redis.call('SET', KEYS[1], 0, 'EX', ARGV[1], 'NX')
if redis.call('INCR', KEYS[1]) == 1 then
  redis.call('SET', KEYS[2], 0, 'EX', ARGV[1], 'NX')
  local number = redis.call('INCR', KEYS[2])
  redis.call('SET', KEYS[4] .. number, ARGV[3], 'EX', ARGV[1])
end
if redis.call('SET', KEYS[3], 1, 'EX', ARGV[2], 'NX') then
  return 1
end
return 0
"""


def count(ident, now=None):
    """One more of ``ident`` (a tuple of plain values); lost if the cache is down."""
    window = _window(now)
    key = _counter_key(window, ident)
    if hasattr(cache, "run_script"):
        keys = [key, _length_key(window), DUE, _slot_key(window, "")]
        args = [KEEP_SECONDS, WINDOW_SECONDS, cache.serialize((ident, key))]
        if cache.run_script(COUNT_SCRIPT, keys, args):
            _enqueue_flush()
        return
    if _incr(key) is not None:
        return
    if cache.add(key, 1, KEEP_SECONDS):
        cache.add(_length_key(window), 0, KEEP_SECONDS)
        number = _incr(_length_key(window))
        if number is not None:
            cache.set(_slot_key(window, number), (ident, key), KEEP_SECONDS)
    else:
        _incr(key)  # another request made it first
    _queue_flush()


def _queue_flush():
    if cache.add(DUE, True, WINDOW_SECONDS):
        _enqueue_flush()


def _enqueue_flush():
    from search.tasks import flush_counts

    try:
        # Runs once the window is over; immediate backends run it now, harmlessly early.
        flush_counts.enqueue()
    except Exception:  # The cron job or the next window catches up.
        logger.exception("Could not queue the flush of counts")


def take(now=None):
    """The sums of every finished window not yet taken, by ident; those windows are forgotten."""
    current = _window(now)
    first = max(cache.get(FLUSHED, 0) + 1, current - KEEP_SECONDS // WINDOW_SECONDS)
    tallies = {}
    for window in range(first, current):
        length = cache.get(_length_key(window)) or 0
        slots = cache.get_many([_slot_key(window, n) for n in range(1, length + 1)])
        counts = cache.get_many([key for _ident, key in slots.values()])
        for ident, key in slots.values():
            if counts.get(key):
                tallies[ident] = tallies.get(ident, 0) + counts[key]
        cache.delete_many([*slots, *counts, _length_key(window)])
    if current - 1 >= first:
        cache.set(FLUSHED, current - 1, None)
    return tallies
