"""Staff sign in with their council account, against a real OpenID Connect provider.

The provider (oidc-provider on Node.js, tests/oidc/conftest.py) runs the whole
protocol: its login page, codes, PKCE, RS256-signed ID tokens and its key set.
Nothing of the protocol is mocked; the tests change only what a real provider
or a real attacker could: an account's groups, a disabled account, the
answer's ``state``, the nonce the browser's session remembers, and which
client a token was issued to.
"""

import re
import time

import pytest
import requests
from django.contrib.auth.models import User
from wagtail.models import ModelLogEntry

from accounts import oidc
from accounts.models import OIDCIdentity, SignInGroupMapping, SignInSettings
from councils.models import Council
from tests.oidc.conftest import CLIENT_ID, callback_path, free_port


@pytest.fixture
def tower_hamlets(sites, demo_users):
    council = Council.objects.get(site__is_default_site=True)
    SignInGroupMapping.all_councils.create(
        council=council, claim_value="th-editors", role="editors"
    )
    SignInGroupMapping.all_councils.create(
        council=council, claim_value="th-academy", role="academy"
    )
    return council


def sign_in(client, provider, sub, **kwargs):
    """Press "Sign in with your council account", sign in at the provider, come back."""
    start = client.get("/oidc/authenticate/?next=/en/")
    assert start.status_code == 302, start.content
    back = provider.log_in(start["Location"], sub, **kwargs)
    assert "/oidc/callback/" in back
    return client.get(callback_path(back))


def actions(instance):
    return list(ModelLogEntry.objects.for_instance(instance).values_list("action", flat=True))


def council_groups(user):
    return sorted(user.groups.values_list("council_group__role", flat=True))


def test_sign_in_page_offers_the_council_account_only_when_configured(client, provider, sites):
    page = client.get("/login/")
    assert "Sign in with your council account" in page.content.decode()
    assert 'name="password"' in page.content.decode()

    from django.conf import settings

    settings.OIDC_ISSUER = None
    assert "Sign in with your council account" not in client.get("/login/").content.decode()


def test_first_sign_in_creates_the_person_in_the_sites_council_with_mapped_groups(
    client, provider, tower_hamlets
):
    response = sign_in(client, provider, "alice-sub")

    assert response.status_code == 302
    assert response["Location"] == "/en/"
    identity = OIDCIdentity.objects.get(issuer=provider.issuer, subject="alice-sub")
    user = identity.user
    assert (user.first_name, user.last_name, user.email) == (
        "Alice",
        "Ahmed",
        "alice@towerhamlets.example",
    )
    assert user.council_member.council == tower_hamlets
    assert council_groups(user) == ["editors"]
    assert not user.has_usable_password()
    assert client.get("/en/").status_code == 200
    assert oidc.SIGNED_IN in actions(user)
    assert oidc.GROUPS_CHANGED in actions(user)


def test_the_person_is_found_by_subject_and_their_details_refreshed(
    client, provider, tower_hamlets
):
    namesake = User.objects.create_user("alice-local", email="alice@towerhamlets.example")
    sign_in(client, provider, "alice-sub")
    first = OIDCIdentity.objects.get(subject="alice-sub").user
    assert first != namesake

    provider.account("alice-sub", email="alice.ahmed@towerhamlets.example", name="Alice Khan")
    client.logout()
    sign_in(client, provider, "alice-sub")

    again = OIDCIdentity.objects.get(subject="alice-sub").user
    assert again == first
    assert (again.last_name, again.email) == ("Khan", "alice.ahmed@towerhamlets.example")
    assert OIDCIdentity.objects.count() == 1


def test_a_changed_group_takes_effect_at_the_next_sign_in_and_is_audited(
    client, provider, tower_hamlets
):
    sign_in(client, provider, "alice-sub")
    user = OIDCIdentity.objects.get(subject="alice-sub").user
    assert council_groups(user) == ["editors"]

    provider.account("alice-sub", groups=["th-academy"])
    client.logout()
    sign_in(client, provider, "alice-sub")

    assert council_groups(user) == ["academy"]
    change = ModelLogEntry.objects.filter(action=oidc.GROUPS_CHANGED).order_by("pk").last()
    assert len(change.data["added"]) == 1
    assert "Editors" in change.data["removed"][0]


