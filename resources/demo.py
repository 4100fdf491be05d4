"""Demo framework content for the three councils, built from ``resources.demo_data``.

Idempotent like the rest of the demo loader: pages are found by slug under
their parent, snippets by their natural key (a contact's key, an
organisation's name, a term's code), and nothing is saved or revised when it
already holds the same content.
"""

import datetime
import importlib
import logging
import zlib
from decimal import Decimal

from django.conf.locale import LANG_INFO
from django.contrib.contenttypes.models import ContentType
from django.utils import timezone
from django.utils.text import slugify
from wagtail.admin.rich_text.converters.editor_html import EditorHTMLConverter
from wagtail.models import (
    GroupApprovalTask,
    Site,
    Workflow,
    WorkflowContentType,
    WorkflowPage,
    WorkflowTask,
)

from councils.models import Council, CouncilApprovalTask
from councils.page_rights import share_workflow_with_translations
from councils.tenancy import council_scope
from home.demo.sites import _same, in_order, upsert_child
from home.demo.users import ACADEMY
from home.models import HomePage
from resources.blocks import SHORT_RICH_TEXT_FEATURES
from resources.models import (
    Category,
    ConsultationOffer,
    Contact,
    DeliveryMode,
    FrameworkPage,
    InterventionAreaServed,
    InterventionContact,
    InterventionCostOption,
    InterventionIndexPage,
    InterventionPage,
    InterventionSchedule,
    Language,
    Organisation,
    OrganisationAreaServed,
    OrganisationCostOption,
    OrganisationDirectoryPage,
    OrganisationSchedule,
    ParticipationGroup,
    PracticeStandardPage,
    ResourceIndexPage,
    ResourcePage,
    ServiceArea,
    SharedTerm,
)

logger = logging.getLogger(__name__)

DATA_MODULES = ["tower_hamlets", "newham", "telford"]
WORKFLOW_NAME = "Learning Academy approval"
TASK_NAME = "Learning Academy approves"
RESOURCES_SLUG = "tools-and-resources"
INTERVENTIONS_SLUG = "interventions"
DIRECTORY_SLUG = "community-directory"
CONSULTATIONS_SLUG = "practice-consultations"
PARTICIPATION_SLUG = "participation-groups"
STANDARD_LISTS = ["we_will", "approach", "outcomes", "tools", "resources"]
# Languages Django's own table does not name, and categories that are acronyms.
LANGUAGE_NAMES = {"gu": "Gujarati", "tl": "Tagalog", "ti": "Tigrinya", "ps": "Pashto"}
CATEGORY_NAMES = {"send": "SEND"}

# What each starting term means, as directories show it beside the name.
TERM_DESCRIPTIONS = {
    ServiceArea: {
        "early-help": "Support for families before problems need statutory services.",
        "youth-justice": "Work with children and young people in or at risk of the justice system.",
        "childrens-social-care": "Statutory social work with children in need or in care.",
        "regulated-services": "Fostering, adoption and residential care the regulator inspects.",
        "family-hubs": "Local centres where families find universal and targeted help.",
        "health": "Health services for children, young people and parents.",
        "education": "Schools, early years settings and education support.",
    },
    DeliveryMode: {
        "in-person": "Delivered face to face.",
        "online": "Delivered online, by video call or over the internet.",
        "group": "Delivered to a group of children, young people or parents together.",
        "one-to-one": "Delivered to one person or one family at a time.",
        "home-visits": "Delivered in the family's home.",
    },
}

rich_text_cleaner = EditorHTMLConverter(features=SHORT_RICH_TEXT_FEATURES)


def clean_html(html):
    """Rich text from the data modules, reduced to what an editor could type in Draftail."""
    return rich_text_cleaner.to_database_format(html or "")


def data_modules():
    modules = []
    for name in DATA_MODULES:
        try:
            modules.append(importlib.import_module(f"resources.demo_data.{name}"))
        except ModuleNotFoundError as error:
            if error.name != f"resources.demo_data.{name}":
                raise
    return modules


