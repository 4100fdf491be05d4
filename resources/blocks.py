"""StreamField blocks editors build framework pages from.

Each block names its template, icon, help text and a preview value, so the
admin's block picker shows editors what they are about to insert. Block
templates read ``value`` and escape every text field; rich text is cleaned by
Draftail when it is saved.

Extension point for the forms app: ``BodyBlock`` is the stream used by every
page body. It is built from ``BaseBodyBlock`` plus ``EXTRA_BODY_BLOCKS`` below,
which picks up the forms app's ``embedded_form`` block, so pages can carry a
form without this module knowing how forms work.
"""

import importlib.util

from django.apps import apps
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.contrib.table_block.blocks import TableBlock
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock
from wagtail.snippets.blocks import SnippetChooserBlock

from home.blocks import OptionalDocumentChooserBlock, OptionalPageChooserBlock

LINKABLE_PAGE_TYPES = ["resources.ResourcePage", "resources.InterventionPage"]
RICH_TEXT_FEATURES = ["h2", "h3", "h4", "bold", "italic", "ol", "ul", "link", "document-link"]
SHORT_RICH_TEXT_FEATURES = ["bold", "italic", "ol", "ul", "link", "document-link"]


def refetch_in_order(model, chosen, *related):
    """Chosen snippets again with their relations in one query, keeping the editor's order."""
    pks = [obj.pk for obj in chosen if obj is not None]
    by_pk = model.objects.select_related(*related).in_bulk(pks)
    return [by_pk[pk] for pk in pks if pk in by_pk]


class CalloutBlock(blocks.StructBlock):
    """A highlighted panel for one thing staff must not miss."""

    heading = blocks.CharBlock(
        max_length=120,
        required=False,
        label=_("heading"),
        help_text=_("Optional short heading, e.g. 'Before you refer'."),
    )
    text = blocks.RichTextBlock(
        features=SHORT_RICH_TEXT_FEATURES,
        label=_("text"),
        help_text=_("Keep it to a few sentences."),
    )
    style = blocks.ChoiceBlock(
        choices=[("information", _("Information")), ("warning", _("Warning"))],
        default="information",
        label=_("style"),
        help_text=_("Use 'Warning' only for safeguarding or legal duties."),
    )

    class Meta:
        icon = "help"
        template = "blocks/callout_block.html"
        label = _("Callout")
        help_text = _("A highlighted panel for one important point.")
        preview_value = {
            "heading": "Before you refer",
            "text": "<p>Talk to the family first and record their consent.</p>",
            "style": "information",
        }


class ContactCardBlock(blocks.StructBlock):
    """A shared contact, chosen from the Contacts snippets so it is edited once."""

    contact = SnippetChooserBlock(
        "resources.Contact",
        label=_("contact"),
        help_text=_("Choose a team mailbox; edit the contact itself to change it everywhere."),
    )
    note = blocks.CharBlock(
        required=False,
        max_length=200,
        label=_("note"),
        help_text=_("Optional, e.g. 'For referrals only'."),
    )

    class Meta:
        icon = "user"
        template = "blocks/contact_card_block.html"
        label = _("Contact card")
        help_text = _("A team or service contact with email, phone and hours.")
        preview_value = {"contact": None, "note": "For referrals only"}

    def get_preview_value(self):
        from resources.models import Contact

        return self.normalize({"contact": Contact.objects.first(), "note": "For referrals only"})


