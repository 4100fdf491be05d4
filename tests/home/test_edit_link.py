"""The "Edit the site" link: offered to those who may use the admin, and withdrawn at once.

Staff pages remember whether a person may edit for a few minutes; a change of
their groups, or of a group's permissions, must take the link away on the next
page, whether or not the page cache is on.
"""

import pytest
from django.contrib.auth.models import Permission

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("feedback_pages")]

ACCESS_ADMIN = Permission.objects.filter(
    content_type__app_label="wagtailadmin", codename="access_admin"
)


@pytest.fixture(params=[0, 600], ids=["page cache off", "page cache on"])
def page_cache_seconds(request, settings):
    settings.PAGE_CACHE_SECONDS = request.param
    return request.param


def offers_edit(client):
    response = client.get("/en/", HTTP_HOST="localhost")
    assert response.status_code == 200
    return "Edit the site" in response.content.decode()


def editors_group(editor):
    return next(
        group for group in editor.groups.all() if group.permissions.filter(pk__in=ACCESS_ADMIN)
    )


def test_a_group_that_loses_admin_access_loses_the_edit_link_at_once(
    client, demo_users, page_cache_seconds
):
    editor = demo_users["editor"]
    client.force_login(editor)
    assert offers_edit(client)
    editors_group(editor).permissions.remove(*ACCESS_ADMIN)
    assert not offers_edit(client)


def test_an_editor_taken_out_of_the_editors_group_loses_the_edit_link_at_once(
    client, demo_users, page_cache_seconds
):
    editor = demo_users["editor"]
    client.force_login(editor)
    assert offers_edit(client)
    editor.groups.remove(editors_group(editor))
    assert not offers_edit(client)


def test_a_member_of_staff_given_admin_access_gets_the_edit_link_at_once(
    client, demo_users, page_cache_seconds
):
    staff = demo_users["staff"]
    client.force_login(staff)
    assert not offers_edit(client)
    staff.groups.first().permissions.add(*ACCESS_ADMIN)
    assert offers_edit(client)
