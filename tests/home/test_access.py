"""Only the family pages, sign-in, password reset and the Open Referral feed are open to all."""

import re
from urllib.parse import urljoin, urlsplit

import pytest
from wagtail.models import Page

PUBLIC_PATHS = {
    "/login/",
    "/branding.css",
    "/password_reset/",
    "/password_reset/done/",
    "/reset/done/",
    "/healthz",
}
SEEDS = [
    "/",
    "/en/",
    "/bn/",
    "/so/",
    "/admin/",
    "/admin/pages/",
    "/admin/snippets/",
    "/documents/1/report.pdf",
    "/en/search/?q=camhs",
    "/password_change/",
    "/admin/reports/",
    "/en/does-not-exist/",
    "/admin/login/",
    "/login/",
    "/branding.css",
    "/openreferral/",
]
LINK = re.compile(r'(?:href|action|src)="([^"#]+)"')


def page_urls(public):
    urls = set()
    for page in Page.objects.live().filter(depth__gt=1).specific():
        if page.public_for_families == public:
            parts = urlsplit(page.get_url())
            urls.add((parts.hostname or "localhost", parts.path))
    return urls


@pytest.mark.django_db
def test_an_anonymous_crawl_reaches_only_the_public_allowlist(client, feedback_pages):
    public_pages = page_urls(public=True)
    staff_pages = page_urls(public=False)
    assert {("localhost", f"/{code}/feedback/") for code in ("en", "bn", "so")} <= public_pages
    assert {host for host, _path in staff_pages} >= {
        "localhost",
        "newham.localhost",
        "telford.localhost",
    }

    queue = [*(("localhost", seed) for seed in SEEDS), *public_pages, *staff_pages]
    seen = set()
    opened = set()
    while queue:
        host, url = queue.pop()
        if (host, url) in seen or urlsplit(url).netloc:
            continue
        seen.add((host, url))
        path = urlsplit(url).path
        response = client.get(url, HTTP_HOST=host)
        if response.status_code == 200:
            assert (
                path in PUBLIC_PATHS
                or (host, path) in public_pages
                or path.startswith(("/static/", "/reset/", "/openreferral/"))
            ), f"{host}{url} is open to anonymous visitors"
            opened.add((host, path))
            if "text/html" in response.get("Content-Type", ""):
                for link in LINK.findall(response.content.decode()):
                    queue.append((host, urljoin(path, link.replace("&amp;", "&"))))
        elif response.status_code in (301, 302):
            location = response["Location"]
            if not location.startswith("/login/"):
                queue.append((host, location))
                continue
            assert (host, path) not in public_pages
        else:
            assert response.status_code in (404, 405), f"{url} gave {response.status_code}"

    assert public_pages <= opened
    assert ("localhost", "/login/") in opened
    assert ("localhost", "/password_reset/") in opened


@pytest.mark.django_db
def test_staff_pages_send_an_anonymous_visitor_to_sign_in(client, sites):
    response = client.get("/en/")
    assert response.status_code == 302
    assert response["Location"] == "/login/?next=/en/"


@pytest.mark.django_db
def test_signed_in_staff_see_the_home_page(staff_client, sites):
    response = staff_client.get("/en/")
    assert response.status_code == 200
    assert "Better Together" in response.content.decode()


@pytest.mark.django_db
def test_staff_sign_in_with_the_demo_password(client, demo_users, sites):
    response = client.post(
        "/login/", {"username": "staff", "password": "better-together", "next": "/en/"}
    )
    assert response.status_code == 302
    assert response["Location"] == "/en/"


@pytest.mark.django_db
def test_a_wrong_password_keeps_the_username_and_explains(client, demo_users):
    response = client.post("/login/", {"username": "staff", "password": "wrong"})
    content = response.content.decode()
    assert response.status_code == 200
    assert "There is a problem" in content
    assert 'value="staff"' in content


@pytest.mark.django_db
def test_a_signed_out_member_of_staff_can_reset_their_password(client, demo_users, mailoutbox):
    response = client.post("/password_reset/", {"email": "staff@example.org"})
    assert response.status_code == 302
    assert len(mailoutbox) == 1
    link = re.search(r"http://testserver(/reset/\S+/)", mailoutbox[0].body).group(1)
    response = client.get(link, follow=True)
    assert response.status_code == 200
    form_url = response.redirect_chain[-1][0]
    response = client.post(
        form_url,
        {"new_password1": "a-new-long-passphrase", "new_password2": "a-new-long-passphrase"},
    )
    assert response.status_code == 302
    signed_in = client.post("/login/", {"username": "staff", "password": "a-new-long-passphrase"})
    assert signed_in.status_code == 302


@pytest.mark.django_db
def test_the_admin_sends_an_anonymous_visitor_to_the_staff_sign_in(client):
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"].startswith("/login/")


@pytest.mark.django_db
def test_pages_for_signed_in_staff_are_never_stored_in_a_shared_cache(staff_client, sites):
    response = staff_client.get("/en/")
    assert "private" in response["Cache-Control"]
