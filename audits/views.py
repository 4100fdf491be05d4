"""The audit programme's screens in the admin, under /admin/audits/.

Every view names its action to ``audits.permissions.policy``; an audit is
fetched only through the user's own queryset for that action, so another
council's or another auditor's id is "not found". Every view of an audit is
written to Wagtail's audit log.
"""

from django.db import transaction
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.admin import messages

from audits import auditlog, notify
from audits.forms import (
    ActionFormSet,
    AllocationForm,
    ConductForm,
    MeetingForm,
    ModerationForm,
    ResponseForm,
)
from audits.models import (
    THEME_PARTS,
    Audit,
    AuditTheme,
    Cycle,
    FeedbackMeeting,
    Grade,
    MeetingAction,
    SafeguardingResponse,
)
from audits.permissions import audit_for, policy, require

GRADE_LABELS = dict(Grade.choices)


def render(request, template, context):
    return TemplateResponse(request, template, context)


def home(request):
    """What this person has to do and may see: their audits, their team's, or everyone's."""
    require(request.user, "view")
    audits = (
        policy.instances_user_has_permission_for(request.user, "view")
        .select_related("cycle__service", "team", "practitioner", "auditor")
        .order_by("status", "due_on")
    )
    status = request.GET.get("status")
    if status in Audit.Status.values:
        audits = audits.filter(status=status)
    meetings = FeedbackMeeting.objects.filter(
        audit__in=policy.instances_user_has_permission_for(request.user, "meeting")
    ).select_related("audit")
    return render(
        request,
        "audits/home.html",
        {
            "audits": audits[:200],
            "meetings": meetings,
            "can_allocate": policy.user_has_permission(request.user, "allocate"),
            "can_report": policy.user_has_permission(request.user, "report"),
            "to_moderate": policy.instances_user_has_permission_for(request.user, "moderate")
            .filter(moderated_at__isnull=True)
            .count(),
            "statuses": Audit.Status.choices,
            "today": timezone.localdate(),
        },
    )


def allocate(request):
    require(request.user, "allocate")
    initial = {}
    source = None
    if request.GET.get("from"):
        source = audit_for(request.user, "allocate", request.GET["from"])
        initial = {
            "case_reference": source.case_reference,
            "team": source.team_id,
            "practitioner": source.practitioner_id,
            "auditor": source.auditor_id,
            "cycle": request.GET.get("cycle"),
        }
    form = AllocationForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            audit = form.save(commit=False)
            audit.allocated_by = request.user
            if request.POST.get("reaudit_of"):
                audit.reaudit_of = audit_for(request.user, "allocate", request.POST["reaudit_of"])
                audit.kind = Audit.Kind.NEXT_CYCLE
            audit.save()
            auditlog.log(audit, auditlog.ALLOCATE, request.user, due=str(audit.due_on))
        messages.success(
            request,
            _("Audit allocated to %(auditor)s.")
            % {"auditor": audit.auditor.get_full_name() or audit.auditor},
        )
        return redirect("audits:detail", audit.pk)
    return render(request, "audits/allocate.html", {"form": form, "source": source})


def candidates(request, cycle_pk):
    """Last cycle's "requires improvement" audits offered for re-audit in this cycle."""
    require(request.user, "allocate")
    cycle = get_object_or_404(Cycle, pk=cycle_pk)
    return render(
        request,
        "audits/candidates.html",
        {"cycle": cycle, "candidates": Audit.next_cycle_candidates(cycle)},
    )


