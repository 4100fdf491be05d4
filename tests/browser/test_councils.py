"""Newham's people on Newham's site see Newham's framework, directory and submissions only."""

import pytest

from tests.browser.conftest import sign_in

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def newham(live_server, path):
    port = live_server.url.rsplit(":", 1)[1]
    return f"http://newham.localhost:{port}{path}"


def test_newham_staff_see_newhams_framework_and_directory(page, live_server, feedback_pages):
    page.goto(newham(live_server, "/login/"))
    sign_in(page, "newham-staff", start=newham(live_server, "/login/"))
    page.goto(newham(live_server, "/en/"))
    assert page.locator("h1").inner_text() == "Circles of Support"
    body = page.locator("body").inner_text()
    assert "Better Together" not in body
    page.goto(newham(live_server, "/en/community-directory/"))
    assert "Family Group Conference Service" not in page.locator("main").inner_text()


def test_newham_staff_cannot_sign_in_on_tower_hamlets_site(page, feedback_pages):
    page.goto("/login/")
    page.get_by_label("Username").fill("newham-staff")
    page.get_by_label("Password").fill("better-together")
    page.get_by_role("button", name="Sign in").click()
    summary = page.locator(".govuk-error-summary")
    summary.wait_for()
    assert "Your account is with Newham" in summary.inner_text()


def submission(council_slug, text):
    from forms_app.models import FamilyFormPage, FamilySubmission, FormVersion
    from tests.factories import council

    owner = council(council_slug)
    form = FamilyFormPage.objects.descendant_of(owner.site.root_page).get(slug="feedback")
    version = FormVersion.for_questions(form.translation_key, form.get_form_fields())
    return FamilySubmission.objects.create(
        council=owner,
        form_key=form.translation_key,
        form_page=form,
        version=version,
        language="en",
        answers={"how_helpful": 4, "went_well": text},
        token_digest=text,
    )


def test_newham_academy_reads_only_newhams_submissions(page, live_server, feedback_pages):
    from review.demo import ensure_permissions

    ensure_permissions()
    submission("newham", "A Newham family said this")
    submission("tower-hamlets", "Only a Tower Hamlets family said this")
    sign_in(page, "newham-academy", start=newham(live_server, "/login/"))
    page.goto(newham(live_server, "/admin/submissions/"))
    text = page.locator("main").inner_text()
    assert "A Newham family said this" in text
    assert "Tower Hamlets family" not in text
