"""Reading stored answers back in words: English labels and the family's own.

Answers are stored under question and option keys. The English words come
from the form's source page as it is now, falling back to the snapshot the
answer was given against (``FormVersion``) for questions or options that
have since been removed; the family's words come from the translation of
the form in the language they used.
"""

from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from forms_app.models import FamilyFormPage, FormVersion

CHOICE_TYPES = ("single_choice", "multiple_choice", "rating", "yes_no", "callback", "consent")
TEXT_TYPES = ("short_text", "long_text")
YES_NO = {"yes": _("Yes"), "no": _("No")}


def snapshots(page):
    return [question.snapshot() for question in page.get_form_fields()] if page else []


class FormLabels:
    """The questions of one form (every version of it) with their English labels."""

    def __init__(self, form_key, versions=None):
        self.form_key = form_key
        source = FamilyFormPage.objects.filter(
            translation_key=form_key, locale__language_code=settings.LANGUAGE_CODE
        ).first()
        self.title = source.title if source else str(form_key)
        current = snapshots(source)
        self.questions = {}
        for question in current:
            self.questions[question["key"]] = question
        versions = (
            versions
            if versions is not None
            else FormVersion.objects.filter(form_key=form_key).order_by("-created_at")
        )
        self.version_questions = {}
        for version in versions:
            self.version_questions[version.pk] = {q["key"]: q for q in version.questions}
            for question in version.questions:
                known = self.questions.setdefault(question["key"], question)
                if known is not question and "options" in question:
                    labels = {option["key"] for option in known.get("options", [])}
                    extra = [o for o in question["options"] if o["key"] not in labels]
                    if extra:
                        known = self.questions[question["key"]] = {
                            **known,
                            "options": [*known.get("options", []), *extra],
                        }
        self.keys = list(self.questions)
        self.option_labels = {
            key: {option["key"]: str(option["label"]) for option in question.get("options", [])}
            for key, question in self.questions.items()
        }
        # Translated once here rather than once per cell of a 100,000-row export.
        self.words = {key: str(word) for key, word in YES_NO.items()}

    def label(self, key):
        question = self.questions.get(key)
        return question["label"] if question else key

    def type(self, key):
        question = self.questions.get(key)
        return question["type"] if question else "short_text"

    def text(self, key, value):
        """An answer in English words: option keys as labels, lists joined."""
        return answer_text(
            self.questions.get(key), self.option_labels.get(key, {}), value, self.words
        )

    def text_keys(self):
        return [key for key in self.keys if self.type(key) in TEXT_TYPES]

    def chart_keys(self):
        return [
            key
            for key in self.keys
            if self.type(key) in ("single_choice", "multiple_choice", "rating", "yes_no")
        ]


def answer_text(question, option_labels, value, words=YES_NO):
    if value is None or value == "":
        return ""
    kind = question["type"] if question else None
    if isinstance(value, list):
        return "; ".join(str(option_labels.get(item, item)) for item in value)
    if kind in ("yes_no", "callback"):
        return str(words.get(value, value))
    if kind == "consent":
        return str(words["yes"] if value else words["no"])
    if isinstance(value, str):
        return str(option_labels.get(value, value))
    return str(value)


def family_labels(form_key, language):
    """The questions as the family read them, in their language (empty if no translation)."""
    page = FamilyFormPage.objects.filter(
        translation_key=form_key, locale__language_code=language
    ).first()
    return {question["key"]: question for question in snapshots(page)}


def rows_for(submission, labels):
    """Each answer of a submission for the detail screen: English beside the family's words."""
    own = (
        family_labels(submission.form_key, submission.language)
        if submission.language != settings.LANGUAGE_CODE
        else {}
    )
    with translation.override(submission.language):
        own_words = {key: str(word) for key, word in YES_NO.items()}
    answers = submission.answers
    rows = []
    for key in labels.keys:
        if key not in answers:
            continue
        value = answers[key]
        question = labels.questions.get(key)
        own_question = own.get(key)
        own_options = {
            option["key"]: option["label"] for option in (own_question or {}).get("options", [])
        }
        rows.append(
            {
                "key": key,
                "type": labels.type(key),
                "english_question": labels.label(key),
                "own_question": own_question["label"] if own_question else "",
                "english_answer": labels.text(key, value),
                "own_answer": answer_text(own_question or question, own_options, value, own_words)
                if own_question
                else "",
                "free_text": labels.type(key) in TEXT_TYPES,
                "value": value,
            }
        )
    for key, value in answers.items():
        if key not in labels.questions:
            rows.append(
                {
                    "key": key,
                    "type": "unknown",
                    "english_question": key,
                    "own_question": "",
                    "english_answer": answer_text(None, {}, value),
                    "own_answer": "",
                    "free_text": isinstance(value, str),
                    "value": value,
                }
            )
    return rows
