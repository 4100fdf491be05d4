"""The shorthand staff type every day, for every council that exists and every new one."""

from django.db import migrations

# Front doors, early help and statutory shorthand heard in every children's services team.
EVERYDAY_SYNONYMS = [
    (
        "MASH",
        ["Multi-Agency Safeguarding Hub", "Safeguarding referral"],
        ["Referral", "Front door", "Safeguarding"],
    ),
    ("TAF", ["Team Around the Family", "Early Help"], ["EHA", "Family meeting", "Family Hubs"]),
    ("TAC", ["Team Around the Child", "Early Help"], ["TAF"]),
    ("EHA", ["Early Help Assessment", "Early Help"], ["TAF", "Family Hubs"]),
    ("CPP", ["Child protection plan"], ["CP", "Child Protection Conference"]),
    ("ICPC", ["Initial Child Protection Conference"], ["CP", "Child protection plan"]),
    ("PLO", ["Public Law Outline"], ["Court", "Legal planning"]),
    ("SEND", ["Special educational needs and disabilities"], ["EHCP", "Disabled children"]),
    ("EHCP", ["Education, Health and Care Plan"], ["SEND"]),
    ("CLA", ["Children looked after", "Children in care"], ["LAC", "CLICC"]),
    ("PSW", ["Principal Social Worker"], ["Practice framework"]),
    ("DSL", ["Designated Safeguarding Lead"], ["Safeguarding", "LADO"]),
    # Everyday words no framework is about: where to turn instead.
    # They mean "homelessness", not "housing": that stems as "house" and would find every
    # in-house team or family housed somewhere, hiding the page that says whom to ask.
    ("eviction", ["homelessness"], ["Housing advice", "Money advice", "Food bank"]),
    ("homeless", ["homelessness"], ["Housing advice", "eviction"]),
    ("housing", ["homelessness"], ["Housing advice", "eviction", "Money advice"]),
]


def add_synonyms(apps, schema_editor):
    Council = apps.get_model("councils", "Council")
    Synonym = apps.get_model("search", "Synonym")
    for council in Council.objects.all():
        for term, expansions, related in EVERYDAY_SYNONYMS:
            Synonym.objects.get_or_create(
                council=council,
                term=term,
                defaults={"expansions": "\n".join(expansions), "related": "\n".join(related)},
            )


class Migration(migrations.Migration):
    dependencies = [("search", "0008_council_moved")]

    operations = [migrations.RunPython(add_synonyms, migrations.RunPython.noop)]
