"""Check Back: the Learning Academy's audit programme, run in the admin.

Services audit on a rolling timetable (``Service.frequency``); each cycle of a
service allocates audits of cases, named only by the case reference of the
council's case record system. An auditor completes an audit with the
practitioner, grade by grade on the framework's four-point scale; moderators
agree or change the grades (both are kept); a grade of requires improvement
or inadequate opens a feedback meeting and a re-audit at six weeks. Audit
tools are built in the admin as a StreamField and frozen into versions, keyed
by their sections' machine keys, so that cycles compare.
"""

import datetime
import hashlib
import json
import re

from dateutil.relativedelta import relativedelta
from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField

from audits.blocks import DipQuestions, Findings, ToolSections
from councils.tenancy import CouncilOwned
from home.models import BasePage


class Grade(models.TextChoices):
    OUTSTANDING = "outstanding", _("Outstanding")
    GOOD = "good", _("Good")
    REQUIRES_IMPROVEMENT = "requires_improvement", _("Requires improvement")
    INADEQUATE = "inadequate", _("Inadequate")


# Grades that open a feedback meeting and a re-audit (Quality Assurance Framework, stage 1).
FOLLOW_UP_GRADES = {Grade.REQUIRES_IMPROVEMENT, Grade.INADEQUATE}
REAUDIT_AFTER = datetime.timedelta(weeks=6)
MEETING_WITHIN = datetime.timedelta(days=28)


class Frequency(models.TextChoices):
    MONTHLY = "monthly", _("Monthly")
    TWO_MONTHLY = "two_monthly", _("Every two months")
    TWICE_YEARLY = "twice_yearly", _("Twice a year")


MONTHS_PER_CYCLE = {Frequency.MONTHLY: 1, Frequency.TWO_MONTHLY: 2, Frequency.TWICE_YEARLY: 6}


def council_people():
    """``limit_choices_to`` for people: the current council's, so a chooser names no one else."""
    from councils.tenancy import current_council

    council = current_council()
    return models.Q(council_member__council=council) if council else models.Q(pk__in=[])


def _user_field(verbose_name, related_name, null=False):
    return models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL if null else models.PROTECT,
        null=null,
        blank=null,
        related_name=related_name,
        verbose_name=verbose_name,
        limit_choices_to=council_people,
    )


class Service(CouncilOwned):
    """A service whose work is audited on its own timetable, e.g. Early Help every two months.

    The case reference format is the service's because each service may keep its
    records in a different case system.
    """

    name = models.CharField(_("name"), max_length=120)
    frequency = models.CharField(
        _("audited"), max_length=20, choices=Frequency.choices, default=Frequency.TWO_MONTHLY
    )
    case_reference_pattern = models.CharField(
        _("case reference format"),
        max_length=200,
        default=r"^[0-9]{6,10}$",
        help_text=_(
            "A regular expression every case reference must match, e.g. ^[0-9]{6,10}$. "
            "The case reference is the only identifier of a child or family an audit holds."
        ),
    )
    case_reference_example = models.CharField(
        _("example case reference"), max_length=40, default="1234567"
    )
    head_of_service = _user_field(_("Head of Service"), "+", null=True)
    external_moderators = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        blank=True,
        related_name="moderated_services",
        limit_choices_to=council_people,
        verbose_name=_("external moderators"),
        help_text=_(
            "People from outside the council who moderate this service's audits, e.g. the "
            "Youth Justice Service's independent moderator. When anyone is named here, only "
            "they moderate the service; the council's moderation group moderates the rest."
        ),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("frequency"),
        FieldPanel("case_reference_pattern"),
        FieldPanel("case_reference_example"),
        FieldPanel("head_of_service"),
        FieldPanel("external_moderators", widget=forms.CheckboxSelectMultiple),
    ]

    class Meta:
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["council", "name"], name="audit_service_per_council")
        ]
        verbose_name = _("audited service")

    def __str__(self):
        return self.name

    def clean(self):
        super().clean()
        try:
            re.compile(self.case_reference_pattern)
        except re.error as error:
            raise ValidationError(
                {
                    "case_reference_pattern": _("This is not a valid pattern: %(error)s")
                    % {"error": error}
                }
            ) from error
        if not re.fullmatch(self.case_reference_pattern, self.case_reference_example):
            raise ValidationError(
                {"case_reference_example": _("The example does not match the format.")}
            )

    def matches_case_reference(self, reference):
        return bool(re.fullmatch(self.case_reference_pattern, reference or ""))

    def cycle_ending(self, starts_on):
        months = MONTHS_PER_CYCLE[Frequency(self.frequency)]
        return starts_on + relativedelta(months=months) - datetime.timedelta(days=1)


