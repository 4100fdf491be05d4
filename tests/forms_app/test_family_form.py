"""A family answers the feedback form in their language; the answers form one dataset."""

import re

import pytest
from django.utils import timezone

from forms_app.models import CallbackRequest, FamilySubmission, FormVersion, count_answers
from tests.forms_app.conftest import answers, form_token, submit

pytestmark = pytest.mark.django_db


def errors_summary(content):
    return re.findall(r'<li><a href="#([^"]+)">([^<]+)</a></li>', content)


def test_answers_from_three_languages_are_counted_together_under_the_same_keys(
    client, feedback_pages
):
    submit(client, "en", how_helpful="5", what_helped=["practical_help"])
    submit(client, "bn", how_helpful="5", what_helped=["practical_help", "family_meetings"])
    submit(client, "so", how_helpful="3", what_helped=["family_meetings"])
    form_key = feedback_pages["feedback"].translation_key

    assert FamilySubmission.objects.filter(form_key=form_key).count() == 3
    assert sorted(FamilySubmission.objects.values_list("language", flat=True)) == [
        "bn",
        "en",
        "so",
    ]
    assert count_answers(form_key, "how_helpful") == {5: 2, 3: 1}
    assert count_answers(form_key, "what_helped") == {"practical_help": 2, "family_meetings": 2}
    assert FamilySubmission.objects.filter(answers__listened_to="mostly").count() == 3
    somali = FamilySubmission.objects.get(language="so")
    assert somali.get_data()["what_helped"] == "Family meetings"


def test_a_somali_family_sees_every_error_in_somali_with_their_answers_kept(client, feedback_pages):
    response = submit(
        client,
        "so",
        how_helpful=None,
        went_well="Waan ku faraxsanahay",
        call_back="yes",
        agree_to_use=None,
    )
    content = response.content.decode()
    assert response.status_code == 200
    assert FamilySubmission.objects.count() == 0
    assert "Waxaa jira dhibaato" in content  # "There is a problem"
    assert "<title>Khalad:" in content
    summary = errors_summary(content)
    assert [anchor for anchor, _message in summary] == [
        "id_how_helpful_0",
        "id_call_back_name",
        "id_call_back_phone",
        "id_agree_to_use",
    ]
    # Each message names its question, in Somali: the editor's own words, or built from the label.
    assert ("id_how_helpful_0", "Dooro inta uu shaqadayadu qoyskaaga u caawiyay") in summary
    assert (
        "id_agree_to_use",
        "Calaamadee ‘Waan fahamsanahay in jawaabahayga loo isticmaali doono hagaajinta "
        "adeegyada.’ haddii aad ogoshahay",
    ) in summary
    assert len({message for _anchor, message in summary}) == len(summary)
    for anchor, _message in summary:
        assert f'id="{anchor}"' in content
    assert "Waan ku faraxsanahay</textarea>" in content
    assert 'value="mostly" checked' in content
    assert 'value="practical_help" checked' in content
    # The call-back details open, because the family said yes.
    assert 'value="yes" checked' in content
    assert "This field is required" not in content


def test_messages_name_the_question_in_bengali_and_djangos_own_reach_the_family_too(
    client, feedback_pages
):
    response = submit(
        client,
        "bn",
        in_a_few_words="x" * 201,
        how_helpful="9",
        call_back="yes",
        call_back_name="n" * 101,
        call_back_phone="07700 900982",
    )
    content = response.content.decode()
    assert (
        "‘কয়েকটি শব্দে আপনার অভিজ্ঞতা বর্ণনা করুন’ প্রশ্নের উত্তর সর্বোচ্চ 200 অক্ষরের হতে হবে (এখন আছে 201)"
        in content
    )
    assert (
        "‘আপনার পরিবারের সাথে আমাদের কাজ কতটা সহায়ক হয়েছে?’ প্রশ্নের দেওয়া উত্তরগুলির একটি বেছে নিন" in content
    )
    assert "এখানে সর্বোচ্চ 100 অক্ষর লেখা যাবে (এখন আছে 101)।" in content  # Django's, for the name
    assert FamilySubmission.all_objects.count() == 0


