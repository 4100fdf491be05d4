"""What a council's Open Referral UK feed publishes, and how our records map to HSDS 3.0.

One mapping for the whole feed (docs/openreferral.md is its table). It reads
what the resources app declares: the council's intervention pages, its
organisations (owned or ``also_listed_by``) and their vocabularies. A record
is published only when it may be public; ``left_out_because`` says why a
record is not, for the Learning Academy's report.
"""

import uuid
from dataclasses import dataclass, field

from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from councils.tenancy import in_council_tree
from resources.models import (
    Category,
    DeliveryMode,
    InterventionPage,
    Organisation,
    PracticeStandardPage,
    ServiceArea,
)

PROFILE_VERSION = "HSDS-UK-3.0"
PROFILE_URL = "https://github.com/OpenReferralUK/uk-profile/blob/main/docs/index.md"
NAMESPACE = uuid.UUID("8f0f4c52-5d0e-4a55-9a43-3f7d0b4c1e10")

# Fixed bands, so a family hub can find "services for 5 to 11 year olds" across councils.
AGE_BANDS = [
    ("under-5", _("Under 5"), 0, 4),
    ("5-to-11", _("5 to 11"), 5, 11),
    ("12-to-17", _("12 to 17"), 12, 17),
    ("18-to-25", _("18 to 25"), 18, 25),
]


def derived_id(parent, name):
    """A UUID that is the same every time for the same parent record and part."""
    return str(uuid.uuid5(uuid.UUID(str(parent)), name))


def council_id(council):
    return str(uuid.uuid5(NAMESPACE, f"council:{council.slug}"))


@dataclass
class Taxonomy:
    key: str
    name: str
    description: str
    terms: list = field(default_factory=list)
    # A shared vocabulary's URI: its ids are then the same in every council's feed.
    uri: str = ""

    def id_for(self, council):
        if self.uri:
            return str(uuid.uuid5(NAMESPACE, self.uri))
        return derived_id(council_id(council), f"taxonomy:{self.key}")


@dataclass
class Term:
    id: str
    code: str
    name: str
    taxonomy: str
    description: str = ""
    # The shared vocabulary's term this local term is mapped to (a Term), if any.
    shared: object = None
    uri: str = ""


def shared_term(row):
    """A SharedTerm row as a feed term: one id for it in every council's feed."""
    if row is None:
        return None
    return Term(
        str(uuid.uuid5(NAMESPACE, row.uri)),
        row.code,
        row.name,
        row.vocabulary,
        row.description or row.name,
        uri=row.uri,
    )


TAXONOMIES = {
    "practice-standards": (
        _("Practice standards"),
        _("The council's practice standards an intervention supports."),
    ),
    "service-areas": (
        _("Service areas"),
        _("The parts of children's services that can use an intervention."),
    ),
    "age-bands": (_("Age bands"), _("The ages a service is for.")),
    "delivery-modes": (_("Delivery modes"), _("How an intervention is delivered.")),
    "organisation-categories": (
        _("Organisation categories"),
        _("What kinds of help a community organisation gives."),
    ),
}
SHARED_VOCABULARIES = {
    "esd-services": (
        _("LGA/esd service types"),
        _("The Local Government Association's list of the services councils provide."),
        "https://standards.esd.org.uk/?uri=list%2FenglishAndWelshServices",
    ),
    "esd-needs": (
        _("LGA/esd needs"),
        _("The Local Government Association's list of the needs services meet."),
        "https://standards.esd.org.uk/?uri=list%2Fneeds",
    ),
}


MISSING_SERVICE_URL = _("missing public web page (HSDS requires a service URL)")
MISSING_DESCRIPTION = _("missing description")
MISSING_WEBSITE = _("missing website (HSDS requires a service URL); listed without a service")
MISSING_TOWN = _("address left out: missing town or postcode")
MISSING_FIELDS = (MISSING_SERVICE_URL, MISSING_DESCRIPTION, MISSING_WEBSITE, MISSING_TOWN)


