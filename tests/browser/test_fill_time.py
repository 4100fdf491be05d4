"""How long a person takes over the family form on a phone, in Bengali: what "too fast" is set by.

Flood control holds a submission sent sooner than ``FAMILY_FORM_MIN_FILL_SECONDS``
after the form was shown (``forms_app.protection``). Each journey here fills the
form as a quick but real person would: a moment to read each question and tap
its answer, and typing at a fast phone typist's pace. It measures what the
check measures (from the time signed into the form's token to the time the
submission was stored) and asserts that the threshold stays at most a third of
it, and that nobody here is held. ``docs/review.md`` explains the figures.
"""

import time

import pytest
from django.conf import settings
from playwright.sync_api import expect

from forms_app.models import FamilySubmission
from forms_app.protection import FormToken

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

# A quick reader's glance at a short question, then a thumb on the answer (scrolling included).
READ_AND_TAP_SECONDS = 1.5
# About 48 words a minute: faster than the average of 36 measured on phones (Palin et al.,
# MobileHCI 2019, 37,000 volunteers), and Bengali script is slower to type than English.
TYPE_DELAY_MS = 250
# The threshold must stay at or below a third of the quickest person's time.
MARGIN = 3

THANKS = "ধন্যবাদ"
SEND = "পাঠান"
JOURNEYS = {
    # Only the required questions, nothing typed: the quickest honest answer.
    "brisk": {},
    # The journey of the held families in issue 22: a call back, name and number typed.
    "call back": {"#id_call_back_name": "রহিমা", "#id_call_back_phone": "07700 900123"},
    # A few words in the family's own language.
    "own words": {"#id_in_a_few_words": "কর্মীরা খুব সদয় ছিলেন"},
}


def read_and_tap(phone, selector):
    phone.wait_for_timeout(READ_AND_TAP_SECONDS * 1000)
    phone.check(selector)


def fill_like_a_person(phone, typed):
    for selector in ("#id_how_helpful_3", "#id_listened_to_0", "#id_what_helped_1"):
        read_and_tap(phone, selector)
    read_and_tap(phone, "#id_know_next_steps_0")
    read_and_tap(phone, "#id_call_back_0" if "#id_call_back_name" in typed else "#id_call_back_1")
    for selector, text in typed.items():
        phone.wait_for_timeout(READ_AND_TAP_SECONDS * 1000)
        phone.locator(selector).press_sequentially(text, delay=TYPE_DELAY_MS)
    read_and_tap(phone, "#id_agree_to_use")
    phone.wait_for_timeout(READ_AND_TAP_SECONDS * 1000)
    phone.get_by_role("button", name=SEND).click()


@pytest.mark.parametrize("journey", list(JOURNEYS))
def test_a_person_filling_the_bengali_form_on_a_phone_is_never_too_fast(
    phone, feedback_pages, journey
):
    phone.goto("/bn/feedback/")
    token = FormToken.load(phone.input_value("input[name=form_token]"))
    started = time.monotonic()
    fill_like_a_person(phone, JOURNEYS[journey])
    expect(phone.locator(".govuk-panel--confirmation h1")).to_have_text(THANKS)
    submission = FamilySubmission.all_councils.get()
    taken = submission.submit_time.timestamp() - token.shown_at
    print(
        f"\n{journey}: {taken:.1f} s from the form shown to the answers stored "
        f"({time.monotonic() - started:.1f} s filling); threshold "
        f"{settings.FAMILY_FORM_MIN_FILL_SECONDS} s"
    )
    assert submission.held_reason == ""
    assert submission.language == "bn"
    assert taken >= MARGIN * settings.FAMILY_FORM_MIN_FILL_SECONDS