def test_the_english_summary_names_each_unanswered_question_once(client, feedback_pages):
    response = submit(client, how_helpful=None, listened_to=None, what_helped=None)
    messages = [message for _anchor, message in errors_summary(response.content.decode())]
    assert messages == [
        "Select how helpful our work with your family has been",
        "Select an answer to ‘Did you feel listened to?’",
        "Select an answer to ‘What has helped you most?’",
    ]


def test_call_back_details_are_stored_apart_and_only_when_the_family_says_yes(
    client, feedback_pages
):
    submit(client, call_back="no", call_back_name="Should not be kept", call_back_phone="0207")
    submit(
        client,
        call_back="yes",
        call_back_name="Amina",
        call_back_phone="07700 900982",
        call_back_time="Mornings",
    )
    assert FamilySubmission.objects.count() == 2
    callback = CallbackRequest.objects.get()
    assert (callback.name, callback.phone, callback.best_time) == (
        "Amina",
        "07700 900982",
        "Mornings",
    )
    for submission in FamilySubmission.objects.all():
        stored = str(submission.answers)
        assert "Amina" not in stored and "07700" not in stored
        assert "Should not be kept" not in stored
    assert callback.submission.answers["call_back"] == "yes"


def test_nothing_identifying_is_stored_and_no_session_cookie_is_set(client, feedback_pages):
    url = "/en/feedback/"
    response = client.get(url)
    assert "sessionid" not in response.cookies
    token = form_token(client, url)
    response = client.post(
        url,
        {**answers(), "form_token": token},
        REMOTE_ADDR="203.0.113.77",
        HTTP_USER_AGENT="FamilyPhone/1.0",
    )
    assert response.status_code == 303
    assert "sessionid" not in response.cookies
    field_names = {field.name for field in FamilySubmission._meta.get_fields()}
    assert not field_names & {"ip", "ip_address", "user_agent", "user", "session", "cookie"}
    row = str(FamilySubmission.objects.values().get())
    assert "203.0.113.77" not in row and "FamilyPhone" not in row
    assert response["Cache-Control"] == "no-store"


def test_a_bot_filling_the_honeypot_sees_thank_you_and_nothing_is_stored(client, feedback_pages):
    response = submit(client, website="http://spam.example")
    assert response.status_code == 200
    assert "Your answers have been sent." in response.content.decode()
    assert FamilySubmission.all_objects.count() == 0


def test_a_family_who_taps_send_at_once_sees_the_errors_not_a_false_thank_you(
    client, feedback_pages, settings
):
    settings.FAMILY_FORM_MIN_FILL_SECONDS = 60
    token = form_token(client, "/en/feedback/")
    response = client.post("/en/feedback/", {"form_token": token})
    content = response.content.decode()
    assert "There is a problem" in content
    assert "Your answers have been sent." not in content
    assert FamilySubmission.all_objects.count() == 0


def test_a_quick_but_valid_answer_is_kept_held_not_dropped(client, feedback_pages, settings):
    settings.FAMILY_FORM_MIN_FILL_SECONDS = 60
    response = submit(client)
    assert "Your answers have been sent." in response.content.decode()
    held = FamilySubmission.all_objects.get()
    assert held.held_reason == "too_fast"
    assert held.answers["how_helpful"] == 4
    assert FamilySubmission.objects.count() == 0  # not counted until released
    assert count_answers(held.form_key, "how_helpful") == {}


def test_a_form_without_its_signed_token_is_kept_but_held(client, feedback_pages):
    response = submit(client, form_token="forged")
    assert "Your answers have been sent." in response.content.decode()
    assert FamilySubmission.all_objects.get().held_reason == "no_token"
    assert FamilySubmission.objects.count() == 0


def test_a_double_click_creates_one_submission(client, feedback_pages):
    token = form_token(client, "/en/feedback/")
    first = submit(client, form_token=token)
    second = submit(client, form_token=token)
    assert first.status_code == second.status_code == 200
    assert "replace the answers" not in second.content.decode()
    assert FamilySubmission.all_objects.count() == 1


