"""Tests: the same wiring as development, made fast and quiet.

DATABASE_URL and REDIS_URL still switch the suite onto PostgreSQL and Redis,
which is how CI runs it a second time against real services.
"""

import os
from urllib.parse import urlsplit, urlunsplit

from .dev import *  # noqa: F403

DEBUG = False
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
if not REDIS_URL:  # noqa: F405
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
WAGTAILADMIN_BASE_URL = "http://testserver"
WHITENOISE_AUTOREFRESH = True
LOGGING["root"]["level"] = "WARNING"  # noqa: F405
# Off, so that tests which change records without signals see the change;
# the page cache's own tests turn it on (tests/home/test_page_cache.py).
PAGE_CACHE_SECONDS = 0
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}

# pytest-xdist workers share one Redis server: each gets a database of its own,
# so that one worker's cached sites and results, or its clearing of the cache,
# never reach another worker's tests.
_worker = os.environ.get("PYTEST_XDIST_WORKER", "")
if REDIS_URL and _worker.startswith("gw"):  # noqa: F405
    _parts = urlsplit(REDIS_URL)  # noqa: F405
    _index = int(_parts.path.strip("/") or 0) + int(_worker.removeprefix("gw"))
    CACHES["default"]["LOCATION"] = urlunsplit(_parts._replace(path=f"/{_index}"))

# A file for the test database lets `pytest --reuse-db` skip migrations between runs.
if os.environ.get("TEST_DB_FILE") and DATABASES["default"]["ENGINE"].endswith("sqlite3"):  # noqa: F405
    DATABASES["default"]["TEST"] = {"NAME": os.environ["TEST_DB_FILE"]}  # noqa: F405
