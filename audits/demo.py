"""Demo audit programme: Tower Hamlets' audit tools, cycles, about 30 audits and their follow-up.

Facts from Tower Hamlets' Quality Assurance Framework and its Tools and
Resources booklet: the services and their timetable, the six practice
standards the tools are aligned with, moderation (the Youth Justice Service's
by an external moderator), the external consultant's sample, themes of
strengths and areas for development, feedback meetings and re-audits at six
weeks, dip samples and Practice Week. Idempotent: every
record is found again by a natural key (a group name, a username, a case
reference in a cycle).
"""

import datetime
import random
import re

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.utils import timezone

from audits.models import (
    Audit,
    AuditTheme,
    AuditTool,
    ConsultantSample,
    Cycle,
    DipSample,
    DipSampleCase,
    FeedbackMeeting,
    Frequency,
    Grade,
    MeetingAction,
    Observation,
    SampledAudit,
    Service,
    Team,
)
from councils.models import Council, CouncilGroup, CouncilMember
from councils.tenancy import council_scope
from home.demo.users import ACADEMY, DEMO_PASSWORD, groups_with_role

# Group (suffix after the council's name) -> the audits permissions it holds.
ROLES = {
    "Auditors": ["conduct_audits"],
    "Moderators": ["moderate_audits"],
    "Practitioners": ["see_own_audits"],
    "Team managers": ["see_team_audits", "conduct_audits"],
    "External moderators": ["moderate_assigned_audits"],
    "External consultants": ["review_sampled_audits"],
}
ACADEMY_PERMISSIONS = ["allocate_audits"]

DEMO_USERS = [
    # username, first name, last name, group
    ("auditor", "Aisha", "Auditor", "Auditors"),
    ("moderator", "Morgan", "Moderator", "Moderators"),
    ("practitioner", "Priya", "Practitioner", "Practitioners"),
    ("team-manager", "Tariq", "Manager", "Team managers"),
    ("yjs-moderator", "Yusuf", "Moderator", "External moderators"),
    ("consultant", "Clara", "Consultant", "External consultants"),
]

STANDARDS = [
    ("connection", "Connection", "How has the practitioner built a relationship with the family?"),
    ("curiosity", "Curiosity", "Is the child's lived experience understood and recorded?"),
    ("community", "Community", "Is practice culturally competent, and the family's network used?"),
    ("co_production", "Co-production", "Did the family find and own their solutions?"),
    ("collaboration", "Collaboration", "Did agencies work together to achieve change?"),
    ("checking_back", "Checking back", "Is there management oversight and reflection on impact?"),
]

SERVICES = [
    # name, frequency, pattern, example
    ("Early Help", Frequency.TWO_MONTHLY, r"^EH[0-9]{6}$", "EH104233"),
    ("Youth Service", Frequency.TWO_MONTHLY, r"^YS[0-9]{6}$", "YS220481"),
    ("Youth Justice Service", Frequency.MONTHLY, r"^YJ[0-9]{6}$", "YJ300127"),
    ("MASH / Assessment & Intervention", Frequency.TWICE_YEARLY, r"^[0-9]{7}$", "1048823"),
    (
        "Family Support & Protection / Children with Disabilities",
        Frequency.TWICE_YEARLY,
        r"^[0-9]{7}$",
        "1051290",
    ),
    ("Children Looked After / Through Care", Frequency.TWICE_YEARLY, r"^[0-9]{7}$", "1062215"),
]
TEAMS = {
    "Early Help": ["Early Help North", "Early Help South"],
    "MASH / Assessment & Intervention": ["MASH", "Assessment & Intervention 1"],
    "Youth Justice Service": ["Youth Justice"],
}
# Themes of strengths and areas for development: the practice model's six Cs, which the
# Quality Assurance Framework measures good work by, and its "drift or delay".
THEMES = [
    ("Relationships with the family", "Connect: trust built, the worker comes back as promised."),
    ("The child's voice and lived experience", "Be Curious: the child's own words and day."),
    ("Family network and community", "Build a Community: the family's own network is used."),
    ("Plans made with the family", "Co-produce: the family find and own their solutions."),
    ("Working with partner agencies", "Collaborate for Change: agencies work together."),
    ("Management oversight and reflection", "Check Back: decisions and supervision recorded."),
    ("Drift and delay", "Plans with dates and owners; no child waits."),
]
# Each demo narrative and the themes it is tagged with.
STRENGTHS = {
    "The family describe the practitioner as someone who listens and comes back when promised.": [
        "Relationships with the family"
    ],
    "The child's voice is clear in the record, with their own words about school.": [
        "The child's voice and lived experience"
    ],
    "The plan was written with the family, in their words, and they know the next steps.": [
        "Plans made with the family",
        "Family network and community",
    ],
}
CHANGES = {
    "The plan needs dates and owners so that drift is visible.": ["Drift and delay"],
    "Record management oversight and the reasons for decisions.": [
        "Management oversight and reflection"
    ],
    "Check back with the family about what has changed for the child.": [
        "Plans made with the family",
        "The child's voice and lived experience",
    ],
}


