"""Shared fragments kept across a publish: rendered once, and never shown to the wrong people.

Breadcrumbs, a family page's language links and the family form's questions
are kept as HTML (``page_cache.fragment``) under the version of what they
show. Each test of a kept fragment is paired with the change that must still
show at once, and the key is checked for council, language and role.
"""

from types import SimpleNamespace

import pytest
from django.db import connection
from django.test import RequestFactory, override_settings
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from wagtail.models import Locale, Page

from councils.models import Council
from home import page_cache
from tests import factories
from tests.home.test_fast_after_publish import _page_cache_on, elsewhere  # noqa: F401 - fixtures
from tests.home.test_remembered_route_attacks import QUESTION, home_in

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("feedback_pages", "elsewhere")]
QUESTIONS_TEMPLATE = "forms_app/includes/questions.html"


@pytest.fixture
def framework_standard():
    """A practice standard under its framework: its breadcrumbs name the framework."""
    framework = factories.FrameworkPageFactory(
        parent=home_in("tower-hamlets"), slug="the-framework", title="Our framework"
    )
    standard = factories.PracticeStandardPageFactory(parent=framework, slug="connect")
    return framework, standard


@pytest.fixture
def ancestors_read(monkeypatch):
    """Pages whose ancestors were read (what rendering the breadcrumbs does)."""
    original = Page.get_ancestors
    read = []

    def spy(self, *args, **kwargs):
        read.append(self.pk)
        return original(self, *args, **kwargs)

    monkeypatch.setattr(Page, "get_ancestors", spy)
    return read


def publish_content_elsewhere():
    """An edit of a page's words elsewhere in Tower Hamlets: no title, address or menu changes."""
    page = Page.objects.get(slug="elsewhere").specific
    page.summary = "New words elsewhere"
    page.save_revision().publish()


def rendered(response):
    return [template.name for template in response.templates]


# Kept across a publish elsewhere -------------------------------------------------------------


def test_a_publish_elsewhere_does_not_render_a_standards_breadcrumbs_again(
    client, demo_users, framework_standard, ancestors_read
):
    _framework, standard = framework_standard
    client.force_login(demo_users["staff"])
    assert "Our framework" in client.get(standard.url).content.decode()
    ancestors_read.clear()
    publish_content_elsewhere()
    response = client.get(standard.url)
    assert response["X-Page-Cache"] == "miss"
    assert "Our framework" in response.content.decode()
    assert standard.pk not in ancestors_read, "the breadcrumbs were rendered again"


def test_a_renamed_framework_shows_its_new_title_in_the_breadcrumbs_at_once(
    client, demo_users, framework_standard
):
    framework, standard = framework_standard
    client.force_login(demo_users["staff"])
    assert "Our framework" in client.get(standard.url).content.decode()
    framework = Page.objects.get(pk=framework.pk).specific  # as the editor's admin reads it
    framework.title = "Our renamed framework"
    framework.save_revision().publish()
    page = client.get(standard.url).content.decode()
    breadcrumbs = page.split('<ol class="govuk-breadcrumbs__list">')[1].split("</ol>")[0]
    assert "Our renamed framework" in breadcrumbs and "Our framework" not in breadcrumbs


def test_the_family_form_after_a_publish_elsewhere_renders_no_question_again(client):
    client.get("/en/feedback/")
    publish_content_elsewhere()
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/en/feedback/")
    assert response["X-Page-Cache"] == "miss"
    assert QUESTIONS_TEMPLATE not in rendered(response), "the questions were rendered again"
    # The page itself: its language and privacy links are kept.
    assert len(queries) <= 1, queries.captured_queries
    page = response.content.decode()
    assert QUESTION in page and 'hreflang="bn"' in page and "privacy" in page


def test_each_family_still_gets_a_form_token_of_their_own_from_kept_questions(client):
    tokens = set()
    for _ in range(2):
        publish_content_elsewhere()
        page = client.get("/en/feedback/").content.decode()
        assert QUESTION in page
        tokens.add(page.split('name="form_token" value="')[1].split('"')[0])
    assert len(tokens) == 2


def family_form():
    return home_in("tower-hamlets").get_children().get(slug="feedback").specific


def test_a_relabelled_question_is_asked_at_once_with_the_page_cache_on(client):
    assert QUESTION in client.get("/en/feedback/").content.decode()
    page = family_form()
    listened = next(child for child in page.questions if child.value["key"] == "listened_to")
    listened.value["label"] = "Did we listen to you?"
    page.save_revision().publish()
    shown = client.get("/en/feedback/").content.decode()
    assert "Did we listen to you?" in shown and QUESTION not in shown


def test_a_family_who_made_a_mistake_sees_their_errors_not_the_kept_questions(client):
    client.get("/en/feedback/")
    token = client.get("/en/feedback/").content.decode().split('name="form_token" value="')[1]
    response = client.post("/en/feedback/", {"form_token": token.split('"')[0]})
    assert response.status_code == 200
    assert "govuk-error-summary" in response.content.decode()
    assert QUESTIONS_TEMPLATE in rendered(response)


def test_an_unpublished_translation_leaves_the_language_links_at_once(client):
    assert 'hreflang="so"' in client.get("/en/feedback/").content.decode()
    family_form().get_translation(Locale.objects.get(language_code="so")).unpublish()
    assert 'hreflang="so"' not in client.get("/en/feedback/").content.decode()


# Never shared between councils, languages or roles ---------------------------------------------


