"""The demo family feedback form in English, with drafted Bengali and Somali.

The Bengali and Somali strings are imported into wagtail-localize as a
translator's PO file would be, marked as drafts awaiting review by a fluent
speaker, then published with ``home.localize.translate``.
"""

import uuid
from html import escape

import polib
from django.contrib.auth.models import Permission
from wagtail.models import Locale
from wagtail_localize.models import StringTranslation, Translation

from councils.models import Council
from councils.tenancy import council_scope
from forms_app.models import FamilyFormPage, PrivacyNoticePage, SourceTag
from home.demo.sites import upsert_child
from home.demo.users import ACADEMY, groups_with_role
from home.localize import refresh_source, translate

DRAFT_TOOL = "a draft awaiting review by a fluent speaker"
LANGUAGES = ["bn", "so"]

SOURCE_TAGS = [
    ("edge-of-care", "Edge of Care"),
    ("family-hubs", "Family Hubs"),
    ("early-help", "Early Help"),
    ("youth-justice", "Youth Justice Service"),
]


def block_id(*parts):
    """Block ids that stay the same on every load, so translations keep their place."""
    return str(uuid.uuid5(uuid.NAMESPACE_URL, "better-together/demo-form/" + "/".join(parts)))


def option(key, label):
    return {"type": "item", "value": {"key": key, "label": label}, "id": block_id("option", key)}


def question(block_type, key, label, hint="", required=True, **extra):
    return {
        "type": block_type,
        "value": {"key": key, "label": label, "hint": hint, "required": required, **extra},
        "id": block_id("question", key),
    }


QUESTIONS = [
    question(
        "rating",
        "how_helpful",
        "How helpful has our work with your family been?",
        lowest=1,
        highest=5,
        lowest_label="Not at all helpful",
        highest_label="Very helpful",
        error_message="Select how helpful our work with your family has been",
    ),
    question(
        "single_choice",
        "listened_to",
        "Did you feel listened to?",
        options=[
            option("always", "Always"),
            option("mostly", "Most of the time"),
            option("sometimes", "Sometimes"),
            option("never", "Never"),
        ],
    ),
    question(
        "multiple_choice",
        "what_helped",
        "What has helped you most?",
        hint="Choose all that apply.",
        options=[
            option("practical_help", "Practical help"),
            option("someone_to_talk_to", "Someone to talk to"),
            option("family_meetings", "Family meetings"),
            option("community_groups", "Community groups and activities"),
            option("something_else", "Something else"),
        ],
    ),
    question("yes_no", "know_next_steps", "Do you know what will happen next?"),
    question(
        "long_text",
        "went_well",
        "What went well?",
        hint="Tell us in your own words. You can write in any language.",
        required=False,
        max_length=2000,
    ),
    question(
        "long_text",
        "do_better",
        "What could we do better?",
        required=False,
        max_length=2000,
    ),
    question(
        "short_text",
        "in_a_few_words",
        "Describe your experience in a few words",
        required=False,
        max_length=200,
    ),
    question(
        "callback",
        "call_back",
        "Would you like us to phone you to talk about your answers?",
        hint="If you say yes, the person who calls you will know these are your answers.",
    ),
    question(
        "consent",
        "agree_to_use",
        "I understand my answers will be used to improve our services.",
    ),
]

INTRO = (
    "<p>Your answers help us improve how we work with families. It takes about 5 minutes. "
    "You do not need to give your name.</p>"
)

