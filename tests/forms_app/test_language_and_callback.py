"""The team's source tag follows a family across languages; call-back details open under Yes."""

import re

import pytest

from forms_app.models import FamilySubmission
from tests.forms_app.conftest import answers, form_token

pytestmark = pytest.mark.django_db


def switcher_links(content):
    return dict(re.findall(r'href="([^"]+)" hreflang="(\w+)" lang="\w+" rel="alternate"', content))


def test_switching_language_keeps_the_source_tag(client, feedback_pages):
    content = client.get("/bn/feedback/?src=family-hubs").content.decode()
    links = {code: url for url, code in switcher_links(content).items()}
    assert links["en"] == "/en/feedback/?src=family-hubs"
    assert links["so"] == "/so/feedback/?src=family-hubs"
    english = client.get(links["en"]).content.decode()
    assert 'name="src" value="family-hubs"' in english


def test_after_a_mistake_the_language_links_still_carry_the_tag(client, feedback_pages):
    token = form_token(client, "/bn/feedback/")
    response = client.post(
        "/bn/feedback/", {**answers(how_helpful=None), "src": "family-hubs", "form_token": token}
    )
    links = {code: url for url, code in switcher_links(response.content.decode()).items()}
    assert links["en"] == "/en/feedback/?src=family-hubs"


def test_a_tag_that_is_not_a_tag_is_not_carried(client, feedback_pages):
    content = client.get('/bn/feedback/?src="><script>').content.decode()
    links = {code: url for url, code in switcher_links(content).items()}
    assert links["en"] == "/en/feedback/"


def test_the_language_chooser_keeps_the_tag_all_the_way_to_the_answers(client, feedback_pages):
    page = feedback_pages["feedback"]
    chooser = client.get(f"/forms/{page.pk}/languages/?src=family-hubs").content.decode()
    somali = re.search(r'href="([^"]*/so/feedback/[^"]*)"', chooser).group(1)
    assert somali.endswith("/so/feedback/?src=family-hubs")
    path = somali[somali.index("/so/") :]
    token = form_token(client, path)
    client.post("/so/feedback/", {**answers(), "src": "family-hubs", "form_token": token})
    assert FamilySubmission.objects.get().source == "family-hubs"


def test_the_call_back_details_sit_directly_under_yes(client, feedback_pages):
    content = client.get("/en/feedback/").content.decode()
    yes = content.index('id="id_call_back_0"')
    details = content.index('id="conditional-id_call_back"')
    no = content.index('id="id_call_back_1"')
    assert yes < details < no
    # Stacked, as GOV.UK's conditional reveal needs; never inline beside "No".
    callback_radios = content[content.rindex('<div class="govuk-radios', 0, yes) : yes]
    assert "govuk-radios--inline" not in callback_radios
