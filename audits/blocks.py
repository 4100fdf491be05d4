"""What the Learning Academy builds an audit tool from, in the admin, without code.

A tool is a list of sections, one per practice standard (or any heading the
service's tool needs). Each section carries a machine key: answers are stored
under it, so that a tool's later versions, and the reports that compare cycles,
still line up when a title is reworded.
"""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from forms_app.blocks import MachineKeyBlock


class SectionBlock(blocks.StructBlock):
    key = MachineKeyBlock(
        label=_("key"),
        help_text=_(
            "Grades and narratives are stored under this name, e.g. 'connection'. "
            "Keep it once audits are under way so that cycles compare."
        ),
    )
    title = blocks.CharBlock(label=_("practice standard or heading"), max_length=200)
    prompt = blocks.TextBlock(
        label=_("prompt for the auditor"),
        required=False,
        help_text=_("What to look for in the record and to talk through with the practitioner."),
    )
    graded = blocks.BooleanBlock(
        label=_("graded"),
        required=False,
        default=True,
        help_text=_("Untick for a narrative-only section (observations, exit interviews)."),
    )

    class Meta:
        icon = "list-ul"
        label = _("section")
        preview_value = {
            "key": "connection",
            "title": "Connection",
            "prompt": "How has the practitioner built a relationship with the family?",
            "graded": True,
        }


class ToolSections(blocks.StreamBlock):
    section = SectionBlock()

    class Meta:
        min_num = 1


class DipQuestionBlock(blocks.StructBlock):
    key = MachineKeyBlock(label=_("key"))
    label = blocks.CharBlock(label=_("question"), max_length=300)
    answer = blocks.ChoiceBlock(
        label=_("answer"),
        choices=[("yes_no", _("Yes or no")), ("count", _("A count"))],
        default="yes_no",
    )

    class Meta:
        icon = "help"
        label = _("question")
        preview_value = {
            "key": "neglect_tool",
            "label": "Can a neglect tool be seen on the child's record?",
            "answer": "yes_no",
        }


class DipQuestions(blocks.StreamBlock):
    question = DipQuestionBlock()

    class Meta:
        min_num = 1
        max_num = 5


class FindingBlock(blocks.StructBlock):
    finding = blocks.CharBlock(label=_("finding"), max_length=200)
    learning = blocks.TextBlock(label=_("learning for practitioners"))

    class Meta:
        icon = "pick"
        label = _("finding")
        template = "blocks/finding_block.html"
        preview_value = {
            "finding": "Plans written with families are followed",
            "learning": "Write the plan in the family's words, with dates and owners.",
        }


class Findings(blocks.StreamBlock):
    finding = FindingBlock()

    class Meta:
        max_num = 10