STRINGS = {
    "Tell us what you think": ("আপনার মতামত আমাদের জানান", "Noo sheeg waxaad ka qabto"),
    "Your answers help us improve how we work with families. It takes about 5 minutes. "
    "You do not need to give your name.": (
        "আপনার উত্তর আমাদের পরিবারগুলির সাথে কাজের ধরন উন্নত করতে সাহায্য করে। "
        "এতে প্রায় ৫ মিনিট লাগে। আপনার নাম দিতে হবে না।",
        "Jawaabahaagu waxay naga caawinayaan inaan hagaajino sida aan ula shaqeyno qoysaska. "
        "Waxay qaadanaysaa ilaa 5 daqiiqo. Uma baahnid inaad magacaaga bixiso.",
    ),
    "How helpful has our work with your family been?": (
        "আপনার পরিবারের সাথে আমাদের কাজ কতটা সহায়ক হয়েছে?",
        "Intee in le'eg ayuu shaqadayada qoyskaaga u caawiyay?",
    ),
    "Select how helpful our work with your family has been": (
        "আপনার পরিবারের সাথে আমাদের কাজ কতটা সহায়ক হয়েছে তা বেছে নিন",
        "Dooro inta uu shaqadayadu qoyskaaga u caawiyay",
    ),
    "Not at all helpful": ("একেবারেই সহায়ক নয়", "Haba yaraatee ma caawin"),
    "Very helpful": ("খুব সহায়ক", "Aad ayuu u caawiyay"),
    "Did you feel listened to?": (
        "আপনার কথা শোনা হয়েছে বলে কি আপনার মনে হয়েছে?",
        "Ma dareentay in lagu dhageystay?",
    ),
    "Always": ("সবসময়", "Mar walba"),
    "Most of the time": ("বেশিরভাগ সময়", "Inta badan"),
    "Sometimes": ("মাঝে মাঝে", "Mararka qaarkood"),
    "Never": ("কখনও না", "Marna"),
    "What has helped you most?": (
        "কোন জিনিসটি আপনাকে সবচেয়ে বেশি সাহায্য করেছে?",
        "Maxaa sida ugu badan kuu caawiyay?",
    ),
    "Choose all that apply.": ("যেগুলি প্রযোজ্য সবগুলি বেছে নিন।", "Dooro dhammaan kuwa khuseeya."),
    "Practical help": ("ব্যবহারিক সাহায্য", "Caawimaad la taaban karo"),
    "Someone to talk to": ("কথা বলার মতো কেউ", "Qof aan la hadlo"),
    "Family meetings": ("পারিবারিক সভা", "Kulamada qoyska"),
    "Community groups and activities": (
        "কমিউনিটি গ্রুপ ও কার্যক্রম",
        "Kooxaha iyo hawlaha bulshada",
    ),
    "Something else": ("অন্য কিছু", "Wax kale"),
    "Do you know what will happen next?": (
        "এরপর কী হবে আপনি কি জানেন?",
        "Ma ogtahay waxa xiga ee dhici doona?",
    ),
    "What went well?": ("কী ভালো হয়েছে?", "Maxaa si fiican u socday?"),
    "Tell us in your own words. You can write in any language.": (
        "আপনার নিজের ভাষায় আমাদের বলুন। আপনি যেকোনো ভাষায় লিখতে পারেন।",
        "Erayadaada noogu sheeg. Waad ku qori kartaa luqad kasta.",
    ),
    "What could we do better?": (
        "আমরা কী আরও ভালোভাবে করতে পারতাম?",
        "Maxaan si ka wanaagsan u samayn karnaa?",
    ),
    "Describe your experience in a few words": (
        "কয়েকটি শব্দে আপনার অভিজ্ঞতা বর্ণনা করুন",
        "Ku sharax waayo-aragnimadaada dhowr eray",
    ),
    "Would you like us to phone you to talk about your answers?": (
        "আপনার উত্তর নিয়ে কথা বলতে আমরা কি আপনাকে ফোন করব?",
        "Ma jeceshahay inaan kuu soo wacno si aan uga wada hadalno jawaabahaaga?",
    ),
    "If you say yes, the person who calls you will know these are your answers.": (
        "আপনি হ্যাঁ বললে, যিনি আপনাকে ফোন করবেন তিনি জানবেন এগুলি আপনার উত্তর।",
        "Haddii aad haa dhahdo, qofka ku soo wacaa wuxuu ogaan doonaa in kuwani yihiin "
        "jawaabahaaga.",
    ),
    "I understand my answers will be used to improve our services.": (
        "আমি বুঝি যে আমার উত্তর পরিষেবা উন্নত করতে ব্যবহার করা হবে।",
        "Waan fahamsanahay in jawaabahayga loo isticmaali doono hagaajinta adeegyada.",
    ),
    "How we use your answers": (
        "আমরা কীভাবে আপনার উত্তর ব্যবহার করি",
        "Sida aan u isticmaalno jawaabahaaga",
    ),
}


