"""Demo feedback cycles and the Learning Academy's review permissions."""

from django.contrib.auth.models import Permission
from django.contrib.contenttypes.models import ContentType
from django.utils import timezone
from wagtail.models import WorkflowContentType

from councils.models import Council
from councils.tenancy import council_scope, current_council
from home.demo.users import ACADEMY, EDITORS, groups_with_role
from review.models import DEFAULT_CYCLE_MONTHS, CycleReport, FeedbackCycle

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


# "You Said, We Did" of each council's finished cycle, in English, Bengali and Somali.
REPORT_YOU_SAID = (
    "Families told us they waited too long for a call back.",
    "Some families said our letters were hard to understand.",
)
REPORT_WE_DID = (
    "We now call families back within two working days.",
    "We rewrote our letters in plain English and had them translated.",
)
REPORT_STRINGS = {
    "You said": ("আপনি বলেছেন", "Waxaad tidhaahdeen"),
    "We did": ("আমরা যা করেছি", "Waxaan samaynay"),
    REPORT_YOU_SAID[0]: (
        "পরিবারগুলো আমাদের বলেছে যে ফিরতি ফোনের জন্য তাদের অনেক দিন অপেক্ষা করতে হয়েছে।",
        "Qoysasku waxay noo sheegeen inay muddo dheer sugeen in dib loo soo waco.",
    ),
    REPORT_YOU_SAID[1]: (
        "কিছু পরিবার বলেছে যে আমাদের চিঠি বোঝা কঠিন ছিল।",
        "Qoysas qaarkood waxay sheegeen in warqadaheenna ay adkaayeen in la fahmo.",
    ),
    REPORT_WE_DID[0]: (
        "আমরা এখন দুই কর্মদিবসের মধ্যে পরিবারগুলোকে ফিরতি ফোন করি।",
        "Hadda waxaan qoysaska dib u wacnaa laba maalmood oo shaqo gudahood.",
    ),
    REPORT_WE_DID[1]: (
        "আমরা আমাদের চিঠিগুলো সহজ ইংরেজিতে নতুন করে লিখেছি এবং সেগুলো অনুবাদ করিয়েছি।",
        "Warqadaheenna waxaan ku qornay Ingiriis fudud, waxaana la turjumay.",
    ),
}
MONTHS = {
    "bn": [
        "জানুয়ারি",
        "ফেব্রুয়ারি",
        "মার্চ",
        "এপ্রিল",
        "মে",
        "জুন",
        "জুলাই",
        "আগস্ট",
        "সেপ্টেম্বর",
        "অক্টোবর",
        "নভেম্বর",
        "ডিসেম্বর",
    ],
    "so": [
        "Janaayo",
        "Febraayo",
        "Maarso",
        "Abriil",
        "Maajo",
        "Juun",
        "Luuliyo",
        "Ogosto",
        "Sebtembar",
        "Oktoobar",
        "Nofembar",
        "Desembar",
    ],
}


def _report_strings(page, cycle):
    """The drafted Bengali and Somali of the report page's title and introduction."""
    start, end = cycle.starts_on, cycle.ends_on
    numbers = enumerate(DEFAULT_CYCLE_MONTHS, start=1)
    number = next((n for n, (first, _last) in numbers if first == start.month), 1)

    def day(date, code):
        return f"{date.day} {MONTHS[code][date.month - 1]} {date.year}"

    def span(code):
        return f"{MONTHS[code][start.month - 1]} {MONTHS[code][end.month - 1]}"

    bn_cycle = f"{start.year} সালের চক্র {number}: {span('bn').replace(' ', ' থেকে ')}"
    so_cycle = f"{start.year} wareegga {number}: {span('so').replace(' ', ' ilaa ')}"
    return {
        **REPORT_STRINGS,
        # The address stays the same in every language, under /bn/ and /so/.
        page.slug: (page.slug, page.slug),
        page.title: (
            f"আপনি বলেছেন, আমরা করেছি: {bn_cycle}",
            f"Waxaad tidhaahdeen, Waxaan samaynay: {so_cycle}",
        ),
        page.intro: (
            f"{day(start, 'bn')} থেকে {day(end, 'bn')} পর্যন্ত পরিবারগুলো আমাদের যা বলেছে, "
            "এবং সে বিষয়ে আমরা যা করেছি।",
            f"Waxa qoysasku noo sheegeen intii u dhaxaysay {day(start, 'so')} iyo "
            f"{day(end, 'so')}, iyo waxa aan ka qabanay.",
        ),
    }


def ensure_report(form_page, user):
    """The finished cycle's "You Said, We Did", published in English, Bengali and Somali.

    Published as the Learning Academy publishes it; the Bengali and Somali are
    imported as a translator's PO file (drafts awaiting a fluent speaker, as the
    form's are), then published. Running it again changes nothing.
    """
    from forms_app.demo import import_drafts
    from home.localize import translate

    current = FeedbackCycle.current()
    cycle = current.previous() if current else None
    if cycle is None or form_page is None:
        return None
    report = CycleReport.objects.filter(cycle=cycle).first()
    if report is None:
        report = CycleReport.objects.create(
            cycle=cycle,
            form=form_page,
            you_said="".join(f"<p>{text}</p>" for text in REPORT_YOU_SAID),
            we_did="".join(f"<p>{text}</p>" for text in REPORT_WE_DID),
            live=False,
        )
    if not report.live or report.family_page is None:
        report.save_revision(user=user).publish(user=user)
        report.refresh_from_db()
    family = report.family_page.specific
    import_drafts(family, strings=_report_strings(family, cycle))
    translate(family, ["bn", "so"], user=user)
    return report


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
                academy = users.get(f"{council.slug}-academy") or users.get("academy")
                ensure_report(page, academy)
