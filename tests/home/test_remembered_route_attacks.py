"""Attacks on the remembered route, the cached thank-you page and the form class memo.

``page_cache._route`` remembers Wagtail's route (page id and type, and whether
any view restriction applies) per council, host, language and address until
the council's generation changes. Each test first shows the address was
served from what was remembered (``X-Page-Cache: hit`` for the page cache, no
fresh routing for the route) and then changes something an attacker would
hope the remembered route misses.

Requests with a query parameter the page cache does not keep (``?via=route``)
and POSTs skip the page cache but still use the remembered route, so they
show what the route alone would serve.
"""

import re

import pytest
from django.contrib.auth.models import Group
from django.test import override_settings
from wagtail.models import Locale, Page, PageViewRestriction

from councils.models import Council
from forms_app.models import FamilyFormPage, FamilySubmission
from tests import factories
from tests.forms_app.conftest import answers

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("feedback_pages")]

HOSTS = {"tower-hamlets": "localhost", "newham": "newham.localhost", "telford": "telford.localhost"}
ROUTE_ONLY = "via=route"  # a parameter the page cache does not keep: only the route is remembered
TOKEN = re.compile(r'name="form_token" value="([^"]+)"')
CSRF = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
QUESTION = "Did you feel listened to?"


@pytest.fixture(autouse=True)
def _page_cache_on(settings):
    settings.PAGE_CACHE_SECONDS = 600
    settings.FAMILY_FORM_MIN_FILL_SECONDS = 0


@pytest.fixture
def superuser():
    return factories.UserFactory(username="root", is_superuser=True, is_staff=True, council=False)


def text(response):
    return response.content.decode()


def get(client, url, host="localhost", **extra):
    return client.get(url, HTTP_HOST=host, **extra)


def with_route_only(url):
    return f"{url}{'&' if '?' in url else '?'}{ROUTE_ONLY}"


def signed_in(client, user):
    client.logout()
    if user is not None:
        client.force_login(user)
    return client


def home_in(council_slug, language="en"):
    council = Council.objects.select_related("site__root_page").get(slug=council_slug)
    root = council.site.root_page
    return root.get_translation(Locale.objects.get(language_code=language)).specific


def remembered(client, url, host, fresh_routes, cached=True):
    """Serve ``url`` until it comes from the page cache and from a remembered route."""
    if cached:
        get(client, url, host)
        hit = get(client, url, host)
        assert hit.status_code == 200, (url, hit.status_code)
        assert hit["X-Page-Cache"] == "hit", url
    first = get(client, with_route_only(url), host)
    assert first.status_code == 200, (url, first.status_code)
    assert not first.has_header("X-Page-Cache")
    before = len(fresh_routes)
    second = get(client, with_route_only(url), host)
    assert second.status_code == 200
    assert len(fresh_routes) == before, f"{url} was routed afresh: the route was not remembered"
    return second


def form_token(client, url, host="localhost"):
    return TOKEN.search(text(get(client, url, host))).group(1)


def post_answers(client, url, host="localhost", token=None, **extra):
    data = {**answers(), "form_token": token or form_token(client, url, host)}
    return client.post(url, data, HTTP_HOST=host, **extra)


def staff_page(council_slug="tower-hamlets", **attrs):
    return factories.PracticeStandardPageFactory(parent=home_in(council_slug), **attrs)


def group_of(council_slug, role):
    return Council.objects.get(slug=council_slug).groups.get(role=role).group


def restrict(page, kind, group=None):
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=kind, password="letmein" if kind == "password" else ""
    )
    if group is not None:
        restriction.groups.add(group)
    return restriction


def a_second_form(slug="survey", title="Our survey"):
    """A copy of Tower Hamlets' English family form at another address."""
    feedback = FamilyFormPage.objects.get(
        url_path__startswith=home_in("tower-hamlets").url_path, slug="feedback"
    )
    return feedback.copy(update_attrs={"slug": slug, "title": title}, keep_live=True).specific


