"""The service areas and delivery modes interventions are filtered by.

Editors can add more in the admin; these are the ones every council starts with.
"""

from django.db import migrations

SERVICE_AREAS = [
    ("early-help", "Early Help"),
    ("youth-justice", "Youth Justice"),
    ("childrens-social-care", "Children's Social Care"),
    ("regulated-services", "Regulated Services"),
    ("family-hubs", "Family Hubs"),
    ("health", "Health"),
    ("education", "Education"),
]
DELIVERY_MODES = [
    ("in-person", "In person"),
    ("online", "Online"),
    ("group", "Group"),
    ("one-to-one", "One-to-one"),
    ("home-visits", "Home visits"),
]


def add_terms(apps, schema_editor):
    for model_name, terms in (("ServiceArea", SERVICE_AREAS), ("DeliveryMode", DELIVERY_MODES)):
        model = apps.get_model("resources", model_name)
        for code, name in terms:
            model.objects.get_or_create(code=code, defaults={"name": name})


class Migration(migrations.Migration):
    dependencies = [("resources", "0001_initial")]

    operations = [migrations.RunPython(add_terms, migrations.RunPython.noop)]
