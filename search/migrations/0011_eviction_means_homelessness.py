"""'eviction' and 'homeless' no longer also mean 'housing', where editors left them as seeded.

'housing' stems to 'house', so that meaning found any in-house team or family housed
somewhere ahead of the page that says the framework has nothing and whom to ask.
'housing' becomes a term of its own, so that typing it still offers the related searches.
"""

from django.db import migrations

OLD = "homelessness\nhousing"
NEW = "homelessness"
HOUSING = ("housing", ["homelessness"], ["Housing advice", "eviction", "Money advice"])


def narrow(apps, schema_editor):
    Council = apps.get_model("councils", "Council")
    Synonym = apps.get_model("search", "Synonym")
    Synonym.objects.filter(term__in=["eviction", "homeless"], expansions=OLD).update(
        expansions=NEW
    )
    term, expansions, related = HOUSING
    for council in Council.objects.all():
        Synonym.objects.get_or_create(
            council=council,
            term=term,
            defaults={"expansions": "\n".join(expansions), "related": "\n".join(related)},
        )


def widen(apps, schema_editor):
    Synonym = apps.get_model("search", "Synonym")
    Synonym.objects.filter(term__in=["eviction", "homeless"], expansions=NEW).update(
        expansions=OLD
    )


class Migration(migrations.Migration):
    dependencies = [("search", "0010_synonym_suggestions")]

    operations = [migrations.RunPython(narrow, widen)]