# 1. Another council ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "host",
    ["newham.localhost", "newham.localhost:8000", "NEWHAM.LOCALHOST", "newham.localhost."],
)
def test_the_same_address_on_two_councils_shows_each_its_own_page_however_the_host_is_spelt(
    client, demo_users, fresh_routes, superuser, host
):
    staff_page("tower-hamlets", slug="shared", title="Tower Hamlets only guidance")
    staff_page("newham", slug="shared", title="Newham only guidance")
    signed_in(client, demo_users["staff"])
    remembered(client, "/en/shared/", "localhost", fresh_routes)
    for user in (demo_users["newham-staff"], superuser):
        signed_in(client, user)
        for url in ("/en/shared/", "/en/shared/?via=route", "/en/shared/?via=route"):
            body = text(get(client, url, host))
            assert "Newham only guidance" in body, (user.username, url)
            assert "Tower Hamlets only guidance" not in body, (user.username, url)
    # And back: Tower Hamlets' host still answers with its own page.
    signed_in(client, demo_users["staff"])
    body = text(get(client, "/en/shared/?via=route", "localhost"))
    assert "Tower Hamlets only guidance" in body and "Newham only guidance" not in body


def test_a_forwarded_host_header_never_routes_to_another_councils_page(
    client, demo_users, fresh_routes, superuser
):
    staff_page("tower-hamlets", slug="shared", title="Tower Hamlets only guidance")
    staff_page("newham", slug="shared", title="Newham only guidance")
    signed_in(client, demo_users["newham-staff"])
    remembered(client, "/en/shared/", "newham.localhost", fresh_routes)
    signed_in(client, superuser)
    remembered(client, "/en/shared/", "newham.localhost", fresh_routes, cached=False)
    for url in ("/en/shared/", "/en/shared/?via=route"):
        body = text(get(client, url, "localhost", HTTP_X_FORWARDED_HOST="newham.localhost"))
        assert "Newham only guidance" not in body, url
        assert "Tower Hamlets only guidance" in body, url


def test_answers_sent_on_one_council_with_anothers_host_in_a_header_stay_with_that_council(
    client, demo_users, fresh_routes
):
    remembered(client, "/en/feedback/", "newham.localhost", fresh_routes)
    token = form_token(client, "/en/feedback/", "newham.localhost")
    sent = post_answers(
        client, "/en/feedback/", "localhost", token, HTTP_X_FORWARDED_HOST="newham.localhost"
    )
    assert sent.status_code == 303
    stored = FamilySubmission.all_councils.get()
    assert stored.council.slug == "tower-hamlets"
    assert stored.form_page.url_path.startswith(home_in("tower-hamlets").url_path)


def test_a_page_moved_to_another_council_no_longer_answers_at_its_old_address(
    client, demo_users, fresh_routes, superuser
):
    page = staff_page("tower-hamlets", slug="moving", title="Moving guidance")
    signed_in(client, demo_users["staff"])
    remembered(client, "/en/moving/", "localhost", fresh_routes)
    Page.objects.get(pk=page.pk).move(home_in("newham"), pos="last-child")
    # Newham's page now: Tower Hamlets' address must not show it any more.
    for user in (demo_users["staff"], superuser):
        signed_in(client, user)
        for url in ("/en/moving/?via=route", "/en/moving/"):
            response = get(client, url, "localhost")
            assert response.status_code == 404, (user.username, url, response.status_code)
    signed_in(client, demo_users["newham-staff"])
    assert "Moving guidance" in text(get(client, "/en/moving/", "newham.localhost"))


def test_a_family_form_moved_to_another_council_takes_no_answers_at_its_old_address(
    client, fresh_routes
):
    survey = a_second_form()
    remembered(client, "/en/survey/", "localhost", fresh_routes)
    token = form_token(client, "/en/survey/")
    Page.objects.get(pk=survey.pk).move(home_in("newham"), pos="last-child")
    sent = post_answers(client, "/en/survey/", "localhost", token)
    stored = list(FamilySubmission.all_councils.values_list("council__slug", "form_page_id"))
    assert sent.status_code == 404, (sent.status_code, stored, survey.pk)
    assert not stored


