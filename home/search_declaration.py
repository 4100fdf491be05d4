"""What a content model gives to staff search, declared once on the model.

Like Wagtail's own ``search_fields``, a model says what staff search may read
from it: ``staff_search = StaffSearch(kind="intervention", ...)``. The search
app reads these declarations and nothing else, so it never guesses attribute
names, and a test checks that every field named here exists on its model: a
renamed field fails that test instead of silently dropping a filter.

This module lives in ``home``, the lowest app, so content apps can declare
without importing the search app.
"""

from dataclasses import dataclass, field

# Which council an entry belongs to.
COUNCIL_FIELD = "council"  # a ``CouncilOwned`` record's own council
SITE_TREE = "site tree"  # a page: the council whose site's tree holds it
COLLECTION = "collection"  # a document or image: the council of its collection

# Who may open it, beyond being signed in as staff of that council.
EVERYONE = "everyone"  # every member of staff of the council
PAGE_PRIVACY = "page privacy"  # Wagtail's page view restrictions, the page's and its ancestors'
COLLECTION_PRIVACY = "collection privacy"  # Wagtail's collection view restrictions


@dataclass(frozen=True)
class StaffSearch:
    """How one content model appears in staff search.

    Every string that names a field must be a field (or, where noted, a
    property or relation) of the model.
    """

    # The type shown in the type filter; the search app lists the kinds and their labels.
    kind: str
    # Switch the kind on a field's value, e.g. ("kind", {"reflective-space": "consultation"}).
    kind_by_field: tuple | None = None
    council: str = COUNCIL_FIELD
    # More councils that list it too (a many-to-many to ``home.Council``).
    also_listed_by: str | None = None
    access: str = EVERYONE
    # Facets: a relation to practice standard pages, a relation to service areas,
    # and a pair of age fields (minimum, maximum).
    standards: str | None = None
    areas: str | None = None
    ages: tuple[str, str] | None = None
    # Fields whose text staff search on beyond ``search_fields``; a relation adds each item.
    extra_text: tuple = ()
    # Contacts whose name, email, phone and hours are searched (and shown in the summary
    # when ``summary_contacts``): a foreign key, or "relation.field" for an inline list.
    contacts: str | None = None
    # The short description shown with the result: the first of these fields with text,
    # or with ``summary_joined`` every one with text, joined by " · ".
    summary: tuple = ("search_description",)
    summary_joined: bool = False
    summary_contacts: bool = False
    title: tuple = ("title",)
    # Hide the entry while a field has this value, e.g. {"status": "defunct"}.
    hidden_when: dict = field(default_factory=dict)
    # A method ``(council) -> url or None`` for things without a page of their own;
    # None shows them on a search entry page.
    url: str | None = None
    # A boolean field: records with it set are whom a search that finds nothing says to ask.
    ask_when_nothing_found: str | None = None

    def field_names(self):
        """Every model attribute this declaration reads, for the test that checks them."""
        names = [*self.extra_text, *self.summary, *self.title, *self.hidden_when]
        names += [name for name in (self.standards, self.areas, self.also_listed_by) if name]
        if self.kind_by_field:
            names.append(self.kind_by_field[0])
        if self.ages:
            names.extend(self.ages)
        if self.contacts:
            names.append(self.contacts.split(".")[0])
        if self.council == COUNCIL_FIELD:
            names.append("council")
        elif self.council == COLLECTION:
            names.append("collection")
        if self.url:
            names.append(self.url)
        if self.ask_when_nothing_found:
            names.append(self.ask_when_nothing_found)
        return names