def load(homes, users, modules=None):
    """Build every council's framework pages and snippets; returns what was made by site."""
    workflow = ensure_workflow()
    built = {}
    for data in data_modules() if modules is None else modules:
        home = homes[data.SITE]
        council = Council.objects.get(site__root_page=home)
        owner = users[academy_username(council)]
        WorkflowPage.objects.get_or_create(page=home, defaults={"workflow": workflow})
        share_workflow_with_translations(home)
        with council_scope(council):
            built[data.SITE] = SiteLoader(home, data, owner).load()
    return built


def academy_username(council):
    """The demo's Learning Academy user of ``council`` (Tower Hamlets' is plain ``academy``)."""
    return "academy" if council.slug == "tower-hamlets" else f"{council.slug}-academy"


def ensure_workflow():
    """Editors submit, their own council's Learning Academy approves: pages and organisations."""
    workflow, _created = Workflow.objects.get_or_create(name=WORKFLOW_NAME)
    task = CouncilApprovalTask.objects.filter(name=TASK_NAME, active=True).first()
    if task is None:
        task = CouncilApprovalTask.objects.create(name=TASK_NAME, role=ACADEMY)
    # An older demo's task let every council's Learning Academy approve every council's pages.
    for old in GroupApprovalTask.objects.filter(name=TASK_NAME, active=True):
        WorkflowTask.objects.filter(task=old).delete()
        old.deactivate()
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    WorkflowContentType.objects.get_or_create(
        content_type=ContentType.objects.get_for_model(Organisation),
        defaults={"workflow": workflow},
    )
    return workflow


def update_or_create(model, lookup, values):
    """Like ``update_or_create``, but saves only when something differs."""
    obj = model.objects.filter(**lookup).first()
    if obj is None:
        obj = model(**lookup, **values)
        obj.full_clean()
        obj.save()
        return obj
    changed = {name for name, value in values.items() if getattr(obj, name) != value}
    if changed:
        for name in changed:
            setattr(obj, name, values[name])
        obj.full_clean()
        obj.save()
    return obj


def term(model, code, name):
    return update_or_create(model, {"code": code}, {"name": name})


def language(code):
    name = LANGUAGE_NAMES.get(code) or LANG_INFO.get(code, {}).get("name", code)
    return term(Language, code, name)


# Local categories mapped to the shared LGA/esd needs a directory matches across councils.
CATEGORY_SHARED_TERMS = {"volunteering": "http://id.esd.org.uk/need/69"}


def category(name):
    found = term(Category, slugify(name), CATEGORY_NAMES.get(name, name[:1].upper() + name[1:]))
    uri = CATEGORY_SHARED_TERMS.get(found.code)
    if uri and found.shared_term_id is None:
        found.shared_term = SharedTerm.objects.filter(uri=uri).first()
        found.save(update_fields=["shared_term"])
    return found


def staggered_review_date(key):
    """Spread demo review dates over a year, some within the month, so the report has entries."""
    months = zlib.crc32(key.encode()) % 12
    return timezone.localdate() + datetime.timedelta(days=14 + 30 * months)


def rich_text_stream(html):
    return [{"type": "rich_text", "value": clean_html(html)}] if html else []


