"""Opening a page or searching writes nothing; the counts land when the worker flushes them."""

import os
import time

import pytest
from django.core.cache import cache
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext

from search import counters, stats
from search.models import SearchCount, SearchEntry, ZeroResultSearch
from tests.search.conftest import flush_counts

pytestmark = pytest.mark.django_db

WRITES = ("INSERT", "UPDATE", "DELETE")


def writes(queries):
    return [q["sql"] for q in queries if q["sql"].lstrip().upper().startswith(WRITES)]


@pytest.mark.parametrize("page_cache_seconds", [0, 600])
def test_opening_a_page_writes_nothing_and_the_flush_lands_the_count(
    staff_client, publish, settings, page_cache_seconds
):
    settings.PAGE_CACHE_SECONDS = page_cache_seconds
    page = publish("Family support", "Support for families.")
    staff_client.get(page.url)  # the minute's first count queues the flush
    for _ in range(3):
        with CaptureQueriesContext(connection) as queries:
            assert staff_client.get(page.url).status_code == 200
        assert writes(queries) == []
    flush_counts()
    assert SearchEntry.all_councils.get(object_id=str(page.pk), kind="page").uses == 4


def test_searching_writes_nothing_and_the_flush_lands_the_counts(staff_client, home):
    staff_client.get("/en/search/?q=portage")
    with CaptureQueriesContext(connection) as queries:
        staff_client.get("/en/search/?q=Portage")
        staff_client.get("/en/search/?q=respite")
    assert writes(queries) == []
    assert not SearchCount.all_councils.exists()
    flush_counts()
    assert SearchCount.all_councils.get(query_string="portage").hits == 2
    assert ZeroResultSearch.all_councils.get(query_string="respite").hits == 1


def test_counts_of_a_minute_are_taken_whole_and_on_redis_each_is_one_round_trip(monkeypatch):
    for ident in [("search", "a"), ("search", "a"), ("zero", "b"), ("search", "a")]:
        counters.count(ident)
    later = time.time() + 2 * counters.WINDOW_SECONDS
    assert counters.take(now=later) == {("search", "a"): 3, ("zero", "b"): 1}
    assert counters.take(now=later) == {}

    if os.environ.get("REDIS_URL"):
        import redis

        sent, real = [], redis.Redis.execute_command

        def spy(self, *args, **kwargs):
            sent.append(args[0])
            return real(self, *args, **kwargs)

        monkeypatch.setattr(redis.Redis, "execute_command", spy)
        counters.count(("search", "c"))
        counters.count(("search", "c"))
        assert sent == ["EVALSHA", "EVALSHA"]
    else:
        assert not hasattr(cache, "run_script")


def test_a_window_is_written_once_however_often_the_flush_runs(staff_client, home):
    staff_client.get("/en/search/?q=portage")
    later = time.time() + 2 * counters.WINDOW_SECONDS
    stats.flush(now=later)
    stats.flush(now=later)
    assert ZeroResultSearch.all_councils.get(query_string="portage").hits == 1


def test_the_flush_command_writes_the_counts(staff_client, home):
    from django.core.management import call_command

    cache.set(counters.DUE, True)  # no request queues the flush: only cron runs it
    counters.count(("search", staff_client_council(), "portage", today()), now=time.time() - 120)
    call_command("flush_counts")
    assert SearchCount.all_councils.get(query_string="portage").hits == 1


def staff_client_council():
    from tests.factories import council

    return council().pk


def today():
    from django.utils import timezone

    return timezone.localdate().isoformat()


def test_with_the_cache_unreachable_pages_and_searches_answer_and_counts_are_lost(
    staff_client, publish
):
    page = publish("Family support", "Support for families.")
    unreachable = {
        "default": {
            "BACKEND": "config.cache.ResilientRedisCache",
            "LOCATION": "redis://127.0.0.1:9/0",
            "OPTIONS": {"socket_connect_timeout": 0.2, "socket_timeout": 0.2},
        }
    }
    with override_settings(CACHES=unreachable):
        with CaptureQueriesContext(connection) as queries:
            assert staff_client.get(page.url).status_code == 200
            assert staff_client.get("/en/search/?q=portage").status_code == 200
        assert not [sql for sql in writes(queries) if "search_" in sql]
        assert stats.flush() == 0
    assert SearchEntry.all_councils.get(object_id=str(page.pk), kind="page").uses == 0