def test_newhams_breadcrumbs_never_show_tower_hamlets_titles(client, demo_users, fresh_routes):
    for slug, title in (("tower-hamlets", "Tower Hamlets framework"), ("newham", "Newham way")):
        framework = factories.FrameworkPageFactory(
            parent=home_in(slug), slug="the-framework", title=title
        )
        factories.PracticeStandardPageFactory(parent=framework, slug="connect")
    client.force_login(demo_users["staff"])
    assert "Tower Hamlets framework" in client.get("/en/the-framework/connect/").content.decode()
    client.force_login(demo_users["newham-staff"])
    page = client.get("/en/the-framework/connect/", HTTP_HOST="newham.localhost").content.decode()
    assert "Newham way" in page
    assert "Tower Hamlets" not in page


def test_each_language_of_the_family_form_has_its_own_questions(client):
    english = client.get("/en/feedback/").content.decode()
    bengali = client.get("/bn/feedback/").content.decode()
    assert QUESTION in english
    assert QUESTION not in bengali


def asking(council, variant, language="en", host="localhost"):
    request = RequestFactory().get("/en/page/", HTTP_HOST=host)
    request.council = council
    request._page_cache_key = "rendering-for-the-page-cache"
    request._page_cache_variant = variant
    return request


def kept(request, marker, kind="navigation", language="en"):
    with translation.override(language):
        return page_cache.fragment(request, "menu", kind, ["same"], lambda: marker)


@pytest.mark.parametrize("kind", ["navigation", "branding", "content", "fixed"])
def test_a_fragment_is_never_shared_between_councils_languages_or_roles(kind):
    tower_hamlets = Council.objects.get(slug="tower-hamlets")
    newham = Council.objects.get(slug="newham")
    assert kept(asking(tower_hamlets, "public"), "tower-hamlets-marker", kind) == (
        "tower-hamlets-marker"
    )
    assert kept(asking(tower_hamlets, "public"), "again", kind) == "tower-hamlets-marker"
    assert kept(asking(newham, "public", host="newham.localhost"), "newham", kind) == "newham"
    assert kept(asking(newham, "public"), "newham-same-host", kind) == "newham-same-host"
    assert kept(asking(tower_hamlets, "public"), "bengali", kind, "bn") == "bengali"
    editors = "staff:4,7"
    assert kept(asking(tower_hamlets, editors), "editor-marker", kind) == "editor-marker"
    assert kept(asking(tower_hamlets, "public"), "family", kind) == "tower-hamlets-marker"


def test_an_editors_fragment_is_never_served_to_an_anonymous_family(client, demo_users):
    client.force_login(demo_users["editor"])
    assert "Tell us what you think" in client.get("/en/feedback/").content.decode()
    client.logout()
    page = client.get("/en/feedback/").content.decode()
    assert "wagtail-userbar" not in page and "Edit the site" not in page


def test_a_fragment_holding_a_csrf_token_is_never_kept():
    council = Council.objects.get(slug="tower-hamlets")
    first = f"<input value='{page_cache.CSRF_PLACEHOLDER}'> first"
    assert kept(asking(council, "public"), first) == first
    assert kept(asking(council, "public"), "second") == "second"


@override_settings(PAGE_CACHE_SECONDS=0)
def test_with_the_page_cache_off_a_fragment_is_rendered_every_time():
    council = Council.objects.get(slug="tower-hamlets")
    assert kept(asking(council, "public"), "one") == "one"
    assert kept(asking(council, "public"), "two") == "two"


def test_a_fragment_outside_a_page_rendered_for_the_cache_is_not_kept():
    council = Council.objects.get(slug="tower-hamlets")
    request = SimpleNamespace(council=council, _page_cache_variant="public")
    assert page_cache.fragment(request, "menu", "navigation", [], lambda: "one") == "one"
    assert page_cache.fragment(request, "menu", "navigation", [], lambda: "two") == "two"


# Read from this process ---------------------------------------------------------------------


@pytest.fixture
def cache_gets(monkeypatch):
    """The keys each ``cache.get`` asked for."""
    from django.core.cache import cache

    asked, real = [], cache.get

    def spy(key, *args, **kwargs):
        asked.append(key)
        return real(key, *args, **kwargs)

    monkeypatch.setattr(cache, "get", spy)
    return asked


def test_what_is_remembered_is_read_again_without_asking_the_cache_until_its_council_changes(
    cache_gets,
):
    council = Council.objects.get(slug="tower-hamlets")
    computed = []

    def compute():
        computed.append(1)
        return ["whom to ask"]

    first = page_cache.remember(council.pk, "probe", compute)
    first.append("changed by whoever read it")
    cache_gets.clear()
    assert page_cache.remember(council.pk, "probe", compute) == ["whom to ask"]
    assert [key for key in cache_gets if "remembered" in key] == []
    assert len(computed) == 1

    page_cache.bump([council.pk])  # what publishing one of its pages does
    assert page_cache.remember(council.pk, "probe", compute) == ["whom to ask"]
    assert len(computed) == 2


def test_a_renamed_section_is_in_the_staff_menu_at_once_though_the_menu_is_kept(client, demo_users):
    client.force_login(demo_users["staff"])
    section = Page.objects.get(slug="elsewhere").specific
    section.show_in_menus = True
    section.save_revision().publish()
    assert section.title in client.get("/en/").content.decode()
    assert "Edit the site" not in client.get("/en/search/?q=family").content.decode()

    section.title = "Renamed section"
    section.save_revision().publish()
    page = client.get("/en/search/?q=family").content.decode()
    assert "Renamed section" in page

    client.force_login(demo_users["editor"])
    assert "Edit the site" in client.get("/en/search/?q=family").content.decode()