class SiteLoader:
    """Builds one council's pages and snippets from its data module."""

    def __init__(self, home, data, owner):
        self.home = home
        self.data = data
        self.owner = owner
        self.site = Site.objects.filter(root_page=home).first()
        self.pages = {}
        self.standards = {}
        self.contacts = {}
        self.extra_blocks = {}
        self.extra_pages = {}

    def get(self, name, default=None):
        return getattr(self.data, name, default)

    def upsert(self, parent, model, slug, create_only=None, **fields):
        create_only = {
            "owner": self.owner,
            "review_by": staggered_review_date(slug),
            **(create_only or {}),
        }
        page = upsert_child(parent, model, slug, create_only=create_only, **fields)
        self.pages.setdefault(slug, page)
        return page

    def load(self):
        self.describe_terms()
        self.load_contacts()
        framework = self.load_framework_and_standards()
        self.load_consultations_and_groups()
        self.load_resources()
        self.load_interventions()
        self.load_directory()
        if framework is not None:
            self.fill_standards(framework)
        self.load_home()
        return self.pages

    def describe_terms(self):
        for model, descriptions in TERM_DESCRIPTIONS.items():
            for term in model.objects.filter(code__in=descriptions, description=""):
                term.description = descriptions[term.code]
                term.save(update_fields=["description"])

    def load_contacts(self):
        for entry in self.get("CONTACTS", []):
            self.contacts[entry["key"]] = update_or_create(
                Contact,
                {"key": entry["key"]},
                {
                    "name": entry["name"],
                    "role": entry.get("role", ""),
                    "email": entry.get("email", ""),
                    "phone": entry.get("phone", ""),
                    "hours": entry.get("hours", ""),
                    "answers_search_questions": entry.get("answers_search_questions", False),
                },
            )

    def load_framework_and_standards(self):
        framework_data = self.get("FRAMEWORK")
        if not framework_data:
            return None
        framework = self.upsert(
            self.home,
            FrameworkPage,
            framework_data["slug"],
            title=framework_data["title"],
            show_in_menus=True,
            summary=framework_data.get("summary", ""),
            vision=clean_html(framework_data.get("vision", "")),
            shared_behaviours=[
                {
                    "type": "behaviour",
                    "value": {"title": b["title"], "description": b["description"]},
                }
                for b in framework_data.get("shared_behaviours", [])
            ],
        )
        # Standards exist before resources and interventions point at them; their
        # lists, which point back, are filled in once everything exists.
        for standard in self.get("STANDARDS", []):
            page = framework.get_children().filter(slug=standard["slug"]).first()
            if page is None:
                page = self.upsert(
                    framework,
                    PracticeStandardPage,
                    standard["slug"],
                    title=standard["title"],
                    summary=standard.get("summary", ""),
                )
            self.standards[standard["slug"]] = page.specific
        return framework

    def standard_pages(self, slugs):
        return [self.standards[slug] for slug in slugs if slug in self.standards]

    def load_resources(self):
        resources = list(self.get("RESOURCES", []))
        known = {entry["slug"] for entry in resources}
        resources += [entry for slug, entry in self.extra_pages.items() if slug not in known]
        if not resources:
            return
        index = self.upsert(
            self.home,
            ResourceIndexPage,
            RESOURCES_SLUG,
            title="Tools and resources",
            show_in_menus=True,
            intro="<p>Tools, guides, templates and reflective spaces that help us practise "
            "the framework.</p>",
        )
        for entry in resources:
            self.upsert(
                index,
                ResourcePage,
                entry["slug"],
                title=entry["title"],
                kind=entry.get("kind", ResourcePage.Kind.TOOL),
                summary=entry.get("summary", ""),
                body=[
                    *rich_text_stream(entry.get("body")),
                    *self.extra_blocks.get(entry["slug"], []),
                ],
                standards=self.standard_pages(entry.get("standards", [])),
            )

    def load_interventions(self):
        interventions = self.get("INTERVENTIONS", [])
        if not interventions:
            return
        index = self.upsert(
            self.home,
            InterventionIndexPage,
            INTERVENTIONS_SLUG,
            title="Interventions and services",
            show_in_menus=True,
            intro="<p>Services a family can be referred to. Filter by the child's age, the "
            "service area, how it is delivered or the practice standard it supports.</p>",
        )
        areas = {area.code: area for area in ServiceArea.objects.all()}
        modes = {mode.code: mode for mode in DeliveryMode.objects.all()}
        defaults = self.get("SERVICE_DEFAULTS", {})
        for entry in interventions:
            details = service_details(entry, defaults)
            self.upsert(
                index,
                InterventionPage,
                entry["slug"],
                create_only={"assured_date": details["assured_date"]},
                cost_options=[InterventionCostOption(**row) for row in details["cost_options"]],
                schedules=[InterventionSchedule(**row) for row in details["schedules"]],
                areas_served=[InterventionAreaServed(**row) for row in details["areas_served"]],
                languages=[language(code) for code in details["languages"]],
                title=entry["title"],
                summary=entry.get("summary", ""),
                who_for=entry.get("who_for", ""),
                age_min=entry.get("age_min"),
                age_max=entry.get("age_max"),
                service_areas=[areas[code] for code in entry.get("service_areas", [])],
                delivery_modes=[modes[code] for code in entry.get("delivery", [])],
                how_to_refer=clean_html(entry.get("how_to_refer", "")),
                eligibility=entry.get("eligibility", ""),
                public_url=entry.get("public_url", ""),
                intervention_contacts=[
                    InterventionContact(contact=self.contacts[key])
                    for key in entry.get("contacts", [])
                    if key in self.contacts
                ],
                standards=self.standard_pages(entry.get("standards", [])),
                body=rich_text_stream(entry.get("body")),
            )

    def load_consultations_and_groups(self):
        offers = [
            update_or_create(
                ConsultationOffer,
                {"title": entry["title"]},
                {
                    "what": entry["what"],
                    "who": entry["who"],
                    "when": entry["when"],
                    "how_to_book": entry["how_to_book"],
                    "contact": self.contacts.get(entry.get("contact")),
                },
            )
            for entry in self.get("CONSULTATIONS", [])
        ]
        groups = [
            update_or_create(
                ParticipationGroup,
                {"name": entry["name"]},
                {
                    "who_for": entry["who_for"],
                    "age_min": entry.get("age_min"),
                    "age_max": entry.get("age_max"),
                    "meets": entry["meets"],
                    "contact": self.contacts.get(entry.get("contact")),
                },
            )
            for entry in self.get("PARTICIPATION_GROUPS", [])
        ]
        # The offers and groups are tables on a resource page of their own, which the
        # data may describe; if it does not, a plain one is made.
        if offers:
            self.extra_blocks[CONSULTATIONS_SLUG] = [
                {
                    "type": "consultations",
                    "value": {
                        "caption": "Consultations you can book",
                        "offers": [offer.pk for offer in offers],
                    },
                }
            ]
            self.extra_pages[CONSULTATIONS_SLUG] = {
                "slug": CONSULTATIONS_SLUG,
                "title": "Practice consultations",
                "kind": ResourcePage.Kind.REFLECTIVE_SPACE,
                "summary": "Consultations staff can book to think about their work with a family.",
            }
        if groups:
            self.extra_blocks[PARTICIPATION_SLUG] = [
                {
                    "type": "participation_groups",
                    "value": {"heading": "", "groups": [group.pk for group in groups]},
                }
            ]
            self.extra_pages[PARTICIPATION_SLUG] = {
                "slug": PARTICIPATION_SLUG,
                "title": "Participation groups",
                "kind": ResourcePage.Kind.GUIDE,
                "summary": "Groups where children, young people and parents help shape our "
                "services.",
                "standards": ["co-produce"],
            }

    def load_directory(self):
        # Every council gets one, even empty: it is where staff suggest an organisation.
        organisations = self.get("ORGANISATIONS", [])
        self.upsert(
            self.home,
            OrganisationDirectoryPage,
            DIRECTORY_SLUG,
            title="Community directory",
            show_in_menus=True,
            intro="<p>Community organisations families can use. Know one that should be "
            "here, or see details that are out of date? Tell the Learning Academy.</p>",
        )
        defaults = self.get("SERVICE_DEFAULTS", {})
        for entry in organisations:
            upsert_organisation(entry, self.owner, defaults)

    def item_for(self, ref):
        if isinstance(ref, dict):
            return {
                "text": ref["title"],
                "description": ref.get("description", ""),
                "url": ref.get("url", ""),
                "page": None,
                "document": None,
            }
        page = self.pages.get(ref)
        if page is None:
            logger.warning("%s: no resource or intervention called %r", self.data.SITE, ref)
            return {"text": ref.replace("-", " ").capitalize(), "page": None}
        return {"text": "", "description": "", "url": "", "page": page.pk, "document": None}

    def fill_standards(self, framework):
        for standard in self.get("STANDARDS", []):
            lists = {}
            for name in STANDARD_LISTS:
                entries = standard.get(name, [])
                if name in ("tools", "resources"):
                    items = [self.item_for(ref) for ref in entries]
                else:
                    items = [{"text": text, "page": None} for text in entries]
                lists[name] = [{"type": "item", "value": item} for item in items]
            self.upsert(
                framework,
                PracticeStandardPage,
                standard["slug"],
                title=standard["title"],
                summary=standard.get("summary", ""),
                **lists,
            )

    def load_home(self):
        home_data = self.get("HOME", {})
        links = []
        for slug in home_data.get("quick_links", []):
            page = self.pages.get(slug)
            if page is None:
                page = self.home.get_descendants().filter(slug=slug).order_by("depth").first()
            if page is not None:
                links.append({"type": "link", "value": {"page": page.pk, "label": ""}})
        fields = {"quick_links": links, "owner": self.owner}
        if "intro" in home_data:
            fields["intro"] = clean_html(home_data["intro"])
        upsert_child(self.home.get_parent(), HomePage, self.home.slug, **fields)


