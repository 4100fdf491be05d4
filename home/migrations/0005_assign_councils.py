from django.db import migrations

from councils.data_migrations import councils_for_sites, noop, people_to_default_council


class Migration(migrations.Migration):
    dependencies = [("home", "0004_councils"), ("auth", "0012_alter_user_first_name_max_length")]

    operations = [
        migrations.RunPython(councils_for_sites, noop),
        migrations.RunPython(people_to_default_council, noop),
    ]
