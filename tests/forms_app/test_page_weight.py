"""A family on a phone downloads at most 60 KB to see the form, fonts included.

Each language's form page, as served, and every file it references (style
sheets, what they reference in turn, scripts, icons), counted as they travel
on a cold cache: static files compressed as whitenoise serves them (Brotli
where that is smaller; fonts are WOFF2, compressed already), pages gzipped as
Django's GZipMiddleware sends them. bench/page_weight_bench.py prints the same figures.
"""

import gzip
import re
from pathlib import Path
from urllib.parse import urljoin

import brotli
import pytest
from django.conf import settings
from django.contrib.staticfiles import finders

pytestmark = pytest.mark.django_db

BUDGET = 60 * 1024
COMPRESSIBLE = (".css", ".js", ".svg", ".html")
REFERENCES = re.compile(r'<(?:link[^>]+href|script[^>]+src|img[^>]+src)="([^"]+)"', re.IGNORECASE)
CSS_URL = re.compile(r'url\(["\']?([^)"\']+)["\']?\)')


def as_served(name, content, encoding=""):
    if encoding or not name.endswith(COMPRESSIBLE):
        return len(content)
    return min(len(content), len(brotli.compress(content)))


def fetch(client, url):
    """The bytes at ``url`` and their size on the wire."""
    path = url.split("?")[0]
    if path.startswith(settings.STATIC_URL):
        found = finders.find(path.removeprefix(settings.STATIC_URL))
        assert found, f"{url} is referenced but not among the static files"
        content = Path(found).read_bytes()
        return content, as_served(path, content)
    response = client.get(url, HTTP_ACCEPT_ENCODING="gzip")
    assert response.status_code == 200, url
    return response.content, as_served(path, response.content, response.get("Content-Encoding"))


def transfer(client, url):
    """What a cold cache downloads for the page at ``url``: {address: bytes on the wire}."""
    response = client.get(url, HTTP_ACCEPT_ENCODING="gzip")
    assert response.status_code == 200
    assert response["Content-Encoding"] == "gzip"
    sizes = {url: len(response.content)}
    html = gzip.decompress(response.content).decode()
    queue = [urljoin(url, found.replace("&amp;", "&")) for found in REFERENCES.findall(html)]
    while queue:
        address = queue.pop()
        if address in sizes:
            continue
        content, sizes[address] = fetch(client, address)
        if address.split("?")[0].endswith(".css"):
            queue.extend(
                urljoin(address, found)
                for found in CSS_URL.findall(content.decode())
                if not found.startswith("data:")
            )
    return sizes


@pytest.mark.parametrize("language", ["en", "bn", "so"])
def test_a_family_downloads_at_most_60_kb_to_see_the_form(client, feedback_pages, language):
    sizes = transfer(client, f"/{language}/feedback/")
    total = sum(sizes.values())
    listing = "\n".join(f"{size:>8} {address}" for address, size in sizes.items())
    assert total <= BUDGET, f"{total} bytes for /{language}/feedback/:\n{listing}"


def test_the_family_form_sends_no_javascript(client, feedback_pages):
    html = client.get("/bn/feedback/").content.decode()
    assert "<script" not in html
    assert "govuk-frontend.min.css" not in html
    assert "govuk-frontend-family.min.css" in html
