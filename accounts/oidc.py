"""Staff sign in with their council's account, over OpenID Connect.

mozilla-django-oidc does the protocol: the authorisation request with
``state``, ``nonce`` and PKCE, the code exchange, and the ID token's RS256
signature checked against the provider's published keys. This module adds
what it leaves out: the provider's discovery document, one provider per
council (chosen by the request's site), the audience and issuer check, and
who the person is here (matched by the provider's subject, never by email)
with the council groups their claims map to.
"""

import hashlib
import logging
import os
from dataclasses import dataclass
from datetime import timedelta

import jwt
import requests
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.sessions.backends.base import SessionBase
from django.core.cache import cache
from django.core.exceptions import SuspiciousOperation
from django.db import transaction
from django.utils import timezone
from django.utils.module_loading import import_string
from django.utils.translation import gettext_lazy as _
from mozilla_django_oidc.auth import OIDCAuthenticationBackend
from wagtail.log_actions import log

from accounts.backends import signed_in_user

logger = logging.getLogger(__name__)

BACKEND = "accounts.oidc.CouncilOIDCBackend"
SIGNED_IN = "home.oidc_sign_in"
SIGN_IN_FAILED = "home.oidc_sign_in_failed"
GROUPS_CHANGED = "home.oidc_groups_changed"
SESSIONS_ENDED = "home.sessions_ended"
REQUIRED_ENDPOINTS = ("authorization_endpoint", "token_endpoint", "jwks_uri")
# Where the session remembers what signing out of the provider needs.
SESSION_ISSUER = "oidc_issuer"


class SignInFailed(Exception):
    """Signing in with the council account did not work; ``reason`` says why, for the page."""

    def __init__(self, reason, user=None, detail=""):
        super().__init__(detail or reason)
        self.reason = reason
        self.user = user
        self.detail = detail


@dataclass(frozen=True)
class Provider:
    """One council's identity provider, as this site is registered with it."""

    issuer: str
    client_id: str
    client_secret: str
    groups_claim: str
    refuse_unmapped: bool

    def discovery(self):
        """The provider's discovery document, kept an hour; ``SignInFailed`` when unreachable."""
        key = "oidc-discovery:" + hashlib.sha256(self.issuer.encode()).hexdigest()[:32]
        document = cache.get(key)
        if document is not None:
            return document
        url = self.issuer.rstrip("/") + "/.well-known/openid-configuration"
        try:
            response = requests.get(url, timeout=settings.OIDC_TIMEOUT)
            response.raise_for_status()
            document = response.json()
        except (requests.RequestException, ValueError) as error:
            raise SignInFailed("unavailable", detail=f"discovery: {type(error).__name__}") from None
        # OpenID Connect Discovery 1.0 §4.3: the document must name the issuer asked for.
        if not isinstance(document, dict) or document.get("issuer") != self.issuer:
            raise SignInFailed("unavailable", detail="discovery names another issuer")
        if not all(document.get(key) for key in REQUIRED_ENDPOINTS):
            raise SignInFailed("unavailable", detail="discovery lacks an endpoint")
        cache.set(key, document, settings.OIDC_DISCOVERY_CACHE_SECONDS)
        return document


def sign_in_settings(council):
    from accounts.models import SignInSettings

    if council is None:
        return None
    return SignInSettings.for_site(council.site)


def provider_for(council):
    """The council's provider, or None when its staff have no council account to sign in with."""
    if council is None:
        return None
    options = sign_in_settings(council)
    refuse_unmapped = options.refuse_unmapped
    if council.site.is_default_site and settings.OIDC_ISSUER:
        return Provider(
            issuer=settings.OIDC_ISSUER,
            client_id=settings.OIDC_CLIENT_ID,
            client_secret=settings.OIDC_CLIENT_SECRET,
            groups_claim=settings.OIDC_GROUPS_CLAIM,
            refuse_unmapped=refuse_unmapped,
        )
    secret = (
        os.environ.get(options.client_secret_variable) if options.client_secret_variable else ""
    )
    if not (options.issuer and options.client_id and secret):
        return None
    return Provider(
        issuer=options.issuer,
        client_id=options.client_id,
        client_secret=secret,
        groups_claim=options.groups_claim or "groups",
        refuse_unmapped=refuse_unmapped,
    )


def local_passwords_allowed(council):
    """Whether the council's staff may sign in with a password here (superusers always may)."""
    options = sign_in_settings(council)
    return options is None or options.allow_local_passwords