def test_a_person_in_no_mapped_group_joins_staff(client, provider, tower_hamlets):
    response = sign_in(client, provider, "bob-sub")

    assert response.status_code == 302
    user = OIDCIdentity.objects.get(subject="bob-sub").user
    assert council_groups(user) == ["staff"]


def test_a_council_that_refuses_unmapped_people_refuses_them(client, provider, tower_hamlets):
    options = SignInSettings.for_site(tower_hamlets.site)
    options.refuse_unmapped = True
    options.save()

    response = sign_in(client, provider, "bob-sub")

    assert response.status_code == 403
    assert "not in any group that may use this site" in response.content.decode()
    assert not OIDCIdentity.objects.filter(subject="bob-sub").exists()
    assert oidc.SIGN_IN_FAILED in actions(tower_hamlets)


def test_a_disabled_account_loses_access_once_its_session_is_idle(
    client, provider, tower_hamlets, settings
):
    from accounts.middleware import StaffSessionTimeoutMiddleware as timeout

    sign_in(client, provider, "alice-sub")
    user = OIDCIdentity.objects.get(subject="alice-sub").user
    provider.account("alice-sub", disabled=True)
    session = client.session
    session[timeout.SEEN] -= settings.SESSION_IDLE_MINUTES * 60 + 1
    session.save()

    assert client.get("/en/").status_code == 302
    response = sign_in(client, provider, "alice-sub")

    assert response.status_code == 403
    assert "may have been disabled" in response.content.decode()
    assert client.get("/en/").status_code == 302
    assert oidc.SIGN_IN_FAILED in actions(tower_hamlets)
    assert user.groups.exists()  # nothing changed here: the provider refused them


def test_a_tampered_state_is_refused(client, provider, tower_hamlets):
    start = client.get("/oidc/authenticate/")
    back = provider.log_in(start["Location"], "alice-sub")

    response = client.get(callback_path(back).replace("state=", "state=x"))

    assert response.status_code == 400
    assert "Start again from this site" in response.content.decode()
    assert not OIDCIdentity.objects.exists()
    assert client.get("/en/").status_code == 302


def test_an_answer_naming_another_issuer_is_refused(client, provider, tower_hamlets):
    start = client.get("/oidc/authenticate/")
    back = provider.log_in(start["Location"], "alice-sub")
    assert "iss=" in back

    response = client.get(callback_path(back).replace("iss=", "iss=https%3A%2F%2Fevil.example&x="))

    assert response.status_code == 400
    assert not OIDCIdentity.objects.exists()


def test_a_replayed_answer_is_refused(client, provider, tower_hamlets):
    start = client.get("/oidc/authenticate/")
    back = provider.log_in(start["Location"], "alice-sub")
    assert client.get(callback_path(back)).status_code == 302
    client.logout()

    assert client.get(callback_path(back)).status_code == 400


def test_an_id_token_with_another_nonce_is_refused(client, provider, tower_hamlets):
    start = client.get("/oidc/authenticate/")
    back = provider.log_in(start["Location"], "alice-sub")
    session = client.session
    for entry in session["oidc_states"].values():
        entry["nonce"] = "not-the-nonce-the-provider-signed"
    session.save()

    response = client.get(callback_path(back))

    assert response.status_code == 400
    assert "could not confirm" in response.content.decode()
    assert not OIDCIdentity.objects.exists()


def _verify(provider, id_token, nonce):
    backend = oidc.CouncilOIDCBackend()
    backend.configure(oidc.provider_for(Council.objects.get(site__is_default_site=True)))
    return backend.authenticate_id_token(id_token, nonce)


def test_an_id_token_issued_to_another_application_is_refused(provider, tower_hamlets):
    # Real tokens from the real provider, given to the same verification the callback uses.
    ours, nonce = provider.id_token(CLIENT_ID, "alice-sub")
    assert _verify(provider, ours, nonce)["sub"] == "alice-sub"

    theirs, nonce = provider.id_token("another-app", "alice-sub")
    with pytest.raises(oidc.SignInFailed, match="(?i)audience"):
        _verify(provider, theirs, nonce)


def test_an_expired_id_token_is_refused(provider, tower_hamlets, settings):
    settings.OIDC_CLOCK_LEEWAY_SECONDS = 0
    provider.id_token_ttl(1)
    token, nonce = provider.id_token(CLIENT_ID, "alice-sub")
    time.sleep(2.1)

    with pytest.raises(oidc.SignInFailed, match="(?i)expired"):
        _verify(provider, token, nonce)


