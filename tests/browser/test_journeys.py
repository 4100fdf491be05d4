"""Each persona walks their journeys in every council (issue #22) and meets none of its faults.

A family on a phone: the form in each language with no developer text, error links that
show the question, real consent only, a privacy notice wholly in their language and a
family "not found" page. Staff on a desktop: "Share the feedback form" from the menu and
from search, readable buttons and named search landmarks, a community directory to suggest
changes to, sign-in and "Live" links on the port being served.
"""

import re

import pytest
from playwright.sync_api import expect

from forms_app.models import FamilyFormPage, FamilySubmission
from tests.browser.conftest import add_axe, sign_in

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

COUNCILS = {
    "tower-hamlets": {"host": "localhost", "staff": "staff", "editor": "editor"},
    "newham": {"host": "newham.localhost", "staff": "newham-staff", "editor": "newham-editor"},
    "telford": {"host": "telford.localhost", "staff": "telford-staff", "editor": "telford-editor"},
}
NOT_FOUND = {"en": "Page not found", "bn": "পৃষ্ঠাটি পাওয়া যায়নি", "so": "Bogga lama helin"}
SEND = {"en": "Send", "bn": "পাঠান", "so": "Dir"}


@pytest.fixture(autouse=True)
def _no_minimum_fill_time(settings):
    settings.FAMILY_FORM_MIN_FILL_SECONDS = 0


def address(live_server, slug):
    port = live_server.url.rsplit(":", 1)[1]
    return f"http://{COUNCILS[slug]['host']}:{port}"


def in_viewport(page, locator):
    box = locator.evaluate(
        "(e) => { const r = e.getBoundingClientRect(); return [r.top, r.bottom]; }"
    )
    height = page.evaluate("window.innerHeight")
    return box[0] >= 0 and box[1] <= height


def question_of(page, anchor):
    """The question a summary link names: its fieldset's legend for a choice, else its label."""
    field = page.locator(f"#{anchor}")
    if field.get_attribute("type") == "radio" or (
        field.get_attribute("type") == "checkbox"
        and field.locator("xpath=ancestor::fieldset").count()
    ):
        return field.locator("xpath=ancestor::fieldset[1]/legend")
    return page.locator(f"label[for='{anchor}']")


@pytest.mark.parametrize("slug", COUNCILS)
def test_a_family_on_a_phone_meets_none_of_the_faults(phone, live_server, feedback_pages, slug):
    base = address(live_server, slug)

    for language in ("en", "bn", "so"):
        phone.goto(f"{base}/{language}/feedback/")
        phone.check("#id_call_back_0")
        callback = phone.locator(".callback-question")
        expect(phone.locator("#id_call_back_phone")).to_be_visible()
        spoken = callback.inner_text() + (callback.get_attribute("aria-label") or "")
        assert "{#" not in spoken and "#}" not in spoken, language
        assert "Directly under" not in phone.locator("body").inner_text(), language

    # Bengali: send nothing; every error link shows its question and its message on screen.
    phone.goto(f"{base}/bn/feedback/")
    phone.check("#id_call_back_0")
    phone.get_by_role("button", name=SEND["bn"]).click()
    summary = phone.locator(".govuk-error-summary")
    expect(summary).to_be_visible()
    anchors = [link.get_attribute("href")[1:] for link in summary.locator("a").all()]
    assert "id_how_helpful_0" in anchors and "id_agree_to_use" in anchors
    for number, anchor in enumerate(anchors):
        phone.evaluate("window.scrollTo(0, 0)")
        summary.locator("a").nth(number).click()
        expect(phone.locator(f"#{anchor}")).to_be_focused()
        group = phone.locator(f"#{anchor}").locator(
            "xpath=ancestor::div[contains(@class, 'govuk-form-group--error')][1]"
        )
        assert in_viewport(phone, question_of(phone, anchor)), anchor
        assert in_viewport(phone, group.locator(".govuk-error-message").first), anchor

    # A tick that does not send the checkbox's own value is not consent.
    phone.goto(f"{base}/en/feedback/")
    phone.check("#id_how_helpful_4")
    phone.check("#id_listened_to_1")
    phone.check("#id_what_helped_1")
    phone.check("#id_know_next_steps_0")
    phone.check("#id_call_back_1")
    phone.evaluate("document.querySelector('#id_agree_to_use').value = 'off'")
    phone.check("#id_agree_to_use")
    phone.get_by_role("button", name=SEND["en"]).click()
    expect(phone.locator(".govuk-error-summary")).to_contain_text("Tick")
    assert FamilySubmission.all_councils.count() == 0

    # The privacy notice: no English sentence in the Bengali or Somali notice.
    phone.goto(f"{base}/en/feedback/privacy/")
    english = [
        text.strip() for text in phone.locator("main p").all_inner_texts() if len(text.strip()) > 30
    ]
    assert len(english) >= 9
    for language in ("bn", "so"):
        phone.goto(f"{base}/{language}/feedback/privacy/")
        text = phone.locator("main").inner_text()
        assert [sentence for sentence in english if sentence in text] == [], language

    # A broken family link: a family page in the family's language, with no scripts.
    for language in ("en", "bn", "so"):
        response = phone.goto(f"{base}/{language}/feedback/no-such-page/")
        assert response.status == 404
        assert phone.locator("html").get_attribute("lang") == language
        expect(phone.locator("h1")).to_have_text(NOT_FOUND[language])
        assert phone.evaluate("document.scripts.length") == 0
        assert phone.evaluate("document.documentElement.scrollWidth") <= 360


