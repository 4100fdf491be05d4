from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock


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


class LooksUpOnlyWhatWasChosen:
    """Wagtail's chooser blocks look up a stream's choices in bulk even when no item chose
    anything, building and compiling a query for nothing: on a practice standard page, whose
    items mostly link nothing, that was a quarter of its first render after a publish."""

    def bulk_to_python(self, values):
        if not any(values):
            return [None] * len(values)
        return super().bulk_to_python(values)


class OptionalPageChooserBlock(LooksUpOnlyWhatWasChosen, blocks.PageChooserBlock):
    pass


class OptionalDocumentChooserBlock(LooksUpOnlyWhatWasChosen, DocumentChooserBlock):
    pass