def age_bands_for(low, high):
    low = 0 if low is None else low
    high = 200 if high is None else high
    return [
        code
        for code, _name, band_low, band_high in AGE_BANDS
        if low <= band_high and band_low <= high
    ]


class Feed:
    """One council's feed: the records it publishes, mapped to HSDS 3.0."""

    def __init__(self, council, base_url):
        self.council = council
        self.base_url = base_url.rstrip("/")
        self.organization_id = council_id(council)

    # What may be public -----------------------------------------------------

    def hidden_page_paths(self):
        """Paths of the council's pages that hide everything under them."""
        tree = Page.objects.filter(in_council_tree(self.council))
        unpublished = tree.filter(live=False).values_list("path", flat=True)
        restricted = tree.filter(view_restrictions__isnull=False).values_list("path", flat=True)
        return list(unpublished) + list(restricted)

    def interventions(self):
        pages = InterventionPage.objects.live().filter(in_council_tree(self.council))
        pages = pages.filter(staff_only=False).exclude(public_url="")
        for path in self.hidden_page_paths():
            pages = pages.exclude(path__startswith=path)
        return pages

    def organisations(self):
        return (
            Organisation.all_councils.filter(
                Q(council=self.council) | Q(also_listed_by=self.council)
            )
            .filter(live=True, staff_only=False)
            .exclude(status=Organisation.Status.DEFUNCT)
            .exclude(description="")
            .distinct()
        )

    def organisation_services(self):
        return self.organisations().exclude(website="")

    def left_out_because(self, record, hidden_paths=None):
        """Why ``record`` is not in the feed: a list of reasons, empty when it is."""
        reasons = []
        if isinstance(record, InterventionPage):
            if hidden_paths is None:
                hidden_paths = self.hidden_page_paths()
            if not record.live:
                reasons.append(_("not published"))
            elif any(record.path.startswith(path) for path in hidden_paths):
                reasons.append(_("private or under an unpublished page"))
            if record.staff_only:
                reasons.append(_("marked staff only"))
            if not record.public_url:
                reasons.append(MISSING_SERVICE_URL)
            return reasons
        if not record.live:
            reasons.append(_("not published"))
        if record.staff_only:
            reasons.append(_("marked staff only"))
        if record.status == Organisation.Status.DEFUNCT:
            reasons.append(_("defunct"))
        if not record.description:
            reasons.append(MISSING_DESCRIPTION)
        if not record.website:
            reasons.append(MISSING_WEBSITE)
        if record.address and not (record.town and record.postcode):
            reasons.append(MISSING_TOWN)
        return reasons

    # Vocabularies -----------------------------------------------------------

    def taxonomies(self):
        """The council's vocabularies that have terms, and the shared ones its terms map to."""
        council = self.council
        found = {
            key: Taxonomy(key, str(name), str(description))
            for key, (name, description) in TAXONOMIES.items()
        }
        standards = PracticeStandardPage.objects.live().public().filter(in_council_tree(council))
        found["practice-standards"].terms = [
            Term(
                str(page.translation_key),
                page.slug,
                page.title,
                "practice-standards",
                page.summary or page.title,
            )
            for page in standards.order_by("path")
        ]
        for key, model in [
            ("service-areas", ServiceArea),
            ("delivery-modes", DeliveryMode),
            ("organisation-categories", Category),
        ]:
            found[key].terms = [
                Term(
                    str(term.uuid),
                    term.code,
                    term.name,
                    key,
                    term.description or term.name,
                    shared_term(term.shared_term),
                )
                for term in model.all_councils.for_council(council)
                .select_related("shared_term")
                .order_by("name")
            ]
        found["age-bands"].terms = [
            Term(
                derived_id(self.organization_id, f"age-band:{code}"),
                code,
                str(name),
                "age-bands",
                str(_("For children and young people aged %(band)s.") % {"band": name}),
            )
            for code, name, _low, _high in AGE_BANDS
        ]
        for key, (name, description, uri) in SHARED_VOCABULARIES.items():
            shared = {
                term.shared.id: term.shared
                for taxonomy in list(found.values())
                for term in taxonomy.terms
                if term.shared is not None and term.shared.taxonomy == key
            }
            found[key] = Taxonomy(
                key,
                str(name),
                str(description),
                sorted(shared.values(), key=lambda term: term.name),
                uri,
            )
        # A vocabulary with no terms says nothing to a directory: it is not published.
        return {key: taxonomy for key, taxonomy in found.items() if taxonomy.terms}

    def terms_by_id(self, taxonomies):
        return {term.id: term for taxonomy in taxonomies.values() for term in taxonomy.terms}

    def taxonomy_json(self, taxonomy, with_terms=False):
        data = {
            "id": taxonomy.id_for(self.council),
            "name": taxonomy.name,
            "description": taxonomy.description,
            "uri": taxonomy.uri
            or f"{self.base_url}/openreferral/taxonomies/{taxonomy.id_for(self.council)}",
            "version": "1",
        }
        if with_terms:
            data["taxonomy_terms"] = [self.term_json(term, taxonomy) for term in taxonomy.terms]
        return data

    def term_json(self, term, taxonomy):
        return {
            "id": term.id,
            "code": term.code,
            "term": term.name,
            "name": term.name,
            "description": term.description,
            "taxonomy": taxonomy.uri or taxonomy.name,
            "taxonomy_id": taxonomy.id_for(self.council),
            "term_uri": term.uri or f"{self.base_url}/openreferral/taxonomy_terms/{term.id}",
        }

    def attributes(self, link_id, terms, taxonomies):
        terms = list(terms)
        seen = {term.id for term in terms}
        for term in list(terms):
            if term.shared is not None and term.shared.id not in seen:
                seen.add(term.shared.id)
                terms.append(term.shared)
        return [
            {
                "id": derived_id(link_id, f"attribute:{term.id}"),
                "link_id": link_id,
                "link_type": "service",
                "link_entity": "service",
                "taxonomy_term_id": term.id,
                "taxonomy_term": self.term_json(term, taxonomies[term.taxonomy]),
            }
            for term in terms
        ]

    # Organizations ----------------------------------------------------------

    def council_json(self):
        return {
            "id": self.organization_id,
            "name": self.council.name,
            "description": str(
                _("Children's services of %(council)s council.") % {"council": self.council.name}
            ),
        }

    def organisation_json(self, organisation):
        data = {
            "id": str(organisation.uuid),
            "name": organisation.name,
            "description": organisation.description,
        }
        if organisation.website:
            data["website"] = organisation.website
        if organisation.email:
            data["email"] = organisation.email
        if organisation.phone:
            data["phones"] = [
                {
                    "id": derived_id(organisation.uuid, "phone"),
                    "number": organisation.phone,
                    "url": organisation.website or self.record_url("organizations", data["id"]),
                }
            ]
        return data

    def record_url(self, kind, record_id):
        return f"{self.base_url}/openreferral/{kind}/{record_id}"

    # Services ---------------------------------------------------------------

    def intervention_json(self, page, taxonomies, mode="normal"):
        service_id = str(page.translation_key)
        data = {
            "id": service_id,
            "organization_id": self.organization_id,
            "name": page.title,
            "description": page.summary,
            "url": page.public_url,
            "status": "active",
        }
        if page.last_published_at:
            data["last_modified"] = iso(page.last_published_at)
        if mode == "minimal":
            return minimal(data)
        if page.assured_date:
            data["assured_date"] = page.assured_date.isoformat()
        contacts = [link.contact for link in page.intervention_contacts.all()]
        if contacts and contacts[0].email:
            data["email"] = contacts[0].email
        data.update(
            eligibility_description=" ".join(filter(None, [page.who_for, page.eligibility])),
            contacts=[
                self.contact_json(contact, service_id, page.public_url) for contact in contacts
            ],
            **self.details_json(page, service_id, page.public_url),
        )
        if page.age_min is not None:
            data["minimum_age"] = page.age_min
        if page.age_max is not None:
            data["maximum_age"] = page.age_max
        by_code = {
            (term.taxonomy, term.code): term
            for taxonomy in taxonomies.values()
            for term in taxonomy.terms
        }
        terms = [
            by_code[key]
            for key in [
                *(("service-areas", area.code) for area in page.service_areas.all()),
                *(("delivery-modes", mode.code) for mode in page.delivery_modes.all()),
                *(("practice-standards", standard.slug) for standard in page.standards.all()),
                *(("age-bands", code) for code in age_bands_for(page.age_min, page.age_max)),
            ]
            if key in by_code
        ]
        data["attributes"] = self.attributes(service_id, terms, taxonomies)
        if mode == "full":
            data["organization"] = self.council_json()
        return data

    def contact_json(self, contact, service_id, url):
        """A team mailbox; the Contact model never holds a person's own details."""
        data = {
            "id": str(contact.uuid),
            "service_id": service_id,
            "name": contact.name,
            "url": url,
        }
        if contact.role:
            data["title"] = contact.role
        if contact.email:
            data["email"] = contact.email
        if contact.phone:
            phone = {
                "id": derived_id(contact.uuid, "phone"),
                "contact_id": str(contact.uuid),
                "number": contact.phone,
                "url": url,
            }
            if contact.hours:
                phone["description"] = contact.hours
            data["phones"] = [phone]
        return data

    def organisation_contact_json(self, organisation, service_id):
        """The organisation's own mailbox and number, as the service's contact."""
        if not (organisation.email or organisation.phone):
            return None
        contact_id = derived_id(organisation.uuid, "contact")
        data = {
            "id": contact_id,
            "service_id": service_id,
            "name": organisation.name,
            "url": organisation.website,
        }
        if organisation.email:
            data["email"] = organisation.email
        if organisation.phone:
            data["phones"] = [
                {
                    "id": derived_id(contact_id, "phone"),
                    "contact_id": contact_id,
                    "number": organisation.phone,
                    "url": organisation.website,
                }
            ]
        return data

    def details_json(self, record, service_id, url, languages=True):
        """Cost options, opening times, areas served and languages, from the inline rows."""
        data = {
            "cost_options": [
                {
                    "id": derived_id(service_id, f"cost_option:{row.pk}"),
                    "service_id": service_id,
                    "option": row.option,
                    **({"amount": float(row.amount)} if row.amount is not None else {}),
                    **({"currency": "GBP"} if row.amount is not None else {}),
                    **(
                        {"amount_description": row.amount_description}
                        if row.amount_description
                        else {}
                    ),
                }
                for row in record.cost_options.all()
            ],
            "schedules": [self.schedule_json(row, service_id) for row in record.schedules.all()],
            "service_areas": [
                {
                    "id": derived_id(service_id, f"service_area:{row.pk}"),
                    "service_id": service_id,
                    "name": row.name,
                    "service_area": row.name,
                    **(
                        {"extent": row.postcode_districts.upper(), "extent_type": "postcode"}
                        if row.postcode_districts
                        else {}
                    ),
                }
                for row in record.areas_served.all()
            ],
        }
        if languages:
            data["languages"] = [
                {
                    "id": derived_id(service_id, f"language:{language.code}"),
                    "service_id": service_id,
                    "name": language.name,
                    "code": language.code,
                    "url": url,
                }
                for language in record.languages.all()
            ]
        return data

    def schedule_json(self, row, service_id):
        data = {
            "id": derived_id(service_id, f"schedule:{row.pk}"),
            "service_id": service_id,
            "freq": "WEEKLY",
            "interval": 1,
            "byday": ",".join(row.day_codes),
        }
        if row.opens_at:
            data["opens_at"] = row.opens_at.strftime("%H:%M")
        if row.closes_at:
            data["closes_at"] = row.closes_at.strftime("%H:%M")
        if row.description:
            data["description"] = row.description
        return data

    def organisation_service_id(self, organisation):
        return derived_id(organisation.uuid, "service")

    def organisation_service_json(self, organisation, taxonomies, mode="normal"):
        service_id = self.organisation_service_id(organisation)
        data = {
            "id": service_id,
            "organization_id": str(organisation.uuid),
            "name": organisation.name,
            "description": organisation.description,
            "url": organisation.website,
            "status": organisation.status,
        }
        if organisation.last_published_at:
            data["last_modified"] = iso(organisation.last_published_at)
        if mode == "minimal":
            return minimal(data)
        if organisation.last_verified_on:
            data["assured_date"] = organisation.last_verified_on.isoformat()
        if organisation.email:
            data["email"] = organisation.email
        contact = self.organisation_contact_json(organisation, service_id)
        data["contacts"] = [contact] if contact else []
        data.update(
            self.details_json(organisation, service_id, organisation.website, languages=False)
        )
        if organisation.eligibility_description:
            data["eligibility_description"] = organisation.eligibility_description
        if organisation.minimum_age is not None:
            data["minimum_age"] = organisation.minimum_age
        if organisation.maximum_age is not None:
            data["maximum_age"] = organisation.maximum_age
        data["languages"] = [
            {
                "id": derived_id(service_id, f"language:{language.code}"),
                "service_id": service_id,
                "name": language.name,
                "code": language.code,
                "url": organisation.website,
            }
            for language in organisation.languages.all()
        ]
        by_code = {
            (term.taxonomy, term.code): term
            for taxonomy in taxonomies.values()
            for term in taxonomy.terms
        }
        terms = [
            by_code[key]
            for key in [
                *(("organisation-categories", c.code) for c in organisation.categories.all()),
                *(
                    ("age-bands", code)
                    for code in age_bands_for(organisation.minimum_age, organisation.maximum_age)
                ),
            ]
            if key in by_code
        ]
        data["attributes"] = self.attributes(service_id, terms, taxonomies)
        location = self.service_at_location_json(organisation)
        data["service_at_locations"] = [location] if location else []
        if mode == "full":
            data["organization"] = self.organisation_json(organisation)
        return data

    def service_at_location_json(self, organisation, taxonomies=None):
        """The organisation's address as a location, when it is complete enough for HSDS.

        With ``taxonomies`` (``full``), the service is nested in it too.
        """
        if not (organisation.address and organisation.town and organisation.postcode):
            return None
        location_id = derived_id(organisation.uuid, "location")
        data = {
            "id": derived_id(organisation.uuid, "service_at_location"),
            "service_id": self.organisation_service_id(organisation),
            "location_id": location_id,
            "location": {
                "id": location_id,
                "name": organisation.name,
                "location_type": "physical",
                "addresses": [
                    {
                        "id": derived_id(organisation.uuid, "address"),
                        "location_id": location_id,
                        "address_1": organisation.address,
                        "city": organisation.town,
                        "state_province": self.council.name,
                        "postal_code": organisation.postcode,
                        "country": "GB",
                        "address_type": "physical",
                    }
                ],
                **(
                    {
                        "latitude": float(organisation.latitude),
                        "longitude": float(organisation.longitude),
                    }
                    if organisation.latitude is not None and organisation.longitude is not None
                    else {}
                ),
            },
        }
        if taxonomies is not None:
            data["service"] = self.organisation_service_json(organisation, taxonomies)
        return data


def minimal(data):
    """What ``minimal=true`` asks for: each service's id and when it was last modified."""
    return {key: data[key] for key in ("id", "last_modified") if key in data}


def iso(moment):
    """HSDS asks for millisecond accuracy in UTC."""
    from datetime import UTC

    return moment.astimezone(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")