def ensure_groups():
    """Each council's Auditors, Moderators, Practitioners and Team managers groups."""
    access_admin = Permission.objects.get(
        content_type__app_label="wagtailadmin", codename="access_admin"
    )
    groups = {}
    for council in Council.objects.all():
        for suffix, codenames in ROLES.items():
            name = f"{council.name} · {suffix}"
            group, _created = Group.objects.get_or_create(name=name)
            CouncilGroup.objects.get_or_create(group=group, defaults={"council": council})
            group.permissions.add(
                access_admin,
                *Permission.objects.filter(
                    content_type__app_label="audits", codename__in=codenames
                ),
            )
            groups[(council.slug, suffix)] = group
    allocate = Permission.objects.filter(
        content_type__app_label="audits", codename__in=ACADEMY_PERMISSIONS
    )
    for group in groups_with_role(ACADEMY):
        group.permissions.add(*allocate)
    return groups


def ensure_users(groups, council_slug="tower-hamlets"):
    council = Council.objects.get(slug=council_slug)
    users = {}
    for username, first_name, last_name, role in DEMO_USERS:
        user, created = get_user_model().objects.get_or_create(
            username=username,
            defaults={
                "first_name": first_name,
                "last_name": last_name,
                "email": f"{username}@example.org",
            },
        )
        if created or not user.check_password(DEMO_PASSWORD):
            user.set_password(DEMO_PASSWORD)
            user.save()
        CouncilMember.objects.update_or_create(user=user, defaults={"council": council})
        user.groups.set([groups[(council_slug, role)]])
        users[username] = user
    return users


def tool_sections(extra=()):
    sections = [
        ("section", {"key": key, "title": title, "prompt": prompt, "graded": True})
        for key, title, prompt in STANDARDS
    ]
    return sections + [("section", section) for section in extra]


