"""What a family meets in every council: their own language, real consent, no stray text."""

import re
from html import unescape

import pytest

from forms_app.models import FamilySubmission
from tests.forms_app.conftest import answers, form_token

pytestmark = pytest.mark.django_db

HOSTS = {"tower-hamlets": "localhost", "newham": "newham.localhost", "telford": "telford.localhost"}
PRIVACY_SECTIONS = (
    "controller",
    "how_to_contact",
    "dpo",
    "purposes",
    "kept",
    "recipients",
    "rights",
)


def paragraphs(html):
    return [
        unescape(re.sub(r"<[^>]+>", "", text)).strip()
        for text in re.findall(r"<p[^>]*>(.*?)</p>", html, re.S)
    ]


def english_sentences(council_slug):
    from forms_app.models import PrivacyNoticePage
    from tests.factories import council

    home = council(council_slug).site.root_page
    notice = PrivacyNoticePage.objects.descendant_of(home).get(locale__language_code="en")
    return [
        sentence
        for name in PRIVACY_SECTIONS
        for sentence in paragraphs(getattr(notice, name))
        if sentence
    ]


@pytest.mark.parametrize("council_slug", HOSTS)
@pytest.mark.parametrize("language", ["bn", "so"])
def test_a_familys_privacy_notice_has_no_english_sentence_left(client, council_slug, language):
    sentences = english_sentences(council_slug)
    assert len(sentences) >= 9
    response = client.get(f"/{language}/feedback/privacy/", HTTP_HOST=HOSTS[council_slug])
    assert response.status_code == 200
    text = unescape(response.content.decode())
    left = [sentence for sentence in sentences if sentence in text]
    assert left == []


def test_telford_and_wrekins_notice_names_the_council_in_bengali_and_somali(client):
    for language, controller in (("bn", "ডেটা নিয়ন্ত্রক"), ("so", "maamulaha xogta")):
        response = client.get(f"/{language}/feedback/privacy/", HTTP_HOST="telford.localhost")
        text = unescape(response.content.decode())
        sentence = next(
            line for line in paragraphs(response.content.decode()) if controller in line
        )
        assert "Telford & Wrekin" in sentence
        assert "is the data controller" not in text


@pytest.fixture
def tower_hamlets_form(feedback_pages):
    return feedback_pages


@pytest.mark.parametrize("sent", ["off", "false", "0", "no", "yes", "1", "true", " on", "ON"])
def test_a_hand_made_post_without_the_real_tick_is_not_stored_as_consent(
    client, tower_hamlets_form, sent
):
    url = "/en/feedback/"
    data = answers(agree_to_use=sent)
    data["form_token"] = form_token(client, url)
    response = client.post(url, data, follow=True)
    assert FamilySubmission.objects.count() == 0
    assert "Tick ‘I understand my answers will be used" in response.content.decode()


def test_the_tick_a_browser_sends_is_stored_as_consent(client, tower_hamlets_form):
    url = "/en/feedback/"
    data = answers(agree_to_use="on")
    data["form_token"] = form_token(client, url)
    client.post(url, data, follow=True)
    assert FamilySubmission.objects.get().answers["agree_to_use"] is True


def test_two_values_for_the_tick_are_not_consent(client, tower_hamlets_form):
    url = "/en/feedback/"
    data = answers()
    data["agree_to_use"] = ["on", "off"]
    data["form_token"] = form_token(client, url)
    client.post(url, data, follow=True)
    assert FamilySubmission.objects.count() == 0


@pytest.mark.parametrize("council_slug", HOSTS)
@pytest.mark.parametrize("language", ["en", "bn", "so"])
def test_no_developer_text_reaches_a_family_form(client, council_slug, language):
    response = client.get(f"/{language}/feedback/", HTTP_HOST=HOSTS[council_slug])
    content = response.content.decode()
    assert response.status_code == 200
    assert "{#" not in content and "#}" not in content
    assert "conditional reveal" not in content
    callback = content[content.index("callback-question") :]
    assert "aria-expanded" not in callback
