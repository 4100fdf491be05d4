import importlib

from councils.tenancy import council_scope

# The migration that gave the first council its synonyms lists what every council starts with.
STARTING = importlib.import_module("search.migrations.0002_default_synonyms")
EVERYDAY = importlib.import_module("search.migrations.0009_everyday_synonyms")


def seed_synonyms(sender, instance, created, raw=False, **kwargs):
    """A new council's search understands the usual shorthand from day one."""
    from search.models import Synonym

    if raw or not created:
        return
    with council_scope(instance):
        for term, expansions, related in [
            *STARTING.DEFAULT_SYNONYMS,
            *EVERYDAY.EVERYDAY_SYNONYMS,
        ]:
            Synonym.objects.get_or_create(
                term=term,
                defaults={"expansions": "\n".join(expansions), "related": "\n".join(related)},
            )