class AuditTheme(CouncilOwned):
    """A theme the Learning Academy reports strengths and areas for development under.

    The Quality Assurance Framework's audit findings report sets out "main
    themes under strengths, and areas for development"; auditors tag each
    section's two narratives with the council's themes, and reports count them.
    """

    name = models.CharField(_("name"), max_length=120)
    description = models.TextField(
        _("what it covers"),
        blank=True,
        help_text=_("Shown to auditors beside the theme, so that everyone tags alike."),
    )

    panels = [FieldPanel("name"), FieldPanel("description")]

    class Meta:
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["council", "name"], name="audit_theme_per_council")
        ]
        verbose_name = _("audit theme")

    def __str__(self):
        return self.name


# Where an audit's answers keep the themes of each section's two narratives.
THEME_PARTS = {"working_well": "working_well_themes", "to_change": "to_change_themes"}


class Team(CouncilOwned):
    service = models.ForeignKey(
        Service, on_delete=models.CASCADE, related_name="teams", verbose_name=_("service")
    )
    name = models.CharField(_("name"), max_length=120)
    manager = _user_field(_("team manager"), "+", null=True)

    panels = [FieldPanel("service"), FieldPanel("name"), FieldPanel("manager")]

    class Meta:
        ordering = ["service__name", "name"]
        verbose_name = _("team")

    def __str__(self):
        return f"{self.name} ({self.service})"


class AuditTool(CouncilOwned):
    """A service's audit tool, a Practice Week observation form or an exit-interview form.

    Built from sections in the admin; the sections in use are frozen into a
    ``ToolVersion`` when an audit is allocated, so editing the tool never
    changes an audit already under way.
    """

    class Kind(models.TextChoices):
        AUDIT = "audit", _("Audit tool")
        OBSERVATION = "observation", _("Practice Week observation form")
        EXIT_INTERVIEW = "exit_interview", _("Exit-interview form")

    name = models.CharField(_("name"), max_length=120)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.AUDIT)
    service = models.ForeignKey(
        Service,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="tools",
        verbose_name=_("service"),
        help_text=_("The service whose audits use this tool (audit tools only)."),
    )
    sections = StreamField(ToolSections(), verbose_name=_("sections"))

    panels = [FieldPanel("name"), FieldPanel("kind"), FieldPanel("service"), FieldPanel("sections")]

    class Meta:
        ordering = ["name"]
        verbose_name = _("audit tool")

    def __str__(self):
        return self.name

    def clean(self):
        super().clean()
        if self.kind == self.Kind.AUDIT and self.service_id is None:
            raise ValidationError({"service": _("Choose the service this audit tool is for.")})
        keys = [block.value["key"] for block in self.sections]
        duplicates = sorted({key for key in keys if keys.count(key) > 1})
        if duplicates:
            raise ValidationError(
                {
                    "sections": _("Each section needs its own key: %(keys)s")
                    % {"keys": ", ".join(duplicates)}
                }
            )

    def current_version(self):
        return ToolVersion.for_tool(self)


