"""Who may open the Learning Academy's screens: a matrix of roles and addresses."""

import pytest
from django.urls import reverse

from review.models import Review, UpdateReview
from review.permissions import ACTIONS, policy
from tests.review.conftest import make_submission

pytestmark = pytest.mark.django_db


@pytest.fixture
def submission(form_page, cycles):
    return make_submission(
        form_page,
        language="so",
        callback={"name": "Hodan", "phone": "07700 900982", "best_time": "Mornings"},
    )


@pytest.fixture
def update(review_users):
    from forms_app.models import OrganisationUpdate
    from tests import factories

    organisation = factories.OrganisationFactory(name="Bow Family Centre")
    return OrganisationUpdate.objects.create(
        kind="change",
        organisation=organisation,
        original={"phone": ""},
        proposed={"phone": "020 7946 0999"},
        submitted_by=review_users["staff"],
        token_digest="a" * 64,
    )


def urls(submission, cycle, update):
    return {
        "updates": ("get", reverse("review:updates")),
        "update": ("get", reverse("review:update_detail", args=[update.pk])),
        "update-status": ("post", reverse("review:update_status", args=[update.pk])),
        "update-reject": ("post", reverse("review:update_reject", args=[update.pk])),
        "update-accept": ("post", reverse("review:update_accept", args=[update.pk])),
        "not-verified": ("get", reverse("review_not_verified_report")),
        "inbox": ("get", reverse("review:inbox")),
        "detail": ("get", reverse("review:detail", args=[submission.pk])),
        "detail-save": ("post", reverse("review:detail", args=[submission.pk])),
        "bulk": ("post", reverse("review:bulk_status")),
        "csv": ("get", reverse("review:export", args=["csv"])),
        "xlsx": ("get", reverse("review:export", args=["xlsx"])),
        "dashboard": ("get", reverse("review:dashboard")),
        "callbacks": ("get", reverse("review:callbacks")),
        "callback": ("get", reverse("review:callback_detail", args=[submission.pk])),
        "callback-save": ("post", reverse("review:callback_detail", args=[submission.pk])),
        "cycle-dates": ("get", reverse("review:cycle_form_dates", args=[cycle.pk])),
        "guessed-id": ("get", reverse("review:detail", args=[submission.pk + 1000])),
        "delete": ("post", reverse("review:delete", args=[submission.pk])),
    }


@pytest.mark.parametrize("role", ["anonymous", "staff", "editor", "academy"])
def test_only_the_learning_academy_opens_review_screens(
    client, review_users, submission, cycles, update, role
):
    if role != "anonymous":
        client.force_login(review_users[role])
    for name, (method, url) in urls(submission, cycles["current"], update).items():
        data = {"status": "actioned", "ids": [submission.pk], "reason": "No."}
        response = getattr(client, method)(url, data)
        body = response.content.decode(errors="replace") if not response.streaming else ""
        if role == "academy":
            if name == "guessed-id":
                assert response.status_code == 404
            else:
                # 409: the update was already rejected a step earlier in this loop.
                assert response.status_code in (200, 302, 409), name
            continue
        # Refused with nothing shown: staff get the "no access to the admin" page, editors
        # are turned back to the admin's front page, anonymous visitors sent to sign in.
        assert "07700 900982" not in body
        if role == "staff":
            assert response.status_code == 403, name
            assert "have access to the admin" in body, name
            continue
        assert response.status_code == 302, (role, name)
        location = response["Location"]
        if role == "editor":
            assert location == reverse("wagtailadmin_home"), name
        else:
            assert location.startswith("/login/?next="), (role, name)
    if role != "academy":
        assert submission.__class__.objects.filter(pk=submission.pk).exists()
        assert not UpdateReview.objects.exists()
        review = Review.objects.get(submission=submission)
        assert (review.status, review.callback_status) == ("new", "to_call")


def test_the_policy_refuses_unknown_actions_even_to_the_academy(review_users):
    academy = review_users["academy"]
    for action in ACTIONS:
        assert policy.user_has_permission(academy, action)
    for action in ("publish", "add", "approve", "", "view_contact_details "):
        assert not policy.user_has_permission(academy, action)
    for role in ("editor", "staff"):
        for action in ACTIONS:
            assert not policy.user_has_permission(review_users[role], action)


def test_an_inactive_academy_member_is_refused(review_users):
    academy = review_users["academy"]
    academy.is_active = False
    assert not policy.user_has_permission(academy, "view")


def test_the_policy_names_the_academy_as_the_only_reviewers(review_users):
    assert list(policy.users_with_any_permission(["view"])) == [review_users["academy"]]
    assert not policy.users_with_any_permission(["unknown"]).exists()