def test_an_alias_in_another_council_is_refused_once_its_original_is_made_private(
    client, demo_users, fresh_routes
):
    original = staff_page("tower-hamlets", slug="shared-standard", title="Shared standard")
    original.create_alias(parent=home_in("newham"), update_slug="shared-standard")
    signed_in(client, demo_users["newham-staff"])
    remembered(client, "/en/shared-standard/", "newham.localhost", fresh_routes)
    # Wagtail: an alias has its original's view restrictions.
    restrict(original, PageViewRestriction.GROUPS, group_of("tower-hamlets", "academy"))
    route_only = get(client, "/en/shared-standard/?via=route", "newham.localhost")
    assert route_only.status_code == 403, "the remembered route skipped the restriction"
    cached = get(client, "/en/shared-standard/", "newham.localhost")
    assert cached.status_code == 403, "the page cache served the alias of a private page"


# 2. Privacy ------------------------------------------------------------------------------


def page_in_a_section(summary):
    """Tower Hamlets' /en/section/secret/: the page, its parent, and its address."""
    parent = staff_page("tower-hamlets", slug="section", title="Section")
    page = factories.PracticeStandardPageFactory(
        parent=parent, slug="secret", title="Secret", summary=summary
    )
    return parent, page, "/en/section/secret/"


@pytest.mark.parametrize("on", ["page", "parent"])
def test_a_page_made_private_after_staff_read_it_is_refused_at_once(
    client, demo_users, fresh_routes, on
):
    parent, page, url = page_in_a_section("Eyes only.")
    signed_in(client, demo_users["staff"])
    remembered(client, url, "localhost", fresh_routes)
    restrict(
        page if on == "page" else parent,
        PageViewRestriction.GROUPS,
        group_of("tower-hamlets", "academy"),
    )
    for response in (
        get(client, url),
        get(client, with_route_only(url)),
        client.post(url, {}, HTTP_HOST="localhost"),
    ):
        assert response.status_code == 403
        assert "Eyes only." not in text(response)
    # The academy still reads it.
    signed_in(client, demo_users["academy"])
    assert "Eyes only." in text(get(client, with_route_only(url)))


@pytest.mark.parametrize("on", ["page", "parent"])
def test_a_page_given_a_password_after_staff_read_it_asks_for_the_password(
    client, demo_users, fresh_routes, superuser, on
):
    parent, page, url = page_in_a_section("Only with the password.")
    signed_in(client, demo_users["staff"])
    remembered(client, url, "localhost", fresh_routes)
    signed_in(client, superuser)
    remembered(client, url, "localhost", fresh_routes, cached=False)
    restrict(page if on == "page" else parent, PageViewRestriction.PASSWORD)
    for user in (demo_users["staff"], superuser):
        signed_in(client, user)
        for response in (
            get(client, url),
            get(client, with_route_only(url)),
            client.post(url, {}, HTTP_HOST="localhost"),
        ):
            assert "Only with the password." not in text(response), user.username
            assert 'name="password"' in text(response), user.username


@pytest.mark.parametrize("kind", ["login", "groups", "password"])
@pytest.mark.parametrize("on", ["form", "home page"])
def test_a_family_form_made_private_after_families_used_it_takes_no_more_answers(
    client, demo_users, fresh_routes, kind, on
):
    remembered(client, "/en/feedback/", "localhost", fresh_routes)
    token = form_token(client, "/en/feedback/")
    form = FamilyFormPage.objects.get(
        url_path__startswith=home_in("tower-hamlets").url_path, slug="feedback"
    )
    group = group_of("tower-hamlets", "academy") if kind == "groups" else None
    restrict(form if on == "form" else home_in("tower-hamlets"), kind, group)
    for response in (get(client, "/en/feedback/"), get(client, "/en/feedback/?via=route")):
        assert QUESTION not in text(response), response.status_code
        assert response.status_code in (200, 302)
    sent = post_answers(client, "/en/feedback/", token=token)
    assert sent.status_code != 303
    assert not FamilySubmission.all_councils.exists()


