"""Links, QR codes and the poster for editors; call-back details for the Learning Academy only."""

import pytest

from forms_app.models import CallbackRequest
from tests.forms_app.conftest import submit

pytestmark = pytest.mark.django_db


@pytest.fixture
def callback_request(client, feedback_pages):
    submit(client, call_back="yes", call_back_name="Amina", call_back_phone="07700 900982")
    client.logout()
    return CallbackRequest.objects.get()


def test_an_editor_gets_each_languages_link_and_the_choose_your_language_link(
    client, feedback_pages, demo_users
):
    page = feedback_pages["feedback"]
    client.force_login(demo_users["editor"])
    content = client.get(f"/admin/family-forms/{page.pk}/links/?src=edge-of-care").content
    content = content.decode()
    for code in ("en", "bn", "so"):
        assert f"/{code}/feedback/?src=edge-of-care" in content
    assert f"/forms/{page.pk}/languages/?src=edge-of-care" in content
    edit = client.get(f"/admin/pages/{page.pk}/edit/").content.decode()
    assert f"/admin/family-forms/{page.pk}/links/" in edit


@pytest.mark.parametrize("language", ["en", "bn", "so", "choose"])
def test_qr_codes_come_as_svg_and_png(client, feedback_pages, demo_users, language):
    page = feedback_pages["feedback"]
    client.force_login(demo_users["editor"])
    svg = client.get(f"/admin/family-forms/{page.pk}/qr/{language}.svg")
    png = client.get(f"/admin/family-forms/{page.pk}/qr/{language}.png?src=family-hubs")
    assert svg["Content-Type"] == "image/svg+xml"
    assert svg.content.lstrip().startswith(b"<svg")
    assert png["Content-Type"] == "image/png"
    assert png.content.startswith(b"\x89PNG")
    assert "family-hubs" in png["Content-Disposition"]


def test_an_unknown_source_tag_or_image_kind_is_not_found(client, feedback_pages, demo_users):
    page = feedback_pages["feedback"]
    client.force_login(demo_users["editor"])
    assert client.get(f"/admin/family-forms/{page.pk}/qr/en.svg?src=Nope!").status_code == 404
    assert client.get(f"/admin/family-forms/{page.pk}/qr/en.gif").status_code == 404
    assert client.get(f"/admin/family-forms/{page.pk}/qr/xx.svg").status_code == 404


def test_the_printable_poster_has_all_three_languages(client, feedback_pages, demo_users):
    page = feedback_pages["feedback"]
    client.force_login(demo_users["editor"])
    content = client.get(f"/admin/family-forms/{page.pk}/poster/").content.decode()
    assert "css/poster.css" in content
    assert content.count("<svg") == 4
    assert "আপনার মতামত জানাতে স্ক্যান করুন" in content
    assert "Iskaan garee si aad noogu sheegto waxaad ka qabto" in content
    assert "Scan to tell us what you think" in content


def test_a_non_editor_cannot_open_the_links_of_a_form(client, feedback_pages, demo_users):
    page = feedback_pages["feedback"]
    client.force_login(demo_users["staff"])
    response = client.get(f"/admin/family-forms/{page.pk}/links/")
    assert response.status_code in (302, 403)


@pytest.mark.parametrize("url", ["/admin/callbacks/", "/admin/organisation_updates/"])
def test_call_backs_and_suggestions_have_no_second_unaudited_screen(client, demo_users, url):
    client.force_login(demo_users["academy"])
    assert client.get(url).status_code == 404


@pytest.mark.parametrize("username", ["academy", "editor"])
def test_wagtails_own_submission_screens_are_closed_to_everyone(
    client, feedback_pages, demo_users, username
):
    """The Learning Academy reads submissions in its own screens, which audit every export."""
    from wagtail.contrib.forms.utils import get_forms_for_user

    submit(client, "bn", listened_to="never")
    client.force_login(demo_users[username])
    page = feedback_pages["feedback"]
    for url in (
        "/admin/forms/",
        f"/admin/forms/submissions/{page.pk}/",
        f"/admin/forms/submissions/{page.pk}/?export=csv",
        f"/admin/forms/submissions/{page.pk}/delete/",
    ):
        assert client.get(url).status_code == 404, url
    assert client.post(f"/admin/forms/submissions/{page.pk}/delete/").status_code == 404
    assert not get_forms_for_user(demo_users[username]).exists()
