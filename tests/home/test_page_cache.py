"""The page cache: each person sees their own role's page, and every change at once.

Each test asks twice and checks the second answer came from the cache
(``X-Page-Cache: hit``), so a test of "the change shows" cannot pass merely
because nothing was cached.
"""

import re

import pytest
from django.contrib.auth.models import Group
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale, Page, PageViewRestriction

from councils.models import Council
from councils.tenancy import council_scope
from forms_app.models import FamilyFormPage
from forms_app.protection import FormToken
from home import page_cache
from home.models import SiteBranding
from resources.models import InterventionContact
from tests import factories

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("feedback_pages")]

HOSTS = {"tower-hamlets": "localhost", "newham": "newham.localhost", "telford": "telford.localhost"}
LANGUAGES = ("en", "bn", "so")
PREFIX = {"tower-hamlets": "", "newham": "newham-", "telford": "telford-"}


@pytest.fixture(autouse=True)
def _page_cache_on(settings):
    settings.PAGE_CACHE_SECONDS = 600


def get(client, url, host="localhost", **params):
    return client.get(url, params, HTTP_HOST=host)


def twice(client, url, host="localhost"):
    """The first answer renders and keeps the page; the second must come from the cache."""
    first = get(client, url, host)
    second = get(client, url, host)
    assert first.status_code == second.status_code == 200, (first.status_code, url)
    assert first["X-Page-Cache"] in ("miss", "hit")
    assert second["X-Page-Cache"] == "hit"
    return second


def text(response):
    return response.content.decode()


def signed_in(client, demo_users, name):
    client.logout()
    client.force_login(demo_users[name])
    return client


def home_in(council_slug, language):
    council = Council.objects.select_related("site__root_page").get(slug=council_slug)
    root = council.site.root_page
    return root.get_translation(Locale.objects.get(language_code=language)).specific


# Who sees what ---------------------------------------------------------------------------


def test_edit_links_are_shown_to_editors_only_even_after_staff_warmed_the_cache(client, demo_users):
    twice(signed_in(client, demo_users, "staff"), "/en/")
    for name, sees_edit in (("staff", False), ("editor", True), ("academy", True)):
        response = twice(signed_in(client, demo_users, name), "/en/")
        assert ("Edit the site" in text(response)) is sees_edit, name
        assert ("wagtail-userbar" in text(response)) is sees_edit, name
    # Staff again, after the editors' variants were cached: still no edit link.
    response = get(signed_in(client, demo_users, "staff"), "/en/")
    assert response["X-Page-Cache"] == "hit"
    assert "Edit the site" not in text(response)


def test_editors_of_two_councils_each_see_their_own_council_only(client, demo_users):
    tower = twice(signed_in(client, demo_users, "editor"), "/en/")
    newham = twice(signed_in(client, demo_users, "newham-editor"), "/en/", "newham.localhost")
    assert "Circles of Support" in text(newham)
    assert "Circles of Support" not in text(tower)
    # A Newham editor on Tower Hamlets' site is refused, never shown the cached page.
    refused = get(client, "/en/", "localhost")
    assert "Better Together" not in text(refused) or refused.status_code != 200
    assert not refused.has_header("X-Page-Cache")


def test_signed_out_visitor_is_sent_to_sign_in_after_staff_cached_the_page(client, demo_users):
    twice(signed_in(client, demo_users, "staff"), "/en/")
    client.logout()
    response = get(client, "/en/")
    assert response.status_code == 302
    assert "/login/" in response["Location"]


def test_a_page_restricted_to_the_academy_is_never_served_to_staff(client, demo_users):
    council = Council.objects.get(slug="tower-hamlets")
    page = factories.PracticeStandardPageFactory(parent=home_in("tower-hamlets", "en"))
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.add(council.groups.get(role="academy").group)
    twice(signed_in(client, demo_users, "academy"), page.url)
    response = get(signed_in(client, demo_users, "staff"), page.url)
    assert response.status_code == 403


def test_a_superuser_is_served_fresh_pages(client, demo_users):
    admin = factories.UserFactory(username="root", is_superuser=True, is_staff=True, council=False)
    client.force_login(admin)
    response = get(client, "/en/")
    assert not response.has_header("X-Page-Cache")


# Per-request tokens ----------------------------------------------------------------------


def csrf_in(body):
    return re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', body).group(1)