def test_the_privacy_notice_under_a_form_made_private_is_refused_at_once(client, fresh_routes):
    remembered(client, "/en/feedback/privacy/", "localhost", fresh_routes)
    form = FamilyFormPage.objects.get(
        url_path__startswith=home_in("tower-hamlets").url_path, slug="feedback"
    )
    restrict(form, PageViewRestriction.LOGIN)
    for url in ("/en/feedback/privacy/", "/en/feedback/privacy/?via=route"):
        response = get(client, url)
        assert response.status_code == 302 and "/login/" in response["Location"], url


def set_privacy(client, page, data):
    response = client.post(f"/admin/pages/{page.pk}/privacy/", data, HTTP_HOST="localhost")
    return response


@pytest.mark.parametrize("who", ["academy", "superuser"])
@pytest.mark.parametrize("kind", ["groups", "login", "password"])
def test_privacy_set_in_wagtails_admin_is_enforced_on_the_next_request(
    client, demo_users, fresh_routes, superuser, who, kind
):
    page = staff_page("tower-hamlets", slug="secret", title="Secret", summary="Eyes only.")
    survey = a_second_form()
    signed_in(client, demo_users["staff"])
    remembered(client, "/en/secret/", "localhost", fresh_routes)
    signed_in(client, None)
    remembered(client, "/en/survey/", "localhost", fresh_routes)
    token = form_token(client, "/en/survey/")

    admin = superuser if who == "superuser" else demo_users["academy"]
    signed_in(client, admin)
    data = {"restriction_type": kind}
    if kind == "password":
        data["password"] = "letmein-please"
    if kind == "groups":
        data["groups"] = [group_of("tower-hamlets", "editors").pk]
    for target in (page, survey):
        done = set_privacy(client, target, data)
        assert done.status_code == 200, done.status_code
        assert "set_privacy_done" in text(done)
        assert PageViewRestriction.objects.filter(page=target, restriction_type=kind).exists()

    # Staff (signed in, not editors, no password): refused unless signing in is all it asks.
    signed_in(client, demo_users["staff"])
    for response in (
        get(client, "/en/secret/"),
        get(client, "/en/secret/?via=route"),
        client.post("/en/secret/", {}, HTTP_HOST="localhost"),
    ):
        assert ("Eyes only." in text(response)) is (kind == "login"), (kind, response.status_code)
        if kind == "groups":
            assert response.status_code == 403
    # A family: the form is refused on every path, and takes no answers.
    signed_in(client, None)
    for response in (get(client, "/en/survey/"), get(client, "/en/survey/?via=route")):
        assert QUESTION not in text(response), (kind, response.status_code)
    assert post_answers(client, "/en/survey/", token=token).status_code != 303
    assert not FamilySubmission.all_councils.exists()


def test_an_editor_who_may_not_publish_cannot_change_privacy_in_the_admin(
    client, demo_users, fresh_routes
):
    page = staff_page("tower-hamlets", slug="secret", title="Secret")
    signed_in(client, demo_users["editor"])
    refused = set_privacy(client, page, {"restriction_type": "none"})
    assert refused.status_code in (302, 403)
    assert not PageViewRestriction.objects.filter(page=page).exists()


def test_privacy_removed_in_the_admin_lets_staff_in_at_once(
    client, demo_users, fresh_routes, superuser
):
    page = staff_page("tower-hamlets", slug="secret", title="Secret", summary="Eyes only.")
    restrict(page, PageViewRestriction.GROUPS, group_of("tower-hamlets", "academy"))
    signed_in(client, demo_users["staff"])
    assert get(client, "/en/secret/").status_code == 403
    assert get(client, "/en/secret/?via=route").status_code == 403
    signed_in(client, superuser)
    assert set_privacy(client, page, {"restriction_type": "none"}).status_code == 200
    signed_in(client, demo_users["staff"])
    assert "Eyes only." in text(get(client, "/en/secret/"))