class LinkItemBlock(blocks.StructBlock):
    """One item of a list: a line of text that may link to a page, document or address."""

    text = blocks.CharBlock(
        max_length=500,
        label=_("text"),
        help_text=_("What staff read. Leave empty to use the linked page's or document's title."),
        required=False,
    )
    description = blocks.TextBlock(
        required=False,
        label=_("description"),
        help_text=_("Optional sentence under the link."),
    )
    page = OptionalPageChooserBlock(
        page_type=LINKABLE_PAGE_TYPES,
        required=False,
        label=_("resource or intervention page"),
        help_text=_("Optional: a resource or intervention page this item links to."),
    )
    document = OptionalDocumentChooserBlock(
        required=False,
        label=_("document"),
        help_text=_("Optional: a document to download."),
    )
    url = blocks.URLBlock(
        required=False,
        label=_("web address"),
        help_text=_("Optional: a page on another website."),
    )

    class Meta:
        icon = "link"
        template = "blocks/link_item_block.html"
        label = _("Item")
        help_text = _("A line of text, optionally linked to a page, document or web address.")
        preview_value = {"text": "Use a genogram to map the family network", "description": ""}
        form_classname = "struct-block link-item-block"

    def clean(self, value):
        value = super().clean(value)
        if not (value.get("text") or value.get("page") or value.get("document")):
            raise blocks.StructBlockValidationError(
                {"text": [_("Write the text, or choose a page or document to take its title.")]}
            )
        return value


class LinkListBlock(blocks.StructBlock):
    """A titled list of documents and resource links."""

    heading = blocks.CharBlock(
        max_length=120,
        required=False,
        label=_("heading"),
        help_text=_("Optional heading above the list, e.g. 'Templates'."),
    )
    items = blocks.ListBlock(LinkItemBlock(), label=_("items"))

    class Meta:
        icon = "list-ul"
        template = "blocks/link_list_block.html"
        label = _("Documents and links")
        help_text = _("A list of documents, resource pages and web links.")
        preview_value = {
            "heading": "Templates",
            "items": [{"text": "Chronology template"}, {"text": "Genogram guide"}],
        }


class CaptionedTableBlock(blocks.StructBlock):
    """A data table whose first row is always its header, with a caption for screen readers."""

    caption = blocks.CharBlock(
        max_length=200,
        label=_("caption"),
        help_text=_("Says what the table shows; read out first by screen readers."),
    )
    table = TableBlock(
        label=_("table"),
        help_text=_("The first row is the header row."),
        table_options={"contextMenu": ["row_above", "row_below", "col_left", "col_right"]},
    )

    class Meta:
        icon = "table"
        template = "blocks/table_block.html"
        label = _("Table")
        help_text = _("A table with a caption and a header row.")
        preview_value = {
            "caption": "Reflective spaces",
            "table": {
                "data": [["Space", "When"], ["Group supervision", "Monthly"]],
                "first_row_is_table_header": True,
            },
        }


class AccordionItemBlock(blocks.StructBlock):
    heading = blocks.CharBlock(
        max_length=200, label=_("heading"), help_text=_("The question or section title.")
    )
    content = blocks.RichTextBlock(
        features=SHORT_RICH_TEXT_FEATURES,
        label=_("content"),
        help_text=_("Shown when the section is opened."),
    )

    class Meta:
        icon = "doc-full"
        label = _("Section")


class AccordionBlock(blocks.StructBlock):
    """Sections that open one at a time; they work without JavaScript."""

    heading = blocks.CharBlock(
        max_length=120,
        required=False,
        label=_("heading"),
        help_text=_("Optional heading above the sections."),
    )
    sections = blocks.ListBlock(AccordionItemBlock(), label=_("sections"))

    class Meta:
        icon = "list-ol"
        template = "blocks/accordion_block.html"
        label = _("Accordion")
        help_text = _("Sections that staff open one at a time, e.g. frequently asked questions.")
        preview_value = {
            "sections": [
                {"heading": "Who can refer?", "content": "<p>Any practitioner.</p>"},
                {"heading": "How long does it take?", "content": "<p>Usually 12 weeks.</p>"},
            ]
        }


