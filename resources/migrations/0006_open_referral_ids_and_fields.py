# Stable Open Referral identifiers (a UUID per record, filled for existing rows)
# and the fields the feed needs that we did not hold.

import uuid

from django.db import migrations, models

WITH_UUID = ["category", "contact", "deliverymode", "language", "organisation", "servicearea"]


def fill_uuids(apps, schema_editor):
    for model_name in WITH_UUID:
        model = apps.get_model("resources", model_name)
        for pk in model._base_manager.values_list("pk", flat=True):
            model._base_manager.filter(pk=pk).update(uuid=uuid.uuid4())


def uuid_field(**options):
    return models.UUIDField(editable=False, verbose_name="UUID", **options)


class Migration(migrations.Migration):
    dependencies = [
        ("resources", "0005_council_required"),
    ]

    operations = [
        *[
            migrations.AddField(model_name=name, name="uuid", field=uuid_field(null=True))
            for name in WITH_UUID
        ],
        migrations.RunPython(fill_uuids, migrations.RunPython.noop),
        *[
            migrations.AlterField(
                model_name=name,
                name="uuid",
                field=uuid_field(default=uuid.uuid4, unique=True),
            )
            for name in WITH_UUID
        ],
        migrations.AddField(
            model_name="interventionpage",
            name="public_url",
            field=models.URLField(
                blank=True,
                help_text="A page anyone can read about this service, e.g. on the council's website. The Open Referral feed publishes the service only when it has one.",
                verbose_name="public web page",
            ),
        ),
        migrations.AddField(
            model_name="interventionpage",
            name="staff_only",
            field=models.BooleanField(
                default=False,
                help_text="Keep this service out of the public Open Referral feed.",
                verbose_name="staff only",
            ),
        ),
        migrations.AddField(
            model_name="organisation",
            name="staff_only",
            field=models.BooleanField(
                default=False,
                help_text="Keep it out of the public Open Referral feed, e.g. a service only staff may refer to. It stays in the staff directory.",
                verbose_name="staff only",
            ),
        ),
        migrations.AddField(
            model_name="organisation",
            name="town",
            field=models.CharField(
                blank=True,
                help_text="E.g. 'London'. The Open Referral feed publishes an address only when it has one.",
                max_length=100,
                verbose_name="town or city",
            ),
        ),
        migrations.AlterField(
            model_name="organisation",
            name="address",
            field=models.CharField(
                blank=True,
                help_text="Street address, without the town or postcode.",
                max_length=255,
                verbose_name="address",
            ),
        ),
    ]