def test_a_signed_out_post_to_a_staff_page_never_succeeds(client, demo_users, fresh_routes):
    staff_page("tower-hamlets", slug="open-guidance", title="Open guidance", summary="Staff only.")
    signed_in(client, demo_users["staff"])
    remembered(client, "/en/open-guidance/", "localhost", fresh_routes)
    signed_in(client, None)
    remembered_before = len(fresh_routes)
    for response in (
        client.post("/en/open-guidance/", {}, HTTP_HOST="localhost"),
        client.post("/en/open-guidance/?via=route", {}, HTTP_HOST="localhost"),
        get(client, "/en/open-guidance/"),
        get(client, "/en/open-guidance/?via=route"),
    ):
        assert response.status_code == 302 and "/login/" in response["Location"]
        assert "Staff only." not in text(response)
    assert len(fresh_routes) == remembered_before  # refused while using the remembered route


def test_staff_of_another_group_never_see_a_group_restricted_page_the_academy_read(
    client, demo_users, fresh_routes, superuser
):
    page = staff_page("tower-hamlets", slug="academy-only", summary="Academy eyes only.")
    restrict(page, PageViewRestriction.GROUPS, group_of("tower-hamlets", "academy"))
    signed_in(client, superuser)
    remembered(client, "/en/academy-only/", "localhost", fresh_routes, cached=False)
    signed_in(client, demo_users["academy"])
    remembered(client, "/en/academy-only/", "localhost", fresh_routes)
    for name in ("staff", "editor"):
        signed_in(client, demo_users[name])
        for response in (
            get(client, "/en/academy-only/"),
            get(client, "/en/academy-only/?via=route"),
            client.post("/en/academy-only/", {}, HTTP_HOST="localhost"),
        ):
            assert response.status_code == 403, name
            assert "Academy eyes only." not in text(response)
    # Newham's academy, on Tower Hamlets' host: not Tower Hamlets' academy.
    signed_in(client, demo_users["newham-academy"])
    response = get(client, "/en/academy-only/?via=route")
    assert "Academy eyes only." not in text(response)


# 3. Unpublish, move, delete, alias, copy, translate ---------------------------------------


def test_an_unpublished_page_stops_answering_at_once(client, demo_users, fresh_routes, superuser):
    page = staff_page("tower-hamlets", slug="kept", title="Kept")
    signed_in(client, demo_users["staff"])
    remembered(client, "/en/kept/", "localhost", fresh_routes)
    page.unpublish()
    for user in (demo_users["staff"], superuser):
        signed_in(client, user)
        assert get(client, "/en/kept/").status_code == 404
        assert get(client, "/en/kept/?via=route").status_code == 404
        assert client.post("/en/kept/", {}, HTTP_HOST="localhost").status_code == 404


def test_an_unpublished_family_form_takes_no_answers_at_once(client, fresh_routes):
    survey = a_second_form()
    remembered(client, "/en/survey/", "localhost", fresh_routes)
    token = form_token(client, "/en/survey/")
    FamilyFormPage.objects.get(pk=survey.pk).unpublish()
    assert get(client, "/en/survey/").status_code == 404
    assert get(client, "/en/survey/?sent=1").status_code == 404
    assert post_answers(client, "/en/survey/", token=token).status_code == 404
    assert not FamilySubmission.all_councils.exists()


def test_a_page_moved_within_its_council_leaves_its_old_address_at_once(
    client, demo_users, fresh_routes
):
    page = staff_page("tower-hamlets", slug="kept", title="Kept")
    staff_page("tower-hamlets", slug="other", title="Other")
    signed_in(client, demo_users["staff"])
    remembered(client, "/en/kept/", "localhost", fresh_routes)
    Page.objects.get(pk=page.pk).move(Page.objects.get(pk=page.get_parent().pk), pos="first-child")
    Page.objects.get(pk=page.pk).move(
        Page.objects.get(url_path__endswith="/other/", depth=page.depth), pos="last-child"
    )
    for url in ("/en/kept/", "/en/kept/?via=route"):
        moved = get(client, url)
        assert moved.status_code in (301, 302, 404), (url, moved.status_code)
        if moved.status_code != 404:
            assert "/en/other/kept/" in moved["Location"]
    assert "Kept" in text(get(client, "/en/other/kept/?via=route"))