def test_a_family_who_goes_back_and_corrects_their_answers_is_heard_the_second_time(
    client, feedback_pages
):
    token = form_token(client, "/en/feedback/")
    submit(
        client,
        form_token=token,
        how_helpful="2",
        call_back="yes",
        call_back_name="Amina",
        call_back_phone="07700 900982",
    )
    response = submit(client, form_token=token, how_helpful="5", went_well="Changed my mind")
    content = response.content.decode()
    assert "Your corrected answers have been sent." in content
    submission = FamilySubmission.objects.get()
    assert submission.answers["how_helpful"] == 5
    assert submission.answers["went_well"] == "Changed my mind"
    assert submission.corrected_at is not None
    assert not CallbackRequest.objects.exists()  # they no longer want the call
    assert count_answers(submission.form_key, "how_helpful") == {5: 1}


def test_the_corrected_thank_you_is_in_somali(client, feedback_pages):
    token = form_token(client, "/so/feedback/")
    submit(client, "so", form_token=token, how_helpful="2")
    response = submit(client, "so", form_token=token, how_helpful="3")
    assert "Jawaabahaaga la saxay waa la diray." in response.content.decode()


def test_a_family_over_the_limit_has_their_answers_kept_and_held_and_is_never_turned_away(
    client, feedback_pages, settings
):
    settings.FAMILY_FORM_LIMIT_PER_ADDRESS = 2
    for _family in range(2):
        submit(client, REMOTE_ADDR="198.51.100.9")
    response = submit(
        client, "so", went_well="Aad baad u mahadsantihiin", REMOTE_ADDR="198.51.100.9"
    )
    assert response.status_code == 200
    assert "Mahadsanid" in response.content.decode()
    held = FamilySubmission.all_objects.get(held_reason="client_limit")
    assert held.answers["went_well"] == "Aad baad u mahadsantihiin"
    assert FamilySubmission.objects.count() == 2
    # Another connection is not affected.
    submit(client, REMOTE_ADDR="198.51.100.10")
    assert FamilySubmission.objects.count() == 3


def test_invalid_attempts_and_repeats_do_not_count_towards_the_limit(
    client, feedback_pages, settings
):
    settings.FAMILY_FORM_LIMIT_PER_ADDRESS = 1
    for _attempt in range(5):
        submit(client, how_helpful=None)
    token = form_token(client, "/en/feedback/")
    for _click in range(3):
        submit(client, form_token=token)
    assert FamilySubmission.objects.count() == 1
    submit(client)
    assert FamilySubmission.all_objects.filter(held_reason="client_limit").count() == 1


def test_a_form_over_its_own_limit_holds_further_answers(client, feedback_pages, settings):
    settings.FAMILY_FORM_LIMIT_PER_FORM = 2
    for number in range(3):
        submit(client, REMOTE_ADDR=f"198.51.100.{number}")
    assert FamilySubmission.objects.count() == 2
    assert FamilySubmission.all_objects.get(held_reason="form_limit")


def test_the_limit_keeps_no_address_in_the_cache(client, feedback_pages):
    from django.core.cache import cache

    submit(client, REMOTE_ADDR="198.51.100.9")
    if hasattr(cache._cache, "get_client"):  # Redis
        keys = [key.decode() for key in cache._cache.get_client().keys("*")]
    else:  # the in-process cache
        keys = list(cache._cache.keys())
    assert keys and not any("198.51.100.9" in key for key in keys)


BAD_INPUT = {
    "over-long": {"went_well": "a" * 2001},
    "unknown option": {"listened_to": "bribery"},
    "unknown option in a list": {"what_helped": ["practical_help", "free_money"]},
    "rating out of range": {"how_helpful": "50"},
    "missing required answer": {"know_next_steps": None},
    "duplicated single answer": {"listened_to": ["always", "never"]},
    "bad phone": {"call_back": "yes", "call_back_name": "A", "call_back_phone": "<script>"},
}


