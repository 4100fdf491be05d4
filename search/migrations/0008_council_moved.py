# The council models moved to the councils app, keeping their tables: state only.

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):

    run_before = [('home', '0009_councils_and_sign_in_move_out')]

    dependencies = [
        ('councils', '0001_initial'),
        ('search', '0007_entries_per_council_with_restrictions'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name='searchcount',
                    name='council',
                    field=models.ForeignKey(editable=False, on_delete=django.db.models.deletion.PROTECT, related_name='+', to='councils.council', verbose_name='council'),
                ),
                migrations.AlterField(
                    model_name='searchentry',
                    name='council',
                    field=models.ForeignKey(editable=False, on_delete=django.db.models.deletion.PROTECT, related_name='+', to='councils.council', verbose_name='council'),
                ),
                migrations.AlterField(
                    model_name='synonym',
                    name='council',
                    field=models.ForeignKey(editable=False, on_delete=django.db.models.deletion.PROTECT, related_name='+', to='councils.council', verbose_name='council'),
                ),
                migrations.AlterField(
                    model_name='zeroresultsearch',
                    name='council',
                    field=models.ForeignKey(editable=False, on_delete=django.db.models.deletion.PROTECT, related_name='+', to='councils.council', verbose_name='council'),
                ),
            ],
        ),
    ]
