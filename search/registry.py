"""What staff search covers, read from each content model's ``staff_search`` declaration.

Content apps never import this module: each model declares what it gives to
search (``home.search_declaration.StaffSearch``); this module lists the kinds
in the order the type filter shows them and reads those declarations. A page
type that declares nothing is found as a plain page.
"""

from dataclasses import dataclass

from django.apps import apps
from django.utils.translation import gettext_lazy as _

from home.search_declaration import PAGE_PRIVACY, SITE_TREE, StaffSearch


@dataclass(frozen=True)
class Kind:
    code: str
    label: str
    plural: str


# In the order the type filter lists them.
KINDS = [
    Kind("intervention", _("Intervention or service"), _("Interventions and services")),
    Kind("tool", _("Tool or guidance"), _("Tools and guidance")),
    Kind(
        "consultation",
        _("Consultation or reflective space"),
        _("Consultations and reflective spaces"),
    ),
    Kind("organisation", _("Community organisation"), _("Community organisations")),
    Kind("contact", _("Contact"), _("Contacts")),
    Kind("group", _("Participation group"), _("Participation groups")),
    Kind("standard", _("Practice standard"), _("Practice standards")),
    Kind("document", _("Document"), _("Documents")),
    Kind("page", _("Page"), _("Other pages")),
]
KINDS_BY_CODE = {kind.code: kind for kind in KINDS}

# Age bands for the age filter, inclusive.
AGE_BANDS = [
    ("0-4", _("Under 5"), 0, 4),
    ("5-10", _("5 to 10"), 5, 10),
    ("11-15", _("11 to 15"), 11, 15),
    ("16-17", _("16 to 17"), 16, 17),
    ("18-25", _("18 to 25 (care leavers, young adults)"), 18, 25),
    ("adult", _("Parents and carers"), 26, 200),
]


# Any Wagtail page type that declares nothing of its own.
PLAIN_PAGE = StaffSearch(kind="page", council=SITE_TREE, access=PAGE_PRIVACY)


def declaration(model):
    """What ``model`` gives to staff search, or None if staff search does not cover it."""
    declared = getattr(model, "staff_search", None)
    if isinstance(declared, StaffSearch):
        return declared
    from wagtail.models import Page

    if issubclass(model, Page):
        return PLAIN_PAGE
    return None


def declared_models():
    """Every concrete model that declares ``staff_search``, pages included."""
    return [
        model
        for model in apps.get_models()
        if isinstance(getattr(model, "staff_search", None), StaffSearch)
    ]


def snippet_models():
    """Non-page models staff search covers."""
    from wagtail.models import Page

    return [model for model in declared_models() if not issubclass(model, Page)]


def whom_to_ask(council, limit=3):
    """The council's records marked as whom to ask when a search finds nothing (a contact)."""
    if council is None:
        return []
    found = []
    for model in snippet_models():
        marked = declaration(model).ask_when_nothing_found
        if marked:
            found += model.all_councils.for_council(council).filter(**{marked: True})[:limit]
    return found[:limit]


def kind_for(model):
    declared = declaration(model)
    return declared.kind if declared is not None else None


def kind_for_object(obj):
    declared = declaration(type(obj))
    if declared is None:
        return None
    if declared.kind_by_field:
        name, kinds = declared.kind_by_field
        return kinds.get(getattr(obj, name), declared.kind)
    return declared.kind


LINK_LABEL = _("Link")
