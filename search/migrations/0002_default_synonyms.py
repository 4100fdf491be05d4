from django.db import migrations

# The shorthand staff use most, so that search understands it from day one;
# editors change and add to it under Snippets → Search synonyms.
DEFAULT_SYNONYMS = [
    ("FGC", ["Family Group Conference"], ["Family network meeting"]),
    ("CAMHS", ["Child and Adolescent Mental Health Services", "mental health"], ["CiSC"]),
    ("CiSC", ["CAMHS in Social Care"], ["CAMHS"]),
    ("VIG", ["Video Interaction Guidance"], []),
    ("SWISS", ["Social Workers in Secondary Schools"], ["SWIPS"]),
    ("SWIPS", ["Social Workers in Primary Schools"], ["SWISS"]),
    ("TFACT", ["Therapeutic Fostering and Care Team"], ["Fostering"]),
    ("CLICC", ["Children Living In Care Council"], ["Children in care"]),
    ("FFT", ["Functional Family Therapy"], ["Edge of Care"]),
    ("DA", ["Domestic abuse"], ["REPAIR", "Safety planning"]),
    ("DVA", ["Domestic violence and abuse", "Domestic abuse"], ["REPAIR"]),
    ("HOTH", ["Harm outside the home"], ["Exploitation", "Your Choice"]),
    ("SGO", ["Special Guardianship Order", "Special guardians"], ["Kinship care"]),
    ("IRO", ["Independent Reviewing Officer"], ["Care plans"]),
    ("LADO", ["Local Authority Designated Officer"], ["Allegations against staff"]),
    ("EH", ["Early Help"], ["Family Hubs"]),
    ("YJS", ["Youth Justice Service", "Youth justice"], ["Youth Participation Forum"]),
    ("CSC", ["Children's Social Care"], []),
    ("CP", ["Child protection"], ["Child Protection Conference"]),
    ("CIN", ["Child in need", "Children in need"], []),
    ("LAC", ["Looked after children", "Children in care"], ["CLICC"]),
    ("NVC", ["Nonviolent Communication"], ["Affective statements"]),
    ("CBT", ["Cognitive Behavioural Therapy"], []),
    ("QA", ["Quality assurance"], ["Audit"]),
    ("GP", ["General practitioner", "Doctor"], []),
]


def add_synonyms(apps, schema_editor):
    Synonym = apps.get_model("search", "Synonym")
    for term, expansions, related in DEFAULT_SYNONYMS:
        Synonym.objects.get_or_create(
            term=term,
            defaults={"expansions": "\n".join(expansions), "related": "\n".join(related)},
        )


class Migration(migrations.Migration):
    dependencies = [("search", "0001_initial")]

    operations = [migrations.RunPython(add_synonyms, migrations.RunPython.noop)]