class ToolVersion(CouncilOwned):
    """The sections of a tool as they were when an audit was allocated."""

    tool = models.ForeignKey(AuditTool, on_delete=models.PROTECT, related_name="versions")
    digest = models.CharField(max_length=64)
    sections = models.JSONField()
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["tool", "digest"], name="unique_tool_version")
        ]

    def __str__(self):
        return f"{self.tool} {self.created_at:%Y-%m-%d}"

    @classmethod
    def for_tool(cls, tool):
        snapshot = [
            {
                "key": block.value["key"],
                "title": block.value["title"],
                "prompt": block.value["prompt"],
                "graded": bool(block.value["graded"]),
            }
            for block in tool.sections
        ]
        digest = hashlib.sha256(
            json.dumps(snapshot, sort_keys=True, ensure_ascii=False).encode()
        ).hexdigest()
        version, _created = cls.objects.get_or_create(
            tool=tool, digest=digest, defaults={"sections": snapshot, "council": tool.council}
        )
        return version

    def graded_sections(self):
        return [section for section in self.sections if section["graded"]]


class Cycle(CouncilOwned):
    service = models.ForeignKey(
        Service, on_delete=models.CASCADE, related_name="cycles", verbose_name=_("service")
    )
    starts_on = models.DateField(_("starts on"))
    ends_on = models.DateField(_("ends on"))

    panels = [FieldPanel("service"), FieldPanel("starts_on"), FieldPanel("ends_on")]

    class Meta:
        ordering = ["service__name", "-starts_on"]
        constraints = [
            models.UniqueConstraint(
                fields=["council", "service", "starts_on"], name="one_audit_cycle_per_start"
            )
        ]
        verbose_name = _("audit cycle")

    def __str__(self):
        return f"{self.service}: {self.starts_on:%-d %b %Y} – {self.ends_on:%-d %b %Y}"

    def clean(self):
        super().clean()
        if self.starts_on and self.ends_on and self.ends_on < self.starts_on:
            raise ValidationError({"ends_on": _("A cycle cannot end before it starts.")})

    @classmethod
    def ensure_for(cls, service, starts_on):
        """The service's cycle starting on ``starts_on``, its length set by the timetable."""
        cycle, _created = cls.objects.get_or_create(
            service=service,
            starts_on=starts_on,
            defaults={"ends_on": service.cycle_ending(starts_on), "council": service.council},
        )
        return cycle

    def previous(self):
        return (
            Cycle.objects.filter(service_id=self.service_id, starts_on__lt=self.starts_on)
            .order_by("-starts_on")
            .first()
        )

    def following(self):
        return (
            Cycle.objects.filter(service_id=self.service_id, starts_on__gt=self.starts_on)
            .order_by("starts_on")
            .first()
        )


