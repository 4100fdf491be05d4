"""Integrity of the demo content in ``resources.demo_data``; plain data, no database."""

import importlib
import re
from html.parser import HTMLParser
from urllib.parse import urlparse

import pytest

MODULE_NAMES = ["tower_hamlets", "newham", "telford"]
SITE_SLUGS = {
    "tower_hamlets": "better-together",
    "newham": "circles-of-support",
    "telford": "telford-practice-framework",
}
MODULES = {name: importlib.import_module(f"resources.demo_data.{name}") for name in MODULE_NAMES}

SERVICE_AREAS = {
    "early-help",
    "youth-justice",
    "childrens-social-care",
    "regulated-services",
    "family-hubs",
    "health",
    "education",
}
DELIVERY = {"in-person", "online", "group", "one-to-one", "home-visits"}
RESOURCE_KINDS = {"tool", "guide", "template", "reflective-space", "wellbeing"}
ORGANISATION_STATUSES = {"active", "temporarily-closed", "inactive", "defunct"}
ISO_639_1 = set(
    re.findall(
        r"[a-z]{2}",
        "aa ab ae af ak am an ar as av ay az ba be bg bi bm bn bo br bs ca ce ch co cr cs cu cv "
        "cy da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho "
        "hr ht hu hy hz ia id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku "
        "kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn "
        "no nr nv ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm "
        "sn so sq sr ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi "
        "vo wa wo xh yi yo za zh zu",
    )
)
ALLOWED_TAGS = {"p", "ul", "ol", "li", "strong", "em", "a", "br"}
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
EMAIL = re.compile(r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+$")
EMAIL_IN_TEXT = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
MOBILE_NUMBER = re.compile(r"\b07\d{3}\s?\d{6}\b")
# Service lines the source gives as organisational numbers; every other number is a demo
# placeholder from Ofcom's range for drama (020 7946 0000 to 0999), which reaches nobody.
ORGANISATIONAL_PHONES = {"020 7426 2375", "0808 800 5792"}
DEMO_PHONE = re.compile(r"^020 7946 0\d{3}$")
# The Contact and Organisation models accept only this shape of number.
MODEL_PHONE = re.compile(r"^\+?[0-9 ()\-]{6,20}$")
MODEL_POSTCODE = re.compile(r"^[A-Za-z]{1,2}[0-9][A-Za-z0-9]? ?[0-9][A-Za-z]{2}$")

# People named in the source documents. None of them may appear in the demo content; the
# theorists whose models the frameworks cite (Burnham, Rosenberg, O'Connell...) are fine.
SOURCE_PEOPLE = [
    "Nadim Ahmad",
    "Laura McGunnigle",
    "Nasima Rahman",
    "Barbara McKay",
    "Helen Sweeney",
    "Kate Iwi",
    "Anton Grizzle",
    "Jennifer Peddie",
    "Roland Hunter",
    "LaShell McGlan",
    "Marie Larvin",
    "Sam Nair",
    "Eric Obeng",
    "Samuel Pierre",
    "Nicola Mutale",
    "Elka Popova",
    "Richard Desjardins",
    "Shirley Quashie-Dunne",
    "Samantha Anderson",
    "Sheli Kadir",
    "Jane Towey",
    "Tyrelle Ritchie",
    "Sara Lewis",
    "Ann Walker",
    "Charlotte Moodie",
    "Djamila Aggabi",
    "Daniel Blanchard",
    "Nina Stovold",
    "Jennifer Flandro",
    "Rebecca Pons",
    "Louisa Morrison",
    "Sarah Hall",
    "Caroline Morgan",
    "Tim Aldridge",
    "Emma Cockerell",
    "Dave Tapsell",
    "Beverley Halligan",
    "Darren Knibbs",
    "Jo Britton",
    "Yvette Stanley",
]
# Distinctive name parts that must not appear in any mailbox, e.g. marie.larvin@...
SOURCE_NAME_PARTS = {
    part.lower()
    for person in SOURCE_PEOPLE
    for part in re.split(r"[ -]", person)
    if len(part) > 3 and part.lower() not in {"hall", "morgan", "walker", "lewis", "hunter"}
}
# The children and families in the source's case studies are not named either.
CASE_STUDY_NAMES = ["Sayah", "Nikita", "Julian", "Zain family"]


def data(module, name):
    return getattr(module, name, None) or []


def page_slugs(module):
    slugs = [module.FRAMEWORK["slug"]]
    slugs += [item["slug"] for item in data(module, "STANDARDS")]
    slugs += [item["slug"] for item in data(module, "RESOURCES")]
    slugs += [item["slug"] for item in data(module, "INTERVENTIONS")]
    return slugs


def linkable_slugs(module):
    return {item["slug"] for item in data(module, "RESOURCES") + data(module, "INTERVENTIONS")}


def contact_keys(module):
    return {contact["key"] for contact in data(module, "CONTACTS")}


def all_strings(value):
    """Every string anywhere in a nested structure."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from all_strings(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from all_strings(item)


def module_content(module):
    names = [
        "SITE",
        "HOME",
        "FRAMEWORK",
        "STANDARDS",
        "RESOURCES",
        "CONTACTS",
        "INTERVENTIONS",
        "ORGANISATIONS",
        "CONSULTATIONS",
        "PARTICIPATION_GROUPS",
    ]
    return {name: getattr(module, name, None) for name in names}


def html_fields(module):
    framework = module.FRAMEWORK
    yield "FRAMEWORK.vision", framework["vision"]
    home = getattr(module, "HOME", None)
    if home:
        yield "HOME.intro", home["intro"]
    for item in data(module, "RESOURCES"):
        yield f"RESOURCES.{item['slug']}.body", item["body"]
    for item in data(module, "INTERVENTIONS"):
        yield f"INTERVENTIONS.{item['slug']}.body", item["body"]
        yield f"INTERVENTIONS.{item['slug']}.how_to_refer", item["how_to_refer"]


class _TagChecker(HTMLParser):
    def __init__(self):
        super().__init__()
        self.stack = []
        self.problems = []

    def handle_starttag(self, tag, attrs):
        if tag not in ALLOWED_TAGS:
            self.problems.append(f"<{tag}> is not allowed")
        href = dict(attrs).get("href", "")
        own_site = href.startswith("/") and not href.startswith("//")
        if tag == "a" and not (href.startswith("https://") or own_site):
            self.problems.append("links must have an https:// href or one on this site")
        if tag != "br":
            self.stack.append(tag)

    def handle_endtag(self, tag):
        if not self.stack or self.stack[-1] != tag:
            self.problems.append(f"</{tag}> does not close {self.stack[-1:] or 'anything'}")
        else:
            self.stack.pop()

    def close(self):
        super().close()
        if self.stack:
            self.problems.append(f"unclosed {self.stack}")


modules = pytest.mark.parametrize("module", MODULES.values(), ids=MODULES.keys())


def test_each_council_module_names_its_own_home_page():
    for name, module in MODULES.items():
        assert SITE_SLUGS[name] == module.SITE


@modules
def test_records_have_every_schema_field_with_the_right_type(module):
    framework = module.FRAMEWORK
    assert {"slug", "title", "summary", "vision", "shared_behaviours"} <= set(framework)
    for behaviour in framework["shared_behaviours"]:
        assert behaviour["title"] and behaviour["description"]
    home = getattr(module, "HOME", None)
    if home is not None:
        assert isinstance(home["intro"], str)
        assert isinstance(home["quick_links"], list)
    expected = {
        "STANDARDS": {
            "slug": str,
            "title": str,
            "summary": str,
            "we_will": list,
            "approach": list,
            "outcomes": list,
            "tools": list,
            "resources": list,
        },
        "RESOURCES": {
            "slug": str,
            "title": str,
            "summary": str,
            "body": str,
            "standards": list,
            "kind": str,
        },
        "CONTACTS": {
            "key": str,
            "name": str,
            "role": str,
            "email": str,
            "phone": str,
            "hours": str,
        },
        "INTERVENTIONS": {
            "slug": str,
            "title": str,
            "summary": str,
            "who_for": str,
            "service_areas": list,
            "delivery": list,
            "how_to_refer": str,
            "eligibility": str,
            "contacts": list,
            "standards": list,
            "body": str,
        },
        "ORGANISATIONS": {
            "name": str,
            "description": str,
            "website": str,
            "email": str,
            "phone": str,
            "address": str,
            "postcode": str,
            "categories": list,
            "eligibility": str,
            "languages": list,
            "status": str,
        },
        "CONSULTATIONS": {"title": str, "what": str, "who": str, "when": str, "how_to_book": str},
        "PARTICIPATION_GROUPS": {"name": str, "who_for": str, "meets": str},
    }
    for collection, fields in expected.items():
        for item in data(module, collection):
            for field, kind in fields.items():
                assert isinstance(item.get(field), kind), f"{collection} {item}: {field}"
            if collection in {"INTERVENTIONS", "ORGANISATIONS", "PARTICIPATION_GROUPS"}:
                assert "age_min" in item and "age_max" in item, item
            if collection in {"CONSULTATIONS", "PARTICIPATION_GROUPS"}:
                assert "contact" in item, item
    for item in data(module, "STANDARDS") + data(module, "RESOURCES"):
        assert item["title"].strip() and item["summary"].strip(), item["slug"]


@modules
def test_slugs_are_lowercase_hyphenated_and_unique(module):
    slugs = page_slugs(module)
    for slug in slugs:
        assert SLUG.match(slug), slug
    duplicates = {slug for slug in slugs if slugs.count(slug) > 1}
    assert not duplicates
    keys = [contact["key"] for contact in data(module, "CONTACTS")]
    assert len(keys) == len(set(keys))
    for key in keys:
        assert SLUG.match(key), key


@modules
def test_home_quick_links_point_at_pages_in_the_same_module(module):
    home = getattr(module, "HOME", None)
    if home is None:
        pytest.skip("no HOME in this module")
    assert home["quick_links"]
    assert set(home["quick_links"]) <= set(page_slugs(module))


@modules
def test_standard_tools_and_resources_resolve_to_pages_or_described_links(module):
    linkable = linkable_slugs(module)
    for standard in data(module, "STANDARDS"):
        for ref in standard["tools"] + standard["resources"]:
            if isinstance(ref, str):
                assert ref in linkable, f"{standard['slug']}: {ref}"
            else:
                assert isinstance(ref, dict), ref
                assert set(ref) <= {"title", "url", "description"}, ref
                assert ref["title"].strip(), ref
                if "url" in ref:
                    assert ref["url"].startswith("https://"), ref


@modules
def test_related_standards_and_contacts_exist(module):
    standards = {standard["slug"] for standard in data(module, "STANDARDS")}
    contacts = contact_keys(module)
    for item in data(module, "RESOURCES") + data(module, "INTERVENTIONS"):
        assert item["standards"], item["slug"]
        assert set(item["standards"]) <= standards, item["slug"]
    for item in data(module, "INTERVENTIONS"):
        assert set(item["contacts"]) <= contacts, item["slug"]
    for item in data(module, "CONSULTATIONS") + data(module, "PARTICIPATION_GROUPS"):
        assert item["contact"] is None or item["contact"] in contacts, item


@modules
def test_vocabulary_values_are_the_allowed_ones(module):
    for item in data(module, "INTERVENTIONS"):
        assert item["service_areas"] and set(item["service_areas"]) <= SERVICE_AREAS, item["slug"]
        assert item["delivery"] and set(item["delivery"]) <= DELIVERY, item["slug"]
    for item in data(module, "RESOURCES"):
        assert item["kind"] in RESOURCE_KINDS, item["slug"]
    for org in data(module, "ORGANISATIONS"):
        assert org["status"] in ORGANISATION_STATUSES, org["name"]
        assert org["languages"] and set(org["languages"]) <= ISO_639_1, org["name"]
        assert org["categories"], org["name"]


@modules
def test_age_ranges_are_whole_years_with_min_not_above_max(module):
    ranged = (
        data(module, "INTERVENTIONS")
        + data(module, "ORGANISATIONS")
        + data(module, "PARTICIPATION_GROUPS")
    )
    for item in ranged:
        low, high = item["age_min"], item["age_max"]
        for age in (low, high):
            assert age is None or (type(age) is int and 0 <= age <= 120), item
        if low is not None and high is not None:
            assert low <= high, item


@modules
def test_emails_are_role_mailboxes_on_example_org_or_an_organisations_public_address(module):
    def check_role_mailbox(email, where):
        assert EMAIL.match(email), f"{where}: {email!r}"
        assert email.endswith("@example.org"), f"{where}: {email}"

    for contact in data(module, "CONTACTS"):
        check_role_mailbox(contact["email"], contact["key"])
    for org in data(module, "ORGANISATIONS"):
        if not org["email"]:
            continue
        assert EMAIL.match(org["email"]), org["name"]
        if not org["email"].endswith("@example.org"):
            site = urlparse(org["website"]).hostname.removeprefix("www.")
            assert org["email"].split("@")[1] == site, f"{org['name']}: not its own domain"
    # Any address written into the text follows the same rule.
    public_addresses = {org["email"] for org in data(module, "ORGANISATIONS")}
    for text in all_strings(module_content(module)):
        for email in EMAIL_IN_TEXT.findall(text):
            assert email.endswith("@example.org") or email in public_addresses, email


@modules
def test_no_personal_names_in_mailboxes_or_text(module):
    emails = [contact["email"] for contact in data(module, "CONTACTS")]
    emails += [org["email"] for org in data(module, "ORGANISATIONS") if org["email"]]
    for email in emails:
        local = email.split("@")[0].lower()
        if email.endswith("@example.org"):
            assert "." not in local, f"{email} looks like firstname.lastname"
        for part in SOURCE_NAME_PARTS:
            assert part not in local, f"{email} contains the name {part!r}"
    text = "\n".join(all_strings(module_content(module))).lower()
    for person in SOURCE_PEOPLE + CASE_STUDY_NAMES:
        assert person.lower() not in text, person


@modules
def test_phone_numbers_are_demo_placeholders_or_organisational_lines(module):
    phones = [contact["phone"] for contact in data(module, "CONTACTS")]
    phones += [org["phone"] for org in data(module, "ORGANISATIONS")]
    for phone in phones:
        if phone:
            assert MODEL_PHONE.match(phone), phone
            assert phone in ORGANISATIONAL_PHONES or DEMO_PHONE.match(phone), phone
    for text in all_strings(module_content(module)):
        assert not MOBILE_NUMBER.search(text), text


# The longest value each model field accepts.
FIELD_LIMITS = {
    "STANDARDS": {"title": 255, "summary": 400},
    "RESOURCES": {"title": 255, "summary": 400},
    "INTERVENTIONS": {"title": 255, "summary": 400},
    "CONTACTS": {"key": 80, "name": 200, "role": 200, "phone": 30, "hours": 200},
    "ORGANISATIONS": {"name": 200, "phone": 30, "address": 255, "postcode": 10},
    "CONSULTATIONS": {"title": 200, "when": 255},
    "PARTICIPATION_GROUPS": {"name": 200, "meets": 255},
}


@modules
def test_values_fit_the_model_field_lengths(module):
    for collection, limits in FIELD_LIMITS.items():
        for item in data(module, collection):
            for field, limit in limits.items():
                assert len(item[field]) <= limit, f"{collection} {field}: {item[field]!r}"
    assert len(module.FRAMEWORK["summary"]) <= 400


@modules
def test_names_that_must_be_unique_are_unique(module):
    for collection, field in (
        ("ORGANISATIONS", "name"),
        ("CONSULTATIONS", "title"),
        ("PARTICIPATION_GROUPS", "name"),
    ):
        values = [item[field] for item in data(module, collection)]
        assert len(values) == len(set(values)), collection


def test_shared_snippets_do_not_clash_between_councils():
    """Contacts, organisations, consultations and groups are shared by the whole install."""
    for collection, field in (
        ("CONTACTS", "key"),
        ("CONTACTS", "email"),
        ("CONTACTS", "name"),
        ("ORGANISATIONS", "name"),
        ("CONSULTATIONS", "title"),
        ("PARTICIPATION_GROUPS", "name"),
    ):
        values = [item[field] for module in MODULES.values() for item in data(module, collection)]
        clashes = {value for value in values if values.count(value) > 1}
        assert not clashes, f"{collection} {field}: {clashes}"


@modules
def test_postcodes_are_blank_or_full_uk_postcodes(module):
    for org in data(module, "ORGANISATIONS"):
        assert not org["postcode"] or MODEL_POSTCODE.match(org["postcode"]), org["name"]


@modules
def test_rich_text_uses_only_simple_balanced_tags(module):
    for where, html in html_fields(module):
        assert html.strip().startswith("<"), where
        checker = _TagChecker()
        checker.feed(html)
        checker.close()
        assert not checker.problems, f"{where}: {checker.problems}"


@modules
def test_every_standard_has_expectations_approach_and_outcomes(module):
    for standard in data(module, "STANDARDS"):
        for field in ("we_will", "approach", "outcomes"):
            assert standard[field], f"{standard['slug']}: empty {field}"
            assert all(isinstance(line, str) and line.strip() for line in standard[field])


def test_tower_hamlets_has_the_six_cs_with_every_expectation_approach_and_outcome():
    th = MODULES["tower_hamlets"]
    standards = {standard["slug"]: standard for standard in th.STANDARDS}
    assert [standard["title"] for standard in th.STANDARDS] == [
        "Connect",
        "Be Curious",
        "Build a Community",
        "Co-produce",
        "Collaborate for Change",
        "Check Back",
    ]
    # The handbook lists this many "We will" lines, approaches and outcomes per standard.
    handbook = {
        "connect": (4, 5, 3),
        "be-curious": (4, 5, 5),
        "build-a-community": (3, 6, 3),
        "co-produce": (4, 5, 4),
        "collaborate-for-change": (4, 5, 5),
        "check-back": (4, 7, 3),
    }
    for slug, (we_will, approach, outcomes) in handbook.items():
        standard = standards[slug]
        assert len(standard["we_will"]) == we_will, slug
        assert len(standard["approach"]) == approach, slug
        assert len(standard["outcomes"]) == outcomes, slug
        assert standard["tools"] and standard["resources"], slug
    assert len(th.FRAMEWORK["shared_behaviours"]) == 5


def test_tower_hamlets_lists_more_than_thirty_tools_groups_consultations_and_interventions():
    th = MODULES["tower_hamlets"]
    total = (
        len(th.INTERVENTIONS)
        + len(th.RESOURCES)
        + len(th.PARTICIPATION_GROUPS)
        + len(th.CONSULTATIONS)
    )
    assert total >= 30
    assert len(th.INTERVENTIONS) >= 30


@pytest.mark.parametrize(
    "name",
    [
        "Family Group Conference",
        "Lifelong Links",
        "Advocacy",
        "Edge of Care",
        "Functional Family Therapy",
        "Systemic Family Therapy Clinic",
        "TFACT",
        "CAMHS in Social Care",
        "Diamond Project",
        "Your Choice",
        "Reducing Parental Conflict",
        "REPAIR",
        "Video Interaction Guidance",
        "Exploitation Service",
        "Baby Feeding Service",
        "SWISS",
        "SWIPS",
        "Young Carers",
        "Mockingbird",
        "special guardians",
        "Family Hubs",
        "Reparation",
        "Resettlement and Migration Team",
        "Reflective space",
        "Practice consultations",
        "Trauma Support Circles",
        "wellbeing",
        "Children and Family Centres",
        "Facilitated Restorative Meetings",
        "Genograms",
        "Chronologies",
        "Social GRACES",
        "Ecomaps",
        "Restorative questions",
        "Family feedback forms",
    ],
)
def test_tower_hamlets_has_an_entry_for_each_booklet_service(name):
    th = MODULES["tower_hamlets"]
    titles = [item["title"] for item in th.RESOURCES + th.INTERVENTIONS]
    assert any(name.lower() in title.lower() for title in titles), name


def test_tower_hamlets_participation_groups_include_clicc_and_the_parents_forum():
    names = [group["name"] for group in MODULES["tower_hamlets"].PARTICIPATION_GROUPS]
    for expected in ("Junior CLICC", "Teen CLICC", "CLICC Plus", "Parents Forum"):
        assert any(expected in name for name in names), expected


@pytest.mark.parametrize(
    "acronym",
    [
        "FGC",
        "CAMHS",
        "CiSC",
        "VIG",
        "SWISS",
        "SWIPS",
        "TFACT",
        "CLICC",
        "FFT",
        "YJS",
        "HOTH",
        "DDP",
        "MAST",
        "SEND",
        "CBT",
        "NVC",
        "DVA",
        "LADO",
        "IRO",
    ],
)
def test_tower_hamlets_text_uses_the_acronyms_staff_search_for(acronym):
    text = " ".join(all_strings(module_content(MODULES["tower_hamlets"])))
    assert re.search(rf"\b{re.escape(acronym)}\b", text), acronym


def test_newham_has_the_six_circles_of_support():
    titles = [standard["title"] for standard in MODULES["newham"].STANDARDS]
    assert titles == [
        "Confidence",
        "Clarity",
        "Community",
        "Co-production",
        "Curiosity",
        "Compassion",
    ]


def test_telford_has_its_four_practice_checklists():
    titles = [resource["title"].lower() for resource in MODULES["telford"].RESOURCES]
    for checklist in ("recording", "assessments", "plans", "management oversight"):
        assert any("checklist" in title and checklist in title for title in titles), checklist