def test_provider_down_shows_a_clear_page_and_operators_still_sign_in(
    client, provider, tower_hamlets, settings
):
    settings.OIDC_ISSUER = f"http://127.0.0.1:{free_port()}"
    options = SignInSettings.for_site(tower_hamlets.site)
    options.allow_local_passwords = False
    options.save()

    response = client.get("/oidc/authenticate/")
    assert response.status_code == 503
    assert "not answering" in response.content.decode()

    page = client.get("/login/").content.decode()
    assert "Sign in with your council account" in page
    assert 'name="password"' not in page

    refused = client.post("/login/?local=1", {"username": "staff", "password": "better-together"})
    assert refused.status_code == 200
    assert "sign in with their council account" in refused.content.decode()

    User.objects.create_superuser("operator", password="break-glass-1234")
    signed_in = client.post(
        "/login/?local=1", {"username": "operator", "password": "break-glass-1234"}
    )
    assert signed_in.status_code == 302
    assert client.get("/en/").status_code == 200


def test_an_operator_ends_every_session_of_a_person(client, provider, tower_hamlets):
    from django.test import Client

    laptop, phone = client, Client()
    sign_in(laptop, provider, "alice-sub")
    sign_in(phone, provider, "alice-sub")
    user = OIDCIdentity.objects.get(subject="alice-sub").user
    assert laptop.get("/en/").status_code == 200
    assert phone.get("/en/").status_code == 200

    operator = Client()
    operator.force_login(User.objects.create_superuser("operator"))
    assert f"/admin/users/{user.pk}/end-sessions/" in operator.get("/admin/users/").content.decode()
    assert (
        "End all sessions" in operator.get(f"/admin/users/{user.pk}/end-sessions/").content.decode()
    )
    operator.post(f"/admin/users/{user.pk}/end-sessions/")

    assert laptop.get("/en/").status_code == 302
    assert phone.get("/en/").status_code == 302
    assert oidc.SESSIONS_ENDED in actions(user)


def test_only_operators_end_sessions(client, tower_hamlets, demo_users):
    client.force_login(demo_users["editor"])
    response = client.post(f"/admin/users/{demo_users['staff'].pk}/end-sessions/")
    assert response.status_code in (302, 403)
    assert oidc.SESSIONS_ENDED not in actions(demo_users["staff"])


def test_signing_out_also_signs_out_of_the_provider(client, provider, tower_hamlets):
    browser = requests.Session()
    sign_in(client, provider, "alice-sub", browser=browser)
    page = client.get("/en/")
    assert provider.issuer in page.headers["Content-Security-Policy"]

    response = client.post("/logout/")

    assert response.status_code == 302
    assert response["Location"].startswith(f"{provider.issuer}/session/end?")
    assert "id_token_hint=" in response["Location"]
    assert client.get("/en/").status_code == 302
    confirm = browser.get(response["Location"], timeout=5)
    assert confirm.status_code == 200
    xsrf = re.search(r'name="xsrf" value="([^"]+)"', confirm.text).group(1)
    done = browser.post(
        f"{provider.issuer}/session/end/confirm",
        data={"xsrf": xsrf, "logout": "yes"},
        allow_redirects=False,
        timeout=5,
    )
    assert done.headers["Location"] == "http://testserver/login/"
    # The provider asks for the password again: its session has ended too.
    start = client.get("/oidc/authenticate/")
    again = browser.get(start["Location"], allow_redirects=True, timeout=5)
    assert 'name="login"' in again.text


def test_another_council_configured_in_the_admin_signs_its_staff_in_to_its_own_site(
    provider, tower_hamlets, monkeypatch
):
    from django.test import Client

    newham = Council.objects.get(slug="newham")
    options = SignInSettings.for_site(newham.site)
    options.issuer = provider.issuer
    options.client_id = CLIENT_ID
    options.client_secret_variable = "NEWHAM_OIDC_CLIENT_SECRET"
    options.save()
    newham_client = Client(HTTP_HOST="newham.localhost")
    assert "council account" not in newham_client.get("/login/").content.decode()
    monkeypatch.setenv("NEWHAM_OIDC_CLIENT_SECRET", f"{CLIENT_ID}-secret")
    assert "council account" in newham_client.get("/login/").content.decode()
    provider.account("carol-sub", email="carol@newham.example", name="Carol Clark")

    response = sign_in(newham_client, provider, "carol-sub")

    assert response.status_code == 302
    carol = OIDCIdentity.objects.get(subject="carol-sub")
    assert carol.council == newham
    assert carol.user.council_member.council == newham
    assert council_groups(carol.user) == ["staff"]
    assert carol.user.groups.get().council_group.council == newham

    # Tower Hamlets' person is not let into Newham's site by the same provider.
    sign_in(Client(), provider, "alice-sub")
    refused = sign_in(Client(HTTP_HOST="newham.localhost"), provider, "alice-sub")
    assert refused.status_code == 403
    assert "another council" in refused.content.decode()


