"""The external consultant's sample: drawn twice a year by the Academy, reviewed by the consultant.

The consultant reaches the audits drawn for them and nothing else
(``audits.permissions``); each audit they open and grade is in the audit log.
"""

import random

from django.db import transaction
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.admin import messages

from audits import auditlog
from audits.forms import ConsultantReviewForm, ConsultantSampleForm
from audits.models import ConsultantSample, Grade, SampledAudit
from audits.permissions import audit_for, policy, require

GRADE_LABELS = dict(Grade.choices)


def _samples_for(user):
    samples = ConsultantSample.objects.select_related("consultant", "service")
    if policy.user_has_permission(user, "allocate"):
        return samples
    return samples.filter(consultant=user)


def samples(request):
    """The Academy's samples and the form to draw one; a consultant's own samples."""
    require(request.user, "samples")
    can_draw = policy.user_has_permission(request.user, "allocate")
    form = ConsultantSampleForm(request.POST or None) if can_draw else None
    if form is not None and request.method == "POST" and form.is_valid():
        with transaction.atomic():
            sample = form.save(commit=False)
            sample.drawn_by = request.user
            sample.save()
            candidates = sorted(sample.candidates().values_list("pk", flat=True))
            drawn = random.SystemRandom().sample(
                candidates, min(form.cleaned_data["size"], len(candidates))
            )
            for audit in sample.candidates().filter(pk__in=drawn):
                SampledAudit.objects.create(sample=sample, audit=audit)
                auditlog.log(
                    audit,
                    auditlog.SAMPLED,
                    request.user,
                    consultant=sample.consultant.get_full_name() or sample.consultant.username,
                )
        messages.success(
            request,
            _("%(count)s audits drawn for the external consultant.") % {"count": len(drawn)},
        )
        return redirect("audits:consultant_sample", sample.pk)
    return TemplateResponse(
        request,
        "audits/consultant_samples.html",
        {"samples": _samples_for(request.user), "form": form},
    )


def sample(request, consultant_sample_pk):
    require(request.user, "samples")
    drawn = get_object_or_404(_samples_for(request.user), pk=consultant_sample_pk)
    entries = drawn.entries.select_related(
        "audit__cycle__service", "audit__team", "audit__auditor"
    ).filter(audit__in=policy.instances_user_has_permission_for(request.user, "view"))
    rows = [
        {
            "entry": entry,
            "audit": entry.audit,
            "graded": GRADE_LABELS.get(entry.audit.overall_grade, ""),
            "final": GRADE_LABELS.get(entry.audit.final_grade, ""),
            "consultant": GRADE_LABELS.get(entry.grade, ""),
            "agrees": entry.grade == entry.audit.final_grade if entry.grade else None,
        }
        for entry in entries
    ]
    return TemplateResponse(
        request,
        "audits/consultant_sample.html",
        {
            "sample": drawn,
            "rows": rows,
            "can_review": drawn.consultant_id == request.user.pk,
        },
    )


def review(request, pk):
    """The consultant's own grade and commentary on an audit drawn for them."""
    audit = audit_for(request.user, "consult", pk)
    entry = (
        SampledAudit.objects.filter(audit=audit, sample__consultant=request.user)
        .order_by("-sample__drawn_at")
        .first()
    )
    if entry is None:
        raise Http404
    form = ConsultantReviewForm(
        request.POST or None, initial={"grade": entry.grade, "commentary": entry.commentary}
    )
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            entry.grade = form.cleaned_data["grade"]
            entry.commentary = form.cleaned_data["commentary"]
            entry.reviewed_at = timezone.now()
            entry.save()
            auditlog.log(audit, auditlog.CONSULTANT_REVIEW, request.user, grade=entry.grade)
        messages.success(request, _("Your review is saved."))
        return redirect("audits:consultant_sample", entry.sample_id)
    auditlog.log(audit, auditlog.VIEW, request.user, screen="consultant review")
    return TemplateResponse(
        request, "audits/consultant_review.html", {"audit": audit, "entry": entry, "form": form}
    )
