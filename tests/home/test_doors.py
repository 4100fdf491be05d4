"""Doors that answer properly: one clear refusal, never a loop or a server error."""

from html import unescape

import pytest
from django.core.files.base import ContentFile
from django.test import RequestFactory
from wagtail.documents import get_document_model
from wagtail.models import CollectionViewRestriction, Locale, PageViewRestriction

from home import errors
from tests import factories

pytestmark = pytest.mark.django_db

ADMIN_ADDRESSES = [
    "/admin/",
    "/admin/pages/",
    "/admin/snippets/x",
    "/admin/forms/",
    "/admin/reports/",
]


@pytest.mark.parametrize("address", ADMIN_ADDRESSES)
def test_staff_opening_an_admin_link_get_one_page_saying_they_have_no_access(staff_client, address):
    response = staff_client.get(address, follow=True)

    assert response.status_code == 403
    assert len(response.redirect_chain) <= 1  # /admin/snippets/x → …/x/ at most
    html = unescape(response.content.decode())
    assert "You don't have access to the admin" in html
    assert 'href="/"' in html
    assert "do not have permission" not in html
    # Nothing is left behind to stack up on the next page either.
    assert "do not have permission" not in staff_client.get("/en/").content.decode()


def test_signing_in_from_an_admin_link_without_admin_access_ends_at_the_same_403(
    client, demo_users
):
    response = client.post(
        "/login/?next=/admin/pages/",
        {"username": "staff", "password": "better-together", "next": "/admin/pages/"},
        follow=True,
    )
    assert response.redirect_chain == [("/admin/pages/", 302)]
    assert response.status_code == 403


def test_anonymous_visitors_to_the_admin_are_still_sent_to_sign_in(client):
    response = client.get("/admin/pages/")
    assert response.status_code == 302
    assert response["Location"] == "/login/?next=/admin/pages/"


def test_editors_still_open_the_admin(client, demo_users):
    client.force_login(demo_users["editor"])
    assert client.get("/admin/").status_code == 200


@pytest.fixture
def academy_group(demo_users):
    return demo_users["academy"].groups.get()


@pytest.fixture
def academy_only_page(sites, academy_group):
    page = factories.FrameworkPageFactory(
        parent=sites["better-together"], slug="academy-notes", title="Academy notes"
    )
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.set([academy_group])
    return page


def test_a_page_restricted_to_a_group_is_a_403_naming_the_group_for_other_staff(
    staff_client, academy_only_page, academy_group
):
    response = staff_client.get(academy_only_page.get_url())

    assert response.status_code == 403
    html = unescape(response.content.decode())
    assert "You don't have access to this" in html
    assert f"<li>{academy_group.name}</li>" in html
    assert "ask your team manager or the Learning Academy" in html
    assert "Academy notes" not in html
    assert "no-cache" in response["Cache-Control"]


def test_the_group_it_is_restricted_to_reads_the_page(client, demo_users, academy_only_page):
    client.force_login(demo_users["academy"])
    response = client.get(academy_only_page.get_url())
    assert response.status_code == 200
    assert "Academy notes" in response.content.decode()


def test_anonymous_visitors_to_a_restricted_page_are_sent_to_sign_in(client, academy_only_page):
    response = client.get(academy_only_page.get_url())
    assert response.status_code == 302
    assert response["Location"].startswith("/login/?next=")


def test_a_password_restricted_page_still_asks_for_and_accepts_its_password(staff_client, sites):
    page = factories.FrameworkPageFactory(parent=sites["better-together"], slug="shared-notes")
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="open-sesame"
    )
    url = page.get_url()

    asked = staff_client.get(url)
    assert asked.status_code == 200
    action = f"/_util/authenticate_with_password/{restriction.pk}/{page.pk}/"
    assert f'action="{action}"' in asked.content.decode()

    staff_client.post(action, {"password": "open-sesame", "return_url": url})
    assert staff_client.get(url).status_code == 200
    assert page.title in staff_client.get(url).content.decode()


