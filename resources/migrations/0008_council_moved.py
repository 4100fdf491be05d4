# The council models moved to the councils app, keeping their tables: state only.

import django.db.models.deletion
import modelcluster.fields
from django.db import migrations, models


class Migration(migrations.Migration):

    run_before = [('home', '0009_councils_and_sign_in_move_out')]

    dependencies = [
        ('councils', '0001_initial'),
        ('resources', '0007_limit_page_choices_to_council'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name='category',
                    name='council',
                    field=models.ForeignKey(editable=False, on_delete=django.db.models.deletion.PROTECT, related_name='+', to='councils.council', verbose_name='council'),
                ),
                migrations.AlterField(
                    model_name='consultationoffer',
                    name='council',
                    field=models.ForeignKey(editable=False, on_delete=django.db.models.deletion.PROTECT, related_name='+', to='councils.council', verbose_name='council'),
                ),
                migrations.AlterField(
                    model_name='contact',
                    name='council',
                    field=models.ForeignKey(editable=False, on_delete=django.db.models.deletion.PROTECT, related_name='+', to='councils.council', verbose_name='council'),
                ),
                migrations.AlterField(
                    model_name='deliverymode',
                    name='council',
                    field=models.ForeignKey(editable=False, on_delete=django.db.models.deletion.PROTECT, related_name='+', to='councils.council', verbose_name='council'),
                ),
                migrations.AlterField(
                    model_name='language',
                    name='council',
                    field=models.ForeignKey(editable=False, on_delete=django.db.models.deletion.PROTECT, related_name='+', to='councils.council', verbose_name='council'),
                ),
                migrations.AlterField(
                    model_name='organisation',
                    name='also_listed_by',
                    field=modelcluster.fields.ParentalManyToManyField(blank=True, help_text='Other councils whose directory lists it too, e.g. a regional charity. Only this council can change it.', related_name='+', to='councils.council', verbose_name='also listed by'),
                ),
                migrations.AlterField(
                    model_name='organisation',
                    name='council',
                    field=models.ForeignKey(editable=False, on_delete=django.db.models.deletion.PROTECT, related_name='+', to='councils.council', verbose_name='council'),
                ),
                migrations.AlterField(
                    model_name='participationgroup',
                    name='council',
                    field=models.ForeignKey(editable=False, on_delete=django.db.models.deletion.PROTECT, related_name='+', to='councils.council', verbose_name='council'),
                ),
                migrations.AlterField(
                    model_name='servicearea',
                    name='council',
                    field=models.ForeignKey(editable=False, on_delete=django.db.models.deletion.PROTECT, related_name='+', to='councils.council', verbose_name='council'),
                ),
            ],
        ),
    ]