@pytest.mark.parametrize("case", BAD_INPUT)
def test_bad_input_is_rejected_with_a_message_and_nothing_stored(client, feedback_pages, case):
    response = submit(client, "so", **BAD_INPUT[case])
    content = response.content.decode()
    assert response.status_code == 200
    assert "Waxaa jira dhibaato" in content
    assert errors_summary(content)
    assert FamilySubmission.objects.count() == 0


HARMLESS = {
    "markup and script": ("<script>alert(1)</script><b>hi</b>",) * 2,
    "spreadsheet formula": ('=HYPERLINK("http://x")', '=HYPERLINK("http://x")'),
    "leading plus, minus, at": ("+1 -2 @3", "+1 -2 @3"),
    "right-to-left override": ("abc\u202egnp.exe", "abcgnp.exe"),
    "control characters": ("tab\tok\x07bell\x1b", "tab\tokbell"),
    "null character": ("bad\x00byte", "badbyte"),
    "combining characters are normalised": ("cafe\u0301", "caf\u00e9"),
}


@pytest.mark.parametrize("case", HARMLESS)
def test_awkward_text_is_stored_as_harmless_plain_text(client, feedback_pages, case):
    typed, stored = HARMLESS[case]
    response = submit(client, went_well=typed)
    assert response.status_code == 200
    assert FamilySubmission.objects.get().answers["went_well"] == stored


def test_markup_is_shown_back_as_text_when_the_form_is_rejected(client, feedback_pages):
    response = submit(client, went_well="<script>alert(1)</script>", how_helpful=None)
    content = response.content.decode()
    assert "<script>alert(1)</script>" not in content
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in content


def test_invalid_utf8_never_causes_a_server_error(client, feedback_pages):
    token = form_token(client, "/en/feedback/")
    body = (
        b"how_helpful=4&listened_to=always&what_helped=practical_help&know_next_steps=no"
        b"&call_back=no&agree_to_use=on"
        b"&went_well=caf%E9%FF%FE&form_token=" + token.encode()
    )
    response = client.post("/en/feedback/", body, content_type="application/x-www-form-urlencoded")
    assert response.status_code == 303
    stored = FamilySubmission.objects.get().answers["went_well"]
    assert stored.startswith("caf")


def test_a_tampered_language_or_source_is_ignored(client, feedback_pages):
    token = form_token(client, "/bn/feedback/")
    client.post(
        "/bn/feedback/",
        {**answers(), "form_token": token, "language": "so", "src": "../../etc/passwd"},
    )
    submit(client, "bn", src="not-a-known-team")
    submit(client, "bn", src="x" * 5000)
    submission = FamilySubmission.objects.first()
    assert FamilySubmission.objects.count() == 3
    assert set(FamilySubmission.objects.values_list("language", flat=True)) == {"bn"}
    assert set(FamilySubmission.objects.values_list("source", flat=True)) == {""}
    assert submission.answers.keys() <= {q["key"] for q in submission.version.questions}


def test_a_known_source_tag_from_the_link_is_stored_with_the_submission(client, feedback_pages):
    response = client.get("/so/feedback/?src=edge-of-care")
    assert 'name="src" value="edge-of-care"' in response.content.decode()
    submit(client, "so", src="edge-of-care")
    assert FamilySubmission.objects.get().source == "edge-of-care"


def test_a_closed_form_says_so_in_the_familys_language_and_takes_no_answers(client, feedback_pages):
    token = form_token(client, "/so/feedback/")
    for page in feedback_pages["feedback"].get_translations(inclusive=True).specific():
        page.closes_at = timezone.now() - timezone.timedelta(days=1)
        page.save_revision().publish()
    response = client.get("/so/feedback/")
    assert "Foomkan waa xiran yahay" in response.content.decode()
    assert 'name="form_token"' not in response.content.decode()
    client.post("/so/feedback/", {**answers(), "form_token": token})
    assert FamilySubmission.objects.count() == 0


