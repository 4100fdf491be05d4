from django.utils.translation import gettext_lazy as _
from wagtail import blocks


class QuickLinkBlock(blocks.StructBlock):
    """A link editors pin to the home page."""

    page = blocks.PageChooserBlock(label=_("page"), help_text=_("The page the link goes to."))
    label = blocks.CharBlock(
        max_length=80,
        required=False,
        label=_("label"),
        help_text=_("Optional; the page's title is used when empty."),
    )

    class Meta:
        icon = "link"
        template = "blocks/quick_link_block.html"
        label = _("Quick link")
        help_text = _("A link shown on the home page.")
        preview_value = {"label": "Make a referral"}