def test_a_person_switched_off_here_is_refused(client, provider, tower_hamlets):
    sign_in(client, provider, "alice-sub")
    user = OIDCIdentity.objects.get(subject="alice-sub").user
    user.is_active = False
    user.save()
    client.logout()

    response = sign_in(client, provider, "alice-sub")

    assert response.status_code == 403
    assert "switched off" in response.content.decode()


def test_operators_map_provider_groups_and_configure_sign_in_in_the_admin(client, sites):
    from django.test import Client

    newham = Council.objects.get(slug="newham")
    operator = Client(HTTP_HOST="newham.localhost")
    operator.force_login(User.objects.create_superuser("operator"))

    response = operator.post(
        "/admin/sign_in_groups/new/", {"claim_value": "newham-editors-id", "role": "editors"}
    )

    assert response.status_code == 302
    mapping = SignInGroupMapping.all_councils.get(claim_value="newham-editors-id")
    assert mapping.council == newham
    settings_page = operator.get(f"/admin/settings/accounts/signinsettings/{newham.site_id}/")
    assert settings_page.status_code == 200
    assert 'name="client_secret_variable"' in settings_page.content.decode()


def test_editors_cannot_change_how_their_council_signs_in(client, demo_users):
    client.force_login(demo_users["editor"])
    assert client.get("/admin/sign_in_groups/").status_code in (302, 403)
    site_id = Council.objects.get(site__is_default_site=True).site_id
    settings_url = f"/admin/settings/accounts/signinsettings/{site_id}/"
    assert client.get(settings_url).status_code in (302, 403)


PAGE_LOAD = {"Sec-Fetch-Mode": "navigate", "Sec-Fetch-Dest": "document"}


def _check_again(client, provider, browser):
    """A page load after the check interval: the provider is asked again, without a page."""
    session = client.session
    session["oidc_id_token_expiration"] = 0
    session.save()
    response = client.get("/en/", headers=PAGE_LOAD)
    assert response.status_code == 302
    assert response["Location"].startswith(f"{provider.issuer}/auth?")
    assert "prompt=none" in response["Location"]
    back = provider.log_in(response["Location"], "unused", browser=browser)
    return client.get(callback_path(back))


def test_an_active_leaver_is_signed_out_at_the_next_check(client, provider, tower_hamlets):
    browser = requests.Session()
    sign_in(client, provider, "alice-sub", browser=browser)
    user = OIDCIdentity.objects.get(subject="alice-sub").user
    provider.account("alice-sub", disabled=True)

    response = _check_again(client, provider, browser)

    assert response.status_code == 302
    assert response["Location"].startswith("/login/")
    assert client.get("/en/").status_code == 302
    assert oidc.SIGN_IN_FAILED in actions(user)


def test_the_check_rereads_groups_without_interrupting_work(client, provider, tower_hamlets):
    browser = requests.Session()
    sign_in(client, provider, "alice-sub", browser=browser)
    user = OIDCIdentity.objects.get(subject="alice-sub").user
    provider.account("alice-sub", groups=["th-academy"])

    response = _check_again(client, provider, browser)

    assert response.status_code == 302
    assert response["Location"] == "/en/"
    assert council_groups(user) == ["academy"]
    assert client.get("/en/").status_code == 200
    assert actions(user).count(oidc.SIGNED_IN) == 1


def test_background_requests_are_never_sent_to_the_provider(client, provider, tower_hamlets):
    sign_in(client, provider, "alice-sub")
    session = client.session
    session["oidc_id_token_expiration"] = 0
    session.save()

    assert client.get("/en/", headers={"Sec-Fetch-Mode": "cors"}).status_code == 200
    preview_frame = {"Sec-Fetch-Mode": "navigate", "Sec-Fetch-Dest": "iframe"}
    assert client.get("/en/", headers=preview_frame).status_code == 200
    assert client.get("/en/").status_code == 200
