"""Publishing a translation follows the rules for publishing its source."""

import pytest
from django.contrib.auth.models import Permission
from django.urls import reverse
from wagtail.models import GroupPagePermission, Page, WorkflowState
from wagtail_localize.models import Translation, TranslationSource

pytestmark = pytest.mark.django_db


@pytest.fixture
def english_form(feedback_pages, demo_users, django_capture_on_commit_callbacks):
    from resources.demo import ensure_workflow

    ensure_workflow()
    form = feedback_pages["feedback"]
    # Translators, Editors included, may send pages for translation.
    submit = Permission.objects.get(codename="submit_translation")
    for username in ("editor", "academy"):
        for group in demo_users[username].groups.all():
            group.permissions.add(submit)
    form.title = "Tell us what you think today"
    form.save_revision(user=None).publish()
    return form


def somali(form):
    return Page.objects.get(translation_key=form.translation_key, locale__language_code="so")


def update_and_publish(client, form, capture):
    source = TranslationSource.objects.get(object_id=form.translation_key)
    with capture(execute=True):
        return client.post(
            reverse("wagtail_localize:update_translations", args=[source.pk]),
            {"publish_translations": "on"},
        )


def test_an_editor_cannot_publish_translations_from_update_translations(
    client, demo_users, english_form, django_capture_on_commit_callbacks
):
    before = somali(english_form)
    client.force_login(demo_users["editor"])
    response = update_and_publish(client, english_form, django_capture_on_commit_callbacks)
    assert response.status_code == 302
    after = somali(english_form)
    assert after.live_revision_id == before.live_revision_id
    assert after.has_unpublished_changes
    state = WorkflowState.objects.get(base_content_type__isnull=False, object_id=str(after.pk))
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.requested_by == demo_users["editor"]


def test_an_editor_sends_a_translation_for_approval_from_the_translation_editor(
    client, demo_users, english_form, django_capture_on_commit_callbacks
):
    page = somali(english_form)
    # A council's groups hold their rights on its home page in every language.
    assert GroupPagePermission.objects.filter(
        group__in=demo_users["editor"].groups.all(),
        page=page.get_parent(),
        permission__codename="change_page",
    ).exists()
    client.force_login(demo_users["editor"])
    editor = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert "Save and send for approval" in editor.content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("wagtailadmin_pages:edit", args=[page.pk]), {"action": "publish"}
        )
    assert response.status_code == 302
    after = somali(english_form)
    assert after.live_revision_id == page.live_revision_id
    assert WorkflowState.objects.filter(
        object_id=str(page.pk), status=WorkflowState.STATUS_IN_PROGRESS
    ).exists()


def test_the_learning_academy_still_publishes_translations(
    client, demo_users, english_form, django_capture_on_commit_callbacks
):
    before = somali(english_form)
    client.force_login(demo_users["academy"])
    update_and_publish(client, english_form, django_capture_on_commit_callbacks)
    after = somali(english_form)
    assert after.live_revision_id != before.live_revision_id
    assert not after.has_unpublished_changes
    assert Translation.objects.filter(target_locale__language_code="so").exists()