def test_a_deleted_page_and_everything_under_it_stop_answering_at_once(
    client, demo_users, fresh_routes, superuser
):
    parent = staff_page("tower-hamlets", slug="section", title="Section")
    factories.PracticeStandardPageFactory(parent=parent, slug="child", title="Child")
    signed_in(client, demo_users["staff"])
    remembered(client, "/en/section/child/", "localhost", fresh_routes)
    Page.objects.get(pk=parent.pk).delete()
    for user in (demo_users["staff"], superuser):
        signed_in(client, user)
        assert get(client, "/en/section/child/").status_code == 404
        assert get(client, "/en/section/child/?via=route").status_code == 404


def test_a_deleted_alias_stops_answering_and_a_copy_answers_only_at_its_own_address(
    client, demo_users, fresh_routes
):
    original = staff_page("tower-hamlets", slug="original", title="Original", summary="Said once.")
    alias = original.create_alias(update_slug="alias")
    signed_in(client, demo_users["staff"])
    remembered(client, "/en/alias/", "localhost", fresh_routes)
    remembered(client, "/en/original/", "localhost", fresh_routes)
    Page.objects.get(pk=alias.pk).delete()
    assert get(client, "/en/alias/").status_code == 404
    assert get(client, "/en/alias/?via=route").status_code == 404
    copy = Page.objects.get(pk=original.pk).specific.copy(
        update_attrs={"slug": "copied", "title": "Copied"}, keep_live=True
    )
    assert "Copied" in text(get(client, "/en/copied/?via=route"))
    # Deleting the copy leaves the original, and its remembered address, standing.
    Page.objects.get(pk=copy.pk).delete()
    assert get(client, "/en/copied/?via=route").status_code == 404
    assert "Said once." in text(get(client, "/en/original/?via=route"))


def test_an_alias_of_a_page_made_private_in_the_same_council_is_refused_at_once(
    client, demo_users, fresh_routes
):
    original = staff_page("tower-hamlets", slug="original", title="Original", summary="Said once.")
    original.create_alias(update_slug="alias")
    signed_in(client, demo_users["staff"])
    remembered(client, "/en/alias/", "localhost", fresh_routes)
    restrict(original, PageViewRestriction.GROUPS, group_of("tower-hamlets", "academy"))
    assert get(client, "/en/alias/?via=route").status_code == 403
    assert get(client, "/en/alias/").status_code == 403


def test_a_translation_published_later_is_served_in_place_of_the_english(client, fresh_routes):
    survey = a_second_form(title="Our survey")
    bengali = Locale.objects.get(language_code="bn")
    draft = survey.copy_for_translation(bengali)
    waiting = get(client, "/bn/survey/?via=route")
    assert waiting.status_code == 302 and "untranslated=bn" in waiting["Location"]
    before = len(fresh_routes)
    assert get(client, "/bn/survey/?via=route").status_code == 302
    assert len(fresh_routes) == before  # the English answer was remembered
    draft = FamilyFormPage.objects.get(pk=draft.pk)
    draft.title = "আমাদের জরিপ"
    draft.save_revision().publish()
    for url in ("/bn/survey/", "/bn/survey/?via=route"):
        served = get(client, url)
        assert served.status_code == 200, (url, served.status_code)
        assert "আমাদের জরিপ" in text(served)


# 4. The thank-you page -------------------------------------------------------------------