@pytest.fixture
def academy_document(settings, tmp_path, academy_group):
    settings.MEDIA_ROOT = tmp_path
    # Inside the council's own collection: a file belongs to the council whose collection holds it.
    collection = factories.council().collection.add_child(name="Academy only")
    restriction = CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=CollectionViewRestriction.GROUPS
    )
    restriction.groups.set([academy_group])
    return get_document_model().objects.create(
        title="Supervision notes",
        file=ContentFile(b"private notes", name="notes.txt"),
        collection=collection,
    )


def test_a_document_restricted_to_a_group_is_a_403_for_other_staff(
    staff_client, academy_document, academy_group
):
    response = staff_client.get(academy_document.url)
    assert response.status_code == 403
    html = unescape(response.content.decode())
    assert f"<li>{academy_group.name}</li>" in html
    assert "private notes" not in html


def test_the_group_a_document_is_restricted_to_downloads_it(client, demo_users, academy_document):
    client.force_login(demo_users["academy"])
    response = client.get(academy_document.url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == b"private notes"


def test_staff_change_their_password_on_the_sites_own_page(staff_client, demo_users):
    page = staff_client.get("/password_change/")
    assert page.status_code == 200
    assert "Change your password" in page.content.decode()

    done = staff_client.post(
        "/password_change/",
        {
            "old_password": "better-together",
            "new_password1": "a-new-long-passphrase-42",
            "new_password2": "a-new-long-passphrase-42",
        },
        follow=True,
    )
    assert done.status_code == 200
    assert "Your password has been changed" in done.content.decode()
    demo_users["staff"].refresh_from_db()
    assert demo_users["staff"].check_password("a-new-long-passphrase-42")


def test_anonymous_visitors_to_password_change_are_sent_to_sign_in(client):
    response = client.get("/password_change/")
    assert response.status_code == 302
    assert response["Location"].startswith("/login/")


FAMILY_WORDS = {
    "bn": {404: "পৃষ্ঠাটি পাওয়া যায়নি", 403: "এটি দেখার অনুমতি আপনার নেই"},
    "so": {404: "Bogga lama helin", 403: "Uma haysatid fursad aad tan ku gasho"},
}


@pytest.mark.parametrize("language", ["bn", "so"])
def test_not_found_and_no_access_pages_are_in_the_family_pages_language(
    client, demo_users, feedback_pages, language
):
    not_found = client.get(f"/{language}/does-not-exist/")
    assert not_found.status_code == 404
    assert FAMILY_WORDS[language][404] in not_found.content.decode()
    assert f'lang="{language}"' in not_found.content.decode()

    translated = feedback_pages["feedback"].get_translation(
        Locale.objects.get(language_code=language)
    )
    restriction = PageViewRestriction.objects.create(
        page=translated, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.set([demo_users["academy"].groups.get()])
    client.force_login(demo_users["staff"])
    refused = client.get(translated.get_url())
    assert refused.status_code == 403
    assert FAMILY_WORDS[language][403] in refused.content.decode()


@pytest.mark.parametrize(
    ("handler", "status", "english"),
    [
        (lambda r: errors.bad_request(r, None), 400, "problem with that request"),
        (lambda r: errors.permission_denied(r, None), 403, "permission to do that"),
        (lambda r: errors.page_not_found(r, None), 404, "Page not found"),
        (errors.server_error, 500, "problem with the service"),
    ],
)
def test_every_error_page_is_the_sites_own_in_the_address_language(db, handler, status, english):
    request = RequestFactory().get("/en/feedback/")
    request.user = None
    english_page = handler(request)
    assert english_page.status_code == status
    assert english in english_page.content.decode()
    assert "<script>" not in english_page.content.decode()

    somali_page = handler(RequestFactory().get("/so/feedback/"))
    assert 'lang="so"' in somali_page.content.decode()
    assert english not in somali_page.content.decode()
