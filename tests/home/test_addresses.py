"""Every link the site builds goes to the address it is served on, port included."""

import re

import pytest
from django.template import Context, Template
from django.test import RequestFactory
from django.urls import reverse

from home.branding import ServingRequestMiddleware
from home.models import SiteBranding
from home.views import council_site_url
from tests.factories import council

pytestmark = pytest.mark.django_db


def test_sign_in_on_your_own_councils_site_keeps_the_port_being_served(client, demo_users):
    response = client.post(
        "/login/",
        {"username": "newham-staff", "password": "better-together"},
        HTTP_HOST="localhost:8104",
    )
    content = response.content.decode()
    assert "Your account is with Newham" in content
    assert "http://newham.localhost:8104" in content
    assert ":8000" not in content


def test_the_other_councils_page_links_to_their_site_on_the_same_port(client, demo_users):
    client.force_login(demo_users["newham-staff"])
    response = client.get("/en/", HTTP_HOST="telford.localhost:8104")
    assert response.status_code == 403
    assert 'href="http://newham.localhost:8104"' in response.content.decode()


def test_a_councils_configured_public_address_wins_over_the_request(sites):
    newham = council("newham")
    SiteBranding.objects.update_or_create(
        site=newham.site, defaults={"public_base_url": "https://circles.example.org/"}
    )
    request = RequestFactory().get("/", HTTP_HOST="localhost:8104")
    assert council_site_url(newham, request) == "https://circles.example.org"


def test_without_a_request_the_site_port_is_used(sites):
    newham = council("newham")
    newham.site.port = 8104
    newham.site.save()
    assert council_site_url(newham) == "http://newham.localhost:8104"


@pytest.fixture
def newham_editor(client, demo_users):
    client.force_login(demo_users["newham-editor"])
    return client


def live_links(html):
    return re.findall(
        r'<a\s+href="([^"]+)"\s+target="_blank"\s+rel="noreferrer"\s+class="[^"]*page-status-tag',
        html,
    )


def test_the_admins_live_link_keeps_the_port_being_served(newham_editor, feedback_pages):
    home = council("newham").site.root_page
    response = newham_editor.get(
        reverse("wagtailadmin_pages:edit", args=[home.pk]), HTTP_HOST="newham.localhost:8104"
    )
    links = live_links(response.content.decode())
    assert links
    assert set(links) == {"http://newham.localhost:8104/en/"}


def test_the_admins_live_link_uses_the_configured_public_address(newham_editor, feedback_pages):
    newham = council("newham")
    SiteBranding.objects.update_or_create(
        site=newham.site, defaults={"public_base_url": "https://circles.example.org"}
    )
    response = newham_editor.get(
        reverse("wagtailadmin_pages:edit", args=[newham.site.root_page.pk]),
        HTTP_HOST="newham.localhost:8104",
    )
    assert set(live_links(response.content.decode())) == {"https://circles.example.org/en/"}


EMAIL_BASE = Template(
    "{% load wagtailadmin_tags %}{% base_url_setting default='' as base %}{{ base }}"
)


def test_a_workflow_email_sent_while_serving_links_to_the_address_served(sites):
    page = council("newham").site.root_page
    request = RequestFactory().get("/admin/", HTTP_HOST="newham.localhost:8104")
    rendered = []
    ServingRequestMiddleware(lambda r: rendered.append(EMAIL_BASE.render(Context({"page": page}))))(
        request
    )
    assert rendered == ["http://newham.localhost:8104"]


def test_a_workflow_email_sent_outside_a_request_links_to_the_councils_address(sites):
    newham = council("newham")
    page = newham.site.root_page
    newham.site.port = 8104
    newham.site.save()
    assert EMAIL_BASE.render(Context({"page": page})) == "http://newham.localhost:8104"
    SiteBranding.objects.update_or_create(
        site=newham.site, defaults={"public_base_url": "https://circles.example.org"}
    )
    assert EMAIL_BASE.render(Context({"page": page})) == "https://circles.example.org"


def test_a_workflow_email_about_a_snippet_links_to_its_councils_site(sites):
    from tests.factories import ContactFactory

    telford = council("telford")
    telford.site.port = 8104
    telford.site.save()
    from councils.tenancy import council_scope

    with council_scope(telford):
        contact = ContactFactory(council=telford)
    assert EMAIL_BASE.render(Context({"object": contact})) == "http://telford.localhost:8104"


def test_workflow_emails_link_to_the_councils_site_on_the_port_served(
    demo_users, feedback_pages, mailoutbox, django_capture_on_commit_callbacks
):
    from resources.demo import ensure_workflow
    from review.demo import ensure_permissions

    ensure_permissions()
    workflow = ensure_workflow()
    newham = council("newham")
    home = newham.site.root_page.specific
    editor = demo_users["newham-editor"]
    home.save_revision(user=editor)
    request = RequestFactory().post("/admin/", HTTP_HOST="newham.localhost:8104")

    def submit(request):
        with django_capture_on_commit_callbacks(execute=True):
            workflow.start(home, editor)

    ServingRequestMiddleware(submit)(request)
    links = [link for message in mailoutbox for link in re.findall(r"https?://\S+", message.body)]
    assert links
    assert all(link.startswith("http://newham.localhost:8104/") for link in links), links
