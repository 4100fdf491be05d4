"""Council, CouncilMember, CouncilGroup and CouncilApprovalTask move here from home.

Their tables keep their names: the move changes Django's state and the content
types (kept by id, so permissions and workflow tasks follow), never the data.
"""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


def move_content_types(app_from, app_to, models):
    def forwards(apps, schema_editor):
        ContentType = apps.get_model("contenttypes", "ContentType")
        ContentType.objects.filter(app_label=app_from, model__in=models).update(app_label=app_to)

    def backwards(apps, schema_editor):
        ContentType = apps.get_model("contenttypes", "ContentType")
        ContentType.objects.filter(app_label=app_to, model__in=models).update(app_label=app_from)

    return migrations.RunPython(forwards, backwards)


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        ('contenttypes', '0002_remove_content_type_name'),
        ('home', '0008_sign_in_with_council_account'),
        ('auth', '0012_alter_user_first_name_max_length'),
        ('wagtailcore', '0097_baselogentry_uuid_action_timestamp_indexes'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name='CouncilApprovalTask',
                    fields=[
                        ('task_ptr', models.OneToOneField(auto_created=True, on_delete=django.db.models.deletion.CASCADE, parent_link=True, primary_key=True, serialize=False, to='wagtailcore.task')),
                        ('role', models.CharField(choices=[('staff', 'Staff'), ('editors', 'Editors'), ('academy', 'Learning Academy')], default='academy', help_text="The group of the page's or record's own council that approves this step.", max_length=20, verbose_name='approved by')),
                    ],
                    options={
                        'verbose_name': 'Council approval task',
                        'verbose_name_plural': 'Council approval tasks',
                        'db_table': 'home_councilapprovaltask',
                    },
                    bases=('wagtailcore.task',),
                ),
                migrations.CreateModel(
                    name='Council',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('name', models.CharField(help_text="The council's name, e.g. 'Newham'.", max_length=120, unique=True, verbose_name='name')),
                        ('slug', models.SlugField(help_text='Lower-case letters, digits and hyphens; used in group names and exports.', max_length=60, unique=True, verbose_name='short name')),
                        ('collection', models.OneToOneField(blank=True, help_text="The collection that holds this council's documents and images.", null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='council', to='wagtailcore.collection', verbose_name='collection')),
                        ('site', models.OneToOneField(on_delete=django.db.models.deletion.PROTECT, related_name='council', to='wagtailcore.site', verbose_name='site')),
                    ],
                    options={
                        'verbose_name': 'council',
                        'verbose_name_plural': 'councils',
                        'db_table': 'home_council',
                        'ordering': ['name'],
                    },
                ),
                migrations.CreateModel(
                    name='CouncilMember',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('council', models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='members', to='councils.council', verbose_name='council')),
                        ('user', models.OneToOneField(on_delete=django.db.models.deletion.CASCADE, related_name='council_member', to=settings.AUTH_USER_MODEL)),
                    ],
                    options={
                        'verbose_name': 'council member',
                        'verbose_name_plural': 'council members',
                        'db_table': 'home_councilmember',
                    },
                ),
                migrations.CreateModel(
                    name='CouncilGroup',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('role', models.CharField(blank=True, choices=[('staff', 'Staff'), ('editors', 'Editors'), ('academy', 'Learning Academy')], max_length=20, verbose_name='role')),
                        ('council', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='groups', to='councils.council', verbose_name='council')),
                        ('group', models.OneToOneField(on_delete=django.db.models.deletion.CASCADE, related_name='council_group', to='auth.group')),
                    ],
                    options={
                        'verbose_name': 'council group',
                        'db_table': 'home_councilgroup',
                        'constraints': [models.UniqueConstraint(condition=models.Q(('role', ''), _negated=True), fields=('council', 'role'), name='one_group_per_council_role')],
                    },
                ),
            ],
        ),
        move_content_types("home", "councils", ["council", "councilmember", "councilgroup", "councilapprovaltask"]),
    ]
