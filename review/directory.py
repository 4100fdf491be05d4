"""Turning a member of staff's directory update into a draft of the Organisation snippet.

Nothing here publishes: accepting saves a draft revision and starts the
organisation's usual workflow, and the organisation counts as verified
when that change is published.
"""

from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.mail import send_mail
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from forms_app.models import OrganisationUpdate
from forms_app.staff_forms import ORGANISATION_FIELDS
from resources.models import Category, Language, Organisation
from review import audit
from review.models import Decision, Status, UpdateReview

RELATED = {"categories": Category, "languages": Language}
CLOSED_STATUSES = [Organisation.Status.INACTIVE, Organisation.Status.DEFUNCT]


class Conflict(Exception):
    def __init__(self, fields, message):
        super().__init__(message)
        self.fields = fields
        self.message = message


def values_of(organisation):
    """The fields staff may propose, as the update form stores them (codes for categories)."""
    values = {}
    for name in [*ORGANISATION_FIELDS, "status"]:
        value = getattr(organisation, name)
        if name in RELATED:
            value = sorted(item.code for item in value.all())
        values[name] = value
    return values


def latest(organisation):
    """The organisation as its newest revision has it, draft or live."""
    if organisation.latest_revision_id:
        return organisation.get_latest_revision_as_object()
    return organisation


def proposed_changes(update):
    if update.kind == OrganisationUpdate.Kind.CLOSED:
        return {"status": None}
    return {name: update.proposed[name] for name in update.changed_fields}


@dataclass
class ComparisonRow:
    name: str
    label: str
    live: object
    current: object
    original: object
    proposed: object
    changed: bool
    conflict: bool


def field_label(name):
    return str(Organisation._meta.get_field(name).verbose_name).capitalize()


def comparison(update):
    """Field by field: the live listing, its newest draft, the starting point, the proposal."""
    organisation = update.organisation
    live = values_of(organisation) if organisation else {}
    current = values_of(latest(organisation)) if organisation else {}
    changes = proposed_changes(update)
    conflicts = set(conflicting_fields(update))
    rows = []
    for name in [*ORGANISATION_FIELDS, "status"]:
        if update.kind == OrganisationUpdate.Kind.CLOSED and name != "status":
            proposed = live.get(name)
        elif name == "status":
            proposed = (
                _("Inactive or defunct (you choose)")
                if update.kind == OrganisationUpdate.Kind.CLOSED
                else live.get("status", Organisation.Status.ACTIVE)
            )
        else:
            proposed = update.proposed.get(name)
        rows.append(
            ComparisonRow(
                name=name,
                label=field_label(name),
                live=live.get(name, ""),
                current=current.get(name, ""),
                original=update.original.get(name, live.get(name, "")),
                proposed=proposed,
                changed=name in changes or update.kind == OrganisationUpdate.Kind.NEW,
                conflict=name in conflicts,
            )
        )
    return rows


def changed_since(update):
    """Whether the organisation has had a revision since the member of staff sent the update."""
    organisation = update.organisation
    if organisation is None or organisation.latest_revision is None:
        return False
    return organisation.latest_revision.created_at > update.submit_time


def conflicting_fields(update):
    """Fields the update would change that someone else has changed since the form was opened."""
    if update.kind == OrganisationUpdate.Kind.NEW:
        name = update.proposed.get("name", "")
        return ["name"] if Organisation.objects.filter(name__iexact=name).exists() else []
    organisation = update.organisation
    if organisation is None:
        return []
    current = values_of(latest(organisation))
    if update.kind == OrganisationUpdate.Kind.CLOSED:
        return ["status"] if current["status"] in CLOSED_STATUSES else []
    return [
        name
        for name in proposed_changes(update)
        if name in update.original and current.get(name) != update.original[name]
    ]


def _apply(obj, changes):
    for name, value in changes.items():
        if name in RELATED:
            getattr(obj, name).set(RELATED[name].objects.filter(code__in=value))
        else:
            setattr(obj, name, value)


def _review_for(update):
    review, _created = UpdateReview.objects.select_for_update().get_or_create(update=update)
    if review.decision:
        raise Conflict([], _("This update has already been decided."))
    return review