class CouncilOIDCBackend(OIDCAuthenticationBackend):
    """mozilla-django-oidc's backend, configured per council and answering only the callback.

    ``authenticate`` takes keyword arguments a password form never sends, so
    Django passes username-and-password sign-ins to the other backends only.
    """

    def __init__(self, *args, **kwargs):
        # The library reads a single provider from settings here; ours depends on the request.
        self.UserModel = get_user_model()
        self.OIDC_RP_SIGN_ALGO = "RS256"
        self.OIDC_RP_IDP_SIGN_KEY = None

    def configure(self, provider):
        document = provider.discovery()
        self.provider = provider
        self.OIDC_OP_TOKEN_ENDPOINT = document["token_endpoint"]
        self.OIDC_OP_JWKS_ENDPOINT = document["jwks_uri"]
        self.OIDC_OP_USER_ENDPOINT = document.get("userinfo_endpoint")
        self.OIDC_RP_CLIENT_ID = provider.client_id
        self.OIDC_RP_CLIENT_SECRET = provider.client_secret

    def authenticate(self, request, *, oidc_provider, nonce, code_verifier):
        self.council = request.council
        try:
            self.configure(oidc_provider)
            return super().authenticate(request, nonce=nonce, code_verifier=code_verifier)
        except (requests.ConnectionError, requests.Timeout) as error:
            raise SignInFailed("unavailable", detail=type(error).__name__) from None
        except requests.HTTPError as error:
            status = getattr(error.response, "status_code", 0)
            if status >= 500:
                raise SignInFailed("unavailable", detail=f"token endpoint {status}") from None
            raise SignInFailed("unverified", detail=f"token endpoint {status}") from None
        except (SuspiciousOperation, jwt.PyJWTError, KeyError, ValueError) as error:
            raise SignInFailed("unverified", detail=str(error)[:200]) from None

    def _verify_jws(self, payload, key):
        """The library checks the signature and expiry only; audience and issuer are ours."""
        if jwt.get_unverified_header(payload).get("alg") != "RS256":
            raise SuspiciousOperation("ID token not signed with RS256")
        try:
            claims = jwt.decode(
                payload,
                key,
                algorithms=["RS256"],
                audience=self.provider.client_id,
                issuer=self.provider.issuer,
                leeway=settings.OIDC_CLOCK_LEEWAY_SECONDS,
                options={"require": ["exp", "iat", "iss", "aud", "sub"]},
            )
        except jwt.PyJWTError as error:
            raise SuspiciousOperation(f"ID token refused: {error}") from None
        audiences = claims["aud"] if isinstance(claims["aud"], list) else [claims["aud"]]
        if len(audiences) > 1 and claims.get("azp") != self.provider.client_id:
            raise SuspiciousOperation("ID token authorised for another party")
        return claims

    def authenticate_id_token(self, id_token, nonce):
        """Verify an ID token as the callback does (for a token the provider issued elsewhere)."""
        try:
            return self.verify_token(id_token, nonce=nonce)
        except (SuspiciousOperation, jwt.PyJWTError) as error:
            raise SignInFailed("unverified", detail=str(error)[:200]) from None

    def get_userinfo(self, access_token, id_token, payload):
        """The verified ID token's claims, and the userinfo endpoint's where the token has none.

        Entra ID sends groups in the ID token and not at its userinfo endpoint;
        Keycloak, oidc-provider and most others send email and name only at
        the endpoint. Where both have a claim (groups), the signed ID token wins.
        """
        if not (self.OIDC_OP_USER_ENDPOINT and access_token):
            return payload
        userinfo = super().get_userinfo(access_token, id_token, payload)
        if not isinstance(userinfo, dict) or userinfo.get("sub") != payload.get("sub"):
            raise SuspiciousOperation("userinfo answered for another subject")
        return {**userinfo, **payload}

    def get_user(self, user_id):
        """The signed-in person, or None once they are switched off or deleted here.

        Django's password backend checks ``is_active`` at every request; the
        library's does not, so a person disabled in the admin kept their session.
        """
        user = signed_in_user(user_id)
        return user if user is not None and user.is_active else None

    def store_tokens(self, access_token, id_token):
        # The ID token is kept only as the hint that signing out of the provider needs.
        self.request.session["oidc_id_token"] = id_token
        self.request.session[SESSION_ISSUER] = self.provider.issuer

    def get_or_create_user(self, access_token, id_token, payload):
        claims = self.get_userinfo(access_token, id_token, payload)
        if not claims.get("sub"):
            raise SignInFailed("unverified", detail="no subject")
        from accounts.models import OIDCIdentity

        identity = (
            OIDCIdentity.objects.select_related("user", "council")
            .filter(issuer=self.provider.issuer, subject=claims["sub"])
            .first()
        )
        user = identity.user if identity is not None else None
        if identity is not None and identity.council_id != self.council.pk:
            raise SignInFailed("wrong_council", user=user)
        if user is not None and not user.is_active:
            raise SignInFailed("inactive", user=user)
        roles = mapped_roles(self.council, claims.get(self.provider.groups_claim))
        if not roles:
            if self.provider.refuse_unmapped:
                raise SignInFailed("no_group", user=user)
            roles = {"staff"}
        with transaction.atomic():
            if identity is None:
                user = self.create_user(claims)
                identity = OIDCIdentity.objects.create(
                    user=user,
                    council=self.council,
                    issuer=self.provider.issuer,
                    subject=claims["sub"],
                )
            self.update_user(user, claims)
            identity.last_sign_in = timezone.now()
            identity.save(update_fields=["last_sign_in"])
            set_council_groups(user, self.council, roles)
        return user

    def create_user(self, claims):
        from councils.models import CouncilMember

        wanted = (claims.get("preferred_username") or claims.get("email") or claims["sub"])[:140]
        username = wanted
        number = 1
        while self.UserModel.objects.filter(username__iexact=username).exists():
            number += 1
            username = f"{wanted}-{number}"
        user = self.UserModel(username=username)
        user.set_unusable_password()
        user.save()
        CouncilMember.objects.create(user=user, council=self.council)
        return user

    def update_user(self, user, claims):
        """Name and email as the provider has them now."""
        given, family = claims.get("given_name"), claims.get("family_name")
        if not (given or family) and claims.get("name"):
            given, _space, family = claims["name"].partition(" ")
        user.first_name = (given or "")[:150]
        user.last_name = (family or "")[:150]
        user.email = claims.get("email") or ""
        user.save(update_fields=["first_name", "last_name", "email"])
        return user


