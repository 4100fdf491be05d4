from django.db import migrations

from councils.data_migrations import assign, noop

LISTINGS = ["Contact", "ConsultationOffer", "ParticipationGroup"]
TERMS = ["Category", "Language", "ServiceArea", "DeliveryMode"]


def forwards(apps, schema_editor):
    # An organisation listed in "every council" before belongs to the default
    # council now, and is listed explicitly by the others so no directory loses it.
    Organisation = apps.get_model("resources", "Organisation")
    Council = apps.get_model("home", "Council")
    everywhere = list(Organisation.objects.filter(council__isnull=True, site__isnull=True))
    assign(apps, "resources.Organisation", site_field="site")
    # Parental many-to-many fields keep .add() in memory until a save that historical
    # models do not make, so links are written through the join tables themselves.
    listed_by = through(Organisation, "also_listed_by")
    for organisation in everywhere:
        organisation.refresh_from_db()
        for other in Council.objects.exclude(pk=organisation.council_id):
            listed_by.objects.get_or_create(organisation_id=organisation.pk, council_id=other.pk)
    for name in [*LISTINGS, *TERMS]:
        assign(apps, f"resources.{name}")
    copy_terms_to_every_council(apps)


def through(model, field):
    return model._meta.get_field(field).remote_field.through


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
    for field, model in (("categories", Category), ("languages", Language)):
        links = through(Organisation, field)
        term_column = f"{model._meta.model_name}_id"
        for organisation in Organisation.objects.all():
            for link in links.objects.filter(organisation_id=organisation.pk):
                term = model.objects.get(pk=getattr(link, term_column))
                if term.council_id == organisation.council_id:
                    continue
                own = model.objects.get(council_id=organisation.council_id, code=term.code)
                link.delete()
                links.objects.get_or_create(
                    organisation_id=organisation.pk, **{term_column: own.pk}
                )


class Migration(migrations.Migration):
    dependencies = [("resources", "0003_council_owned")]

    operations = [migrations.RunPython(forwards, noop)]