@transaction.atomic
def accept(update, user, closed_status=None):
    """Make the update a draft revision and start the organisation's workflow.

    Refuses, naming the fields, when someone has changed the same fields of
    the organisation since the update was written.
    """
    review = _review_for(update)
    if update.kind != OrganisationUpdate.Kind.NEW and update.organisation is None:
        raise Conflict([], _("The organisation has been deleted since this update was sent."))
    conflicts = conflicting_fields(update)
    if conflicts:
        raise Conflict(
            conflicts,
            _("The organisation has changed since this update was sent: %(fields)s.")
            % {"fields": ", ".join(field_label(name) for name in conflicts)},
        )
    if update.kind == OrganisationUpdate.Kind.NEW:
        scalars = {k: v for k, v in update.proposed.items() if k not in RELATED}
        obj = Organisation(owner=user, live=False, **scalars)
        related = {k: v for k, v in update.proposed.items() if k in RELATED}
        obj.full_clean()
        obj.save()
        _apply(obj, related)
    else:
        obj = latest(update.organisation)
        if update.kind == OrganisationUpdate.Kind.CLOSED:
            if closed_status not in CLOSED_STATUSES:
                raise ValidationError({"status": _("Choose inactive or defunct.")})
            _apply(obj, {"status": closed_status})
        else:
            _apply(obj, proposed_changes(update))
        obj.full_clean()
    revision = obj.save_revision(user=user)
    organisation = Organisation.objects.get(pk=obj.pk)
    workflow = organisation.get_workflow()
    if workflow is not None and not organisation.workflow_in_progress:
        workflow.start(organisation, user)
    review.decision = Decision.ACCEPTED
    review.status = Status.ACTIONED
    review.decided_by = user
    review.decided_at = timezone.now()
    review.organisation = organisation
    review.revision = revision
    review.save()
    audit.log(update, audit.UPDATE_ACCEPT, user, revision=revision.pk)
    transaction.on_commit(lambda: tell_submitter(update, review))
    return review


@transaction.atomic
def reject(update, user, reason):
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError({"reason": _("Give a reason; it is sent to the member of staff.")})
    review = _review_for(update)
    review.decision = Decision.REJECTED
    review.status = Status.NO_ACTION
    review.reason = reason
    review.decided_by = user
    review.decided_at = timezone.now()
    review.save()
    audit.log(update, audit.UPDATE_REJECT, user)
    transaction.on_commit(lambda: tell_submitter(update, review))
    return review


def tell_submitter(update, review):
    """Email the member of staff the outcome; nothing is written to the application log."""
    person = update.submitted_by
    if person is None or not person.email:
        return
    name = update.proposed.get("name") or update.original.get("name") or ""
    if review.decision == Decision.ACCEPTED:
        subject = _("Your directory update was accepted: %(name)s") % {"name": name}
        body = _(
            "Thank you. The Learning Academy has accepted your update to '%(name)s'. "
            "It will appear in the directory once it has been approved."
        ) % {"name": name}
    else:
        subject = _("Your directory update was not accepted: %(name)s") % {"name": name}
        body = _(
            "Thank you. The Learning Academy has not accepted your update to '%(name)s'.\n\n"
            "Reason: %(reason)s"
        ) % {"name": name, "reason": review.reason}
    send_mail(str(subject), str(body), settings.DEFAULT_FROM_EMAIL, [person.email])


def mark_verified(organisation, revision):
    """When an accepted update's change is published, the organisation counts as checked."""
    reviews = UpdateReview.objects.filter(
        organisation=organisation,
        decision=Decision.ACCEPTED,
        verified_at__isnull=True,
        revision_id__lte=revision.pk,
    ).order_by("-decided_at")
    review = reviews.first()
    if review is None:
        return None
    today = timezone.localdate()
    verifier = review.decided_by
    Organisation.objects.filter(pk=organisation.pk).update(
        last_verified_on=today, last_verified_by=verifier
    )
    # The published revision must say the same, or publishing it again would undo this.
    revision.content["last_verified_on"] = today.isoformat()
    revision.content["last_verified_by"] = verifier.pk if verifier else None
    revision.save(update_fields=["content"])
    reviews.update(verified_at=timezone.now())
    return review
