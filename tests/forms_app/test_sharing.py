"""Staff share the form, and every address they are given is the council's one public address."""

import re

import pytest
from django.core import mail

from forms_app.views import qr_svg
from home.branding import public_base_url
from home.models import SiteBranding
from tests.factories import UserFactory, council

pytestmark = pytest.mark.django_db

ADDRESS = re.compile(r'https?://[^\s"<>]+')


def addresses(html):
    """Every absolute address in a page, except the ICO's and the stylesheet vendors'."""
    return [url for url in ADDRESS.findall(html) if "w3.org" not in url]


@pytest.fixture
def newham_staff(client, feedback_pages):
    client.force_login(UserFactory(council=council("newham")))
    return client


def test_any_member_of_staff_gets_the_link_qr_code_and_poster_for_their_team(newham_staff):
    host = "newham.localhost:8123"
    html = newham_staff.get(
        "/en/share-the-form/?src=family-hubs&lang=so", HTTP_HOST=host
    ).content.decode()
    assert "http://newham.localhost:8123/so/feedback/?src=family-hubs" in html
    assert "<svg" in html
    assert "Newham Children&#x27;s Services" in html
    poster = newham_staff.get(
        re.search(r'href="(/en/share-the-form/\d+/poster/[^"]*)"', html)
        .group(1)
        .replace("&amp;", "&"),
        HTTP_HOST=host,
    ).content.decode()
    assert poster.count("<svg") == 4
    assert "Newham Children&#x27;s Services" in poster
    for heading in ("Tell us what you think", 'lang="bn"', 'lang="so"'):
        assert heading in poster
    png = newham_staff.get(
        re.search(r'href="(/en/share-the-form/\d+/qr/so\.png[^"]*)"', html)
        .group(1)
        .replace("&amp;", "&"),
        HTTP_HOST=host,
    )
    assert png.content.startswith(b"\x89PNG")


def test_staff_cannot_share_another_councils_form(client, feedback_pages):
    client.force_login(UserFactory(council=council("newham")))
    tower_hamlets_form = feedback_pages["feedback"]
    response = client.get(
        f"/en/share-the-form/{tower_hamlets_form.pk}/poster/", HTTP_HOST="newham.localhost"
    )
    assert response.status_code == 404


def test_signed_out_visitors_cannot_share_the_form(client, feedback_pages):
    response = client.get("/en/share-the-form/")
    assert response.status_code == 302
    assert "/login/" in response["Location"]


@pytest.mark.parametrize("configured", [False, True])
def test_every_address_given_out_is_the_councils_one_public_address(
    client, feedback_pages, demo_users, configured
):
    """Links, QR codes, posters, the language chooser and emails share one helper's address."""
    newham = council("newham")
    host = "newham.localhost:8123"
    if configured:
        SiteBranding.objects.filter(site=newham.site).update(
            public_base_url="https://feedback.newham.example"
        )
    expected = "https://feedback.newham.example" if configured else "http://newham.localhost:8123"
    form = newham.site.root_page.get_children().get(slug="feedback")
    client.force_login(demo_users["newham-editor"])
    pages = {
        "admin links": f"/admin/family-forms/{form.pk}/links/?src=family-hubs",
        "admin poster": f"/admin/family-forms/{form.pk}/poster/",
        "share page": "/en/share-the-form/?lang=bn",
        "share poster": f"/en/share-the-form/{form.pk}/poster/",
    }
    seen = {}
    for name, url in pages.items():
        seen[name] = addresses(client.get(url, HTTP_HOST=host).content.decode())
    client.logout()
    seen["language chooser"] = addresses(
        client.get(f"/forms/{form.pk}/languages/?src=family-hubs", HTTP_HOST=host).content.decode()
    )
    client.post("/password_reset/", {"email": "newham-staff@example.org"}, HTTP_HOST=host)
    seen["password reset email"] = addresses(mail.outbox[-1].body)

    request = client.get("/login/", HTTP_HOST=host).wsgi_request
    assert public_base_url(newham.site, request) == expected
    for name, urls in seen.items():
        family = [
            url for url in urls if "/feedback/" in url or "/forms/" in url or "/reset/" in url
        ]
        assert family, f"{name} gave no address"
        wrong = [url for url in family if not url.startswith(expected + "/")]
        assert not wrong, f"{name} gave {wrong}, not {expected}"
    assert f"{expected}/bn/feedback/" in seen["share page"]
    assert f"{expected}/so/feedback/?src=family-hubs" in seen["language chooser"]

    svg = client.get(f"/admin/family-forms/{form.pk}/qr/en.svg", HTTP_HOST=host)
    assert svg.status_code in (302, 403)  # signed out now; the QR test signs in below
    client.force_login(demo_users["newham-editor"])
    svg = client.get(f"/admin/family-forms/{form.pk}/qr/en.svg", HTTP_HOST=host)
    assert svg.content.decode() == qr_svg(f"{expected}/en/feedback/", scale=8)
