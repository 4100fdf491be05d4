"""CI check: every string a family can meet is translated, reviewed or not, in bn and so."""

import re
from html import unescape
from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.utils import timezone

from tests.forms_app.conftest import submit

LOCALE = Path(settings.BASE_DIR) / "locale"
FAMILY_LANGUAGES = ["bn", "so"]
# Source files whose strings families see: the family templates (the feedback form and
# "You Said, We Did"), the form code and the Django messages forms_app/django_messages.py lists.
FAMILY_SOURCES = (
    "templates/base.html",
    "templates/base_family.html",
    "templates/includes/language_switcher.html",
    "templates/400.html",
    "templates/403.html",
    "templates/403_restricted.html",
    "templates/404.html",
    "templates/404_family.html",
    "templates/500.html",
    "templates/forms_app/",
    "templates/review/_you_said_we_did.html",
    "templates/review/family_you_said_we_did_page.html",
    "forms_app/forms.py",
    "forms_app/django_messages.py",
)
STAFF_ONLY = (
    "templates/forms_app/admin/links.html",
    "templates/forms_app/includes/organisation_update_links.html",
    "templates/forms_app/organisation_update",
    "templates/forms_app/share_form.html",
)


def family_facing(entry):
    return any(
        path.startswith(FAMILY_SOURCES) and not path.startswith(STAFF_ONLY)
        for path, _line in entry.occurrences
    )


def catalogue(language):
    return polib.pofile(str(LOCALE / language / "LC_MESSAGES" / "django.po"))


def family_entries(language):
    return [entry for entry in catalogue(language) if family_facing(entry) and not entry.obsolete]


@pytest.mark.parametrize("language", FAMILY_LANGUAGES)
def test_every_family_facing_string_is_translated_and_not_fuzzy(language):
    entries = family_entries(language)
    assert len(entries) > 40
    missing = [entry.msgid for entry in entries if not entry.translated()]
    fuzzy = [entry.msgid for entry in entries if "fuzzy" in entry.flags]
    assert missing == []
    assert fuzzy == []


@pytest.mark.parametrize("language", FAMILY_LANGUAGES)
def test_djangos_own_messages_are_in_the_catalogue(language):
    from django.utils.translation import gettext_noop  # noqa: F401 - documents the source

    msgids = {entry.msgid for entry in catalogue(language) if entry.translated()}
    for msgid in (
        "This field is required.",
        "Enter a valid email address.",
        "Enter a number.",
        "Enter a valid date.",
        "Null characters are not allowed.",
        "Select a valid choice. %(value)s is not one of the available choices.",
        "Ensure this value is less than or equal to %(limit_value)s.",
        "Ensure this value is greater than or equal to %(limit_value)s.",
        "Ensure this value has at most %(limit_value)d character (it has %(show_value)d).",
    ):
        assert msgid in msgids


@pytest.mark.parametrize("language", FAMILY_LANGUAGES)
def test_the_catalogue_says_it_is_a_draft_awaiting_a_fluent_speaker(language):
    po = catalogue(language)
    assert "awaiting review by a fluent speaker" in po.metadata["Language-Team"]
    assert po.metadata["Language"] == language


def visible_text(html):
    html = re.sub(r"<(script|style)\b.*?</\1>", " ", html, flags=re.S)
    html = re.sub(r"<div hidden>.*?</div>", " ", html, flags=re.S)
    return unescape(re.sub(r"<[^>]+>", " ", html))


def english_left_in(html, language):
    """Family-facing English msgids that show up in a page rendered in ``language``."""
    text = " ".join(visible_text(html).split())
    attributes = " ".join(re.findall(r'(?:aria-label|title|alt)="([^"]*)"', html))
    found = []
    for entry in family_entries(language):
        english = entry.msgid
        if "%(" in english or len(english) < 4 or english in entry.msgstr:
            continue  # placeholders are checked by their rendered form; brand names stay
        if english in text or english in attributes:
            found.append(english)
    return found


def family_pages(client, language, feedback_pages):
    """Every family page: form, error state, thank-you, privacy, closed, language choice."""
    yield "form", client.get(f"/{language}/feedback/")
    yield "error state", submit(client, language, how_helpful=None, call_back="yes")
    yield (
        "thank-you",
        submit(
            client, language, call_back="yes", call_back_name="A", call_back_phone="07700 900982"
        ),
    )
    yield "privacy notice", client.get(f"/{language}/feedback/privacy/")
    yield "not found", client.get(f"/{language}/no-such-page/")
    page = feedback_pages["feedback"]
    yield "choose language", client.get(f"/forms/{page.pk}/languages/")
    for translation in page.get_translations(inclusive=True).specific():
        translation.closes_at = timezone.now()
        translation.save_revision().publish()
    yield "closed", client.get(f"/{language}/feedback/")


@pytest.mark.django_db
@pytest.mark.parametrize("language", FAMILY_LANGUAGES)
def test_family_pages_in_bengali_and_somali_show_no_untranslated_english(
    client, feedback_pages, language
):
    choose = next(e.msgstr for e in family_entries(language) if e.msgid == "Choose your language")
    for name, response in family_pages(client, language, feedback_pages):
        html = response.content.decode()
        if name == "choose language":
            # One page for all three languages: each names itself in its own words.
            assert f'<span lang="{language}" class="choose-language__title">{choose}' in html
            continue
        assert f'<html lang="{language}"' in html, name
        assert english_left_in(html, language) == [], name


@pytest.mark.django_db
def test_the_check_would_catch_an_english_string(client, feedback_pages):
    html = client.get("/en/feedback/").content.decode()
    assert "There is a problem" not in html
    assert "Send" in english_left_in(html, "so")


def test_the_django_messages_we_translate_are_still_djangos_own():
    """If Django rewords a message, our translation would silently stop applying."""
    import django

    from forms_app import django_messages

    djangos = polib.pofile(
        str(Path(django.__file__).parent / "conf" / "locale" / "bn" / "LC_MESSAGES" / "django.po")
    )
    known = {entry.msgid for entry in djangos}
    # gettext_noop gives the msgid itself; ngettext_lazy keeps it as its "singular".
    ours = [
        message if isinstance(message, str) else message._kw["singular"]
        for message in django_messages.MESSAGES
    ]
    assert len(ours) == len(django_messages.MESSAGES)
    assert [msgid for msgid in ours if msgid not in known] == []
