"""Every answer says which scripts may run and which device features may be used."""

from html.parser import HTMLParser

import pytest

pytestmark = pytest.mark.django_db


def directives(response):
    policy = response["Content-Security-Policy"]
    return {
        name: values
        for name, *values in (part.split() for part in policy.split(";") if part.strip())
    }


class InlineFinder(HTMLParser):
    """Collects inline scripts, event handler attributes and style attributes."""

    def __init__(self):
        super().__init__()
        self.found = []
        self._in_script = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "script":
            self._in_script = "src" not in attrs and attrs.get("type") != "application/json"
        for name in attrs:
            if name.startswith("on") or name == "style":
                self.found.append(f"<{tag} {name}=…>")

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_script = False

    def handle_data(self, data):
        if self._in_script and data.strip():
            self.found.append(f"<script>{data.strip()[:40]}</script>")


def inline_code(response):
    finder = InlineFinder()
    finder.feed(response.content.decode())
    return finder.found


@pytest.mark.parametrize("language", ["en", "bn", "so"])
def test_family_pages_run_no_script_at_all(client, feedback_pages, language):
    response = client.get(f"/{language}/feedback/")
    assert response.status_code == 200

    policy = directives(response)
    assert policy["script-src"] == ["'self'"]
    assert policy["style-src"] == ["'self'"]
    assert policy["object-src"] == ["'none'"]
    assert policy["frame-ancestors"] == ["'none'"]
    assert inline_code(response) == []
    assert "<script" not in response.content.decode()


@pytest.mark.parametrize("path", ["/en/does-not-exist/", "/login/", "/password_reset/"])
def test_public_doors_have_no_inline_code_either(client, sites, path):
    response = client.get(path)
    assert "'unsafe-inline'" not in response["Content-Security-Policy"]
    assert inline_code(response) == []


def test_staff_pages_have_the_same_strict_policy(staff_client, sites):
    response = staff_client.get("/en/")
    assert response.status_code == 200
    assert directives(response)["script-src"] == ["'self'"]
    assert inline_code(response) == []


def test_the_wagtail_admin_has_its_own_looser_policy(client, demo_users):
    client.force_login(demo_users["editor"])
    response = client.get("/admin/")
    assert response.status_code == 200
    policy = directives(response)
    assert "'unsafe-inline'" in policy["script-src"]
    assert policy["frame-ancestors"] == ["'self'"]
    assert policy["object-src"] == ["'none'"]


@pytest.mark.parametrize(
    ("who", "path"),
    [(None, "/en/feedback/"), ("staff", "/en/"), ("editor", "/admin/"), ("staff", "/admin/")],
)
def test_every_page_denies_camera_microphone_and_location(
    client, demo_users, feedback_pages, who, path
):
    if who:
        client.force_login(demo_users[who])
    response = client.get(path)
    assert "Content-Security-Policy" in response
    features = dict(part.strip().split("=") for part in response["Permissions-Policy"].split(","))
    for feature in ("camera", "microphone", "geolocation", "payment", "usb"):
        assert features[feature] == "()"