def contrast(page, selector):
    """WCAG contrast ratio of an element's text colour on its own background colour."""
    return page.locator(selector).first.evaluate(
        """(element) => {
          const rgb = (value) => value.match(/[\\d.]+/g).slice(0, 3).map(Number);
          const luminance = ([r, g, b]) => {
            const [R, G, B] = [r, g, b].map((c) => {
              c /= 255;
              return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
            });
            return 0.2126 * R + 0.7152 * G + 0.0722 * B;
          };
          const style = getComputedStyle(element);
          const [a, b] = [luminance(rgb(style.color)), luminance(rgb(style.backgroundColor))];
          return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
        }"""
    )


def axe_rules(page, rules):
    add_axe(page)
    result = page.evaluate(
        "async (rules) => await axe.run(document, {runOnly: {type: 'rule', values: rules}})",
        rules,
    )
    return [
        f"{violation['id']}: {[node['target'] for node in violation['nodes']]}"
        for violation in result["violations"]
    ]


def _index_the_forms():
    from search import indexing

    for form in FamilyFormPage.objects.all():
        indexing.update(form)


def _directory(slug):
    from councils.tenancy import council_scope
    from tests.factories import (
        OrganisationDirectoryPageFactory,
        OrganisationFactory,
        council,
    )

    owner = council(slug)
    OrganisationDirectoryPageFactory(parent=owner.site.root_page)
    with council_scope(owner):
        OrganisationFactory(council=owner, name=f"{owner.name} Parents Group")
    return owner


@pytest.mark.parametrize("slug", COUNCILS)
def test_staff_on_a_desktop_meet_none_of_the_faults(page, live_server, feedback_pages, slug):
    base = address(live_server, slug)
    owner = _directory(slug)
    _index_the_forms()
    other = next(other for other in COUNCILS if other != slug)

    # Someone of another council is sent to their own site, on the port being served.
    page.goto(f"{base}/login/")
    page.get_by_label("Username").fill(COUNCILS[other]["staff"])
    page.get_by_label("Password").fill("better-together")
    page.get_by_role("button", name="Sign in").click()
    expect(page.locator(".govuk-error-summary")).to_contain_text(address(live_server, other))

    sign_in(page, COUNCILS[slug]["staff"], start=f"{base}/login/")

    # "Share the feedback form" from the menu.
    page.goto(f"{base}/en/")
    page.get_by_role("navigation", name="Main menu").get_by_role(
        "link", name="Share the feedback form"
    ).click()
    expect(page.locator("h1")).to_have_text("Share the feedback form")
    expect(page.get_by_role("link", name="Open the printable poster")).to_be_visible()

    # ... and from search, by what staff call it.
    for words in ("poster", "QR code"):
        page.goto(f"{base}/en/search/?q={words.replace(' ', '+')}")
        result = page.locator("[data-search-result] a[href*='/share-the-form/']").first
        expect(result).to_be_visible()
    result.click()
    expect(page.locator("h1")).to_have_text("Share the feedback form")

    # Buttons readable on every staff page; the search page's search regions named apart.
    page.goto(f"{base}/en/search/?q=poster")
    assert contrast(page, ".site-header__search button") >= 4.5
    assert contrast(page, "button:has-text('Apply filters')") >= 4.5
    names = page.locator("[role=search]").evaluate_all(
        "(forms) => forms.map((f) => f.getAttribute('aria-label') || "
        "document.getElementById(f.getAttribute('aria-labelledby') || '')?.textContent || '')"
    )
    assert len(names) == 2 and all(name.strip() for name in names)
    assert len({name.strip() for name in names}) == 2
    assert axe_rules(page, ["color-contrast", "landmark-unique"]) == []
    page.goto(f"{base}/en/")
    assert axe_rules(page, ["color-contrast", "landmark-unique"]) == []

    # The community directory, where staff suggest an organisation or a change.
    page.goto(f"{base}/en/community-directory/")
    page.get_by_role("link", name="Suggest a new organisation").click()
    expect(page.locator("h1")).to_be_visible()
    page.goto(f"{base}/en/community-directory/")
    page.locator(".organisation", has_text=f"{owner.name} Parents Group").get_by_role(
        "link", name="Report a change"
    ).click()
    expect(page.locator("#id_name")).to_have_value(f"{owner.name} Parents Group")

    # A missing staff page stays a staff page.
    response = page.goto(f"{base}/en/no-such-page/")
    assert response.status == 404
    assert "family" not in (page.locator("body").get_attribute("class") or "")


@pytest.mark.parametrize("slug", COUNCILS)
def test_an_editor_on_a_desktop_follows_live_links_on_the_port_served(
    page, live_server, feedback_pages, slug
):
    from tests.factories import council

    base = address(live_server, slug)
    home = council(slug).site.root_page
    sign_in(page, COUNCILS[slug]["editor"], start=f"{base}/login/")
    page.goto(f"{base}/admin/pages/{home.pk}/edit/")
    live = page.locator("a.page-status-tag").first
    assert re.match(rf"^{re.escape(base)}/en/$", live.get_attribute("href"))
    page.goto(live.get_attribute("href"))
    assert page.url == f"{base}/en/"
