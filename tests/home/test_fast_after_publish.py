"""The first request after a publish: what the publish did not change is not worked out again.

A publish forgets the council's rendered pages, but a page's route is kept
under the council's tree structure version, branding under its own version
and a person's permissions with their groups. Each test of a kept thing is
paired with the change that must still show at once.
"""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page, PageViewRestriction

from councils.models import Council
from home import page_cache
from tests import factories
from tests.home.test_remembered_route_attacks import home_in, remembered, with_route_only

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("feedback_pages", "elsewhere")]


@pytest.fixture(autouse=True)
def _page_cache_on(settings):
    settings.PAGE_CACHE_SECONDS = 600
    settings.FAMILY_FORM_MIN_FILL_SECONDS = 0


def get(client, url, host="localhost"):
    return client.get(url, HTTP_HOST=host)


@pytest.fixture
def elsewhere():
    """A page of Tower Hamlets that an editor will edit while the tests' pages are served."""
    return factories.PracticeStandardPageFactory(parent=home_in("tower-hamlets"), slug="elsewhere")


def publish_something_else():
    """An ordinary content edit elsewhere in Tower Hamlets, published as an editor would."""
    page = Page.objects.get(slug="elsewhere").specific
    page.title = "Edited elsewhere"
    page.save_revision().publish()


def first_after_publish(client, url, fresh_routes):
    get(client, url)
    assert get(client, url)["X-Page-Cache"] == "hit"
    publish_something_else()
    before = len(fresh_routes)
    with CaptureQueriesContext(connection) as queries:
        response = get(client, url)
    assert response.status_code == 200
    assert response["X-Page-Cache"] == "miss", "the publish did not forget the page"
    assert len(fresh_routes) == before, f"{url} was routed afresh after a publish"
    return response, [query["sql"] for query in queries]


def test_a_practice_standard_page_after_a_publish_is_served_in_eight_queries_or_fewer(
    client, demo_users, fresh_routes
):
    client.force_login(demo_users["staff"])
    page = factories.PracticeStandardPageFactory(parent=home_in("tower-hamlets"), slug="connect")
    response, queries = first_after_publish(client, page.url, fresh_routes)
    assert page.title in response.content.decode()
    assert len(queries) <= 8, queries


def test_staff_home_after_a_publish_is_served_in_ten_queries_or_fewer(
    client, demo_users, fresh_routes
):
    client.force_login(demo_users["staff"])
    response, queries = first_after_publish(client, "/en/", fresh_routes)
    assert "Edited elsewhere" in response.content.decode(), "the home page lists the publish"
    assert len(queries) <= 10, queries


def test_the_family_form_after_a_publish_is_served_in_four_queries_or_fewer(client, fresh_routes):
    response, queries = first_after_publish(client, "/en/feedback/", fresh_routes)
    assert 'name="form_token"' in response.content.decode()
    assert len(queries) <= 4, queries


def test_branding_is_not_read_again_after_a_publish_but_a_new_name_shows_at_once(
    client, demo_users, fresh_routes
):
    from home.models import SiteBranding

    client.force_login(demo_users["staff"])
    _response, queries = first_after_publish(client, "/en/", fresh_routes)
    assert not [sql for sql in queries if "home_sitebranding" in sql], queries
    branding = SiteBranding.objects.get(site__hostname="localhost")
    branding.council_name = "Renamed after a publish"
    branding.save()
    assert "Renamed after a publish" in get(client, "/en/").content.decode()


# What a publish may change about an address, seen at once --------------------------------


def renamed(page):
    page.slug = "renamed"
    page.save_revision().publish()
    return "/en/renamed/"


def moved(page):
    other = factories.PracticeStandardPageFactory(parent=home_in("tower-hamlets"), slug="other")
    Page.objects.get(pk=page.pk).move(other, pos="last-child")
    return "/en/other/kept/"


def unpublished(page):
    page.unpublish()
    return None


def made_private(page):
    council = Council.objects.get(slug="tower-hamlets")
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.add(council.groups.get(role="academy").group)
    return None


def deleted(page):
    Page.objects.get(pk=page.pk).delete()
    return None


@pytest.mark.parametrize("change", [renamed, moved, unpublished, made_private, deleted])
def test_a_route_kept_across_a_publish_never_serves_a_page_renamed_moved_hidden_or_gone(
    client, demo_users, fresh_routes, change
):
    client.force_login(demo_users["staff"])
    page = factories.PracticeStandardPageFactory(
        parent=home_in("tower-hamlets"), slug="kept", title="Kept page"
    )
    remembered(client, "/en/kept/", "localhost", fresh_routes)
    publish_something_else()
    remembered(client, "/en/kept/", "localhost", fresh_routes, cached=False)
    new_address = change(page)
    for url in ("/en/kept/", with_route_only("/en/kept/")):
        response = get(client, url)
        # A move leaves a redirect to the new address (Wagtail's automatic redirects).
        assert response.status_code in (301, 403, 404), (url, response.status_code)
        assert "Kept page" not in response.content.decode()
    if new_address:
        assert "Kept page" in get(client, new_address).content.decode()


def test_a_page_renamed_behind_the_signals_back_is_not_served_at_its_old_address(
    client, demo_users, fresh_routes
):
    client.force_login(demo_users["staff"])
    page = factories.PracticeStandardPageFactory(
        parent=home_in("tower-hamlets"), slug="kept", title="Kept page"
    )
    remembered(client, "/en/kept/", "localhost", fresh_routes)
    # SQL by hand: no signal moves the structure version; the page's own address is checked.
    Page.objects.filter(pk=page.pk).update(
        slug="renamed", url_path=page.url_path.replace("/kept/", "/renamed/")
    )
    page_cache.bump()
    assert get(client, with_route_only("/en/kept/")).status_code == 404
    assert get(client, "/en/renamed/").status_code == 200


def test_leaving_the_editors_takes_the_edit_link_away_at_once(client, demo_users):
    user = demo_users["editor"]
    client.force_login(user)
    get(client, "/en/")
    assert "Edit the site" in get(client, "/en/").content.decode()
    editors = Council.objects.get(slug="tower-hamlets").groups.get(role="editors").group
    user.groups.remove(editors)
    page = get(client, "/en/").content.decode()
    assert "wagtail-userbar" not in page


def test_with_the_cache_unreachable_a_renamed_page_is_still_not_served_at_its_old_address(
    client, demo_users, redis_down
):
    client.force_login(demo_users["staff"])
    page = factories.PracticeStandardPageFactory(
        parent=home_in("tower-hamlets"), slug="kept", title="Kept page"
    )
    assert get(client, "/en/kept/").status_code == 200
    publish_something_else()
    renamed(page)
    assert get(client, "/en/kept/").status_code == 404
    response = get(client, "/en/renamed/")
    assert response.status_code == 200
    assert not response.has_header("X-Page-Cache")
