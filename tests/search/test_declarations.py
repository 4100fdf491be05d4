"""Each content model declares what it gives to staff search; search reads nothing else."""

import pytest
from django.core.exceptions import FieldDoesNotExist
from wagtail.models import Page

from home.search_declaration import COLLECTION, COUNCIL_FIELD, SITE_TREE, StaffSearch
from resources import models as resources
from search import registry
from search.models import SearchableDocument


def _has(model, name):
    try:
        model._meta.get_field(name)
        return True
    except FieldDoesNotExist:
        # Properties, methods and reverse relations (an inline list of contacts).
        return hasattr(model, name) or any(
            relation.get_accessor_name() == name for relation in model._meta.related_objects
        )


@pytest.mark.parametrize("model", registry.declared_models(), ids=lambda model: model._meta.label)
def test_every_field_a_search_declaration_names_exists_on_its_model(model):
    declared = model.staff_search
    missing = [name for name in declared.field_names() if not _has(model, name)]
    assert not missing, f"{model._meta.label}.staff_search names {missing}"
    assert declared.kind in registry.KINDS_BY_CODE
    if declared.kind_by_field:
        assert set(declared.kind_by_field[1].values()) <= set(registry.KINDS_BY_CODE)
    if declared.contacts and "." in declared.contacts:
        relation, attribute = declared.contacts.split(".")
        linked = next(
            rel.related_model
            for rel in model._meta.related_objects
            if rel.get_accessor_name() == relation
        )
        assert _has(linked, attribute)


def test_a_renamed_field_fails_the_declaration_check():
    declared = StaffSearch(
        kind="intervention", council=SITE_TREE, areas="service_area", ages=("age_from", "age_max")
    )
    missing = [
        name for name in declared.field_names() if not _has(resources.InterventionPage, name)
    ]
    assert missing == ["service_area", "age_from"]


def test_every_kind_of_content_declares_its_kind_council_and_facets():
    declared = {model: model.staff_search for model in registry.declared_models()}
    intervention = declared[resources.InterventionPage]
    assert (intervention.kind, intervention.council) == ("intervention", SITE_TREE)
    assert (intervention.standards, intervention.areas) == ("standards", "service_areas")
    assert intervention.ages == ("age_min", "age_max")
    organisation = declared[resources.Organisation]
    assert (organisation.council, organisation.also_listed_by) == (COUNCIL_FIELD, "also_listed_by")
    assert declared[SearchableDocument].council == COLLECTION
    assert {model.staff_search.kind for model in declared} >= {
        "intervention",
        "tool",
        "consultation",
        "organisation",
        "contact",
        "group",
        "standard",
        "document",
        "page",
    }


def test_a_page_type_that_declares_nothing_is_found_as_a_page():
    assert registry.declaration(Page).kind == "page"
    assert registry.declaration(Page).council == SITE_TREE
