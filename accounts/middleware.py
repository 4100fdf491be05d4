import time

from django.conf import settings
from django.contrib.auth import logout

from accounts.oidc_views import provider_origin


class StaffSessionTimeoutMiddleware:
    """A signed-in session ends after SESSION_IDLE_MINUTES idle or SESSION_MAX_HOURS in all.

    Only signed-in sessions are timed; families never sign in. The last-seen
    time is written at most once a minute, so a busy page does not write the
    session on every request, and the admin's editing-session pings, which an
    open editor sends by itself, do not count as activity.
    """

    STARTED = "_session_started"
    SEEN = "_session_seen"
    NOT_ACTIVITY = ("/admin/editing-sessions/",)

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            now = int(time.time())
            session = request.session
            started = session.setdefault(self.STARTED, now)
            seen = session.get(self.SEEN, now)
            if (
                now - seen > settings.SESSION_IDLE_MINUTES * 60
                or now - started > settings.SESSION_MAX_HOURS * 60 * 60
            ):
                logout(request)
            elif (now - seen >= 60 or self.SEEN not in session) and not (
                request.path_info.startswith(self.NOT_ACTIVITY)
            ):
                session[self.SEEN] = now
        return self.get_response(request)


class ProviderFormActionMiddleware:
    """Signing out of the council account posts here, then goes on to its provider.

    The provider's origin is added to the page's CSP ``form-action``, which
    django-csp's middleware (outermost) reads from the response.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        origin = provider_origin(request)
        if origin:
            update = getattr(response, "_csp_update", None) or {}
            response._csp_update = {**update, "form-action": [origin]}
        return response
