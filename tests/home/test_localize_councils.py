"""wagtail-localize acts only inside the person's council's tree (issue 18, finding 3)."""

import json
import re
from html import unescape

import pytest
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from wagtail.models import Page, PageLogEntry, WorkflowState
from wagtail_localize.models import (
    OverridableSegment,
    StringSegment,
    Translation,
    TranslationSource,
)

from councils.localize_doors import RECORD_OF
from home.localize import refresh_source
from tests import factories

pytestmark = pytest.mark.django_db

NEWHAM = "newham.localhost"
MARKER = "Newham only: circles marker"


@pytest.fixture
def newham_page(sites, demo_users):
    home = sites["circles-of-support"]
    return factories.FrameworkPageFactory(parent=home, slug="newham-framework", title=MARKER)


@pytest.fixture
def newham_records(newham_page, feedback_pages):
    """One of each record a wagtail-localize address names, all Newham's."""
    from councils.models import Council

    newham = Council.objects.get(slug="newham")
    form = Page.objects.get(
        slug="feedback", locale__language_code="en", path__startswith=newham.root_page.path
    )
    source = refresh_source(form.specific)
    translation = Translation.objects.filter(source=source).first()
    contact = factories.ContactFactory(name=MARKER, council=newham)
    return {
        "page_id": newham_page.pk,
        "translation_source_id": source.pk,
        "translation_id": translation.pk,
        "string_segment_id": StringSegment.objects.filter(source=source).first().pk,
        "overridable_segment_id": getattr(
            OverridableSegment.objects.filter(source=source).first(), "pk", 1
        ),
        "mode": "",
        "app_label": "resources",
        "model_name": "contact",
        "pk": str(contact.pk),
    }


def localize_patterns():
    """Every address in wagtail-localize's URL namespace, found by walking the resolver."""
    found = []

    def walk(resolver, prefix, namespace):
        for entry in resolver.url_patterns:
            if isinstance(entry, URLResolver):
                walk(entry, prefix + str(entry.pattern), entry.namespace or namespace)
            elif isinstance(entry, URLPattern) and namespace == "wagtail_localize":
                found.append((entry.name, prefix + str(entry.pattern), entry.pattern.converters))

    walk(get_resolver(), "/", None)
    return found


def fill(route, records):
    parameters = re.findall(r"<(?:\w+:)?(\w+)>", route)
    address = route
    for name in parameters:
        assert name in RECORD_OF, f"{route}: no council check for '{name}' in RECORD_OF"
        address = re.sub(rf"<(?:\w+:)?{name}>", str(records[name]), address)
    return address, parameters


def newham_state():
    return (
        Page.objects.count(),
        Translation.objects.count(),
        list(Translation.objects.order_by("pk").values_list("pk", "enabled")),
        WorkflowState.objects.count(),
    )


def test_the_walk_finds_every_wagtail_localize_address():
    names = {name for name, _route, _converters in localize_patterns()}
    assert {
        "submit_page_translation",
        "submit_snippet_translation",
        "update_translations",
        "edit_string_translation",
        "edit_override",
        "download_pofile",
        "upload_pofile",
        "machine_translate",
        "preview_translation",
        "stop_translation",
        "convert_to_alias",
        "translations_report",
        "snippets_api_listing",
        "snippets_api_detail",
    } <= names


@pytest.mark.parametrize("username", ["editor", "academy"])
def test_no_wagtail_localize_address_reaches_another_councils_records(
    client, demo_users, newham_records, username
):
    client.force_login(demo_users[username])
    before = newham_state()
    for name, route, _converters in localize_patterns():
        address, parameters = fill(route, newham_records)
        for method in ("get", "post", "put", "delete"):
            response = getattr(client, method)(address)
            body = unescape(response.content.decode(errors="replace"))
            assert MARKER not in body, (name, method)
            assert "Circles of Support" not in body, (name, method)
            assert response.status_code < 500, (name, method, response.status_code)
            # A listing of a snippet model names no record: it shows the council's own.
            if set(parameters) - {"mode", "app_label", "model_name"}:
                assert response.status_code in (404, 405), (name, method, response.status_code)
    assert newham_state() == before