# Each council's privacy notice, one paragraph per ICO checklist point. The
# council's own details are filled in with str.format in every language.
PRIVACY = {
    "controller": [
        (
            "{council} Council is the data controller for the answers you give on this form.",
            "এই ফর্মে আপনি যে উত্তর দেন তার ডেটা নিয়ন্ত্রক (data controller) হলো {council} কাউন্সিল।",
            "Golaha {council} ayaa ah maamulaha xogta (data controller) ee jawaabaha aad ku "
            "bixiso foomkan.",
        ),
    ],
    "how_to_contact": [
        (
            "Email {contact} with any question about your information.",
            "আপনার তথ্য নিয়ে যেকোনো প্রশ্ন থাকলে {contact} ঠিকানায় ইমেল করুন।",
            "Wixii su'aal ah oo ku saabsan xogtaada, iimayl u dir {contact}.",
        ),
    ],
    "dpo": [
        (
            "You can write to our data protection officer at {dpo}.",
            "আপনি আমাদের ডেটা সুরক্ষা কর্মকর্তাকে {dpo} ঠিকানায় লিখতে পারেন।",
            "Waxaad u qori kartaa sarkaalkeenna ilaalinta xogta {dpo}.",
        ),
    ],
    "purposes": [
        (
            "We use the answers to learn what helps families and to change how we work.",
            "পরিবারগুলিকে কী সাহায্য করে তা জানতে এবং আমাদের কাজের ধরন বদলাতে আমরা উত্তরগুলি ব্যবহার করি।",
            "Jawaabaha waxaan u isticmaalnaa inaan ogaano waxa caawiya qoysaska iyo inaan "
            "beddelno sida aan u shaqeyno.",
        ),
        (
            "Our lawful basis is public task: running children's services well is part of "
            "the council's official duties (UK GDPR Article 6(1)(e)).",
            "আমাদের আইনি ভিত্তি হলো জনস্বার্থের কাজ (public task): শিশুদের পরিষেবা ভালোভাবে "
            "চালানো কাউন্সিলের সরকারি দায়িত্বের অংশ (UK GDPR অনুচ্ছেদ 6(1)(e))।",
            "Saldhigga sharciga ah waa hawl dadweyne (public task): si wanaagsan u maamulidda "
            "adeegyada carruurta waa qayb ka mid ah waajibaadka rasmiga ah ee golaha (UK GDPR "
            "Qodobka 6(1)(e)).",
        ),
    ],
    "kept": [
        (
            "We keep your answers and the language you used. We do not ask for your name, "
            "and we do not store your internet address or anything about your phone with "
            "your answers.",
            "আমরা আপনার উত্তর এবং আপনি যে ভাষা ব্যবহার করেছেন তা রাখি। আমরা আপনার নাম চাই না, "
            "এবং আপনার উত্তরের সাথে আপনার ইন্টারনেট ঠিকানা বা আপনার ফোন সম্পর্কে কিছুই রাখি না।",
            "Waxaan haynaa jawaabahaaga iyo luqadda aad isticmaashay. Ma weydiinno magacaaga, "
            "mana kaydinno cinwaankaaga internetka ama wax ku saabsan taleefankaaga oo la "
            "socda jawaabahaaga.",
        ),
        (
            "If you ask us to call you back, we keep your name, phone number and the best time "
            "to call apart from your answers.",
            "আপনি ফোন করতে বললে, আমরা আপনার নাম, ফোন নম্বর এবং ফোন করার সবচেয়ে ভালো সময় "
            "আপনার উত্তর থেকে আলাদা করে রাখি।",
            "Haddii aad naga codsato inaan ku soo wacno, waxaan haynaa magacaaga, lambarka "
            "taleefankaaga iyo waqtiga ugu fiican ee la wacayo, oo ka go'an jawaabahaaga.",
        ),
        (
            "We delete call-back details 90 days after you send the form. We keep the answers "
            "without names to compare one year with the next.",
            "ফর্ম পাঠানোর ৯০ দিন পরে আমরা ফোন করার তথ্য মুছে ফেলি। এক বছরের সাথে পরের বছর "
            "তুলনা করতে আমরা নাম ছাড়া উত্তরগুলি রাখি।",
            "Faahfaahinta dib-u-wacista waxaan tirtirnaa 90 maalmood kadib marka aad dirto "
            "foomka. Jawaabaha aan magacyada lahayn waxaan u haynaa inaan is barbar dhigno "
            "sannad iyo ka xiga.",
        ),
    ],
    "recipients": [
        (
            "Only the Learning Academy team can see the phone numbers. Managers see the answers "
            "without names.",
            "শুধুমাত্র লার্নিং একাডেমি দল ফোন নম্বরগুলি দেখতে পারে। ম্যানেজাররা নাম ছাড়া উত্তরগুলি দেখেন।",
            "Kaliya kooxda Learning Academy ayaa arki karta lambarrada taleefanka. Maamulayaashu "
            "waxay arkaan jawaabaha iyagoo aan magacyo lahayn.",
        ),
    ],
    "rights": [
        (
            "You have the right to a copy of your information, to have it corrected or "
            "deleted, and to object to how we use it. Write to {contact} to ask. Your answers "
            "carry no name, so we can find them only if you asked for a call back.",
            "আপনার তথ্যের একটি কপি পাওয়ার, তা সংশোধন বা মুছে ফেলার, এবং আমরা কীভাবে তা ব্যবহার "
            "করি তাতে আপত্তি করার অধিকার আপনার আছে। চাইতে {contact} ঠিকানায় লিখুন। আপনার উত্তরে "
            "কোনো নাম থাকে না, তাই আপনি ফোন করতে বললেই কেবল আমরা সেগুলি খুঁজে পেতে পারি।",
            "Waxaad xaq u leedahay nuqul xogtaada ah, in la saxo ama la tirtiro, iyo inaad ka "
            "soo horjeedsato sida aan u isticmaalno. Si aad u codsato, u qor {contact}. "
            "Jawaabahaagu magac ma laha, sidaas darteed waxaan heli karnaa oo keliya haddii aad "
            "codsatay in lagu soo waco.",
        ),
    ],
}