def detail(request, pk):
    audit = audit_for(request.user, "view", pk)
    auditlog.log(audit, auditlog.VIEW, request.user, screen="detail")
    sections = []
    theme_names = dict(AuditTheme.objects.values_list("pk", "name"))
    for section in audit.sections:
        answer = audit.answers.get(section["key"]) or {}
        sections.append(
            {
                **section,
                "answer": answer,
                "themes": {
                    part: [theme_names[pk] for pk in answer.get(stored, ()) if pk in theme_names]
                    for part, stored in THEME_PARTS.items()
                },
                "grade": GRADE_LABELS.get(answer.get("grade", ""), ""),
                "moderated": GRADE_LABELS.get(audit.moderated_grades.get(section["key"], ""), ""),
            }
        )
    user = request.user
    reviews = audit.consultant_reviews.exclude(grade="").select_related("sample__consultant")
    if not policy.sees_all(user):
        reviews = reviews.filter(sample__consultant=user)
    family_answers = []
    if audit.family_source_tag:
        from forms_app.models import FamilySubmission

        family_answers = [
            submission.get_data()
            for submission in FamilySubmission.objects.filter(source=audit.family_source_tag)
        ]
    return render(
        request,
        "audits/detail.html",
        {
            "audit": audit,
            "sections": sections,
            "overall": GRADE_LABELS.get(audit.overall_grade, ""),
            "moderated_overall": GRADE_LABELS.get(audit.moderated_grades.get("overall", ""), ""),
            "can_conduct": policy.instances_user_has_permission_for(user, "conduct")
            .filter(pk=pk)
            .exists(),
            "can_moderate": policy.instances_user_has_permission_for(user, "moderate")
            .filter(pk=pk)
            .exists(),
            "can_respond": policy.instances_user_has_permission_for(user, "respond")
            .filter(pk=pk)
            .exists(),
            "can_meet": hasattr(audit, "meeting")
            and policy.instances_user_has_permission_for(user, "meeting").filter(pk=pk).exists(),
            "is_auditor": audit.auditor_id == user.pk,
            "can_consult": policy.instances_user_has_permission_for(user, "consult")
            .filter(pk=pk)
            .exists(),
            "consultant_reviews": reviews,
            "responses": audit.responses.select_related("responder"),
            "reaudits": audit.reaudits.all(),
            "response_form": ResponseForm(),
            "family_answers": family_answers,
            "family_form_url": _family_form_url(request, audit),
        },
    )


def conduct(request, pk):
    audit = audit_for(request.user, "conduct", pk)
    form = ConductForm(audit, request.POST or None)
    if request.method == "POST" and form.is_valid():
        complete = bool(request.POST.get("complete"))
        concern = (form.cleaned_data.get("safeguarding_concern") or "").strip()
        with transaction.atomic():
            form.apply()
            newly_raised = concern and not audit.safeguarding_raised_at
            audit.safeguarding_concern = concern or audit.safeguarding_concern
            if newly_raised:
                audit.safeguarding_raised_at = timezone.now()
            audit.status = Audit.Status.COMPLETED if complete else Audit.Status.IN_PROGRESS
            if complete:
                audit.completed_at = timezone.now()
            audit.save()
            if complete:
                audit.follow_through()
                auditlog.log(audit, auditlog.COMPLETE, request.user, grade=audit.overall_grade)
            else:
                auditlog.log(audit, auditlog.CONDUCT, request.user)
        if newly_raised:
            told = escalate(request, audit)
            messages.warning(
                request,
                _("Safeguarding concern raised: %(told)s emailed.")
                % {"told": told or _("nobody (no address)")},
            )
        messages.success(request, _("Audit completed.") if complete else _("Audit saved."))
        return redirect("audits:detail", audit.pk)
    auditlog.log(audit, auditlog.VIEW, request.user, screen="conduct")
    return render(request, "audits/conduct.html", {"audit": audit, "form": form})


def escalate(request, audit):
    """Tell the team manager and the Head of Service today; the page never waits on mail."""
    people = [person for person in (audit.team.manager, audit.service.head_of_service) if person]
    link = request.build_absolute_uri(reverse("audits:detail", args=[audit.pk]))
    notify.queue(
        f"safeguarding:{audit.pk}",
        [person.email for person in people],
        _("Safeguarding concern raised in audit %(id)s") % {"id": audit.pk},
        _(
            "An auditor has raised a safeguarding concern about case %(case)s (%(team)s).\n\n"
            "Please respond today and record what you did: %(link)s"
        )
        % {"case": audit.case_reference, "team": audit.team.name, "link": link},
    )
    told = ", ".join(person.get_full_name() or person.username for person in people)
    auditlog.log(audit, auditlog.SAFEGUARDING, request.user, told=told or "-")
    return told


@require_POST
def respond(request, pk):
    audit = audit_for(request.user, "respond", pk)
    form = ResponseForm(request.POST)
    if form.is_valid():
        SafeguardingResponse.objects.create(
            audit=audit, responder=request.user, response=form.cleaned_data["response"]
        )
        auditlog.log(audit, auditlog.RESPOND, request.user)
        messages.success(request, _("Your response is recorded."))
    else:
        messages.error(request, _("Say what you did about the concern."))
    return redirect("audits:detail", audit.pk)


