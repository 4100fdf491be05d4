"""Headless Chromium from Debian's package, driven by Playwright, against a live server."""

from pathlib import Path

# The content fixtures, so that browser tests can build the framework as its own tests do.
from tests.resources.conftest import home, intervention_index, standards, workflow  # noqa: F401

AXE = Path(__file__).resolve().parents[2] / "build" / "test" / "axe.min.js"


def sign_in(page, username, password="better-together", start="/login/"):
    page.goto(start)
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(lambda url: "/login/" not in url)


def add_axe(page):
    """Load axe-core as a file from the page's own origin, which its CSP allows.

    Playwright's add_script_tag(path=…) writes an inline script, which the
    site's Content-Security-Policy rightly refuses.
    """
    page.route(
        "**/__axe__.js",
        lambda route: route.fulfill(path=str(AXE), content_type="text/javascript"),
    )
    page.add_script_tag(url="/__axe__.js")


def axe_violations(page):
    """Run axe-core (installed from its npm package) in the page; WCAG 2.2 AA rules."""
    add_axe(page)
    result = page.evaluate(
        "async () => await axe.run(document, {runOnly: {type: 'tag', values: "
        "['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']}})"
    )
    return [
        f"{violation['id']}: {violation['help']} ({len(violation['nodes'])} nodes)"
        for violation in result["violations"]
    ]