def ensure_programme(users, today=None):
    """Tower Hamlets' services, tools, cycles, audits, meetings, dip sample and observations."""
    today = today or timezone.localdate()
    academy = get_user_model().objects.get(username="academy")
    themes = {}
    for name, description in THEMES:
        themes[name], _created = AuditTheme.objects.get_or_create(
            name=name, defaults={"description": description}
        )
    services = {}
    for name, frequency, pattern, example in SERVICES:
        services[name], _created = Service.objects.update_or_create(
            name=name,
            defaults={
                "frequency": frequency,
                "case_reference_pattern": pattern,
                "case_reference_example": example,
                "head_of_service": academy,
            },
        )
    services["Youth Justice Service"].external_moderators.set([users["yjs-moderator"]])
    teams = {}
    for service_name, names in TEAMS.items():
        for team_name in names:
            teams[team_name], _created = Team.objects.update_or_create(
                service=services[service_name],
                name=team_name,
                defaults={"manager": users["team-manager"]},
            )
    tools = {
        "Early Help": _tool("Early Help audit tool", services["Early Help"], tool_sections()),
        "MASH / Assessment & Intervention": _tool(
            "MASH / A&I audit tool",
            services["MASH / Assessment & Intervention"],
            tool_sections(
                [
                    {
                        "key": "oversight",
                        "title": "Management oversight",
                        "prompt": "Supervision and decisions recorded?",
                        "graded": True,
                    }
                ]
            ),
        ),
        "Youth Justice Service": _tool(
            "Youth Justice audit tool", services["Youth Justice Service"], tool_sections()
        ),
    }
    observation = _tool(
        "Practice Week observation",
        None,
        [
            ("section", {"key": "seen", "title": "What I saw", "prompt": "", "graded": False}),
            (
                "section",
                {
                    "key": "family_said",
                    "title": "What the family told me",
                    "prompt": "",
                    "graded": False,
                },
            ),
            (
                "section",
                {
                    "key": "learning",
                    "title": "Learning to take forward",
                    "prompt": "",
                    "graded": False,
                },
            ),
        ],
        kind=AuditTool.Kind.OBSERVATION,
    )
    _tool(
        "Exit interview",
        None,
        [
            (
                "section",
                {
                    "key": "why_leaving",
                    "title": "Why are you leaving?",
                    "prompt": "",
                    "graded": False,
                },
            ),
            (
                "section",
                {
                    "key": "what_helped",
                    "title": "What helped you do good work?",
                    "prompt": "",
                    "graded": False,
                },
            ),
            (
                "section",
                {
                    "key": "what_would_change",
                    "title": "What would you change?",
                    "prompt": "",
                    "graded": False,
                },
            ),
        ],
        kind=AuditTool.Kind.EXIT_INTERVIEW,
    )
    chance = random.Random(21)  # noqa: S311 - demo data
    made = []
    for service_name, per_cycle in (("Early Help", 9), ("MASH / Assessment & Intervention", 6)):
        service = services[service_name]
        months = 2 if service.frequency == Frequency.TWO_MONTHLY else 6
        running_start = (today.replace(day=1) - datetime.timedelta(days=1)).replace(day=1)
        finished_start = _months_before(running_start, months)
        finished = Cycle.ensure_for(service, finished_start)
        running = Cycle.ensure_for(service, running_start)
        service_teams = [teams[name] for name in TEAMS[service_name]]
        for number in range(per_cycle):
            made.append(
                _audit(
                    finished,
                    tools[service_name],
                    service_teams[number % 2],
                    users,
                    number,
                    chance,
                    today,
                    done=True,
                    themes=themes,
                )
            )
        for number in range(per_cycle - 2):
            made.append(
                _audit(
                    running,
                    tools[service_name],
                    service_teams[number % 2],
                    users,
                    50 + number,
                    chance,
                    today,
                    done=number < 2,
                    themes=themes,
                )
            )
    # The Youth Justice Service audits monthly; last month's audits are moderated externally.
    youth_justice = Cycle.ensure_for(
        services["Youth Justice Service"],
        (today.replace(day=1) - datetime.timedelta(days=1)).replace(day=1),
    )
    for number in range(3):
        made.append(
            _audit(
                youth_justice,
                tools["Youth Justice Service"],
                teams["Youth Justice"],
                users,
                number + 1,
                chance,
                today,
                done=True,
                themes=themes,
                moderator=users["yjs-moderator"],
            )
        )
    _follow_up(made, users, today)
    _consultant_sample(made, users, today)
    _dip_sample(services["Early Help"], teams)
    _observations(observation, teams, users, today)
    return made


def _months_before(day, months):
    month = day.month - months
    year = day.year + (month - 1) // 12
    return day.replace(year=year, month=(month - 1) % 12 + 1)


def _tool(name, service, sections, kind=AuditTool.Kind.AUDIT):
    tool = AuditTool.objects.filter(name=name).first() or AuditTool(name=name)
    tool.kind, tool.service, tool.sections = kind, service, sections
    tool.save()
    return tool