def test_a_family_never_gets_the_thank_you_page_a_signed_in_person_was_shown(client, demo_users):
    signed_in(client, demo_users["academy"])
    for _twice in range(2):
        theirs = get(client, "/en/feedback/?sent=1")
    assert theirs["X-Page-Cache"] == "hit"
    staff_csrf = client.cookies.get("csrftoken")
    signed_in(client, None)
    client.cookies.clear()
    # The family's first visit is rendered for them: the academy's entry is not theirs.
    assert get(client, "/en/feedback/?sent=1")["X-Page-Cache"] == "miss"
    family = get(client, "/en/feedback/?sent=1")
    assert family["X-Page-Cache"] == "hit"
    body = text(family)
    assert "govuk-panel--confirmation" in body
    for signed_in_only in ("Ada", "wagtail-userbar", "/logout/", "Sign out", "Edit the site"):
        assert signed_in_only not in body, signed_in_only
    assert "pagecache-" not in body
    assert 'name="form_token"' not in body
    for token in CSRF.findall(body):
        assert staff_csrf is None or token != staff_csrf.value


def test_two_families_never_share_a_csrf_token_from_the_cached_thank_you_page(client):
    tokens = []
    for _family in range(3):
        client.cookies.clear()
        response = get(client, "/en/feedback/?sent=corrected&callback=1")
        tokens.extend(CSRF.findall(text(response)))
        tokens.extend(TOKEN.findall(text(response)))
        assert "pagecache-" not in text(response)
    assert response["X-Page-Cache"] == "hit"
    assert len(tokens) == len(set(tokens))


def test_sent_on_a_staff_page_is_still_for_signed_in_staff_only(client, demo_users):
    signed_in(client, demo_users["staff"])
    get(client, "/en/?sent=1")
    assert get(client, "/en/?sent=1")["X-Page-Cache"] == "hit"
    signed_in(client, None)
    for url in ("/en/?sent=1", "/en/?sent=1&callback=1", "/en/?sent=corrected"):
        response = get(client, url)
        assert response.status_code == 302 and "/login/" in response["Location"], url


def test_the_family_form_still_refuses_a_post_without_its_csrf_token(client, fresh_routes):
    remembered(client, "/en/feedback/", "localhost", fresh_routes)
    token = form_token(client, "/en/feedback/")
    client.handler.enforce_csrf_checks = True
    refused = client.post(
        "/en/feedback/", {**answers(), "form_token": token}, HTTP_HOST="localhost"
    )
    assert refused.status_code == 403
    assert not FamilySubmission.all_councils.exists()
    # The thank-you address takes no answers either: a POST there is the form again.
    refused = client.post(
        "/en/feedback/?sent=1", {**answers(), "form_token": token}, HTTP_HOST="localhost"
    )
    assert refused.status_code == 403
    assert not FamilySubmission.all_councils.exists()


def test_a_post_to_the_thank_you_address_is_checked_like_any_answer(client, fresh_routes):
    remembered(client, "/en/feedback/", "localhost", fresh_routes)
    refused = client.post("/en/feedback/?sent=1", answers(listened_to=None), HTTP_HOST="localhost")
    assert refused.status_code == 200
    assert "govuk-panel--confirmation" not in text(refused)
    assert not FamilySubmission.all_councils.exists()


# 5. Redis down ---------------------------------------------------------------------------


@pytest.mark.parametrize("language", ["en", "bn", "so"])
def test_with_redis_down_families_load_send_and_are_thanked(client, redis_down, language):
    from django.core.cache import cache

    url = f"/{language}/feedback/"
    for _attempt in range(2):
        shown = get(client, url)
        assert shown.status_code == 200
        assert not shown.has_header("X-Page-Cache")
    sent = post_answers(client, url)
    assert sent.status_code == 303
    assert sent["Location"] == f"{url}?sent=1"
    thanked = get(client, sent["Location"])
    assert thanked.status_code == 200
    assert "govuk-panel--confirmation" in text(thanked)
    assert "pagecache-" not in text(thanked)
    assert FamilySubmission.all_councils.count() == 1
    assert cache.unavailable


def test_with_redis_down_staff_pages_and_privacy_still_work(client, demo_users, redis_down):
    page = staff_page("tower-hamlets", slug="academy-only", summary="Academy eyes only.")
    restrict(page, PageViewRestriction.GROUPS, group_of("tower-hamlets", "academy"))
    signed_in(client, demo_users["academy"])
    assert get(client, "/en/academy-only/").status_code == 200
    signed_in(client, demo_users["staff"])
    assert get(client, "/en/academy-only/").status_code == 403
    assert get(client, "/en/").status_code == 200
    assert get(client, "/en/?sent=1").status_code == 200