class Audit(CouncilOwned):
    """One case's audit, written to the practitioner in a reflective conversation."""

    class Kind(models.TextChoices):
        AUDIT = "audit", _("Audit")
        REAUDIT = "reaudit", _("Re-audit at six weeks")
        NEXT_CYCLE = "next_cycle", _("Re-audit in the next cycle")

    class Status(models.TextChoices):
        ALLOCATED = "allocated", _("Allocated")
        IN_PROGRESS = "in_progress", _("In progress")
        COMPLETED = "completed", _("Completed")

    cycle = models.ForeignKey(
        Cycle, on_delete=models.PROTECT, related_name="audits", verbose_name=_("cycle")
    )
    tool_version = models.ForeignKey(
        ToolVersion, on_delete=models.PROTECT, related_name="audits", verbose_name=_("tool")
    )
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.AUDIT)
    reaudit_of = models.ForeignKey(
        "self",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="reaudits",
        verbose_name=_("re-audit of"),
    )
    case_reference = models.CharField(_("case reference"), max_length=40)
    team = models.ForeignKey(
        Team, on_delete=models.PROTECT, related_name="audits", verbose_name=_("team")
    )
    practitioner = _user_field(_("practitioner"), "audits_of_work")
    auditor = _user_field(_("auditor"), "audits_to_do")
    allocated_by = _user_field(_("allocated by"), "+", null=True)
    due_on = models.DateField(_("due on"))
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.ALLOCATED
    )
    answers = models.JSONField(_("grades and narratives"), default=dict, blank=True)
    overall_grade = models.CharField(
        _("overall grade"), max_length=30, choices=Grade.choices, blank=True
    )
    practitioner_view = models.TextField(_("practitioner's view"), blank=True)
    family_view = models.TextField(_("family's view"), blank=True)
    family_view_not_sought = models.TextField(_("why the family's view was not sought"), blank=True)
    completed_at = models.DateTimeField(_("completed"), null=True, blank=True)
    shared_at = models.DateTimeField(_("shared with the practitioner"), null=True, blank=True)
    moderated_grades = models.JSONField(_("moderated grades"), default=dict, blank=True)
    moderation_reason = models.TextField(_("moderation reason"), blank=True)
    moderated_by = _user_field(_("moderated by"), "+", null=True)
    moderated_at = models.DateTimeField(_("moderated"), null=True, blank=True)
    safeguarding_concern = models.TextField(_("safeguarding concern"), blank=True)
    safeguarding_raised_at = models.DateTimeField(_("concern raised"), null=True, blank=True)
    family_source_tag = models.CharField(max_length=50, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["due_on", "pk"]
        verbose_name = _("audit")
        permissions = [
            ("allocate_audits", _("Run the audit programme: tools, cycles, allocation, reports")),
            ("conduct_audits", _("Complete the audits allocated to them")),
            ("moderate_audits", _("Moderate the council's audits")),
            ("see_team_audits", _("See the audits of the teams they manage")),
            ("see_own_audits", _("See audits of their own work once shared")),
            (
                "moderate_assigned_audits",
                _("Moderate only the services naming them as external moderator"),
            ),
            (
                "review_sampled_audits",
                _("Review the audits sampled for them (external consultant)"),
            ),
        ]

    def __str__(self):
        return _("Audit %(id)s (case %(case)s)") % {"id": self.pk, "case": self.case_reference}

    @property
    def service(self):
        return self.cycle.service

    @property
    def sections(self):
        return self.tool_version.sections

    def section_grade(self, key, moderated=True):
        if moderated and key in self.moderated_grades:
            return self.moderated_grades[key]
        return (self.answers.get(key) or {}).get("grade", "")

    def theme_ids(self, part):
        """The themes ``part`` ("working_well" or "to_change") is tagged with in any section."""
        found = set()
        for answer in self.answers.values():
            found.update((answer or {}).get(THEME_PARTS[part], ()))
        return found

    @property
    def final_grade(self):
        return self.moderated_grades.get("overall") or self.overall_grade

    @property
    def is_completed(self):
        return self.status == self.Status.COMPLETED

    @property
    def is_overdue(self):
        return not self.is_completed and self.due_on < timezone.localdate()

    def needs_follow_up(self):
        return self.is_completed and self.final_grade in FOLLOW_UP_GRADES

    def follow_through(self, today=None):
        """Open the feedback meeting and schedule the six-week re-audit, once each."""
        if not self.needs_follow_up() or self.kind == self.Kind.REAUDIT:
            return None
        today = today or timezone.localdate()
        meeting, _created = FeedbackMeeting.objects.get_or_create(
            audit=self, defaults={"due_on": today + MEETING_WITHIN, "council": self.council}
        )
        if not self.reaudits.filter(kind=self.Kind.REAUDIT).exists():
            Audit.objects.create(
                council=self.council,
                cycle=self.cycle,
                tool_version=self.tool_version.tool.current_version(),
                kind=self.Kind.REAUDIT,
                reaudit_of=self,
                case_reference=self.case_reference,
                team=self.team,
                practitioner=self.practitioner,
                auditor=self.auditor,
                allocated_by=self.allocated_by,
                due_on=today + REAUDIT_AFTER,
            )
        return meeting

    @classmethod
    def next_cycle_candidates(cls, cycle):
        """Last cycle's audits graded requires improvement, not yet re-audited in ``cycle``."""
        previous = cycle.previous()
        if previous is None:
            return cls.objects.none()
        taken = cls.objects.filter(cycle=cycle, kind=cls.Kind.NEXT_CYCLE).values("reaudit_of")
        return (
            cls.objects.filter(cycle=previous, status=cls.Status.COMPLETED)
            .exclude(kind=cls.Kind.REAUDIT)
            .exclude(pk__in=taken)
            .select_related("team", "practitioner")
            .filter(
                models.Q(moderated_grades__overall=Grade.REQUIRES_IMPROVEMENT)
                | (
                    ~models.Q(moderated_grades__has_key="overall")
                    & models.Q(overall_grade=Grade.REQUIRES_IMPROVEMENT)
                )
            )
        )


class ConsultantSample(CouncilOwned):
    """Audits drawn for the external social work consultant's review, twice a year.

    The consultant checks the accuracy and impact of the audit programme on a
    sample of a period's completed audits; they see those audits only, and
    their own grade and commentary are kept beside the auditor's and the
    moderator's.
    """

    consultant = _user_field(_("external consultant"), "consultant_samples")
    period_starts_on = models.DateField(_("audits completed from"))
    period_ends_on = models.DateField(_("audits completed until"))
    service = models.ForeignKey(
        Service,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("service"),
    )
    drawn_by = _user_field(_("drawn by"), "+", null=True)
    drawn_at = models.DateTimeField(_("drawn"), default=timezone.now)

    class Meta:
        ordering = ["-drawn_at"]
        verbose_name = _("external consultant's sample")

    def __str__(self):
        return _("Sample of audits completed %(start)s – %(end)s") % {
            "start": f"{self.period_starts_on:%-d %b %Y}",
            "end": f"{self.period_ends_on:%-d %b %Y}",
        }

    def candidates(self):
        """The period's completed first audits, which the sample is drawn from."""
        audits = Audit.objects.filter(
            status=Audit.Status.COMPLETED,
            kind=Audit.Kind.AUDIT,
            completed_at__date__gte=self.period_starts_on,
            completed_at__date__lte=self.period_ends_on,
        )
        return audits.filter(cycle__service=self.service) if self.service_id else audits


class SampledAudit(CouncilOwned):
    """One audit in a consultant's sample, with the consultant's own grade and commentary."""

    sample = models.ForeignKey(ConsultantSample, on_delete=models.CASCADE, related_name="entries")
    audit = models.ForeignKey(Audit, on_delete=models.PROTECT, related_name="consultant_reviews")
    grade = models.CharField(
        _("consultant's grade"), max_length=30, choices=Grade.choices, blank=True
    )
    commentary = models.TextField(_("consultant's commentary"), blank=True)
    reviewed_at = models.DateTimeField(_("reviewed"), null=True, blank=True)

    class Meta:
        ordering = ["audit__cycle__service__name", "audit_id"]
        constraints = [
            models.UniqueConstraint(fields=["sample", "audit"], name="audit_once_per_sample")
        ]


class SafeguardingResponse(CouncilOwned):
    """Who answered a safeguarding concern raised in an audit, when, and what they did."""

    audit = models.ForeignKey(Audit, on_delete=models.CASCADE, related_name="responses")
    responder = _user_field(_("responder"), "+")
    response = models.TextField(_("what was done"))
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["created_at"]


class FeedbackMeeting(CouncilOwned):
    """The Understanding our Practice meeting an audit graded requires improvement opens."""

    audit = models.OneToOneField(Audit, on_delete=models.CASCADE, related_name="meeting")
    due_on = models.DateField(_("meeting due by"))
    held_on = models.DateField(_("held on"), null=True, blank=True)
    record = models.TextField(
        _("record of the meeting"),
        blank=True,
        help_text=_("What went well, what will change and what was learnt. No names."),
    )
    sent_at = models.DateTimeField(
        _("sent to the Head of Service and the Learning Academy"), null=True, blank=True
    )

    class Meta:
        verbose_name = _("feedback meeting")

    def __str__(self):
        return _("Feedback meeting on audit %(id)s") % {"id": self.audit_id}

    @property
    def is_overdue(self):
        return self.held_on is None and self.due_on < timezone.localdate()


class MeetingAction(CouncilOwned):
    meeting = models.ForeignKey(FeedbackMeeting, on_delete=models.CASCADE, related_name="actions")
    action = models.CharField(_("action"), max_length=300)
    owner = _user_field(_("owner"), "+")
    due_on = models.DateField(_("due on"))
    done = models.BooleanField(_("done"), default=False)

    class Meta:
        ordering = ["due_on", "pk"]


class Outbox(CouncilOwned):
    """An email the audit programme owes someone, kept until the mail server takes it.

    A page that sends mail stores it here and tries once; if the server is
    down the page carries on, and ``manage.py audit_reminders`` tries again.
    The key makes each reminder once a day at most.
    """

    key = models.CharField(max_length=120)
    to = models.JSONField()
    subject = models.CharField(max_length=200)
    body = models.TextField()
    created_at = models.DateTimeField(default=timezone.now)
    sent_at = models.DateTimeField(null=True, blank=True)
    attempts = models.PositiveSmallIntegerField(default=0)
    last_error = models.CharField(max_length=300, blank=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["council", "key"], name="outbox_key")]