def split_town(address):
    """'Stepney Way, London' → ('Stepney Way', 'London'): the demo data gives them as one."""
    street, _comma, town = address.rpartition(", ")
    return (street, town) if street else (address, "")


def coordinate(value):
    """As the database gives it back (six places), so a second load sees no change."""
    return None if value is None else Decimal(str(value)).quantize(Decimal("0.000001"))


def service_details(entry, defaults):
    """Cost options, opening times, areas and languages of a demo service.

    An entry's own values win; otherwise the council's SERVICE_DEFAULTS say what
    its framework document says of all its services (e.g. free, for families in
    the borough). Checked a month before the load, when it is first made.
    """
    return {
        name: entry.get(name, defaults.get(name, []))
        for name in ("cost_options", "schedules", "areas_served", "languages")
    } | {"assured_date": timezone.localdate() - datetime.timedelta(days=30)}


def upsert_organisation(entry, owner, defaults=None):
    """Create or update an organisation by name, publishing a revision only on change."""
    details = service_details(entry, defaults or {})
    children = {
        "cost_options": in_order(
            [OrganisationCostOption(**row) for row in details["cost_options"]]
        ),
        "schedules": in_order([OrganisationSchedule(**row) for row in details["schedules"]]),
        "areas_served": in_order(
            [OrganisationAreaServed(**row) for row in details["areas_served"]]
        ),
    }
    address, town = split_town(entry.get("address", ""))
    values = {
        "description": entry.get("description", ""),
        "website": entry.get("website", ""),
        "email": entry.get("email", ""),
        "phone": entry.get("phone", ""),
        "address": address,
        "town": town,
        "postcode": entry.get("postcode", ""),
        "eligibility_description": entry.get("eligibility", ""),
        "minimum_age": entry.get("age_min"),
        "maximum_age": entry.get("age_max"),
        "status": entry.get("status", "active").replace("-", " "),
        "latitude": coordinate(entry.get("latitude")),
        "longitude": coordinate(entry.get("longitude")),
    }
    categories = [category(name) for name in entry.get("categories", [])]
    languages = [language(code) for code in entry.get("languages", [])]
    organisation = Organisation.objects.filter(name=entry["name"]).first()
    if organisation is None:
        organisation = Organisation(
            name=entry["name"],
            owner=owner,
            live=False,
            review_by=staggered_review_date(entry["name"]),
            last_verified_on=details["assured_date"],
            **values,
        )
    else:
        same = (
            all(getattr(organisation, name) == value for name, value in values.items())
            and set(organisation.categories.all()) == set(categories)
            and set(organisation.languages.all()) == set(languages)
            and all(_same(organisation, name, rows) for name, rows in children.items())
        )
        if same and organisation.live and not organisation.has_unpublished_changes:
            return organisation
        for name, value in values.items():
            setattr(organisation, name, value)
    organisation.categories = categories
    organisation.languages = languages
    for name, rows in children.items():
        setattr(organisation, name, rows)
    organisation.full_clean()
    organisation.save()
    organisation.save_revision().publish()
    return organisation
