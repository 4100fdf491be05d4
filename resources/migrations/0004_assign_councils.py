from django.db import migrations

from home.council_migration import assign, noop

LISTINGS = ["Contact", "ConsultationOffer", "ParticipationGroup"]
TERMS = ["Category", "Language", "ServiceArea", "DeliveryMode"]


def forwards(apps, schema_editor):
    # An organisation listed in "every council" before belongs to the default
    # council now, and is listed explicitly by the others so no directory loses it.
    Organisation = apps.get_model("resources", "Organisation")
    Council = apps.get_model("home", "Council")
    everywhere = list(Organisation.objects.filter(council__isnull=True, site__isnull=True))
    assign(apps, "resources.Organisation", site_field="site")
    for organisation in everywhere:
        organisation.refresh_from_db()
        others = Council.objects.exclude(pk=organisation.council_id)
        organisation.also_listed_by.add(*others)
    for name in [*LISTINGS, *TERMS]:
        assign(apps, f"resources.{name}")
    copy_terms_to_every_council(apps)


def copy_terms_to_every_council(apps):
    """Each council gets its own copy of the vocabularies, and its records point at its copy."""
    Council = apps.get_model("home", "Council")
    Organisation = apps.get_model("resources", "Organisation")
    for name in TERMS:
        model = apps.get_model("resources", name)
        for council in Council.objects.all():
            for term in list(model.objects.exclude(council=council)):
                if model.objects.filter(council=council, code=term.code).exists():
                    continue
                fields = {
                    f.attname: getattr(term, f.attname)
                    for f in model._meta.concrete_fields
                    if not f.primary_key and f.name != "council"
                }
                model.objects.create(council=council, **fields)
    # An organisation owned by a council uses that council's categories and languages.
    Category = apps.get_model("resources", "Category")
    Language = apps.get_model("resources", "Language")
    for organisation in Organisation.objects.all():
        for field, model in (("categories", Category), ("languages", Language)):
            related = getattr(organisation, field)
            wrong = [t for t in related.all() if t.council_id != organisation.council_id]
            for term in wrong:
                related.remove(term)
                related.add(model.objects.get(council_id=organisation.council_id, code=term.code))


class Migration(migrations.Migration):
    dependencies = [("resources", "0003_council_owned")]

    operations = [migrations.RunPython(forwards, noop)]
