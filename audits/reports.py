"""Reports per service and cycle: grades before and after moderation, themes, re-audits, trends.

Counts are of completed audits of the cycle; six-week re-audits are reported
as re-audit outcomes, not again among the cycle's grades. A theme counts the
audits whose strengths (or areas for development) name it in any section, so
an audit is counted once per theme however many sections name it.
"""

import io
import re
from collections import Counter

from django import forms
from django.db import transaction
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin import messages

from audits import auditlog, personal
from audits.models import Audit, AuditTheme, Cycle, Grade, SampledAudit
from audits.permissions import require

GRADES = list(Grade)
GOOD_OR_BETTER = {Grade.GOOD, Grade.OUTSTANDING}


def grade_rows(counters):
    """[(label, [count per grade], total)] from ``{label: Counter}``."""
    return [
        (label, [counter.get(grade.value, 0) for grade in GRADES], sum(counter.values()))
        for label, counter in counters.items()
    ]


def cycle_report(cycle):
    audits = list(
        Audit.objects.filter(cycle=cycle, status=Audit.Status.COMPLETED).select_related(
            "tool_version", "reaudit_of"
        )
    )
    graded = [audit for audit in audits if audit.kind == Audit.Kind.AUDIT]
    sections = {}
    for audit in graded:
        for section in audit.tool_version.graded_sections():
            sections.setdefault(section["key"], section["title"])
    before = {title: Counter() for title in sections.values()}
    after = {title: Counter() for title in sections.values()}
    for audit in graded:
        for key, title in sections.items():
            if audit.section_grade(key, moderated=False):
                before[title][audit.section_grade(key, moderated=False)] += 1
                after[title][audit.section_grade(key)] += 1
    overall_before = Counter(audit.overall_grade for audit in graded)
    overall_after = Counter(audit.final_grade for audit in graded)
    changed = sum(1 for audit in graded if audit.final_grade != audit.overall_grade)
    reaudits = [audit for audit in audits if audit.kind != Audit.Kind.AUDIT and audit.reaudit_of]
    improved = sum(
        1
        for audit in reaudits
        if audit.reaudit_of.final_grade == Grade.REQUIRES_IMPROVEMENT
        and audit.final_grade in GOOD_OR_BETTER
    )
    was_ri = sum(
        1 for audit in reaudits if audit.reaudit_of.final_grade == Grade.REQUIRES_IMPROVEMENT
    )
    by_pk = {audit.pk: audit for audit in graded}
    reviews = SampledAudit.objects.filter(audit__in=list(by_pk)).exclude(grade="")
    sampled_final = Counter(by_pk[review.audit_id].final_grade for review in reviews)
    consultant = Counter(review.grade for review in reviews)
    return {
        "cycle": cycle,
        "audits": len(graded),
        "theme_columns": [_("Strengths"), _("Areas for development")],
        "themes": theme_rows(graded),
        "consultant": grade_rows(
            {
                _("Sampled audits, after moderation"): sampled_final,
                _("External consultant"): consultant,
            }
        ),
        "consultant_reviewed": len(reviews),
        "consultant_agreed": sum(
            1 for review in reviews if review.grade == by_pk[review.audit_id].final_grade
        ),
        "grades": [str(grade.label) for grade in GRADES],
        "sections_before": grade_rows(before),
        "sections_after": grade_rows(after),
        "overall": grade_rows(
            {_("Before moderation"): overall_before, _("After moderation"): overall_after}
        ),
        "changed_by_moderation": changed,
        "reaudits": len(reaudits),
        "reaudits_were_ri": was_ri,
        "reaudits_ri_reached_good": improved,
        "trend": trend(cycle),
    }


def theme_rows(audits):
    """[(theme, [audits naming it a strength, audits naming it an area for development], total)]."""
    strengths, areas = Counter(), Counter()
    for audit in audits:
        strengths.update(audit.theme_ids("working_well"))
        areas.update(audit.theme_ids("to_change"))
    return [
        (theme.name, [strengths[theme.pk], areas[theme.pk]], strengths[theme.pk] + areas[theme.pk])
        for theme in AuditTheme.objects.all()
    ]


def trend(cycle):
    rows = []
    for earlier in Cycle.objects.filter(
        service=cycle.service, starts_on__lte=cycle.starts_on
    ).order_by("starts_on"):
        counter = Counter(
            audit.final_grade
            for audit in Audit.objects.filter(
                cycle=earlier, status=Audit.Status.COMPLETED, kind=Audit.Kind.AUDIT
            )
        )
        rows.append(
            (str(earlier), [counter.get(grade.value, 0) for grade in GRADES], sum(counter.values()))
        )
    return rows


def with_bars(rows):
    """Rows with each count's share of the row, for the bar charts beside the tables."""
    return [
        (label, [(count, round(100 * count / total) if total else 0) for count in counts], total)
        for label, counts, total in rows
    ]


def index(request):
    require(request.user, "report")
    cycles = Cycle.objects.select_related("service").order_by("service__name", "-starts_on")
    return TemplateResponse(request, "audits/reports.html", {"cycles": cycles})


def report(request, cycle_pk):
    require(request.user, "report")
    cycle = get_object_or_404(Cycle.objects.select_related("service"), pk=cycle_pk)
    data = cycle_report(cycle)
    for name in ("sections_before", "sections_after", "overall", "themes", "consultant", "trend"):
        data[f"{name}_bars"] = with_bars(data[name])
    return TemplateResponse(request, "audits/report.html", data)


