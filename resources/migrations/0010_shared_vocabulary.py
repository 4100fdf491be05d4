from django.db import migrations


def load(apps, schema_editor):
    from resources.shared_vocabulary import load_shared_terms

    load_shared_terms(apps.get_model("resources", "SharedTerm"))


class Migration(migrations.Migration):
    dependencies = [("resources", "0009_service_details_and_term_meanings")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
