"""Demo feedback cycles and the Learning Academy's review permissions."""

from django.contrib.auth.models import Permission
from django.contrib.contenttypes.models import ContentType
from django.utils import timezone
from wagtail.models import WorkflowContentType

from councils.models import Council
from councils.tenancy import council_scope, current_council
from home.demo.users import ACADEMY, EDITORS, groups_with_role
from review.models import CycleReport, FeedbackCycle

ACADEMY_PERMISSIONS = [
    "review.review_submissions",
    "review.view_exportrecord",
    *(f"review.{action}_feedbackcycle" for action in ("add", "change", "delete", "view")),
    *(f"review.{action}_cyclereport" for action in ("add", "change", "delete", "publish", "view")),
]
# "You Said, We Did" is the Learning Academy's alone (README, "Who can do what").
EDITORS_MAY_NOT = [
    f"review.{action}_cyclereport" for action in ("add", "change", "delete", "publish", "view")
]


def _grant(role, dotted_names):
    for group in groups_with_role(role):
        for dotted in dotted_names:
            app_label, codename = dotted.split(".")
            group.permissions.add(
                Permission.objects.get(content_type__app_label=app_label, codename=codename)
            )


def ensure_permissions():
    _grant(ACADEMY, ACADEMY_PERMISSIONS)
    refused = Permission.objects.filter(
        content_type__app_label="review",
        codename__in=[dotted.split(".")[1] for dotted in EDITORS_MAY_NOT],
    )
    for group in groups_with_role(EDITORS):
        group.permissions.remove(*refused)


def ensure_workflow():
    """Reports go through the same approval as organisations, when the demo has set it up."""
    from resources.demo import ensure_workflow as resources_workflow

    workflow = resources_workflow()
    WorkflowContentType.objects.get_or_create(
        content_type=ContentType.objects.get_for_model(CycleReport),
        defaults={"workflow": workflow},
    )
    return workflow


def ensure_cycles(today=None):
    """This year's three cycles and last year's, so the dashboard has one to compare with."""
    year = (today or timezone.localdate()).year
    return [*FeedbackCycle.ensure_year(year - 1), *FeedbackCycle.ensure_year(year)]


SAMPLE_TEXTS = {
    "en": ["Someone listened and came back when they said they would.", "More evening visits."],
    "bn": ["আমাদের কথা শোনা হয়েছে।", "আরও দ্রুত ফোন করলে ভালো হতো।"],
    "so": ["Waa la i dhageystay, waana la i caawiyay.", "Soo wac marar badan."],
}


def ensure_sample_submissions(form_page, count=36):
    """A few answers in each language over this cycle and the last, so the screens have data.

    Keyed by a fixed token per sample, so loading the demo again adds nothing.
    """
    import hashlib
    import random

    from forms_app.models import FamilySubmission, FormVersion

    current = FeedbackCycle.current()
    previous = current.previous() if current else None
    if form_page is None or current is None:
        return []
    source = form_page.specific.source_page
    version = FormVersion.for_questions(source.translation_key, source.get_form_fields())
    chance = random.Random(7)  # noqa: S311 - demo data, not security
    council = current_council()
    prefix = (
        "better-together" if council is None or council.slug == "tower-hamlets" else council.slug
    )
    made = []
    for number in range(count):
        digest = hashlib.sha256(f"{prefix}/demo-review/{number}".encode()).hexdigest()
        if FamilySubmission.objects.filter(token_digest=digest).exists():
            continue
        language = ["en", "bn", "so"][number % 3]
        cycle = current if number % 4 else (previous or current)
        start = cycle.starts_at
        span = min(timezone.now(), cycle.ends_at) - start
        when = start + span * chance.random()
        made.append(
            FamilySubmission.objects.create(
                form_key=source.translation_key,
                form_page=source,
                version=version,
                language=language,
                source=chance.choice(["", "edge-of-care", "family-hubs", "early-help"]),
                answers={
                    "how_helpful": chance.randint(2, 5),
                    "listened_to": chance.choice(["always", "mostly", "sometimes", "never"]),
                    "what_helped": chance.sample(["practical_help", "someone_to_talk_to"], 1),
                    "know_next_steps": chance.choice(["yes", "no"]),
                    "went_well": chance.choice(SAMPLE_TEXTS[language]),
                    "call_back": "no",
                    "agree_to_use": True,
                },
                submit_time=when,
                token_digest=digest,
            )
        )
    return made


def load(homes, users, form_page=None):
    """Each council's cycles and a few sample submissions to its own feedback form."""
    from forms_app.models import FamilyFormPage

    ensure_permissions()
    ensure_workflow()
    for home in homes.values():
        council = Council.objects.get(site__root_page=home)
        with council_scope(council):
            ensure_cycles()
            page = form_page or (
                FamilyFormPage.objects.child_of(home).filter(slug="feedback").first()
            )
            if page is not None and page.get_parent().pk == home.pk:
                ensure_sample_submissions(page)
