"""The sign-in page, signing in and out with the council account, ending a person's sessions."""

import time
from urllib.parse import urlencode, urlsplit

from django.conf import settings
from django.contrib import auth
from django.contrib.auth import BACKEND_SESSION_KEY, get_user_model
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_not_required
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect, resolve_url
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.decorators import method_decorator
from django.utils.deprecation import MiddlewareMixin
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from mozilla_django_oidc.middleware import SessionRefresh
from mozilla_django_oidc.views import OIDCAuthenticationCallbackView, OIDCAuthenticationRequestView
from wagtail.admin import messages
from wagtail.log_actions import log

from accounts import oidc
from accounts.forms import CouncilAuthenticationForm


class SignInView(auth_views.LoginView):
    """Django's sign-in page, offering the council account when the council has one.

    With local passwords off for the council, the password form is shown only
    at ``?local=1``, and accepts superusers only: the operators' way in when the
    provider is down.
    """

    authentication_form = CouncilAuthenticationForm
    redirect_authenticated_user = True

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        council = getattr(self.request, "council", None)
        local = oidc.local_passwords_allowed(council)
        context["council_account"] = oidc.provider_for(council) is not None
        context["local_allowed"] = local
        context["show_password_form"] = (
            local or "local" in self.request.GET or self.request.method == "POST"
        )
        return context


def failure_page(request, failure, status, sign_out=False):
    oidc.audit_failure(request, failure)
    if sign_out:
        # A check that fails signs out whoever was signed in: they are not confirmed any more.
        auth.logout(request)
    context = {
        "message": oidc.FAILURE_MESSAGES.get(failure.reason, oidc.FAILURE_MESSAGES["unverified"]),
        "reason": failure.reason,
        "local_allowed": oidc.local_passwords_allowed(request.council),
    }
    return TemplateResponse(request, "registration/oidc_failed.html", context, status=status)


STATUS = {"unavailable": 503, "state": 400, "unverified": 400}
# A check without a page found the provider's own session over: sign in again, no alarm.
QUIETLY_SIGNED_OUT = ("login_required", "interaction_required", "consent_required")


@method_decorator([login_not_required, never_cache], name="dispatch")
class AuthenticateView(OIDCAuthenticationRequestView):
    """Send the person to their council's provider, with state, nonce and a PKCE challenge."""

    def __init__(self, *args, **kwargs):
        # The library reads one provider from settings here; ours is the request's council's.
        super(OIDCAuthenticationRequestView, self).__init__(*args, **kwargs)

    def get(self, request):
        provider = oidc.provider_for(request.council)
        if provider is None:
            return redirect("login")
        try:
            document = provider.discovery()
        except oidc.SignInFailed as failure:
            return failure_page(request, failure, 503)
        self.OIDC_OP_AUTH_ENDPOINT = document["authorization_endpoint"]
        self.OIDC_RP_CLIENT_ID = provider.client_id
        return super().get(request)


@method_decorator([login_not_required, never_cache], name="dispatch")
class CallbackView(OIDCAuthenticationCallbackView):
    """The provider's answer: checks it, signs the person in, or says plainly why not."""

    def get(self, request):
        provider = oidc.provider_for(request.council)
        if provider is None:
            return redirect("login")
        state = request.GET.get("state", "")
        states = request.session.get("oidc_states")
        entry = states.pop(state, None) if isinstance(states, dict) and state else None
        if entry is not None:
            # Used once: a replayed answer finds no state.
            request.session["oidc_states"] = states
        if request.GET.get("error"):
            # Whoever was signed in is no longer, as far as the provider is concerned.
            user, next_url = request.user, request.session.get("oidc_login_next") or "/"
            failure = oidc.SignInFailed(
                "refused", user=user if user.is_authenticated else None, detail=request.GET["error"]
            )
            if user.is_authenticated and request.GET["error"] in QUIETLY_SIGNED_OUT:
                oidc.audit_failure(request, failure)
                auth.logout(request)
                return redirect_to_login(next_url)
            return failure_page(request, failure, 403, sign_out=True)
        # RFC 9207: an answer naming another issuer is a mix-up, whatever its state says.
        wrong_issuer = request.GET.get("iss", provider.issuer) != provider.issuer
        if entry is None or not request.GET.get("code") or wrong_issuer:
            return failure_page(request, oidc.SignInFailed("state"), 400)
        try:
            user = oidc.CouncilOIDCBackend().authenticate(
                request,
                oidc_provider=provider,
                nonce=entry.get("nonce"),
                code_verifier=entry.get("code_verifier"),
            )
        except oidc.SignInFailed as failure:
            return failure_page(request, failure, STATUS.get(failure.reason, 403), sign_out=True)
        if user is None:
            return failure_page(request, oidc.SignInFailed("unverified"), 400, sign_out=True)
        next_url = request.session.get("oidc_login_next")
        if request.user != user:
            auth.login(request, user, backend=oidc.BACKEND)
            log(user, oidc.SIGNED_IN, user=user, data={"issuer": provider.issuer})
        request.session["oidc_id_token_expiration"] = (
            time.time() + settings.OIDC_RENEW_ID_TOKEN_EXPIRY_SECONDS
        )
        return redirect(next_url or resolve_url("/"))


