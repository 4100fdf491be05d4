import pytest
from django.utils import translation
from django.utils.translation import get_language_info
from wagtail.models import Locale


def test_somali_is_known_to_django_everywhere():
    info = get_language_info("so")
    assert info["name_local"] == "Soomaali"
    assert info["bidi"] is False


@pytest.mark.django_db
def test_the_three_family_languages_exist_as_wagtail_locales():
    assert set(Locale.objects.values_list("language_code", flat=True)) >= {"en", "bn", "so"}
    for locale in Locale.objects.all():
        assert locale.get_display_name()


def test_djangos_own_validation_messages_are_in_somali_and_bengali():
    from django import forms

    class Form(forms.Form):
        email = forms.EmailField()

    # Django's messages are lazy: read them while the language is active.
    with translation.override("so"):
        invalid = Form({"email": "not-an-email"}).errors["email"][0]
        required = Form({}).errors["email"][0]
    assert invalid != "Enter a valid email address."
    assert required != "This field is required."
    with translation.override("bn"):
        required_bn = Form({}).errors["email"][0]
    assert required_bn != "This field is required."


@pytest.mark.django_db
def test_an_unknown_language_prefix_gives_the_english_not_found_page(client):
    response = client.get("/xx/feedback/", follow=True)
    assert response.status_code == 404
    content = response.content.decode()
    assert 'lang="en"' in content
    assert "Page not found" in content


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["en", "bn", "so"])
def test_family_pages_declare_their_language(client, feedback_pages, language):
    response = client.get(f"/{language}/feedback/")
    assert response.status_code == 200
    assert f'<html lang="{language}"' in response.content.decode()


@pytest.mark.django_db
def test_the_language_switcher_links_every_translation(client, feedback_pages):
    content = client.get("/so/feedback/").content.decode()
    assert 'hreflang="en"' in content
    assert 'hreflang="bn"' in content
    assert 'aria-current="true" lang="so"' in content
