"""Editors build forms from question blocks; keys survive translation untouched."""

import pytest
from django.test import RequestFactory
from django.utils import translation
from wagtail import blocks
from wagtail_localize.models import StringSegment, TranslationSource

from forms_app.blocks import FormEmbedBlock, QuestionsBlock
from forms_app.models import FamilyFormPage


def stream(*children):
    block = QuestionsBlock()
    return block, block.to_python(list(children))


def question(block_type, key, label="Question?", **extra):
    return {"type": block_type, "value": {"key": key, "label": label, **extra}}


def test_two_questions_with_one_key_are_refused():
    block, value = stream(question("yes_no", "same"), question("short_text", "same"))
    with pytest.raises(blocks.StreamBlockValidationError):
        block.clean(value)


def test_a_key_the_form_itself_uses_or_a_badly_formed_key_is_refused():
    for key in ("website", "Has Spaces", "1starts_with_digit", "x" * 41):
        block, value = stream(question("yes_no", key))
        with pytest.raises(blocks.StreamBlockValidationError):
            block.clean(value)


def test_options_need_their_own_keys():
    options = [{"key": "a", "label": "A"}, {"key": "a", "label": "Also A"}]
    block, value = stream(question("single_choice", "pick", options=options))
    with pytest.raises(blocks.StreamBlockValidationError):
        block.clean(value)


def test_a_call_back_question_may_not_clash_with_its_own_detail_fields():
    block, value = stream(question("callback", "call"), question("short_text", "call_phone"))
    with pytest.raises(blocks.StreamBlockValidationError):
        block.clean(value)


@pytest.mark.django_db
def test_wagtail_localize_offers_labels_for_translation_but_never_keys(feedback_pages):
    source, _created = TranslationSource.get_or_create_from_instance(feedback_pages["feedback"])
    strings = set(
        StringSegment.objects.filter(source=source).values_list("string__data", flat=True)
    )
    paths = list(
        StringSegment.objects.filter(source=source).values_list("context__path", flat=True)
    )
    assert "Did you feel listened to?" in strings
    assert "Most of the time" in strings
    assert "listened_to" not in strings and "mostly" not in strings
    assert not any(path.endswith(".key") for path in paths)


@pytest.mark.django_db
def test_every_translation_asks_the_same_questions_under_the_same_keys(feedback_pages):
    pages = FamilyFormPage.objects.filter(
        translation_key=feedback_pages["feedback"].translation_key
    )
    keys = {
        page.locale.language_code: [
            (q.clean_name, [key for key, _label in q.options]) for q in page.get_form_fields()
        ]
        for page in pages
    }
    assert set(keys) == {"en", "bn", "so"}
    assert keys["en"] == keys["bn"] == keys["so"]
    labels = {page.locale.language_code: page.get_form_fields()[1].options[1][1] for page in pages}
    assert labels == {"en": "Most of the time", "bn": "বেশিরভাগ সময়", "so": "Inta badan"}


@pytest.mark.django_db
def test_the_drafted_translations_are_marked_as_awaiting_a_fluent_speaker(feedback_pages):
    from wagtail_localize.models import StringTranslation

    drafts = StringTranslation.objects.filter(locale__language_code__in=["bn", "so"])
    assert drafts.count() > 40
    assert set(drafts.values_list("tool_name", flat=True)) == {
        "a draft awaiting review by a fluent speaker"
    }
    assert "awaiting review by a fluent speaker" in drafts.first().get_comment()


@pytest.mark.django_db
def test_an_embedded_form_shows_in_the_pages_language_and_posts_to_the_form(feedback_pages):
    block = FormEmbedBlock()
    value = block.to_python({"form_page": feedback_pages["feedback"].pk, "heading": ""})
    request = RequestFactory().get("/so/some-page/")
    with translation.override("so"):
        html = block.render(value, context={"request": request, "csrf_token": "x"})
    assert 'action="/so/feedback/"' in html
    assert "Ma dareentay in lagu dhageystay?" in html
    assert 'name="form_token"' in html
