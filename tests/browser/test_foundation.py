import pytest

from tests.browser.conftest import axe_violations, sign_in

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def test_staff_sign_in_and_see_the_home_page(page, feedback_pages):
    page.goto("/en/")
    assert page.url.endswith("/login/?next=/en/")
    sign_in(page, "staff")
    assert page.url.endswith("/en/")
    assert page.locator("h1").inner_text() == "Better Together"
    assert page.locator("html").get_attribute("lang") == "en"


@pytest.mark.parametrize("language", ["en", "bn", "so"])
def test_a_family_opens_the_feedback_page_on_a_phone(phone, feedback_pages, language):
    response = phone.goto(f"/{language}/feedback/")
    assert response.status == 200
    assert phone.locator("html").get_attribute("lang") == language
    # Nothing wider than the phone's screen: no sideways scrolling.
    assert phone.evaluate("document.documentElement.scrollWidth") <= 360
    assert axe_violations(phone) == []


def test_the_skip_link_is_the_first_thing_a_keyboard_reaches(phone, feedback_pages):
    phone.goto("/en/feedback/")
    phone.keyboard.press("Tab")
    focused = phone.evaluate("document.activeElement.textContent.trim()")
    assert focused == "Skip to main content"
