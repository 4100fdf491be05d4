"""Each body block renders accessible markup from what the editor chose."""

import pytest
from wagtail.embeds.embeds import get_embed_hash
from wagtail.embeds.models import Embed
from wagtail_factories import ImageFactory

from resources.blocks import BodyBlock
from tests import factories

pytestmark = pytest.mark.django_db

VIDEO = "https://www.youtube.com/watch?v=demo"


def test_page_bodies_offer_every_block_including_the_forms_apps_embedded_form():
    assert set(BodyBlock().child_blocks) >= {
        "rich_text",
        "callout",
        "contact",
        "links",
        "table",
        "accordion",
        "video",
        "image",
        "quote",
        "consultations",
        "participation_groups",
        "embedded_form",
    }


def test_every_body_block_declares_icon_template_help_text_and_preview():
    for name, block in BodyBlock().child_blocks.items():
        if name == "embedded_form":
            continue  # the forms app's block, tested there
        meta = block.meta
        assert meta.icon and meta.icon != "placeholder", name
        assert meta.template and meta.template.startswith("blocks/"), name
        help_text = getattr(meta, "help_text", None) or getattr(block, "field", None).help_text
        assert help_text, name
        assert meta.preview_value is not None, name


def test_body_blocks_render_for_staff(staff_client, home):
    Embed.objects.create(
        url=VIDEO,
        hash=get_embed_hash(VIDEO),
        type="video",
        html='<iframe src="https://www.youtube-nocookie.com/embed/demo" title="Demo"></iframe>',
    )
    image = ImageFactory(collection=factories.council().collection)
    contact = factories.ContactFactory(name="Edge of Care Team")
    index = factories.ResourceIndexPageFactory(parent=home, slug="tools")
    page = factories.ResourcePageFactory(
        parent=index,
        body=[
            {
                "type": "callout",
                "value": {
                    "heading": "Safeguarding",
                    "text": "<p>Call now.</p>",
                    "style": "warning",
                },
            },
            {"type": "contact", "value": {"contact": contact.pk, "note": "Referrals only"}},
            {
                "type": "links",
                "value": {
                    "heading": "Further reading",
                    "items": [{"text": "Tri-x procedures", "url": "https://example.org/"}],
                },
            },
            {
                "type": "table",
                "value": {
                    "caption": "Reflective spaces",
                    "table": {"data": [["Space", "When"], ["Group supervision", "Monthly"]]},
                },
            },
            {
                "type": "accordion",
                "value": {
                    "heading": "",
                    "sections": [{"heading": "Who can refer?", "content": "<p>Anyone.</p>"}],
                },
            },
            {
                "type": "video",
                "value": {"video": VIDEO, "title": "Our framework", "transcript": ""},
            },
            {
                "type": "image",
                "value": {"image": image.pk, "alt_text": "A family meeting", "caption": ""},
            },
            {"type": "quote", "value": {"quote": "They listened.", "attribution": "A parent"}},
        ],
    )

    content = staff_client.get(page.get_url()).content.decode()

    assert '<span class="govuk-visually-hidden">Warning</span>' in content
    assert "Edge of Care Team" in content and "Referrals only" in content
    assert '<a class="govuk-link" href="https://example.org/">Tri-x procedures</a>' in content
    assert (
        "<caption" in content
        and '<th scope="col" class="govuk-table__header">Space</th>' in content
    )
    assert '<td class="govuk-table__cell">Monthly</td>' in content
    assert '<summary class="govuk-details__summary">' in content and "Who can refer?" in content
    assert "youtube-nocookie.com/embed/demo" in content and "Our framework" in content
    assert 'alt="A family meeting"' in content
    assert "They listened." in content and "A parent" in content


def test_block_previews_show_real_contacts_offers_and_groups():
    from resources.blocks import ConsultationOffersBlock, ContactCardBlock, ParticipationGroupsBlock

    contact = factories.ContactFactory(name="A Family Network Team")
    factories.ConsultationOfferFactory(title="Clinical consultation", contact=contact)
    factories.ParticipationGroupFactory(name="CLICC", contact=contact)
    assert "Clinical consultation" in ConsultationOffersBlock().render(
        ConsultationOffersBlock().get_preview_value()
    )
    assert "CLICC" in ParticipationGroupsBlock().render(
        ParticipationGroupsBlock().get_preview_value()
    )
    preview = ContactCardBlock().render(ContactCardBlock().get_preview_value())
    assert "A Family Network Team" in preview


def test_items_that_link_nothing_are_shown_without_looking_links_up(home):
    from unittest import mock

    from django.db.models.query import QuerySet

    from resources.blocks import LinkItemBlock

    block = LinkItemBlock()
    with mock.patch.object(QuerySet, "in_bulk", side_effect=AssertionError("looked up")):
        items = block.bulk_to_python([{"text": "We will listen"}, {"text": "We will act"}])
    assert [item["page"] for item in items] == [None, None]
    assert [item["document"] for item in items] == [None, None]

    linked = block.bulk_to_python([{"text": ""}, {"text": "", "page": home.pk}])
    assert [item["page"] and item["page"].pk for item in linked] == [None, home.pk]