def mapped_roles(council, values):
    """The council roles the provider's group claim values map to."""
    from accounts.models import SignInGroupMapping

    if isinstance(values, str):
        values = [values]
    if not isinstance(values, list):
        return set()
    values = [value for value in values if isinstance(value, str)]
    return set(
        SignInGroupMapping.all_councils.for_council(council)
        .filter(claim_value__in=values)
        .values_list("role", flat=True)
    )


def set_council_groups(user, council, roles):
    """Give ``user`` exactly ``roles`` among the council's groups, and audit any change."""
    wanted = set(
        Group.objects.filter(council_group__council=council, council_group__role__in=roles)
    )
    current = set(user.groups.filter(council_group__council=council))
    added, removed = wanted - current, current - wanted
    if added:
        user.groups.add(*added)
    if removed:
        user.groups.remove(*removed)
    if added or removed:
        log(
            user,
            GROUPS_CHANGED,
            user=user,
            data={
                "added": sorted(group.name for group in added),
                "removed": sorted(group.name for group in removed),
            },
        )


def audit_failure(request, failure):
    """A failed sign-in with the council account, in the person's history or else the council's."""
    logger.warning("council account sign-in failed: %s %s", failure.reason, failure.detail)
    target = failure.user if failure.user is not None else request.council
    if target is not None:
        log(target, SIGN_IN_FAILED, user=None, data={"reason": failure.reason})


# Ending a person's sessions -------------------------------------------------------------


def record_session(request, user):
    from accounts.models import SignedInSession

    # A session older than the absolute limit has ended by itself.
    too_old = timezone.now() - timedelta(hours=settings.SESSION_MAX_HOURS)
    SignedInSession.objects.filter(user=user, started__lt=too_old).delete()
    if request.session.session_key:
        SignedInSession.objects.update_or_create(
            session_key=request.session.session_key, defaults={"user": user}
        )


def end_sessions(user, by=None):
    """End every session ``user`` signed in to, on every council's site; returns how many."""
    from accounts.models import SignedInSession

    store: type[SessionBase] = import_string(settings.SESSION_ENGINE).SessionStore
    ended = 0
    for record in list(SignedInSession.objects.filter(user=user)):
        session = store(record.session_key)
        if session.exists(record.session_key):
            ended += 1
        session.delete(record.session_key)
        record.delete()
    log(user, SESSIONS_ENDED, user=by, data={"sessions": ended})
    return ended


FAILURE_MESSAGES = {
    "refused": _("Your council account was not accepted. It may have been disabled."),
    "unavailable": _(
        "Your council's sign-in service is not answering. Try again in a few minutes."
    ),
    "state": _(
        "The sign-in took too long or was started in another window. Start again from this site."
    ),
    "unverified": _("We could not confirm your council account's sign-in. Start again."),
    "no_group": _(
        "Your council account is not in any group that may use this site. "
        "Ask your council's Learning Academy for access."
    ),
    "inactive": _("Your account here has been switched off. Ask your council's Learning Academy."),
    "wrong_council": _("Your council account belongs to another council's site."),
}
