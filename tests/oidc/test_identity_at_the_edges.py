"""Identity at the edges (issue #18, finding 7), against the real provider as configured by default.

A person switched off or deleted in the admin is signed out at their next
request however they signed in, and a standard provider that gives email and
name only at its userinfo endpoint still gives people their email and name.
"""

import pytest
from django.contrib.auth.models import User
from mozilla_django_oidc.auth import OIDCAuthenticationBackend

from accounts import oidc
from accounts.models import OIDCIdentity
from tests.oidc.test_sign_in_with_council_account import sign_in, tower_hamlets  # noqa: F401

pytestmark = pytest.mark.django_db


def sign_in_by_password(client):
    response = client.post("/login/", {"username": "editor", "password": "better-together"})
    assert response.status_code == 302, response.content
    return User.objects.get(username="editor")


def sign_in_by_council_account(client, provider):
    response = sign_in(client, provider, "alice-sub")
    assert response.status_code == 302, response.content
    return OIDCIdentity.objects.get(subject="alice-sub").user


@pytest.fixture(params=["password", "council account"])
def signed_in(request, client, tower_hamlets):  # noqa: F811
    if request.param == "password":
        return sign_in_by_password(client)
    return sign_in_by_council_account(client, request.getfixturevalue("provider"))


def test_a_person_switched_off_in_the_admin_is_signed_out_at_their_next_request(client, signed_in):
    assert client.get("/en/").status_code == 200
    # As Wagtail's bulk "mark as inactive" or a database change does: no save() signal.
    User.objects.filter(pk=signed_in.pk).update(is_active=False)

    response = client.get("/en/")

    assert response.status_code == 302
    assert response["Location"].startswith("/login/")


def test_switching_a_person_off_ends_their_stored_sessions(client, signed_in):
    from django.contrib.sessions.models import Session

    assert Session.objects.exists()
    signed_in.is_active = False
    signed_in.save()

    assert not Session.objects.exists()
    assert client.get("/en/").status_code == 302


def test_a_person_deleted_in_the_admin_is_signed_out_at_their_next_request(client, signed_in):
    assert client.get("/en/").status_code == 200
    signed_in.delete()

    response = client.get("/en/")

    assert response.status_code == 302
    assert response["Location"].startswith("/login/")


def test_a_provider_giving_email_and_name_at_its_userinfo_endpoint_fills_them_in(
    client,
    provider,
    tower_hamlets,  # noqa: F811
):
    user = sign_in_by_council_account(client, provider)

    assert (user.first_name, user.last_name, user.email) == (
        "Alice",
        "Ahmed",
        "alice@towerhamlets.example",
    )
    # Groups too came from the userinfo endpoint: th-editors maps to the editors.
    assert list(user.groups.values_list("council_group__role", flat=True)) == ["editors"]


@pytest.fixture
def backend_with_userinfo(monkeypatch):
    answers = {}
    monkeypatch.setattr(
        OIDCAuthenticationBackend, "get_userinfo", lambda self, *args: dict(answers)
    )
    backend = oidc.CouncilOIDCBackend()
    backend.OIDC_OP_USER_ENDPOINT = "http://127.0.0.1:1/userinfo"
    return backend, answers


def test_the_id_tokens_groups_win_over_the_userinfo_endpoints(backend_with_userinfo):
    backend, userinfo = backend_with_userinfo
    userinfo.update(sub="alice-sub", email="alice@example.org", groups=["th-academy"])
    token = {"sub": "alice-sub", "groups": ["th-editors"]}

    claims = backend.get_userinfo("access", "id-token", token)

    assert claims["groups"] == ["th-editors"]
    assert claims["email"] == "alice@example.org"


def test_userinfo_about_another_subject_is_refused(backend_with_userinfo):
    from django.core.exceptions import SuspiciousOperation

    backend, userinfo = backend_with_userinfo
    userinfo.update(sub="mallory-sub", email="mallory@example.org")

    with pytest.raises(SuspiciousOperation):
        backend.get_userinfo("access", "id-token", {"sub": "alice-sub"})