GRADE_CHOICES = [
    Grade.OUTSTANDING,
    Grade.GOOD,
    Grade.GOOD,
    Grade.GOOD,
    Grade.REQUIRES_IMPROVEMENT,
    Grade.REQUIRES_IMPROVEMENT,
    Grade.INADEQUATE,
]


def _audit(cycle, tool, team, users, number, chance, today, done, themes, moderator=None):
    service = cycle.service
    moderator = moderator or users["moderator"]
    prefix = re.match(r"[A-Z]*", service.case_reference_example).group()
    reference = f"{prefix}{104200 + number * 37:06d}" if prefix else f"{1048000 + number * 53}"
    audit = Audit.objects.filter(
        cycle=cycle, case_reference=reference, kind=Audit.Kind.AUDIT
    ).first()
    if audit is not None:
        return audit
    version = tool.current_version()
    overall = (
        GRADE_CHOICES[number % len(GRADE_CHOICES)]
        if number not in (0, 4)
        else (Grade.GOOD if number == 0 else Grade.REQUIRES_IMPROVEMENT)
    )
    answers = {}
    for section in version.sections:
        grade = (
            overall
            if chance.random() < 0.6
            else chance.choice([Grade.GOOD, Grade.REQUIRES_IMPROVEMENT])
        )
        strength, change = chance.choice(list(STRENGTHS)), chance.choice(list(CHANGES))
        answers[section["key"]] = {
            "grade": grade,
            "working_well": strength,
            "to_change": change,
            "working_well_themes": sorted(themes[name].pk for name in STRENGTHS[strength]),
            "to_change_themes": sorted(themes[name].pk for name in CHANGES[change]),
        }
    due = min(cycle.ends_on, today + datetime.timedelta(days=14)) if not done else cycle.ends_on
    audit = Audit(
        cycle=cycle,
        tool_version=version,
        case_reference=reference,
        team=team,
        practitioner=users["practitioner"],
        auditor=users["auditor"],
        allocated_by=get_user_model().objects.get(username="academy"),
        due_on=due if due >= today or done else today + datetime.timedelta(days=7),
    )
    if done:
        audit.status = Audit.Status.COMPLETED
        audit.answers = answers
        audit.overall_grade = overall
        audit.practitioner_view = (
            "Supervision helped me step back; caseload made visits hard to arrange."
        )
        if number % 3:
            audit.family_view = "Mum said the worker listened and things are calmer at home."
        else:
            audit.family_view_not_sought = "The family asked not to be contacted again this month."
        audit.completed_at = timezone.now()
        audit.shared_at = timezone.now() if number % 2 == 0 else None
        if number % 5 == 3:
            changed = Grade.REQUIRES_IMPROVEMENT if overall == Grade.GOOD else Grade.GOOD
            audit.moderated_grades = {"overall": changed}
            audit.moderation_reason = "The record does not show the impact the narrative describes."
            audit.moderated_by = moderator
            audit.moderated_at = timezone.now()
        elif number % 2:
            audit.moderated_grades = {"overall": overall}
            audit.moderated_by = moderator
            audit.moderated_at = timezone.now()
    audit.save()
    return audit


def _follow_up(audits, users, today):
    """Two feedback meetings, each with its six-week re-audit; the first reached good."""
    finished = [
        audit
        for audit in audits
        if audit.is_completed
        and audit.final_grade == Grade.REQUIRES_IMPROVEMENT
        and audit.kind == Audit.Kind.AUDIT
    ][:2]
    for index, audit in enumerate(finished):
        audit.follow_through(today=today - datetime.timedelta(days=45))
        meeting = FeedbackMeeting.objects.get(audit=audit)
        if not meeting.held_on:
            meeting.held_on = today - datetime.timedelta(days=40)
            meeting.record = (
                "We talked through the plan. Agreed: dates and owners on every action, "
                "and a check back with the family at the next visit."
            )
            meeting.save()
            MeetingAction.objects.get_or_create(
                meeting=meeting,
                action="Rewrite the plan with dates and owners",
                defaults={
                    "owner": users["practitioner"],
                    "due_on": today - datetime.timedelta(days=30),
                    "done": True,
                },
            )
        reaudit = audit.reaudits.get(kind=Audit.Kind.REAUDIT)
        if not reaudit.is_completed and index == 0:
            reaudit.answers = {
                section["key"]: {
                    "grade": Grade.GOOD,
                    "working_well": list(STRENGTHS)[2],
                    "to_change": "",
                }
                for section in reaudit.sections
            }
            reaudit.overall_grade = Grade.GOOD
            reaudit.family_view_not_sought = "Re-audit of the record only."
            reaudit.status = Audit.Status.COMPLETED
            reaudit.completed_at = timezone.now()
            reaudit.save()