def form_token_in(body):
    return re.search(r'name="form_token" value="([^"]+)"', body).group(1)


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_family_gets_fresh_tokens_from_the_cached_form_and_can_send_it(client, language):
    url = f"/{language}/feedback/"
    first = get(client, url)
    client.cookies.clear()
    second = get(client, url)
    assert second["X-Page-Cache"] == "hit"
    assert page_cache.CSRF_PLACEHOLDER not in text(second)
    assert "pagecache-form-token" not in text(second)
    assert form_token_in(text(first)) != form_token_in(text(second))
    assert FormToken.load(form_token_in(text(second))) is not None
    # The cookie set with the cached page goes with the token in it.
    assert "csrftoken" in second.cookies
    client.handler.enforce_csrf_checks = True
    sent = client.post(
        url,
        {"csrfmiddlewaretoken": csrf_in(text(second)), "form_token": form_token_in(text(second))},
    )
    assert sent.status_code == 200  # the form again, with what to fix: not a CSRF refusal


def test_a_staff_page_from_the_cache_carries_a_working_sign_out_token(client, demo_users):
    twice(signed_in(client, demo_users, "staff"), "/en/")
    client.cookies.pop("csrftoken", None)
    response = get(client, "/en/")
    assert response["X-Page-Cache"] == "hit"
    assert "csrftoken" in response.cookies
    assert page_cache.CSRF_PLACEHOLDER not in text(response)


def test_a_closing_form_is_kept_no_longer_than_it_is_open(feedback_pages):
    from django.utils import timezone

    form = FamilyFormPage.objects.get(pk=feedback_pages["feedback"].pk)
    form.closes_at = timezone.now() + timezone.timedelta(seconds=30)
    assert 0 < form.page_cache_seconds() <= 30


# Changes show on the next request --------------------------------------------------------


@pytest.mark.parametrize("council_slug", list(HOSTS))
@pytest.mark.parametrize("language", LANGUAGES)
def test_a_published_title_shows_on_the_next_request(client, demo_users, council_slug, language):
    host = HOSTS[council_slug]
    signed_in(client, demo_users, f"{PREFIX[council_slug]}staff")
    form = FamilyFormPage.objects.get(
        locale__language_code=language,
        translation_key=FamilyFormPage.objects.filter(
            url_path__startswith=home_in(council_slug, "en").url_path
        )
        .first()
        .translation_key,
    )
    url = f"/{language}/feedback/"
    twice(client, url, host)
    form.title = f"Changed {council_slug} {language}"
    form.save_revision().publish()
    response = get(client, url, host)
    assert f"Changed {council_slug} {language}" in text(response)


def test_unpublishing_moving_and_deleting_show_at_once(client, demo_users):
    signed_in(client, demo_users, "staff")
    home = home_in("tower-hamlets", "en")
    page = factories.PracticeStandardPageFactory(parent=home, slug="kept", title="Kept")
    other = factories.PracticeStandardPageFactory(parent=home, slug="other", title="Other")
    twice(client, "/en/kept/")
    page.unpublish()
    assert get(client, "/en/kept/").status_code == 404
    page.save_revision().publish()
    twice(client, "/en/kept/")
    Page.objects.get(pk=page.pk).move(other, pos="last-child")
    moved = get(client, "/en/kept/")
    assert moved.status_code == 404 or moved["Location"].endswith("/en/other/kept/")
    twice(client, "/en/other/kept/")
    Page.objects.get(pk=page.pk).delete()
    assert get(client, "/en/other/kept/").status_code == 404


def test_a_restriction_added_shows_at_once(client, demo_users):
    council = Council.objects.get(slug="tower-hamlets")
    page = factories.PracticeStandardPageFactory(parent=home_in("tower-hamlets", "en"))
    twice(signed_in(client, demo_users, "staff"), page.url)
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.add(council.groups.get(role="academy").group)
    assert get(client, page.url).status_code == 403


def test_a_changed_contact_shows_on_the_intervention_page_at_once(client, demo_users):
    with council_scope(factories.council()):  # as the editor's request does
        page = factories.InterventionPageFactory(parent=home_in("tower-hamlets", "en"))
        contact = factories.ContactFactory(name="Early Help Hub")
        InterventionContact.objects.create(page=page, contact=contact)
        page.save_revision().publish()
    twice(signed_in(client, demo_users, "staff"), page.url)
    contact.name = "Family Hub North"
    contact.save()
    assert "Family Hub North" in text(get(client, page.url))