class DipSample(CouncilOwned):
    """A narrow question or two asked over many cases, answered per case, reported per team."""

    service = models.ForeignKey(
        Service, on_delete=models.PROTECT, related_name="dip_samples", verbose_name=_("service")
    )
    title = models.CharField(_("title"), max_length=200)
    questions = StreamField(DipQuestions(), verbose_name=_("questions"))
    created_at = models.DateTimeField(default=timezone.now)

    panels = [FieldPanel("service"), FieldPanel("title"), FieldPanel("questions")]

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("dip sample")

    def __str__(self):
        return self.title

    def question_list(self):
        return [dict(block.value) for block in self.questions]


class DipSampleCase(CouncilOwned):
    sample = models.ForeignKey(DipSample, on_delete=models.CASCADE, related_name="cases")
    case_reference = models.CharField(_("case reference"), max_length=40)
    team = models.ForeignKey(Team, on_delete=models.PROTECT, related_name="+")
    answers = models.JSONField(default=dict, blank=True)

    class Meta:
        ordering = ["team__name", "case_reference"]
        constraints = [
            models.UniqueConstraint(
                fields=["sample", "case_reference"], name="one_dip_answer_per_case"
            )
        ]


class Observation(CouncilOwned):
    """A Practice Week observation or an exit interview, on an observation or exit-interview form.

    Exit interviews keep no one's name: the interviewer is not stored and
    every answer passes through the personal-data redaction before it is saved.
    """

    tool_version = models.ForeignKey(ToolVersion, on_delete=models.PROTECT, related_name="+")
    kind = models.CharField(max_length=20, choices=AuditTool.Kind.choices)
    observer = _user_field(_("observer"), "+", null=True)
    team = models.ForeignKey(
        Team, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    happened_on = models.DateField(_("date"))
    answers = models.JSONField(default=dict)
    themes = models.CharField(_("themes"), max_length=300, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-happened_on", "pk"]
        verbose_name = _("observation or exit interview")


class TopTenFindingsPage(BasePage):
    """The practitioners' "Top Ten Findings and Learning" of an audit cycle.

    Published by the Learning Academy from the cycle's report; it names no case,
    and the screen that publishes it refuses text that looks like a case
    reference, a name, a phone number or a date of birth.
    """

    intro = models.TextField(_("introduction"), blank=True)
    findings = StreamField(Findings(), verbose_name=_("findings"))

    content_panels = [*BasePage.content_panels, FieldPanel("intro"), FieldPanel("findings")]
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    template = "pages/top_ten_findings_page.html"

    class Meta:
        verbose_name = _("Top Ten Findings and Learning")
