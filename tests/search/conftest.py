import pytest
from django.utils.text import slugify
from wagtail.models import Page


@pytest.fixture
def run_on_commit(django_capture_on_commit_callbacks):
    """Run the indexing that waits for a transaction to commit, as production does."""

    def run(action, *args, **kwargs):
        with django_capture_on_commit_callbacks(execute=True):
            return action(*args, **kwargs)

    return run


@pytest.fixture
def home(sites):
    return sites["better-together"]


@pytest.fixture
def publish(home):
    """Publish a plain page under the Tower Hamlets home page; search indexes it on publish."""

    def make(title, description="", parent=None, slug=None):
        parent = parent or home
        page = Page(
            title=title,
            slug=slug or slugify(title)[:50] or "page",
            search_description=description,
        )
        parent.add_child(instance=page)
        page.save_revision().publish()
        return page

    return make


def result_titles(response):
    """Titles of the results in rank order: the first link of each data-search-result."""
    import re

    html = response.content.decode()
    items = re.findall(r"<li[^>]*data-search-result[^>]*>(.*?)</li>", html, re.S)
    titles = []
    for item in items:
        link = re.search(r"<a [^>]*>(.*?)</a>", item, re.S)
        titles.append(re.sub(r"<[^>]+>", "", link.group(1)).strip() if link else None)
    return titles


def lazy_values(value):
    """The lazy objects (untranslated strings, promises) anywhere inside ``value``."""
    from django.utils.functional import Promise

    if isinstance(value, Promise):
        return [value]
    if isinstance(value, dict):
        return [lazy for item in value.items() for lazy in lazy_values(item)]
    if isinstance(value, (list, tuple, set, frozenset)):
        return [lazy for item in value for lazy in lazy_values(item)]
    if hasattr(value, "__dataclass_fields__"):
        return [
            lazy
            for name in value.__dataclass_fields__
            for lazy in lazy_values(getattr(value, name))
        ]
    return []


def flush_counts():
    """Write the counts gathered in the cache, as the worker does once their minute is over."""
    import time

    from search import counters, stats

    return stats.flush(now=time.time() + 2 * counters.WINDOW_SECONDS)


@pytest.fixture(autouse=True)
def _as_tower_hamlets(as_tower_hamlets):
    """These tests build and read Tower Hamlets' content directly, as its editors' requests do.

    Each request a test makes is served in its own host's council; what is
    sealed between councils outside a request is tested in tests/home/test_fail_closed.py.
    """