@pytest.mark.parametrize("council_slug", list(HOSTS))
def test_branding_and_council_changes_show_at_once(client, demo_users, council_slug):
    host = HOSTS[council_slug]
    signed_in(client, demo_users, f"{PREFIX[council_slug]}staff")
    for language in LANGUAGES:
        twice(client, f"/{language}/feedback/", host)
    twice(client, "/en/", host)
    branding = SiteBranding.objects.get(site__hostname=host)
    branding.council_name = f"Renamed {council_slug}"
    branding.save()
    assert f"Renamed {council_slug}" in text(get(client, "/en/", host))
    for language in LANGUAGES:
        assert f"Renamed {council_slug}" in text(get(client, f"/{language}/feedback/", host))
    council = Council.objects.get(slug=council_slug)
    council.name = f"Council {council_slug} renamed"
    council.save()
    for language in LANGUAGES:
        assert get(client, f"/{language}/feedback/", host)["X-Page-Cache"] == "miss"


def test_joining_the_editors_shows_the_edit_link_at_once(client, demo_users):
    user = demo_users["staff"]
    twice(signed_in(client, demo_users, "staff"), "/en/")
    editors = Council.objects.get(slug="tower-hamlets").groups.get(role="editors").group
    user.groups.add(editors)
    assert "Edit the site" in text(get(client, "/en/"))


def test_a_change_in_one_council_keeps_the_others_cached(client, demo_users):
    twice(signed_in(client, demo_users, "newham-staff"), "/en/", "newham.localhost")
    factories.ContactFactory(name="Tower Hamlets only")
    assert get(client, "/en/", "newham.localhost")["X-Page-Cache"] == "hit"


def test_a_group_change_forgets_every_council(client, demo_users):
    twice(signed_in(client, demo_users, "newham-staff"), "/en/", "newham.localhost")
    Group.objects.create(name="Somewhere new")
    assert get(client, "/en/", "newham.localhost")["X-Page-Cache"] == "miss"


def test_clear_page_cache_forgets_every_page(client, demo_users):
    from django.core.management import call_command

    twice(signed_in(client, demo_users, "staff"), "/en/")
    call_command("clear_page_cache")
    assert get(client, "/en/")["X-Page-Cache"] == "miss"


# Cost and faults -------------------------------------------------------------------------


def test_a_cached_staff_page_costs_at_most_four_queries(client, demo_users):
    twice(signed_in(client, demo_users, "staff"), "/en/")
    with CaptureQueriesContext(connection) as queries:
        response = get(client, "/en/")
    assert response["X-Page-Cache"] == "hit"
    assert len(queries) <= 4, [q["sql"] for q in queries]


def test_a_cached_staff_page_reads_the_person_with_their_council_in_one_query(client, demo_users):
    twice(signed_in(client, demo_users, "staff"), "/en/")
    with CaptureQueriesContext(connection) as queries:
        response = get(client, "/en/")
    assert response["X-Page-Cache"] == "hit"
    [query] = [q["sql"] for q in queries]
    assert "auth_user" in query and "home_councilmember" in query


def test_a_cached_family_form_costs_at_most_four_queries(client):
    twice(client, "/en/feedback/")
    with CaptureQueriesContext(connection) as queries:
        response = get(client, "/en/feedback/")
    assert response["X-Page-Cache"] == "hit"
    assert len(queries) <= 4, [q["sql"] for q in queries]


def test_pages_are_served_uncached_while_redis_is_unreachable(client, demo_users):
    from django.core.cache import caches

    unreachable = {
        "default": {
            "BACKEND": "config.cache.ResilientRedisCache",
            "LOCATION": "redis://127.0.0.1:9/0",  # nothing listens on the discard port
            "OPTIONS": {"socket_connect_timeout": 0.2, "socket_timeout": 0.2},
        }
    }
    with override_settings(CACHES=unreachable):
        assert caches["default"].get("anything") is None
        for url in ("/en/feedback/", "/bn/feedback/", "/so/feedback/"):
            response = get(client, url)
            assert response.status_code == 200
            assert not response.has_header("X-Page-Cache")
            assert page_cache.CSRF_PLACEHOLDER not in text(response)
        response = get(signed_in(client, demo_users, "staff"), "/en/")
        assert response.status_code == 200
        assert not response.has_header("X-Page-Cache")


def test_editors_with_different_admin_languages_get_their_own_admin_bar(
    client, demo_users, settings
):
    from wagtail.users.models import UserProfile

    settings.WAGTAILADMIN_PERMITTED_LANGUAGES = [("en", "English"), ("cy", "Cymraeg")]
    editor = demo_users["editor"]
    other = factories.UserFactory(username="welsh-editor")
    other.groups.set(editor.groups.all())
    profile = UserProfile.get_for_user(other)
    profile.preferred_language = "cy"
    profile.save()
    twice(signed_in(client, demo_users, "editor"), "/en/")
    client.logout()
    client.force_login(other)
    assert get(client, "/en/")["X-Page-Cache"] == "miss"


