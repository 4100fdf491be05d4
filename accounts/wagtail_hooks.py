from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.button import Button

from accounts import oidc
from accounts.models import SignInGroupMapping
from accounts.signin import LOCKED_OUT


@hooks.register("register_log_actions")
def register_sign_in_log_actions(actions):
    actions.register_action(
        LOCKED_OUT, _("Sign-in locked out"), _("Sign-in locked out after repeated failures")
    )
    actions.register_action(oidc.SIGNED_IN, _("Signed in"), _("Signed in with the council account"))
    actions.register_action(
        oidc.SIGN_IN_FAILED,
        _("Sign-in failed"),
        _("Signing in with the council account failed"),
    )
    actions.register_action(
        oidc.GROUPS_CHANGED,
        _("Groups changed at sign-in"),
        _("Groups changed by the council account's claims at sign-in"),
    )
    actions.register_action(
        oidc.SESSIONS_ENDED, _("Sessions ended"), _("All sessions ended by an operator")
    )


class SignInGroupMappingViewSet(ModelViewSet):
    """Which provider groups give which council group; the council's own only (CouncilOwned)."""

    model = SignInGroupMapping
    icon = "group"
    add_to_settings_menu = True
    menu_label = _("Sign-in groups")
    list_display = ["claim_value", "role"]
    form_fields = ["claim_value", "role"]


@hooks.register("register_admin_viewset")
def register_sign_in_group_mappings():
    return SignInGroupMappingViewSet("sign_in_groups")


@hooks.register("register_admin_urls")
def register_end_sessions_url():
    from django.urls import path

    from accounts.oidc_views import end_sessions

    return [path("users/<int:user_id>/end-sessions/", end_sessions, name="end_sessions")]


@hooks.register("register_user_listing_buttons")
def end_sessions_button(user, request_user):
    if not request_user.is_superuser:
        return []
    from django.urls import reverse

    return [
        Button(
            _("End all sessions"),
            url=reverse("end_sessions", args=[user.pk]),
            icon_name="logout",
            priority=60,
        )
    ]