def end_session_url(request, id_token, issuer):
    """The provider's end-session address for RP-initiated logout, if it has one."""
    provider = oidc.provider_for(request.council)
    if provider is None or provider.issuer != issuer:
        return None
    try:
        endpoint = provider.discovery().get("end_session_endpoint")
    except oidc.SignInFailed:
        return None
    if not endpoint:
        return None
    query = {
        "client_id": provider.client_id,
        "post_logout_redirect_uri": request.build_absolute_uri(resolve_url("login")),
    }
    if id_token:
        query["id_token_hint"] = id_token
    return f"{endpoint}?{urlencode(query)}"


def provider_origin(request):
    """The origin of the provider a signed-in person signs out of, for the page's form-action."""
    issuer = request.session.get(oidc.SESSION_ISSUER) if hasattr(request, "session") else None
    if not issuer:
        return None
    parts = urlsplit(issuer)
    return f"{parts.scheme}://{parts.netloc}"


@method_decorator(login_not_required, name="dispatch")
class SignOutView(auth_views.LogoutView):
    """Sign out here, then out of the council's provider where it supports RP-initiated logout."""

    def post(self, request, *args, **kwargs):
        id_token = request.session.get("oidc_id_token")
        issuer = request.session.get(oidc.SESSION_ISSUER)
        onward = end_session_url(request, id_token, issuer) if issuer else None
        response = super().post(request, *args, **kwargs)
        return redirect(onward) if onward else response


def end_sessions(request, user_id):
    """An operator ends every session of a person at once (a leaver, a lost laptop)."""
    if not request.user.is_superuser:
        raise PermissionDenied
    person = get_object_or_404(get_user_model(), pk=user_id)
    if request.method == "POST":
        ended = oidc.end_sessions(person, by=request.user)
        messages.success(
            request,
            _("Ended %(count)s session(s) of %(name)s.")
            % {"count": ended, "name": person.get_username()},
        )
        return redirect(reverse("wagtailusers_users:edit", args=[person.pk]))
    return TemplateResponse(request, "admin/end_sessions.html", {"person": person})


class CouncilAccountRecheckMiddleware(SessionRefresh):
    """Every so often, ask the provider again, without a page, whether the person may still sign in.

    mozilla-django-oidc's SessionRefresh sends a page request to the provider
    with ``prompt=none`` once the last check is older than
    ``OIDC_RENEW_ID_TOKEN_EXPIRY_SECONDS``; the callback then re-reads their
    groups, or signs out someone the provider no longer knows. Only a browser's
    own page loads are sent (``Sec-Fetch-Mode: navigate``, ``Sec-Fetch-Dest:
    document``): the admin's background requests cannot follow a redirect to
    another origin, and its live preview frame could not show the provider.
    """

    def __init__(self, get_response):
        # The library reads one provider from settings here; ours is the request's council's.
        MiddlewareMixin.__init__(self, get_response)
        self.OIDC_EXEMPT_URLS = []
        self.OIDC_STATE_SIZE = 32
        self.OIDC_NONCE_SIZE = 32
        self.OIDC_USE_NONCE = True
        self.OIDC_RP_SCOPES = settings.OIDC_RP_SCOPES
        self.OIDC_AUTHENTICATION_CALLBACK_URL = "oidc_authentication_callback"

    @cached_property
    def exempt_urls(self):
        return {
            reverse(name)
            for name in ("oidc_authentication_init", "oidc_authentication_callback", "logout")
        }

    def is_refreshable_url(self, request):
        return (
            request.headers.get("Sec-Fetch-Mode") == "navigate"
            and request.headers.get("Sec-Fetch-Dest") == "document"
            and request.session.get(BACKEND_SESSION_KEY) == oidc.BACKEND
            and super().is_refreshable_url(request)
        )

    def process_request(self, request):
        if not self.is_refreshable_url(request):
            return None
        provider = oidc.provider_for(getattr(request, "council", None))
        if provider is None or request.session.get(oidc.SESSION_ISSUER) != provider.issuer:
            return None
        try:
            document = provider.discovery()
        except oidc.SignInFailed:
            # The provider is down: staff carry on until it answers or their session ends.
            return None
        self.OIDC_OP_AUTHORIZATION_ENDPOINT = document["authorization_endpoint"]
        self.OIDC_RP_CLIENT_ID = provider.client_id
        return super().process_request(request)