def test_a_cached_family_form_needs_no_query_for_its_council(client):
    twice(client, "/en/feedback/")
    with CaptureQueriesContext(connection) as queries:
        response = get(client, "/en/feedback/")
    assert response["X-Page-Cache"] == "hit"
    assert len(queries) == 0, [q["sql"] for q in queries]


def test_a_site_moved_to_another_host_is_found_there_at_once(client):
    from wagtail.models import Site

    twice(client, "/en/feedback/", "newham.localhost")
    site = Site.objects.get(hostname="newham.localhost")
    site.hostname = "newham.example"
    site.save()
    with override_settings(ALLOWED_HOSTS=["*"]):
        assert "Newham Children" in text(get(client, "/en/feedback/", "newham.example"))
        # The old name now falls back to the default site, Tower Hamlets.
        old_name = text(get(client, "/en/feedback/", "newham.localhost"))
        assert "Tower Hamlets Supporting Families" in old_name
        assert "Newham Children" not in old_name


# The remembered route ---------------------------------------------------------------------


def send_form(client, host, language="en"):
    from tests.forms_app.conftest import answers

    url = f"/{language}/feedback/"
    token = form_token_in(text(get(client, url, host)))
    return client.post(url, {**answers(), "form_token": token}, HTTP_HOST=host)


def test_answers_sent_to_the_same_address_on_two_councils_are_stored_by_each(
    client, demo_users, settings
):
    from forms_app.models import FamilySubmission

    settings.FAMILY_FORM_MIN_FILL_SECONDS = 0
    for host in ("localhost", "newham.localhost", "localhost", "newham.localhost"):
        assert send_form(client, host)["Location"] == "/en/feedback/?sent=1"
    stored = FamilySubmission.all_councils.values_list("council__slug", "form_page__url_path")
    assert sorted(council for council, _path in stored) == ["newham"] * 2 + ["tower-hamlets"] * 2
    for council, path in stored:
        assert path.startswith(home_in(council, "en").url_path)


def test_a_form_unpublished_after_families_sent_it_takes_no_more_answers(
    client, settings, feedback_pages
):
    from forms_app.models import FamilySubmission

    settings.FAMILY_FORM_MIN_FILL_SECONDS = 0
    assert send_form(client, "localhost", "bn").status_code == 303
    token = form_token_in(text(get(client, "/bn/feedback/")))
    bengali = Locale.objects.get(language_code="bn")
    feedback_pages["feedback"].get_translation(bengali).unpublish()

    from tests.forms_app.conftest import answers

    late = client.post("/bn/feedback/", {**answers(), "form_token": token})
    assert late.status_code != 303
    assert FamilySubmission.all_councils.count() == 1


def test_the_route_is_not_remembered_while_the_cache_is_off(client, settings):
    settings.PAGE_CACHE_SECONDS = 0
    get(client, "/en/feedback/")
    with CaptureQueriesContext(connection) as queries:
        get(client, "/en/feedback/")
    assert any("wagtailcore_locale" in query["sql"] for query in queries.captured_queries)


def test_a_thank_you_page_is_cached_per_language_and_says_which_thank_you(client):
    for language in LANGUAGES:
        plain = twice(client, f"/{language}/feedback/?sent=1")
        assert "govuk-panel--confirmation" in text(plain)
        assert f'lang="{language}"' in text(plain)
    corrected = twice(client, "/en/feedback/?sent=corrected&callback=1")
    assert "replace the answers you sent before" in text(corrected)
    assert "You asked us to call you back" in text(corrected)
    assert "You asked us to call you back" not in text(twice(client, "/en/feedback/?sent=1"))


def test_addresses_that_lead_nowhere_leave_nothing_in_the_cache(client, monkeypatch):
    from django.core.cache import cache

    get(client, "/en/feedback/")
    kept, keep = [], cache.set
    monkeypatch.setattr(
        cache, "set", lambda key, *args, **kw: kept.append(key) or keep(key, *args, **kw)
    )
    for number in range(20):
        assert get(client, f"/en/no-such-page-{number}/").status_code == 404
    assert not [key for key in kept if ":remembered:" in key]
    get(client, "/bn/feedback/")
    assert [key for key in kept if ":remembered:" in key]  # the spy sees what is kept