def privacy_details(council):
    domain = f"{council.slug}.example.org"
    return {"council": council.name, "contact": f"feedback@{domain}", "dpo": f"dpo@{domain}"}


def privacy_sections(council):
    """The notice's sections in English for ``council``, and the drafts of their strings."""
    # Escaped before they are filled in: rich text holds "Telford &amp; Wrekin", and the
    # drafts are found by that text, so an unescaped name would leave a sentence in English.
    details = {key: escape(value) for key, value in privacy_details(council).items()}
    fields, strings = {}, {}
    for name, paragraphs in PRIVACY.items():
        texts = [[text.format(**details) for text in paragraph] for paragraph in paragraphs]
        fields[name] = "".join(f"<p>{english}</p>" for english, *_drafts in texts)
        strings.update((english, drafts) for english, *drafts in texts)
    return fields, strings


def import_drafts(instance, languages=LANGUAGES, strings=None):
    """Import the drafted strings as a translator's PO file, marked as awaiting review."""
    source = refresh_source(instance)
    for locale in Locale.objects.filter(language_code__in=languages):
        column = LANGUAGES.index(locale.language_code)
        translation, _created = Translation.objects.update_or_create(
            source=source, target_locale=locale, defaults={"enabled": True}
        )
        po = translation.export_po()
        # Only strings whose draft differs are imported: re-importing the same
        # text would look like a new translation and publish a new revision.
        changed = polib.POFile()
        changed.metadata = po.metadata
        for entry in po:
            drafts = {**STRINGS, **(strings or {})}
            draft = drafts.get(entry.msgid, [None] * len(LANGUAGES))[column]
            if draft is not None and entry.msgstr != draft:
                entry.msgstr = draft
                changed.append(entry)
        if changed:
            translation.import_po(
                changed,
                translation_type=StringTranslation.TRANSLATION_TYPE_MACHINE,
                tool_name=DRAFT_TOOL,
            )


def ensure_permissions():
    """Only the Learning Academy reads call-back details and manages source tags."""
    for academy in groups_with_role(ACADEMY):
        _grant_academy(academy)


def _grant_academy(academy):
    for codename in (
        "view_callbackrequest",
        "delete_callbackrequest",
        "view_familysubmission",
        "add_sourcetag",
        "change_sourcetag",
        "delete_sourcetag",
        "view_sourcetag",
        "view_organisationupdate",
    ):
        academy.permissions.add(
            Permission.objects.get(content_type__app_label="forms_app", codename=codename)
        )


def load(homes, users):
    """Each council's family feedback form and privacy notice, in three languages.

    Returns Tower Hamlets' pages (the default site's), as the tests expect.
    """
    ensure_permissions()
    made = {}
    for slug, home in homes.items():
        with council_scope(Council.objects.get(site__root_page=home)):
            made[slug] = load_for_council(home)
    return made.get("better-together") or next(iter(made.values()))


def load_for_council(home):
    council = Council.objects.get(site__root_page=home)
    sections, privacy_strings = privacy_sections(council)
    english = Locale.objects.get(language_code="en")
    for slug, name in SOURCE_TAGS:
        SourceTag.objects.update_or_create(slug=slug, defaults={"name": name})
    feedback = upsert_child(
        home,
        FamilyFormPage,
        "feedback",
        title="Tell us what you think",
        intro=INTRO,
        questions=QUESTIONS,
        locale=english,
    )
    privacy = upsert_child(
        feedback,
        PrivacyNoticePage,
        "privacy",
        title="How we use your answers",
        body="",
        **sections,
        locale=english,
    )
    translate(home, LANGUAGES)
    import_drafts(feedback)
    translate(feedback, LANGUAGES)
    import_drafts(privacy, strings=privacy_strings)
    translate(privacy, LANGUAGES)
    return {"feedback": feedback, "privacy": privacy}
