"""Who may see and do what with audits, within one council (README, "Who may see what").

Roles are Django permissions held through each council's groups (Auditors,
Moderators, Practitioners, Team managers, External moderators, External
consultants, the Learning Academy); which audits a role reaches is the
relationship to the audit: the auditor allocated, the practitioner whose work
it is (once shared), the manager of the team, the Head of Service, the
external moderator named on the service, the consultant the audit was sampled
for, or everyone's for moderators and the Academy. A service that names
external moderators is moderated by them alone. The council is the request's:
the default manager filters every query to it.

Every view asks ``policy`` for a named action; an unknown action is refused.
"""

from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.http import Http404
from wagtail.permission_policies.base import BasePermissionPolicy

from audits.models import Audit, SampledAudit, Service

ALLOCATE = "audits.allocate_audits"
CONDUCT = "audits.conduct_audits"
MODERATE = "audits.moderate_audits"
TEAM = "audits.see_team_audits"
OWN = "audits.see_own_audits"
MODERATE_ASSIGNED = "audits.moderate_assigned_audits"
CONSULT = "audits.review_sampled_audits"
ROLE_PERMISSIONS = (ALLOCATE, CONDUCT, MODERATE, TEAM, OWN, MODERATE_ASSIGNED, CONSULT)

# action: the permissions that open it (the instance check then narrows by relationship)
ACTIONS = {
    "view": ROLE_PERMISSIONS,
    "conduct": (CONDUCT,),
    "moderate": (MODERATE, MODERATE_ASSIGNED),
    "consult": (CONSULT,),
    "samples": (ALLOCATE, CONSULT),
    "allocate": (ALLOCATE,),
    "report": (ALLOCATE, MODERATE),
    "export": (ALLOCATE, MODERATE),
    "respond": (ALLOCATE, MODERATE, TEAM, CONDUCT),
    "meeting": (ALLOCATE, CONDUCT, TEAM),
    "observe": (ALLOCATE, MODERATE),
    "dip": (ALLOCATE, MODERATE, CONDUCT),
}


def _active(user):
    return user is not None and user.is_authenticated and user.is_active


class AuditPermissionPolicy(BasePermissionPolicy):
    def __init__(self):
        super().__init__(Audit)

    def user_has_permission(self, user, action):
        if action not in ACTIONS or not _active(user):
            return False
        return any(user.has_perm(permission) for permission in ACTIONS[action])

    def sees_all(self, user):
        return _active(user) and (user.has_perm(ALLOCATE) or user.has_perm(MODERATE))

    def instances_user_has_permission_for(self, user, action):
        """The current council's audits ``user`` may take ``action`` on."""
        audits = Audit.objects.all()
        if not self.user_has_permission(user, action):
            return audits.none()
        if action == "moderate":
            return audits.filter(status=Audit.Status.COMPLETED).filter(self._moderates(user))
        if action == "consult":
            return audits.filter(pk__in=self._sampled_for(user))
        if action == "conduct":
            return audits.filter(auditor=user).exclude(status=Audit.Status.COMPLETED)
        everyone = user.has_perm(ALLOCATE) if action == "meeting" else self.sees_all(user)
        if not everyone:
            audits = audits.filter(self._related(user, practitioner=action == "view"))
        if action == "respond":
            return audits.exclude(safeguarding_concern="")
        return audits

    def _related(self, user, practitioner):
        related = Q(pk__in=[])
        if user.has_perm(CONDUCT):
            related |= Q(auditor=user)
        if user.has_perm(TEAM):
            related |= Q(team__manager=user) | Q(cycle__service__head_of_service=user)
        if practitioner and user.has_perm(OWN):
            related |= Q(practitioner=user, shared_at__isnull=False)
        if user.has_perm(MODERATE_ASSIGNED):
            related |= Q(status=Audit.Status.COMPLETED) & self._assigned_to(user)
        if user.has_perm(CONSULT):
            related |= Q(pk__in=self._sampled_for(user))
        return related

    def _moderates(self, user):
        """The council's moderators moderate every service but those with external moderators."""
        moderates = Q(pk__in=[])
        if user.has_perm(MODERATE):
            moderates |= ~Q(
                cycle__service__in=Service.objects.filter(external_moderators__isnull=False).values(
                    "pk"
                )
            )
        if user.has_perm(MODERATE_ASSIGNED):
            moderates |= self._assigned_to(user)
        return moderates

    def _assigned_to(self, user):
        return Q(cycle__service__in=Service.objects.filter(external_moderators=user).values("pk"))

    def _sampled_for(self, user):
        return SampledAudit.objects.filter(sample__consultant=user).values("audit")

    def users_with_any_permission(self, actions):
        from django.contrib.auth import get_user_model
        from django.contrib.auth.models import Permission

        from councils.tenancy import current_council

        codenames = {
            permission.split(".")[1] for action in actions for permission in ACTIONS.get(action, ())
        }
        users = get_user_model().objects.filter(is_active=True)
        if not codenames:
            return users.none()
        permissions = Permission.objects.filter(
            content_type__app_label="audits", codename__in=codenames
        )
        council = current_council()
        if council is not None:
            users = users.filter(Q(is_superuser=True) | Q(council_member__council=council))
        return users.filter(
            Q(is_superuser=True)
            | Q(user_permissions__in=permissions)
            | Q(groups__permissions__in=permissions)
        ).distinct()


policy = AuditPermissionPolicy()


def require(user, action):
    if not policy.user_has_permission(user, action):
        raise PermissionDenied


def audit_for(user, action, pk):
    """The audit ``pk`` if ``user`` may take ``action`` on it; 404 otherwise, whoever owns it.

    Another council's id and another auditor's id answer the same, so an id
    tells a guesser nothing.
    """
    audit = (
        policy.instances_user_has_permission_for(user, action)
        .select_related("cycle__service", "team", "practitioner", "auditor", "tool_version")
        .filter(pk=pk)
        .first()
    )
    if audit is None:
        raise Http404
    return audit


class AcademyOnlyPolicy(BasePermissionPolicy):
    """Tools, services, teams, cycles and dip samples: the Learning Academy's to build."""

    def user_has_permission(self, user, action):
        return (
            action in ("add", "change", "delete", "view")
            and _active(user)
            and user.has_perm(ALLOCATE)
        )

    def instances_user_has_permission_for(self, user, action):
        if not self.user_has_permission(user, action):
            return self.model._default_manager.none()
        return self.model._default_manager.all()

    def users_with_any_permission(self, actions):
        return policy.users_with_any_permission(["allocate"])