class VideoBlock(blocks.StructBlock):
    """A video from an approved host, with a title and an optional transcript."""

    video = EmbedBlock(
        label=_("video address"),
        help_text=_("The web address of the video, e.g. on YouTube or Vimeo."),
    )
    title = blocks.CharBlock(
        max_length=200,
        label=_("title"),
        help_text=_("Describes the video for people using screen readers."),
    )
    transcript = blocks.RichTextBlock(
        features=SHORT_RICH_TEXT_FEATURES,
        required=False,
        label=_("transcript"),
        help_text=_("Optional transcript or summary for people who cannot watch it."),
    )

    class Meta:
        icon = "media"
        template = "blocks/video_block.html"
        label = _("Video")
        help_text = _("An embedded video with a title and transcript.")
        preview_value = {"title": "Introducing Better Together", "transcript": ""}


class AccessibleImageBlock(blocks.StructBlock):
    """An image that cannot be saved without alternative text."""

    image = ImageChooserBlock(label=_("image"), help_text=_("Choose or upload an image."))
    alt_text = blocks.CharBlock(
        max_length=250,
        required=True,
        label=_("alternative text"),
        help_text=_("Describe what the image shows for people who cannot see it. Required."),
    )
    caption = blocks.CharBlock(
        max_length=250,
        required=False,
        label=_("caption"),
        help_text=_("Optional caption shown under the image."),
    )

    class Meta:
        icon = "image"
        template = "blocks/image_block.html"
        label = _("Image")
        help_text = _("An image with required alternative text.")
        preview_value = {"alt_text": "Practitioners in a group supervision session"}

    def clean(self, value):
        # Checked even on draft saves, which defer ordinary required fields.
        if value.get("image") and not (value.get("alt_text") or "").strip():
            raise blocks.StructBlockValidationError(
                {"alt_text": ValidationError(_("Describe the image for people who cannot see it."))}
            )
        return super().clean(value)


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(
        label=_("quote"), help_text=_("The words quoted, without quotation marks.")
    )
    attribution = blocks.CharBlock(
        max_length=200,
        required=False,
        label=_("attribution"),
        help_text=_("Who said it, without naming a child or family, e.g. 'A parent'."),
    )

    class Meta:
        icon = "openquote"
        template = "blocks/quote_block.html"
        label = _("Quote")
        help_text = _("Words from a family member, young person or practitioner.")
        preview_value = {
            "quote": "They listened to us and we made the plan together.",
            "attribution": "A parent",
        }


class ChosenSnippetsBlock(blocks.StructBlock):
    """A caption or heading and snippets chosen in order, each shown with its contact.

    Subclasses name the snippet model and their two child blocks; the page
    shows what the snippets say now, in the editor's order.
    """

    model_name = ""
    heading_field = ""
    items_field = ""
    preview_heading = ""
    preview_count = 3

    def _model(self):
        return apps.get_model(self.model_name)

    def get_preview_value(self):
        chosen = list(self._model().objects.all()[: self.preview_count])
        return self.normalize({self.heading_field: self.preview_heading, self.items_field: chosen})

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context[self.items_field] = refetch_in_order(
            self._model(), value[self.items_field], "contact"
        )
        return context


class ConsultationOffersBlock(ChosenSnippetsBlock):
    """Consultation offers shown as one accessible table."""

    model_name = "resources.ConsultationOffer"
    heading_field, items_field = "caption", "offers"
    preview_heading = "Practice consultations"

    caption = blocks.CharBlock(
        max_length=200,
        label=_("caption"),
        help_text=_("Says what the table lists, e.g. 'Practice consultations'."),
    )
    offers = blocks.ListBlock(
        SnippetChooserBlock("resources.ConsultationOffer"),
        label=_("consultation offers"),
        help_text=_("Choose the offers to list, in order."),
    )

    class Meta:
        icon = "table"
        template = "blocks/consultation_offers_block.html"
        label = _("Consultation offers table")
        help_text = _("A table of consultation offers: what, who and when, how to book.")
        preview_value = {"caption": "Practice consultations", "offers": []}


