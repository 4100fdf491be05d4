"""Editors get field-level errors for bad input, and nothing is saved half-valid."""

import datetime
import json

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Page
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield
from wagtail_factories import ImageFactory

from resources.demo import clean_html
from resources.models import Contact, InterventionPage, Organisation, ResourcePage
from tests import factories

pytestmark = pytest.mark.django_db

SCRIPT = '<script>alert("owned")</script>'


def in_days(days):
    return (timezone.localdate() + datetime.timedelta(days=days)).isoformat()


def page_form(owner, **fields):
    choices = {name: fields.pop(name) for name in list(fields) if isinstance(fields[name], list)}
    data = {
        "title": "A page",
        "slug": "a-page",
        "summary": "A summary.",
        "comments": inline_formset([]),
        "owner": str(owner.pk),
        "review_by": in_days(30),
        "go_live_at": "",
        "expire_at": "",
        "seo_title": "",
        "search_description": "",
        **fields,
    }
    return {**nested_form_data(data), **factories.empty_service_details(), **choices}


def intervention_fields(**overrides):
    return {
        "who_for": "Families",
        "age_min": "",
        "age_max": "",
        "eligibility": "",
        "how_to_refer": rich_text("<p>Email us.</p>"),
        "intervention_contacts": inline_formset([]),
        "body": streamfield([]),
        **overrides,
    }


@pytest.fixture
def editor_client(client, demo_users):
    client.force_login(demo_users["editor"])
    return client


def add_url(parent, model_name):
    return reverse("wagtailadmin_pages:add", args=["resources", model_name, parent.pk])


def errors_of(response):
    assert response.status_code == 200, "the form should be shown again with errors"
    return response.context["form"].errors


def test_minimum_age_above_maximum_is_refused_on_the_maximum_field(
    editor_client, demo_users, intervention_index
):
    response = editor_client.post(
        add_url(intervention_index, "interventionpage"),
        page_form(demo_users["editor"], **intervention_fields(age_min="12", age_max="5")),
    )
    assert "age_max" in errors_of(response)
    assert not InterventionPage.objects.exists()


def test_review_date_in_the_past_is_refused(editor_client, demo_users, intervention_index):
    response = editor_client.post(
        add_url(intervention_index, "interventionpage"),
        page_form(demo_users["editor"], review_by=in_days(-1), **intervention_fields()),
    )
    assert "review_by" in errors_of(response)
    assert not InterventionPage.objects.exists()


def test_an_overdue_page_can_still_be_edited_without_moving_its_review_date(
    editor_client, demo_users, intervention_index
):
    page = factories.InterventionPageFactory(
        parent=intervention_index,
        title="Overdue",
        slug="overdue",
        owner=demo_users["editor"],
        review_by=timezone.localdate() - datetime.timedelta(days=3),
    )
    response = editor_client.post(
        reverse("wagtailadmin_pages:edit", args=[page.pk]),
        page_form(
            demo_users["editor"],
            title="Overdue, corrected",
            slug="overdue",
            review_by=page.review_by.isoformat(),
            **intervention_fields(),
        ),
    )
    assert response.status_code == 302, response.context["form"].errors
    page.refresh_from_db()
    assert page.get_latest_revision_as_object().title == "Overdue, corrected"


def test_every_page_needs_an_owner(editor_client, demo_users, intervention_index):
    data = page_form(demo_users["editor"], **intervention_fields())
    data["owner"] = ""
    response = editor_client.post(add_url(intervention_index, "interventionpage"), data)
    assert "owner" in errors_of(response)


def test_an_image_without_alt_text_is_refused(editor_client, demo_users, home):
    index = factories.ResourceIndexPageFactory(parent=home, slug="tools")
    image = ImageFactory(collection=factories.council().collection)
    data = page_form(
        demo_users["editor"],
        kind="tool",
        body=streamfield(
            [("image", {"image": str(image.pk), "alt_text": "", "caption": "A caption"})]
        ),
        downloads=streamfield([]),
    )
    response = editor_client.post(add_url(index, "resourcepage"), data)
    assert "body" in errors_of(response)
    assert not ResourcePage.objects.exists()

    data["body-0-value-alt_text"] = "Practitioners around a table"
    response = editor_client.post(add_url(index, "resourcepage"), data)
    assert response.status_code == 302
    assert ResourcePage.objects.get().body[0].value["alt_text"] == "Practitioners around a table"


