import os
import shutil
import socket

import pytest
from django.core.cache import cache

ON_CI = bool(os.environ.get("CI"))


def pytest_collection_modifyitems(items):
    for item in items:
        if "browser" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.browser)


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    """On CI a skipped test is a missing service, and that is a failure."""
    outcome = yield
    report = outcome.get_result()
    if ON_CI and report.skipped and not hasattr(report, "wasxfail"):
        report.outcome = "failed"
        report.longrepr = f"Skipped on CI, which must run every test: {report.longrepr}"


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Rate limits and cached pages must not leak from one test into the next."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Every worker's database starts with what most tests share, built once.

    The councils' sites, the demo users and the family feedback form in three
    languages take about two seconds to build; the fixtures below find them
    already there. Transactional tests (the browser tests) restore the
    database from a serialized copy after each test, so that copy is taken
    again to include them.
    """
    from django.db import connections

    from forms_app import demo
    from home.demo import sites, users

    with django_db_blocker.unblock():
        demo.load(sites.ensure_sites(), users.ensure_users(users.ensure_groups()))
        for connection in connections.all(initialized_only=True):
            if getattr(connection, "_test_serialized_contents", None):
                connection._test_serialized_contents = connection.creation.serialize_db_to_string()


@pytest.fixture
def sites(db):
    """The three councils' sites with their home pages, as the demo loader makes them."""
    from home.demo.sites import ensure_sites

    return ensure_sites()


@pytest.fixture
def demo_users(db):
    from home.demo import users

    return users.ensure_users(users.ensure_groups())


@pytest.fixture
def feedback_pages(sites, demo_users):
    from forms_app import demo

    return demo.load(sites, demo_users)


@pytest.fixture
def staff_client(client, demo_users):
    client.force_login(demo_users["staff"])
    return client


def chromium_path():
    return os.environ.get("CHROMIUM_PATH") or shutil.which("chromium")


# Browser fixtures live here, not in tests/browser/, so that any app's tests can
# drive Chromium without importing a second copy of the session's browser.
PHONE = {"width": 360, "height": 740}


@pytest.fixture(scope="session")
def browser():
    executable = chromium_path()
    if not executable:
        pytest.skip("Chromium is not installed (apt-get install chromium chromium-driver)")
    from playwright.sync_api import sync_playwright

    # Playwright's sync API runs an event loop in this thread; Django's
    # async-safety check would otherwise refuse the database calls fixtures make.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=executable,
            headless=True,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
            ],
        )
        yield browser
        browser.close()


@pytest.fixture
def page(browser, live_server):
    context = browser.new_context(base_url=live_server.url)
    page = context.new_page()
    page.set_default_timeout(10_000)
    yield page
    context.close()


@pytest.fixture
def phone(browser, live_server):
    context = browser.new_context(
        base_url=live_server.url, viewport=PHONE, is_mobile=True, has_touch=True
    )
    page = context.new_page()
    page.set_default_timeout(10_000)
    yield page
    context.close()


@pytest.fixture
def as_tower_hamlets():
    """Act for Tower Hamlets outside a request, as the demo's default council's screens do.

    For test modules whose fixtures build one council's records directly (the
    review and forms tests); what is sealed between councils is tested with
    explicit councils in tests/councils/test_councils.py.
    """
    from django.utils.functional import SimpleLazyObject

    from councils.tenancy import council_scope
    from tests.factories import council

    with council_scope(SimpleLazyObject(council)):
        yield


def closed_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]  # nothing listens once the probe is closed


@pytest.fixture
def redis_down(settings):
    settings.CACHES = {
        "default": {
            "BACKEND": "config.cache.ResilientRedisCache",
            "LOCATION": f"redis://127.0.0.1:{closed_port()}/0",
            "OPTIONS": {"socket_connect_timeout": 1, "socket_timeout": 1},
        }
    }
    from forms_app.protection import process_counter

    process_counter.clear()
    yield
    process_counter.clear()