def report_xlsx(request, cycle_pk):
    """The cycle's figures for the improvement board; each audit counted is logged as exported."""
    import xlsxwriter

    require(request.user, "export")
    cycle = get_object_or_404(Cycle.objects.select_related("service"), pk=cycle_pk)
    data = cycle_report(cycle)
    output = io.BytesIO()
    book = xlsxwriter.Workbook(output, {"in_memory": True})
    bold = book.add_format({"bold": True})
    for title, rows in (
        (_("Overall"), data["overall"]),
        (_("Standards before"), data["sections_before"]),
        (_("Standards after"), data["sections_after"]),
        (_("Trend"), data["trend"]),
    ):
        sheet = book.add_worksheet(title[:31])
        sheet.write_row(0, 0, ["", *data["grades"], _("Total")], bold)
        for number, (label, counts, total) in enumerate(rows, start=1):
            sheet.write_row(number, 0, [str(label), *counts, total])
    sheet = book.add_worksheet(_("Themes"))
    sheet.write_row(0, 0, [_("Theme"), *data["theme_columns"], _("Total")], bold)
    for number, (label, counts, total) in enumerate(data["themes"], start=1):
        sheet.write_row(number, 0, [str(label), *counts, total])
    sheet = book.add_worksheet(_("Consultant sample"))
    sheet.write_row(0, 0, ["", *data["grades"], _("Total")], bold)
    for number, (label, counts, total) in enumerate(data["consultant"], start=1):
        sheet.write_row(number, 0, [str(label), *counts, total])
    sheet.write_row(
        len(data["consultant"]) + 2,
        0,
        [
            _("Reviewed by the consultant"),
            data["consultant_reviewed"],
            _("Agreed"),
            data["consultant_agreed"],
        ],
    )
    sheet = book.add_worksheet(_("Re-audits"))
    sheet.write_row(
        0, 0, [_("Re-audits"), _("Were requires improvement"), _("Now good or better")], bold
    )
    sheet.write_row(
        1, 0, [data["reaudits"], data["reaudits_were_ri"], data["reaudits_ri_reached_good"]]
    )
    book.close()
    audits = Audit.objects.filter(cycle=cycle, status=Audit.Status.COMPLETED)
    for audit in audits:
        auditlog.log(audit, auditlog.EXPORT, request.user, rows=data["audits"], format="xlsx")
    response = HttpResponse(
        output.getvalue(),
        content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )
    response["Content-Disposition"] = f'attachment; filename="audit-report-{cycle.pk}.xlsx"'
    return response


class TopTenForm(forms.Form):
    title = forms.CharField(label=gettext_lazy("title"), max_length=200)
    intro = forms.CharField(
        label=gettext_lazy("introduction"), required=False, widget=forms.Textarea(attrs={"rows": 2})
    )

    def __init__(self, cycle, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.cycle = cycle
        for number in range(1, 11):
            self.fields[f"finding_{number}"] = forms.CharField(
                label=gettext_lazy("Finding %(number)s") % {"number": number},
                max_length=200,
                required=number == 1,
            )
            self.fields[f"learning_{number}"] = forms.CharField(
                label=gettext_lazy("Learning %(number)s") % {"number": number},
                required=False,
                widget=forms.Textarea(attrs={"rows": 2}),
            )

    def clean(self):
        cleaned = super().clean()
        references = set(
            Audit.objects.filter(cycle__service=self.cycle.service).values_list(
                "case_reference", flat=True
            )
        )
        pattern = self.cycle.service.case_reference_pattern.strip("^$")
        for name, text in list(cleaned.items()):
            text = text or ""
            if any(reference in text for reference in references) or (
                pattern and re.search(pattern, text)
            ):
                self.add_error(
                    name, _("This looks like a case reference. The Top Ten names no case.")
                )
            elif personal.findings(text):
                self.add_error(name, personal.describe(personal.findings(text)))
        return cleaned

    def findings(self):
        return [
            (
                "finding",
                {
                    "finding": self.cleaned_data[f"finding_{number}"],
                    "learning": self.cleaned_data[f"learning_{number}"],
                },
            )
            for number in range(1, 11)
            if self.cleaned_data.get(f"finding_{number}")
        ]


def suggested_findings(cycle, count=10):
    """The cycle's most frequent "what needs to change" narratives, as a starting point."""
    narratives = Counter()
    for answers in Audit.objects.filter(cycle=cycle, status=Audit.Status.COMPLETED).values_list(
        "answers", flat=True
    ):
        for answer in answers.values():
            text = (answer or {}).get("to_change", "").strip()
            if text:
                narratives[text] += 1
    return [text for text, _count in narratives.most_common(count)]


def publish_top_ten(request, cycle_pk):
    """Publish the cycle's Top Ten Findings and Learning as a page on the council's intranet."""
    from audits.models import TopTenFindingsPage

    require(request.user, "allocate")
    cycle = get_object_or_404(Cycle.objects.select_related("service"), pk=cycle_pk)
    home = request.council.site.root_page.specific if request.council else None
    if home is None:
        raise Http404
    slug = slugify(f"top-ten-{cycle.service.name}-{cycle.starts_on:%Y-%m}")
    existing = TopTenFindingsPage.objects.child_of(home).filter(slug=slug).first()
    initial = {"title": _("Top Ten Findings and Learning: %(cycle)s") % {"cycle": cycle}}
    for number, text in enumerate(suggested_findings(cycle), start=1):
        initial[f"learning_{number}"] = text
    form = TopTenForm(cycle, request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            page = existing or TopTenFindingsPage(slug=slug, title=form.cleaned_data["title"])
            page.title = form.cleaned_data["title"]
            page.intro = form.cleaned_data["intro"]
            page.findings = form.findings()
            if existing is None:
                home.add_child(instance=page)
            page.save_revision(user=request.user).publish(user=request.user)
        messages.success(request, _("Top Ten Findings and Learning published."))
        return redirect(page.url)
    return TemplateResponse(
        request, "audits/top_ten.html", {"cycle": cycle, "form": form, "existing": existing}
    )