def organisation_form(user, **overrides):
    return {
        "name": "Limehouse Food Bank",
        "description": "Emergency food parcels.",
        "website": "",
        "email": "hello@example.org",
        "phone": "",
        "address": "",
        "postcode": "",
        "eligibility_description": "",
        "minimum_age": "",
        "maximum_age": "",
        "status": "active",
        "owner": str(user.pk),
        "review_by": in_days(60),
        **factories.empty_service_details(),
        **overrides,
    }


@pytest.mark.parametrize(
    ("field", "overrides"),
    [
        ("email", {"email": "not-an-email"}),
        ("maximum_age", {"minimum_age": "16", "maximum_age": "4"}),
        ("review_by", {"review_by": in_days(-10)}),
        ("postcode", {"postcode": "NOT A POSTCODE"}),
        ("phone", {"phone": "call the office"}),
        ("website", {"website": "javascript:alert(1)"}),
        ("owner", {"owner": ""}),
    ],
)
def test_organisation_bad_input_is_refused_field_by_field(
    editor_client, demo_users, field, overrides
):
    response = editor_client.post(
        reverse("wagtailsnippets_resources_organisation:add"),
        organisation_form(demo_users["editor"], **overrides),
    )
    assert field in errors_of(response)
    assert not Organisation.all_councils.exists()


def test_contact_email_must_be_an_email(editor_client):
    response = editor_client.post(
        reverse("wagtailsnippets_resources_contact:add"),
        {
            "name": "Team",
            "key": "team",
            "role": "",
            "email": "team at example",
            "phone": "",
            "hours": "",
        },
    )
    assert "email" in errors_of(response)
    assert not Contact.all_councils.exists()


def test_participation_group_ages_are_checked_by_the_model():
    group = factories.ParticipationGroupFactory.build(age_min=18, age_max=11, contact=None)
    with pytest.raises(ValidationError) as error:
        group.full_clean()
    assert "age_max" in error.value.message_dict


def test_text_fields_are_escaped_on_every_page(staff_client, intervention_index, directory):
    contact = factories.ContactFactory(name=f"Team {SCRIPT}")
    from resources.models import InterventionContact

    page = factories.InterventionPageFactory(
        parent=intervention_index,
        title=f"Title {SCRIPT}",
        summary=f"Summary {SCRIPT}",
        who_for=f"Who {SCRIPT}",
        eligibility=f"Eligibility {SCRIPT}",
        intervention_contacts=[InterventionContact(contact=contact)],
        body=[{"type": "quote", "value": {"quote": SCRIPT, "attribution": SCRIPT}}],
    )
    factories.OrganisationFactory(name=f"Org {SCRIPT}", description=SCRIPT)

    for url in (page.get_url(), intervention_index.get_url(), directory.get_url()):
        content = staff_client.get(url).content.decode()
        assert "alert(&quot;owned&quot;)" in content, url
        assert SCRIPT not in content, url


def test_an_editor_cannot_put_script_or_javascript_links_into_rich_text(
    editor_client, client, demo_users, intervention_index
):
    contentstate = {
        "blocks": [
            {
                "key": "a1",
                "text": f"Refer here {SCRIPT}",
                "type": "unstyled",
                "depth": 0,
                "inlineStyleRanges": [],
                "entityRanges": [{"offset": 0, "length": 10, "key": 0}],
                "data": {},
            }
        ],
        "entityMap": {
            "0": {"type": "LINK", "mutability": "MUTABLE", "data": {"url": "javascript:alert(1)"}}
        },
    }
    data = page_form(
        demo_users["editor"],
        **intervention_fields(how_to_refer=json.dumps(contentstate)),
    )
    data["action-submit"] = "Submit"
    response = editor_client.post(add_url(intervention_index, "interventionpage"), data)
    assert response.status_code == 302
    page = Page.objects.get(slug="a-page").specific
    page.save_revision().publish()

    client.force_login(demo_users["staff"])
    content = client.get(page.get_url()).content.decode()
    assert "Refer here" in content
    assert "javascript:" not in content
    assert SCRIPT not in content


def test_rich_text_from_the_demo_data_is_cleaned_like_an_editors():
    cleaned = clean_html(f'<p onclick="x()">Hello {SCRIPT}<a href="javascript:x()">link</a></p>')
    assert "<script" not in cleaned and "onclick" not in cleaned and "javascript:" not in cleaned
    assert "Hello" in cleaned
