"""What staff search covers, and how each kind of content becomes a search entry.

Content apps do not import this module: the kinds below name their models by
label, and anything else Wagtail indexes (any page type) is found as a page.
"""

from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.apps import apps
from django.utils.translation import gettext_lazy as _


@dataclass(frozen=True)
class Kind:
    code: str
    label: str
    plural: str
    models: tuple = field(default_factory=tuple)


# In the order the type filter lists them.
KINDS = [
    Kind(
        "intervention",
        _("Intervention or service"),
        _("Interventions and services"),
        ("resources.InterventionPage",),
    ),
    Kind("tool", _("Tool or guidance"), _("Tools and guidance"), ("resources.ResourcePage",)),
    Kind(
        "consultation",
        _("Consultation or reflective space"),
        _("Consultations and reflective spaces"),
        ("resources.ConsultationOffer",),
    ),
    Kind(
        "organisation",
        _("Community organisation"),
        _("Community organisations"),
        ("resources.Organisation",),
    ),
    Kind("contact", _("Contact"), _("Contacts"), ("resources.Contact",)),
    Kind(
        "group",
        _("Participation group"),
        _("Participation groups"),
        ("resources.ParticipationGroup",),
    ),
    Kind(
        "standard",
        _("Practice standard"),
        _("Practice standards"),
        ("resources.PracticeStandardPage",),
    ),
    Kind("document", _("Document"), _("Documents"), ("search.SearchableDocument",)),
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


def model_label(model):
    return f"{model._meta.app_label}.{model._meta.object_name}"


def _models_by_label():
    mapping = {}
    for kind in KINDS:
        for label in kind.models:
            mapping[label.lower()] = kind.code
    return mapping


def kind_for(model):
    """The kind of a model, looking through its parents so a subclass inherits it."""
    mapping = _models_by_label()
    for klass in model.__mro__:
        if not hasattr(klass, "_meta") or klass._meta.abstract:
            continue
        code = mapping.get(model_label(klass).lower())
        if code:
            return code
    from wagtail.models import Page

    if issubclass(model, Page):
        return "page"
    return None


def kind_for_object(obj):
    kind = kind_for(type(obj))
    # Reflective spaces are booked like consultations, so staff look for them there.
    if kind == "tool" and getattr(obj, "kind", None) == "reflective-space":
        return "consultation"
    return kind


def _contacts(obj):
    if hasattr(obj, "intervention_contacts"):
        return [link.contact for link in obj.intervention_contacts.all() if link.contact_id]
    contact = getattr(obj, "contact", None)
    return [contact] if contact is not None else []


def _contact_line(contact):
    return " · ".join(
        part
        for part in (contact.name, contact.role, contact.email, contact.phone, contact.hours)
        if part
    )


# Text staff search on that the model's own search_fields leave out.
EXTRA_FIELDS = {
    "resources.contact": ("email", "phone", "hours"),
    "resources.consultationoffer": ("who", "when", "how_to_book"),
    "resources.participationgroup": ("meets",),
    "resources.interventionpage": ("how_to_refer",),
}


def extra_text(obj):
    texts = [str(getattr(obj, name, "") or "") for name in EXTRA_FIELDS.get(_label(obj), ())]
    texts.extend(_contact_line(contact) for contact in _contacts(obj))
    for name in ("categories", "languages", "delivery_modes"):
        related = getattr(obj, name, None)
        if related is not None and hasattr(related, "all"):
            texts.extend(str(item) for item in related.all())
    return [text for text in texts if text]


def summary_for(obj):
    """A short description for the result, or None to use the usual fields."""
    label = _label(obj)
    if label == "resources.contact":
        return _contact_line(obj)
    if label in ("resources.consultationoffer", "resources.participationgroup"):
        parts = [getattr(obj, "what", "") or getattr(obj, "who_for", "")]
        parts += [getattr(obj, "when", "") or getattr(obj, "meets", "")]
        parts += [_contact_line(contact) for contact in _contacts(obj)]
        return " · ".join(part for part in parts if part)
    return None


def is_excluded(obj):
    return _label(obj) == "resources.organisation" and getattr(obj, "status", "") == "defunct"


def url_for(obj):
    """Where a result without a page of its own is shown, or None for the search entry page."""
    if _label(obj) == "resources.organisation":
        try:
            directory_model = apps.get_model("resources.OrganisationDirectoryPage")
        except LookupError:
            return None
        root = obj.council.site.root_page
        directories = directory_model.objects.live().descendant_of(root, inclusive=True)
        directory = directories.order_by("path").first()
        if directory is not None:
            path = directory.get_url_parts()
            if path is not None:
                return f"{path[2]}?{urlencode({'q': obj.name})}"
    return None


def _label(obj):
    return model_label(type(obj)).lower()


def snippet_models():
    """Non-page models staff search covers, those that exist in this install."""
    found = []
    for kind in KINDS:
        for label in kind.models:
            try:
                model = apps.get_model(label)
            except LookupError:
                continue
            from wagtail.models import Page

            if not issubclass(model, Page):
                found.append(model)
    return found


LINK_LABEL = _("Link")
