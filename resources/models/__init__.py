from .pages import (
    FrameworkPage,
    InterventionContact,
    InterventionIndexPage,
    InterventionPage,
    OrganisationDirectoryPage,
    PracticeStandardPage,
    ResourceIndexPage,
    ResourcePage,
)
from .service_details import (
    InterventionAreaServed,
    InterventionCostOption,
    InterventionSchedule,
    OrganisationAreaServed,
    OrganisationCostOption,
    OrganisationSchedule,
)
from .snippets import ConsultationOffer, Contact, Organisation, ParticipationGroup
from .taxonomy import Category, DeliveryMode, Language, ServiceArea, SharedTerm

__all__ = [
    "Category",
    "ConsultationOffer",
    "Contact",
    "DeliveryMode",
    "FrameworkPage",
    "InterventionAreaServed",
    "InterventionContact",
    "InterventionCostOption",
    "InterventionIndexPage",
    "InterventionPage",
    "InterventionSchedule",
    "Language",
    "Organisation",
    "OrganisationAreaServed",
    "OrganisationCostOption",
    "OrganisationDirectoryPage",
    "OrganisationSchedule",
    "ParticipationGroup",
    "PracticeStandardPage",
    "ResourceIndexPage",
    "ResourcePage",
    "ServiceArea",
    "SharedTerm",
]