# 6. The form class memo ------------------------------------------------------------------


def forms_in_every_language():
    english = FamilyFormPage.objects.get(
        url_path__startswith=home_in("tower-hamlets").url_path, slug="feedback"
    )
    return {
        language: english.get_translation(Locale.objects.get(language_code=language)).specific
        for language in ("en", "bn", "so")
    }


def edit_questions(page, change):
    page = FamilyFormPage.objects.get(pk=page.pk)
    raw = [dict(child, value=dict(child["value"])) for child in page.questions.raw_data]
    change(raw)
    page.questions = raw
    page.save_revision().publish()


@pytest.mark.parametrize("language", ["en", "bn", "so"])
def test_an_edited_question_is_asked_at_once_in_every_language(client, fresh_routes, language):
    url = f"/{language}/feedback/"
    remembered(client, url, "localhost", fresh_routes)
    token = form_token(client, url)
    page = forms_in_every_language()[language]

    def change(raw):
        for child in raw:
            value = child["value"]
            if value["key"] == "listened_to":
                value["label"] = f"Relabelled {language}"
                value["options"] = [*value["options"], {"key": "new_choice", "label": "Newly"}]
            if value["key"] == "went_well":
                value["required"] = True
        raw.append(
            {
                "type": "yes_no",
                "value": {"key": "brand_new", "label": f"Brand new {language}", "required": True},
                "id": "brand-new-question",
            }
        )

    edit_questions(page, change)
    for shown in (get(client, url), get(client, with_route_only(url))):
        assert f"Relabelled {language}" in text(shown)
        assert f"Brand new {language}" in text(shown)
        assert 'value="new_choice"' in text(shown)
    # A new required question and a question now required are enforced at once.
    refused = client.post(
        url, {**answers(went_well=None), "form_token": token}, HTTP_HOST="localhost"
    )
    assert refused.status_code == 200
    assert not FamilySubmission.all_councils.exists()
    sent = client.post(
        url,
        {**answers(listened_to="new_choice"), "brand_new": "yes", "form_token": token},
        HTTP_HOST="localhost",
    )
    assert sent.status_code == 303, text(sent)[:2000]
    stored = FamilySubmission.all_councils.get()
    assert stored.answers["listened_to"] == "new_choice"
    assert stored.answers["brand_new"] == "yes"


def test_a_question_removed_in_one_language_does_not_change_the_others(client, fresh_routes):
    forms = forms_in_every_language()
    for language in ("en", "bn"):
        remembered(client, f"/{language}/feedback/", "localhost", fresh_routes)

    def remove(raw):
        raw[:] = [child for child in raw if child["value"]["key"] != "listened_to"]

    edit_questions(forms["bn"], remove)
    assert 'name="listened_to"' not in text(get(client, "/bn/feedback/"))
    assert 'name="listened_to"' in text(get(client, "/en/feedback/"))
    assert 'name="listened_to"' in text(get(client, "/en/feedback/?via=route"))


def test_group_created_mid_test_does_not_break_remembered_routes(client, demo_users, fresh_routes):
    """A site-wide change (a new group) forgets every council's routes, and they come back."""
    signed_in(client, demo_users["newham-staff"])
    remembered(client, "/en/", "newham.localhost", fresh_routes)
    Group.objects.create(name="Somewhere new")
    before = len(fresh_routes)
    assert get(client, "/en/?via=route", "newham.localhost").status_code == 200
    assert len(fresh_routes) == before + 1


@override_settings(ALLOWED_HOSTS=["*"])
def test_an_unknown_host_falls_back_to_the_default_council_only(client, fresh_routes):
    remembered(client, "/en/feedback/", "newham.localhost", fresh_routes)
    body = text(get(client, "/en/feedback/?via=route", "attacker.example"))
    assert "Newham Children" not in body