class ParticipationGroupsBlock(ChosenSnippetsBlock):
    model_name = "resources.ParticipationGroup"
    heading_field, items_field = "heading", "groups"
    preview_heading = "Participation groups"
    preview_count = 2

    heading = blocks.CharBlock(
        max_length=120,
        required=False,
        label=_("heading"),
        help_text=_("Optional heading above the groups."),
    )
    groups = blocks.ListBlock(
        SnippetChooserBlock("resources.ParticipationGroup"),
        label=_("participation groups"),
        help_text=_("Choose the groups to list, in order."),
    )

    class Meta:
        icon = "group"
        template = "blocks/participation_groups_block.html"
        label = _("Participation groups")
        help_text = _("Groups children, young people and parents can join, with who to contact.")
        preview_value = {"heading": "Participation groups", "groups": []}


class BaseBodyBlock(blocks.StreamBlock):
    """Every block a page body may hold, except the ones other apps add."""

    rich_text = blocks.RichTextBlock(
        features=RICH_TEXT_FEATURES,
        label=_("Text"),
        help_text=_("Paragraphs, headings, lists and links."),
        icon="pilcrow",
        template="blocks/rich_text_block.html",
        preview_value="<p>Curiosity means asking why, and listening to the answer.</p>",
        description=_("Paragraphs, headings, lists and links."),
    )
    callout = CalloutBlock()
    contact = ContactCardBlock()
    links = LinkListBlock()
    table = CaptionedTableBlock()
    accordion = AccordionBlock()
    video = VideoBlock()
    image = AccessibleImageBlock()
    quote = QuoteBlock()
    consultations = ConsultationOffersBlock()
    participation_groups = ParticipationGroupsBlock()


def extra_body_blocks():
    """Blocks other apps contribute to page bodies: the forms app's ``embedded_form``.

    The forms app provides ``forms_app.blocks.FormEmbedBlock``; while that
    module exists every page body offers it. Adding it changes the block
    definitions, so run ``makemigrations resources`` afterwards.
    """
    if importlib.util.find_spec("forms_app.blocks") is None:
        return []
    from forms_app.blocks import FormEmbedBlock

    return [("embedded_form", FormEmbedBlock())]


EXTRA_BODY_BLOCKS = extra_body_blocks()


class BodyBlock(BaseBodyBlock):
    """The stream behind every page's body, including blocks other apps provide."""

    def __init__(self, local_blocks=None, **kwargs):
        super().__init__([*EXTRA_BODY_BLOCKS, *(local_blocks or [])], **kwargs)

    class Meta:
        label = _("Body")


class ItemListBlock(blocks.StreamBlock):
    """An orderable list of items, each optionally linked (used by practice standards)."""

    item = LinkItemBlock()

    class Meta:
        label = _("items")


class BehaviourBlock(blocks.StructBlock):
    title = blocks.CharBlock(
        max_length=200, label=_("behaviour"), help_text=_("A short name, e.g. 'We are curious'.")
    )
    description = blocks.TextBlock(
        label=_("description"), help_text=_("What the behaviour looks like in practice.")
    )

    class Meta:
        icon = "tick"
        template = "blocks/behaviour_block.html"
        label = _("Shared behaviour")
        help_text = _("One behaviour every practitioner shows.")
        preview_value = {"title": "We are curious", "description": "We ask why."}


class DownloadBlock(blocks.StructBlock):
    document = DocumentChooserBlock(
        label=_("document"), help_text=_("Choose or upload the file staff download.")
    )
    title = blocks.CharBlock(
        max_length=200,
        required=False,
        label=_("link text"),
        help_text=_("Optional; the document's title is used when empty."),
    )

    class Meta:
        icon = "doc-full"
        template = "blocks/download_block.html"
        label = _("Download")
        help_text = _("A document to download, with its type and size.")
        preview_value = {"title": "Chronology template"}