@require_POST
def share(request, pk):
    audit = audit_for(request.user, "view", pk)
    if audit.auditor_id != request.user.pk or not audit.is_completed:
        raise Http404
    if audit.shared_at is None:
        audit.shared_at = timezone.now()
        audit.save(update_fields=["shared_at"])
        auditlog.log(audit, auditlog.SHARE, request.user)
    messages.success(request, _("Audit shared with the practitioner."))
    return redirect("audits:detail", audit.pk)


def moderate(request, pk):
    audit = audit_for(request.user, "moderate", pk)
    form = ModerationForm(audit, request.POST or None)
    if request.method == "POST" and form.is_valid():
        changes = form.changes()
        with transaction.atomic():
            audit.moderated_grades = {key: form.cleaned_data[key] for key, _t, _g in form.grades}
            audit.moderation_reason = form.cleaned_data["reason"]
            audit.moderated_by = request.user
            audit.moderated_at = timezone.now()
            audit.save()
            audit.follow_through()
            auditlog.log(
                audit,
                auditlog.MODERATE,
                request.user,
                changes=", ".join(f"{key} → {grade}" for key, grade in changes.items()) or "agreed",
            )
        messages.success(request, _("Moderation saved."))
        return redirect("audits:detail", audit.pk)
    auditlog.log(audit, auditlog.VIEW, request.user, screen="moderate")
    return render(request, "audits/moderate.html", {"audit": audit, "form": form})


def meeting(request, pk):
    audit = audit_for(request.user, "meeting", pk)
    record = get_object_or_404(FeedbackMeeting, audit=audit)
    form = MeetingForm(
        request.POST or None, initial={"held_on": record.held_on, "record": record.record}
    )
    actions = ActionFormSet(
        request.POST or None,
        queryset=MeetingAction.objects.filter(meeting=record),
        prefix="actions",
    )
    if request.method == "POST" and form.is_valid() and actions.is_valid():
        with transaction.atomic():
            record.held_on = form.cleaned_data["held_on"]
            record.record = form.cleaned_data["record"]
            record.save()
            for action in actions.save(commit=False):
                action.meeting = record
                action.save()
            auditlog.log(audit, auditlog.MEETING, request.user)
        if record.held_on and record.sent_at is None:
            recipients = [audit.service.head_of_service, audit.team.manager]
            academy = policy.users_with_any_permission(["allocate"])
            sent = notify.queue(
                f"meeting:{record.pk}",
                [person.email for person in [*recipients, *academy] if person],
                _("Feedback meeting record: audit %(id)s") % {"id": audit.pk},
                _("The record of the feedback meeting on audit %(id)s is ready: %(link)s")
                % {
                    "id": audit.pk,
                    "link": request.build_absolute_uri(reverse("audits:meeting", args=[audit.pk])),
                },
            )
            if sent:
                record.sent_at = timezone.now()
                record.save(update_fields=["sent_at"])
        messages.success(request, _("Meeting record saved."))
        return redirect("audits:meeting", audit.pk)
    auditlog.log(audit, auditlog.VIEW, request.user, screen="meeting")
    return render(
        request,
        "audits/meeting.html",
        {"audit": audit, "meeting": record, "form": form, "actions": actions},
    )


def _family_form_url(request, audit):
    if not audit.family_source_tag:
        return ""
    from forms_app.models import FamilyFormPage

    page = FamilyFormPage.objects.live().filter(locale__language_code="en").first()
    if page is None:
        return ""
    return f"{page.get_url(request)}?src={audit.family_source_tag}"


@require_POST
def family_form(request, pk):
    """A link to the council's family feedback form carrying this audit's source tag."""
    audit = audit_for(request.user, "conduct", pk)
    from forms_app.models import SourceTag

    tag = f"audit-{audit.pk}"
    SourceTag.objects.get_or_create(
        slug=tag, defaults={"name": _("Audit %(id)s") % {"id": audit.pk}}
    )
    audit.family_source_tag = tag
    audit.save(update_fields=["family_source_tag"])
    auditlog.log(audit, auditlog.FAMILY_FORM, request.user, tag=tag)
    messages.success(request, _("Send the family the link shown under “The family's view”."))
    return redirect("audits:detail", audit.pk)
