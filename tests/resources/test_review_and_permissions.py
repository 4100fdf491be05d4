"""Review dates, the review report, the accessibility checker and who may do what."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone
from wagtail_factories import DocumentFactory

from tests import factories

pytestmark = pytest.mark.django_db


def days(count):
    return timezone.localdate() + datetime.timedelta(days=count)


def test_review_report_lists_overdue_and_due_pages_and_organisations(
    client, demo_users, intervention_index
):
    academy = demo_users["academy"]
    factories.InterventionPageFactory(
        parent=intervention_index, title="Overdue intervention", owner=academy, review_by=days(-5)
    )
    factories.InterventionPageFactory(
        parent=intervention_index, title="Due intervention", review_by=days(10)
    )
    factories.InterventionPageFactory(
        parent=intervention_index, title="Fresh intervention", review_by=days(200)
    )
    factories.OrganisationFactory(name="Overdue organisation", review_by=days(-1))

    client.force_login(academy)
    content = client.get(reverse("review_due_report")).content.decode()

    assert "Overdue intervention" in content and "Due intervention" in content
    assert "Overdue organisation" in content
    assert "Fresh intervention" not in content
    assert content.index("Overdue intervention") < content.index("Due intervention")
    assert "Ada Academy" in content
    assert "Overdue" in content and "Due soon" in content

    export = client.get(reverse("review_due_report"), {"export": "csv"})
    assert export.status_code == 200
    csv = b"".join(export.streaming_content).decode()
    assert "Overdue organisation" in csv and "Review by" in csv


@pytest.mark.parametrize(
    ("username", "allowed"), [("editor", True), ("academy", True), ("staff", False)]
)
def test_only_editors_and_the_academy_see_the_review_report(client, demo_users, username, allowed):
    client.force_login(demo_users[username])
    response = client.get(reverse("review_due_report"))
    assert (response.status_code == 200) is allowed


ROLE_ACTIONS = [
    # permission, editor, academy, staff
    ("resources.add_organisation", True, True, False),
    ("resources.change_organisation", True, True, False),
    ("resources.publish_organisation", False, True, False),
    ("resources.delete_organisation", False, True, False),
    ("resources.lock_organisation", False, True, False),
    ("resources.add_contact", True, True, False),
    ("resources.delete_contact", False, True, False),
    ("resources.change_servicearea", False, True, False),
    ("resources.view_review_report", True, True, False),
    ("wagtailadmin.access_admin", True, True, False),
    ("resources.frobnicate_organisation", False, False, False),
]


@pytest.mark.parametrize(("permission", "editor", "academy", "staff"), ROLE_ACTIONS)
def test_permission_matrix(demo_users, permission, editor, academy, staff):
    for username, expected in (("editor", editor), ("academy", academy), ("staff", staff)):
        assert demo_users[username].has_perm(permission) is expected, (username, permission)


@pytest.mark.parametrize(("username", "allowed"), [("editor", True), ("academy", True)])
def test_documents_and_images_can_be_added_by_both_admin_groups(demo_users, username, allowed):
    from wagtail.documents.permissions import permission_policy as documents
    from wagtail.images.permissions import permission_policy as images

    user = demo_users[username]
    user_council = user.council_member.council
    assert documents.user_has_permission(user, "add") is allowed
    assert images.user_has_permission(user, "add") is allowed
    someone_elses = DocumentFactory(uploaded_by_user=None, collection=user_council.collection)
    can_delete = documents.user_has_permission_for_instance(user, "delete", someone_elses)
    assert can_delete is (username == "academy")


def test_staff_cannot_open_the_admin(client, demo_users):
    client.force_login(demo_users["staff"])
    response = client.get(reverse("wagtailsnippets_resources_organisation:list"))
    assert response.status_code in (302, 403)


def test_page_settings_offer_scheduled_publishing_owner_and_review_date(
    client, demo_users, intervention_index
):
    page = factories.InterventionPageFactory(parent=intervention_index)
    client.force_login(demo_users["editor"])
    content = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()
    for name in ("go_live_at", "expire_at", "owner", "review_by"):
        assert f'name="{name}"' in content, name
    organisation = factories.OrganisationFactory()
    content = client.get(
        reverse("wagtailsnippets_resources_organisation:edit", args=[organisation.pk])
    ).content.decode()
    for name in ("go_live_at", "expire_at", "owner", "review_by"):
        assert f'name="{name}"' in content, name


def test_accessibility_checker_runs_on_pages_for_editors(client, demo_users, standards):
    client.force_login(demo_users["editor"])
    content = client.get(standards["connect"].get_url()).content.decode()
    assert "checker-axe-configuration" in content
    assert '"image-alt"' in content and '"td-has-header"' in content
    client.force_login(demo_users["staff"])
    assert "checker-axe-configuration" not in (
        client.get(standards["connect"].get_url()).content.decode()
    )


@pytest.mark.parametrize(
    ("model_name", "parent_fixture"),
    [
        ("frameworkpage", "home"),
        ("resourceindexpage", "home"),
        ("interventionindexpage", "home"),
        ("organisationdirectorypage", "home"),
        ("interventionpage", "intervention_index"),
    ],
)
def test_editors_get_a_form_for_every_page_type(
    client, demo_users, request, model_name, parent_fixture
):
    parent = request.getfixturevalue(parent_fixture)
    client.force_login(demo_users["editor"])
    response = client.get(
        reverse("wagtailadmin_pages:add", args=["resources", model_name, parent.pk])
    )
    assert response.status_code == 200
    assert 'name="review_by"' in response.content.decode()


def test_academy_filters_and_exports_organisations_in_the_admin(client, demo_users):
    food = factories.CategoryFactory(code="food", name="Food")
    factories.OrganisationFactory(name="Limehouse Food Bank", categories=[food])
    factories.OrganisationFactory(name="Closed Club", status="temporarily closed")
    client.force_login(demo_users["academy"])
    url = reverse("wagtailsnippets_resources_organisation:list")

    listing = client.get(url, {"status": "temporarily closed"}).content.decode()
    assert "Closed Club" in listing and "Limehouse Food Bank" not in listing

    export = client.get(url, {"export": "csv", "categories": food.pk})
    csv = b"".join(export.streaming_content).decode()
    assert "Limehouse Food Bank" in csv and "Closed Club" not in csv