def test_a_tower_hamlets_editor_cannot_send_a_newham_page_for_translation(
    client, demo_users, newham_page
):
    client.force_login(demo_users["editor"])
    address = reverse("wagtail_localize:submit_page_translation", args=[newham_page.pk])
    assert client.get(address).status_code == 404
    response = client.post(address, {"locales": ["2", "3"]})
    assert response.status_code == 404
    assert MARKER not in response.content.decode()
    assert not newham_page.get_translations().exists()
    assert not WorkflowState.objects.filter(requested_by=demo_users["editor"]).exists()


def test_update_translations_of_a_newham_source_does_not_open_for_tower_hamlets(
    client, demo_users, newham_records
):
    client.force_login(demo_users["editor"])
    address = reverse(
        "wagtail_localize:update_translations", args=[newham_records["translation_source_id"]]
    )
    assert client.get(address).status_code == 404
    client.force_login(demo_users["newham-editor"])
    assert client.get(address, HTTP_HOST=NEWHAM).status_code == 200


def test_the_translations_report_lists_the_councils_own_pages_only(
    client, demo_users, newham_records
):
    client.force_login(demo_users["academy"])
    body = client.get(reverse("wagtail_localize:translations_report")).content.decode()
    assert "Better Together" in body or "Tell us" in body or "feedback" in body.lower()
    newham = TranslationSource.objects.get(pk=newham_records["translation_source_id"])
    own = Translation.objects.exclude(source=newham)
    assert own.exists()
    assert f"/admin/localize/update/{newham.pk}/" not in body


def test_history_credits_the_editor_who_sent_the_page_for_translation(
    client, demo_users, newham_page
):
    editor = demo_users["newham-editor"]
    newham_page.owner = demo_users["newham-academy"]
    newham_page.save()
    client.force_login(editor)
    address = reverse("wagtail_localize:submit_page_translation", args=[newham_page.pk])
    form = client.get(address, HTTP_HOST=NEWHAM)
    offered = set(re.findall(r'name="locales" value="(\d+)"', form.content.decode()))
    assert len(offered) == 2, "Newham's editor is offered Bengali and Somali"
    response = client.post(address, {"locales": sorted(offered)}, HTTP_HOST=NEWHAM)
    assert response.status_code == 302
    translations = newham_page.get_translations()
    assert translations.count() == 2
    for translated in translations:
        created = PageLogEntry.objects.get(page=translated, action="wagtail.create")
        assert created.user == editor
        # A draft to translate, not a live copy of the English.
        assert not translated.live


def test_every_councils_editors_may_send_pages_for_translation(demo_users):
    for username in ("editor", "newham-editor", "telford-editor"):
        assert demo_users[username].has_perm("wagtail_localize.submit_translation"), username


def test_a_standard_with_an_empty_optional_line_can_be_sent_for_translation(
    client, demo_users, sites
):
    """Tower Hamlets' editor sending "The Better Together framework" got a 500."""
    home = sites["better-together"]
    framework = factories.FrameworkPageFactory(parent=home, slug="framework-to-translate")
    standard = factories.PracticeStandardPageFactory(parent=framework, title="Connect")
    # An item whose optional description was never filled, as the demo's import leaves it.
    standard.we_will = json.dumps([{"type": "item", "value": {"text": "Listen first"}}])
    standard.save()
    client.force_login(demo_users["editor"])
    address = reverse("wagtail_localize:submit_page_translation", args=[framework.pk])
    response = client.post(address, {"locales": ["2", "3"], "include_subtree": "on"})
    assert response.status_code == 302
    assert standard.get_translations().count() == 2
