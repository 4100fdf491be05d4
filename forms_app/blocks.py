"""Question blocks editors build family forms from, and a block that embeds a form.

Every question and every option carries a machine key. Keys are what answers
are stored under, so they must be the same in every language: the key blocks
declare no translatable segments, and wagtail-localize copies them from the
source page untouched.
"""

from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.forms.utils import ErrorList
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.list_block import ListBlockValidationError
from wagtail.blocks.struct_block import StructBlockValidationError

KEY_PATTERN = r"^[a-z][a-z0-9_]{0,39}$"
# Names the form itself uses for its own fields; a question key must not clash.
RESERVED_KEYS = {"website", "form_token", "src", "csrfmiddlewaretoken"}
CALLBACK_PARTS = ("name", "phone", "time")

key_validator = RegexValidator(
    KEY_PATTERN,
    _(
        "Use lower-case letters, digits and underscores, starting with a letter "
        "(40 characters at most)."
    ),
)


class MachineKeyBlock(blocks.CharBlock):
    """A stable machine name that wagtail-localize leaves alone in every translation."""

    def __init__(self, **kwargs):
        kwargs.setdefault("max_length", 40)
        kwargs.setdefault("validators", [key_validator])
        super().__init__(**kwargs)

    def get_translatable_segments(self, value):
        return []

    def restore_translated_segments(self, value, segments):
        return value


class OptionBlock(blocks.StructBlock):
    key = MachineKeyBlock(
        label=_("key"),
        help_text=_("Stored with each answer, e.g. 'very_helpful'. Keep it once answers come in."),
    )
    label = blocks.CharBlock(label=_("label"), max_length=200)

    class Meta:
        icon = "radio-full"
        label = _("option")


def option_list():
    return blocks.ListBlock(OptionBlock(), label=_("options"), min_num=2, max_num=20)


class QuestionBlock(blocks.StructBlock):
    """What every question has: a key, the words families read and whether it is required."""

    key = MachineKeyBlock(
        label=_("key"),
        help_text=_(
            "Answers are stored under this name in every language, e.g. 'how_helpful'. "
            "Do not change it once answers come in."
        ),
    )
    label = blocks.CharBlock(label=_("question"), max_length=300)
    hint = blocks.CharBlock(
        label=_("hint"), required=False, max_length=300, help_text=_("Optional extra help.")
    )
    required = blocks.BooleanBlock(label=_("required"), required=False, default=True)
    error_message = blocks.CharBlock(
        label=_("error message"),
        required=False,
        default="",
        max_length=200,
        help_text=_(
            "What families read if they leave it unanswered, naming the question, e.g. "
            "'Select how helpful our work with your family has been'. Empty: one is made "
            "from the question."
        ),
    )

    field_type = None

    def clean(self, value):
        value = super().clean(value)
        if value["key"] in RESERVED_KEYS:
            raise StructBlockValidationError(
                {"key": ValidationError(_("This key is used by the form itself; choose another."))}
            )
        options = value.get("options")
        if options is not None:
            seen = set()
            errors = {}
            for index, option in enumerate(options):
                if option["key"] in seen:
                    errors[index] = ValidationError(_("Each option needs its own key."))
                seen.add(option["key"])
            if errors:
                raise StructBlockValidationError(
                    {"options": ListBlockValidationError(block_errors=errors)}
                )
        return value

    class Meta:
        icon = "help"
        form_classname = "struct-block question-block"


class ShortTextQuestion(QuestionBlock):
    max_length = blocks.IntegerBlock(
        label=_("maximum length"), default=200, min_value=1, max_value=500
    )
    field_type = "short_text"

    class Meta:
        label = _("Short text")
        icon = "pilcrow"


class LongTextQuestion(QuestionBlock):
    max_length = blocks.IntegerBlock(
        label=_("maximum length"), default=2000, min_value=1, max_value=5000
    )
    field_type = "long_text"

    class Meta:
        label = _("Long text")
        icon = "doc-full"


class SingleChoiceQuestion(QuestionBlock):
    options = option_list()
    field_type = "single_choice"

    class Meta:
        label = _("Single choice")
        icon = "radio-full"


class MultipleChoiceQuestion(QuestionBlock):
    options = option_list()
    field_type = "multiple_choice"

    class Meta:
        label = _("Multiple choice")
        icon = "tick-inverse"


class RatingQuestion(QuestionBlock):
    lowest = blocks.IntegerBlock(label=_("lowest"), default=1, min_value=0, max_value=1)
    highest = blocks.IntegerBlock(label=_("highest"), default=5, min_value=2, max_value=10)
    lowest_label = blocks.CharBlock(
        label=_("label for the lowest"), max_length=100, help_text=_("e.g. 'Not at all helpful'")
    )
    highest_label = blocks.CharBlock(
        label=_("label for the highest"), max_length=100, help_text=_("e.g. 'Very helpful'")
    )
    field_type = "rating"

    class Meta:
        label = _("Rating scale")
        icon = "pick"


class YesNoQuestion(QuestionBlock):
    field_type = "yes_no"

    class Meta:
        label = _("Yes or no")
        icon = "radio-full"


class ConsentQuestion(QuestionBlock):
    field_type = "consent"

    class Meta:
        label = _("Consent")
        icon = "tick"


class CallbackQuestion(QuestionBlock):
    """'Would you like a call back?' with name, phone and best time asked only on yes.

    The contact details are stored apart from the answers and deleted after
    the retention period; only the yes or no is kept with the answers.
    """

    field_type = "callback"

    class Meta:
        label = _("Call back (opt-in contact details)")
        icon = "mail"


class QuestionsBlock(blocks.StreamBlock):
    short_text = ShortTextQuestion()
    long_text = LongTextQuestion()
    single_choice = SingleChoiceQuestion()
    multiple_choice = MultipleChoiceQuestion()
    rating = RatingQuestion()
    yes_no = YesNoQuestion()
    consent = ConsentQuestion()
    callback = CallbackQuestion()

    def clean(self, value):
        value = super().clean(value)
        names = {}
        errors = {}
        for index, child in enumerate(value):
            key = child.value["key"]
            field_names = [key]
            if child.block_type == "callback":
                field_names += [f"{key}_{part}" for part in CALLBACK_PARTS]
            for name in field_names:
                if name in names:
                    errors[index] = ErrorList(
                        [ValidationError(_("Each question needs its own key."))]
                    )
                names[name] = index
        if sum(1 for child in value if child.block_type == "callback") > 1:
            errors[len(value) - 1] = ErrorList(
                [ValidationError(_("A form can ask for a call back once only."))]
            )
        if errors:
            raise blocks.StreamBlockValidationError(block_errors=errors)
        return value

    class Meta:
        label = _("questions")


class FormEmbedBlock(blocks.StructBlock):
    """Shows a family feedback form inside any page, in the page's language."""

    form_page = blocks.PageChooserBlock(
        label=_("form"),
        page_type="forms_app.FamilyFormPage",
        help_text=_("The form to show. Answers go to the same place as on the form's own page."),
    )
    heading = blocks.CharBlock(label=_("heading"), required=False, max_length=200)

    class Meta:
        icon = "form"
        label = _("Feedback form")
        template = "forms_app/blocks/form_embed_block.html"
        help_text = _("Embeds a family feedback form; families answer it without leaving the page.")
        preview_value = {"heading": "Tell us what you think"}
