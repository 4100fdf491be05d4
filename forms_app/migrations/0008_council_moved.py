# The council models moved to the councils app, keeping their tables: state only.

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):

    run_before = [('home', '0009_councils_and_sign_in_move_out')]

    dependencies = [
        ('councils', '0001_initial'),
        ('forms_app', '0007_hold_suspicious_submissions_and_field_error_messages'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name='callbackrequest',
                    name='council',
                    field=models.ForeignKey(editable=False, on_delete=django.db.models.deletion.PROTECT, related_name='+', to='councils.council', verbose_name='council'),
                ),
                migrations.AlterField(
                    model_name='familysubmission',
                    name='council',
                    field=models.ForeignKey(editable=False, on_delete=django.db.models.deletion.PROTECT, related_name='+', to='councils.council', verbose_name='council'),
                ),
                migrations.AlterField(
                    model_name='organisationupdate',
                    name='council',
                    field=models.ForeignKey(editable=False, on_delete=django.db.models.deletion.PROTECT, related_name='+', to='councils.council', verbose_name='council'),
                ),
                migrations.AlterField(
                    model_name='sourcetag',
                    name='council',
                    field=models.ForeignKey(editable=False, on_delete=django.db.models.deletion.PROTECT, related_name='+', to='councils.council', verbose_name='council'),
                ),
            ],
        ),
    ]
