# The council models moved to the councils app, keeping their tables: state only.

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):

    run_before = [('home', '0009_councils_and_sign_in_move_out')]

    dependencies = [
        ('councils', '0001_initial'),
        ('review', '0009_export_record_source_and_rows'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name='cyclereport',
                    name='council',
                    field=models.ForeignKey(editable=False, on_delete=django.db.models.deletion.PROTECT, related_name='+', to='councils.council', verbose_name='council'),
                ),
                migrations.AlterField(
                    model_name='exportrecord',
                    name='council',
                    field=models.ForeignKey(editable=False, on_delete=django.db.models.deletion.PROTECT, related_name='+', to='councils.council', verbose_name='council'),
                ),
                migrations.AlterField(
                    model_name='feedbackcycle',
                    name='council',
                    field=models.ForeignKey(editable=False, on_delete=django.db.models.deletion.PROTECT, related_name='+', to='councils.council', verbose_name='council'),
                ),
                migrations.AlterField(
                    model_name='review',
                    name='council',
                    field=models.ForeignKey(editable=False, on_delete=django.db.models.deletion.PROTECT, related_name='+', to='councils.council', verbose_name='council'),
                ),
                migrations.AlterField(
                    model_name='updatereview',
                    name='council',
                    field=models.ForeignKey(editable=False, on_delete=django.db.models.deletion.PROTECT, related_name='+', to='councils.council', verbose_name='council'),
                ),
            ],
        ),
    ]