def test_a_form_opens_on_its_date(client, feedback_pages):
    page = feedback_pages["feedback"]
    page.opens_at = timezone.now() + timezone.timedelta(days=3)
    assert not page.is_open()
    assert page.is_open(now=timezone.now() + timezone.timedelta(days=4))


def test_relabelling_or_removing_a_question_never_orphans_past_answers(client, feedback_pages):
    submit(client, "en", listened_to="always")
    page = feedback_pages["feedback"]
    page.refresh_from_db()
    stream = page.questions
    listened = next(child for child in stream if child.value["key"] == "listened_to")
    listened.value["label"] = "Did we listen to you?"
    listened.value["options"][0]["label"] = "Every time"
    removed = [index for index, child in enumerate(stream) if child.value["key"] == "went_well"]
    del stream[removed[0]]
    page.save_revision().publish()
    submit(client, "en", listened_to="always")

    old, new = FamilySubmission.objects.order_by("submit_time")
    assert old.version != new.version
    assert old.answers["listened_to"] == new.answers["listened_to"] == "always"
    assert old.version.question("listened_to")["label"] == "Did you feel listened to?"
    assert new.version.question("listened_to")["label"] == "Did we listen to you?"
    assert new.get_data()["listened_to"] == "Every time"
    assert old.get_data()["went_well"] == "Someone listened."
    assert old.version.question("went_well")["type"] == "long_text"
    assert FormVersion.objects.count() == 2
    assert count_answers(page.translation_key, "listened_to") == {"always": 2}


def test_a_relabelled_question_is_asked_and_named_in_errors_at_once(client, feedback_pages):
    assert "Did you feel listened to?" in client.get("/en/feedback/").content.decode()
    page = feedback_pages["feedback"]
    page.refresh_from_db()
    listened = next(child for child in page.questions if child.value["key"] == "listened_to")
    listened.value["label"] = "Did we listen to you?"
    page.save_revision().publish()

    shown = client.get("/en/feedback/").content.decode()
    assert "Did we listen to you?" in shown and "Did you feel listened to?" not in shown
    refused = submit(client, "en", listened_to=None).content.decode()
    assert "Select an answer to ‘Did we listen to you?’" in refused


def test_the_privacy_notice_is_public_in_each_language(client, feedback_pages):
    for language, words in (("en", "What we keep"), ("bn", "আমরা কী রাখি"), ("so", "Waxa aan hayno")):
        response = client.get(f"/{language}/feedback/privacy/")
        assert response.status_code == 200
        assert words in response.content.decode()
        form = client.get(f"/{language}/feedback/").content.decode()
        assert f'href="/{language}/feedback/privacy/"' in form


def test_the_choose_your_language_link_offers_each_language_and_keeps_the_source(
    client, feedback_pages
):
    page = feedback_pages["feedback"]
    response = client.get(f"/forms/{page.pk}/languages/?src=family-hubs")
    content = response.content.decode()
    assert response.status_code == 200
    for code, name in (("en", "English"), ("bn", "বাংলা"), ("so", "Soomaali")):
        assert f'/{code}/feedback/?src=family-hubs" hreflang="{code}" lang="{code}">{name}' in (
            content
        )
    assert "আপনার ভাষা বেছে নিন" in content and "Dooro luqaddaada" in content


def test_a_lost_csrf_cookie_explains_itself_in_the_familys_language(feedback_pages):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    response = client.post("/so/feedback/", answers())
    content = response.content.decode()
    assert response.status_code == 403
    assert '<html lang="so"' in content
    assert "Jawaabahaaga lama diri karin" in content
    assert FamilySubmission.objects.count() == 0


def test_a_submission_is_stored_whole_or_not_at_all(client, feedback_pages, monkeypatch):
    def fail(**kwargs):
        raise RuntimeError("the database went away")

    monkeypatch.setattr(CallbackRequest.objects, "create", fail)
    with pytest.raises(RuntimeError):
        submit(client, call_back="yes", call_back_name="Amina", call_back_phone="07700 900982")
    assert FamilySubmission.objects.count() == 0
