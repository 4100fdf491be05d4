from django.db import migrations

from councils.data_migrations import assign, noop


def forwards(apps, schema_editor):
    assign(apps, "search.SearchEntry", site_field="site")
    assign(apps, "search.Synonym")
    assign(apps, "search.ZeroResultSearch")


class Migration(migrations.Migration):
    dependencies = [("search", "0003_council_owned")]

    operations = [migrations.RunPython(forwards, noop)]
