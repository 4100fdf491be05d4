"""Each council looks like itself: its own names and colour, never another council's."""

import re

import pytest
from django.core import mail
from django.utils.html import escape

from home.models import SiteBranding
from tests.factories import UserFactory, council

pytestmark = pytest.mark.django_db

HOSTS = {
    "newham": ("newham.localhost", "Circles of Support", "Newham Children's Services"),
    "telford": ("telford.localhost", "Our Practice Framework", "Telford & Wrekin"),
    "tower-hamlets": ("localhost", "Better Together", "Tower Hamlets"),
}


def header(html):
    return re.search(r'<header class="site-header".*?</header>', html, re.S).group(0)


@pytest.mark.parametrize("slug", HOSTS)
def test_each_councils_staff_header_names_its_own_framework_and_council(client, sites, slug):
    host, framework, name = HOSTS[slug]
    person = UserFactory(council=council(slug))
    client.force_login(person)
    html = header(client.get("/en/", HTTP_HOST=host).content.decode())
    assert framework in html
    assert escape(name) in html
    others = [other[1] for key, other in HOSTS.items() if key != slug]
    assert not any(other in html for other in others)


@pytest.mark.parametrize("slug", HOSTS)
def test_each_councils_sign_in_page_names_its_own_framework(client, sites, slug):
    host, framework, name = HOSTS[slug]
    html = client.get("/login/", HTTP_HOST=host).content.decode()
    assert f"Sign in to {framework}" in html
    assert escape(name) in header(html)
    assert not any(o[1] in html for k, o in HOSTS.items() if k != slug)


@pytest.mark.parametrize("slug", HOSTS)
def test_each_councils_family_pages_carry_its_own_name(client, feedback_pages, slug):
    host, _framework, name = HOSTS[slug]
    html = client.get("/bn/feedback/", HTTP_HOST=host).content.decode()
    assert escape(name) in header(html)
    assert "Better Together" not in header(html) or slug == "tower-hamlets"


def test_the_brand_colour_comes_from_a_stylesheet_not_an_inline_style(client, sites):
    html = client.get("/login/", HTTP_HOST="newham.localhost").content.decode()
    assert "/branding.css?v=00703c" in html
    assert "style=" not in html
    css = client.get("/branding.css", HTTP_HOST="newham.localhost")
    assert css["Content-Type"].startswith("text/css")
    assert b"--brand: #00703c" in css.content


def test_a_council_without_settings_gets_neutral_defaults_not_another_councils(client, sites):
    newham = council("newham")
    SiteBranding.objects.filter(site=newham.site).delete()
    html = client.get("/login/", HTTP_HOST="newham.localhost").content.decode()
    assert "Better Together" not in html
    assert "Tower Hamlets" not in html
    assert "Newham" in header(html)
    css = client.get("/branding.css", HTTP_HOST="newham.localhost").content
    assert b"--brand: #1d3557" in css


def test_a_malformed_colour_never_reaches_the_stylesheet(client, sites):
    newham = council("newham")
    SiteBranding.objects.filter(site=newham.site).update(brand_colour="0;}*{x")
    css = client.get("/branding.css", HTTP_HOST="newham.localhost").content
    assert b"*{x" not in css
    assert b"--brand: #1d3557" in css


def test_the_password_reset_email_names_the_council_and_its_public_address(client, demo_users):
    client.post(
        "/password_reset/", {"email": "newham-staff@example.org"}, HTTP_HOST="newham.localhost:8123"
    )
    (message,) = mail.outbox
    assert "Circles of Support" in message.subject
    assert "Newham" in message.body
    assert "http://newham.localhost:8123/reset/" in message.body
    assert "Better Together" not in message.body + message.subject
