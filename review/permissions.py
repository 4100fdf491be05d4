"""Who may use the review screens: the Learning Academy's one permission, nothing else.

Every screen asks the same policy for a named action; an action the policy
does not know is refused, so a new screen that forgets to name a known
action stays closed.
"""

from functools import wraps

from django.core.exceptions import PermissionDenied
from wagtail.permission_policies.base import BasePermissionPolicy, ModelPermissionPolicy

from councils.tenancy import current_council
from review.models import REVIEW_PERMISSION, Review

ACTIONS = frozenset(
    {
        "view",  # the inbox, a submission's answers, the dashboard
        "change",  # status, notes, translations, assignment
        "delete",
        "export",
        "view_contact_details",
        "change_callback",
        "decide_update",  # accept or reject a directory update
    }
)


class ReviewPermissionPolicy(BasePermissionPolicy):
    def __init__(self):
        super().__init__(Review)

    def user_has_permission(self, user, action):
        return (
            action in ACTIONS
            and user.is_active
            and user.is_authenticated
            and user.has_perm(REVIEW_PERMISSION)
        )

    def users_with_any_permission(self, actions):
        from django.contrib.auth import get_user_model
        from django.contrib.auth.models import Permission
        from django.db.models import Q

        if not set(actions) & ACTIONS:
            return get_user_model().objects.none()
        app_label, codename = REVIEW_PERMISSION.split(".")
        permission = Permission.objects.filter(content_type__app_label=app_label, codename=codename)
        users = get_user_model().objects.filter(is_active=True)
        council = current_council()
        if council is not None:
            # Reviewers are the council's own people (and superusers, who work in every council).
            users = users.filter(Q(is_superuser=True) | Q(council_member__council=council))
        return users.filter(
            Q(is_superuser=True)
            | Q(user_permissions__in=permission)
            | Q(groups__permissions__in=permission)
        ).distinct()


policy = ReviewPermissionPolicy()


def require(action):
    """Refuse the view unless the policy allows ``action`` (the admin then redirects)."""

    def decorator(view):
        @wraps(view)
        def wrapped(request, *args, **kwargs):
            if not policy.user_has_permission(request.user, action):
                raise PermissionDenied
            return view(request, *args, **kwargs)

        return wrapped

    return decorator


class AcademyModelPermissionPolicy(ModelPermissionPolicy):
    """A model's own permissions, for holders of the Learning Academy's permission only.

    "You Said, We Did" reports are the Learning Academy's even if a group is
    also given the model's add or change permission.
    """

    def user_has_permission(self, user, action):
        return policy.user_has_permission(user, "change") and super().user_has_permission(
            user, action
        )

    def users_with_any_permission(self, actions):
        return super().users_with_any_permission(actions) & policy.users_with_any_permission(
            ["change"]
        )