def _consultant_sample(audits, users, today):
    """The consultant's sample of the half-year's completed audits; they reviewed three."""
    academy = get_user_model().objects.get(username="academy")
    starts_on = _months_before(today.replace(day=1), 6)
    sample, created = ConsultantSample.objects.get_or_create(
        consultant=users["consultant"],
        period_starts_on=starts_on,
        defaults={"period_ends_on": today, "drawn_by": academy},
    )
    if not created:
        return sample
    drawn = [audit for audit in audits if audit.is_completed and audit.kind == Audit.Kind.AUDIT][
        ::4
    ][:6]
    for number, audit in enumerate(drawn):
        entry = SampledAudit(sample=sample, audit=audit)
        if number < 3:
            entry.grade = (
                audit.final_grade
                if number < 2
                else (
                    Grade.REQUIRES_IMPROVEMENT
                    if audit.final_grade != Grade.REQUIRES_IMPROVEMENT
                    else Grade.GOOD
                )
            )
            entry.commentary = (
                "The grade is borne out by the file record; the practitioner could say what "
                "the audit changed in their work."
                if number < 2
                else "The narrative is generous: the plan on the file still has no dates."
            )
            entry.reviewed_at = timezone.now()
        entry.save()
    return sample


def _dip_sample(service, teams):
    sample = DipSample.objects.filter(title="Neglect tool on the record").first() or DipSample(
        title="Neglect tool on the record", service=service
    )
    sample.service = service
    sample.questions = [
        (
            "question",
            {
                "key": "neglect_tool",
                "label": "Can a neglect tool be seen on the child's record?",
                "answer": "yes_no",
            },
        ),
        (
            "question",
            {"key": "visits", "label": "Home visits in the last six weeks", "answer": "count"},
        ),
    ]
    sample.save()
    for number in range(12):
        team = teams["Early Help North" if number % 2 else "Early Help South"]
        DipSampleCase.objects.get_or_create(
            sample=sample,
            case_reference=f"EH{200100 + number:06d}",
            defaults={
                "team": team,
                "answers": {"neglect_tool": number % 3 != 0, "visits": number % 4 + 1},
            },
        )


def _observations(tool, teams, users, today):
    version = tool.current_version()
    for number, (seen, said) in enumerate(
        [
            (
                "A home visit where the worker let the child lead the conversation.",
                "We feel listened to now.",
            ),
            (
                "A family network meeting chaired by the family's own choice of venue.",
                "It was our plan, not theirs.",
            ),
        ]
    ):
        Observation.objects.get_or_create(
            tool_version=version,
            happened_on=today - datetime.timedelta(days=20 + number),
            team=teams["Early Help North"],
            defaults={
                "kind": AuditTool.Kind.OBSERVATION,
                "observer": users["moderator"],
                "answers": {
                    "seen": seen,
                    "family_said": said,
                    "learning": "Share at the next team meeting.",
                },
                "themes": "relationships, co-production",
            },
        )


def load(homes, demo_users):
    """The audit programme's people and demo, its people added to ``demo_users``."""
    groups = ensure_groups()
    demo_users.update(ensure_users(groups))
    users = demo_users
    with council_scope(Council.objects.get(slug="tower-hamlets")):
        ensure_programme(users)
    return users
