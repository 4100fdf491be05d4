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
from .snippets import ConsultationOffer, Contact, Organisation, ParticipationGroup
from .taxonomy import Category, DeliveryMode, Language, ServiceArea

__all__ = [
    "Category",
    "ConsultationOffer",
    "Contact",
    "DeliveryMode",
    "FrameworkPage",
    "InterventionContact",
    "InterventionIndexPage",
    "InterventionPage",
    "Language",
    "Organisation",
    "OrganisationDirectoryPage",
    "ParticipationGroup",
    "PracticeStandardPage",
    "ResourceIndexPage",
    "ResourcePage",
    "ServiceArea",
]
