"""Sign-in settings, group mappings, council accounts and signed-in sessions move here from home.

Their tables keep their names: a state-only move, with the content types renamed.
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
        ('councils', '0001_initial'),
        ('wagtailcore', '0097_baselogentry_uuid_action_timestamp_indexes'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name='OIDCIdentity',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('issuer', models.CharField(max_length=255)),
                        ('subject', models.CharField(max_length=255)),
                        ('created_at', models.DateTimeField(auto_now_add=True)),
                        ('last_sign_in', models.DateTimeField(blank=True, null=True)),
                    ],
                    options={
                        'verbose_name': 'council account',
                        'db_table': 'home_oidcidentity',
                    },
                ),
                migrations.CreateModel(
                    name='SignedInSession',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('session_key', models.CharField(max_length=40, unique=True)),
                        ('started', models.DateTimeField(auto_now_add=True)),
                    ],
                    options={
                        'db_table': 'home_signedinsession',
                    },
                ),
                migrations.CreateModel(
                    name='SignInGroupMapping',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('claim_value', models.CharField(help_text="As the provider sends it; for Entra ID the group's object ID.", max_length=255, verbose_name='claim value')),
                        ('role', models.CharField(choices=[('staff', 'Staff'), ('editors', 'Editors'), ('academy', 'Learning Academy')], max_length=20, verbose_name='council group')),
                    ],
                    options={
                        'verbose_name': 'sign-in group mapping',
                        'verbose_name_plural': 'sign-in group mappings',
                        'db_table': 'home_signingroupmapping',
                        'ordering': ['claim_value'],
                    },
                ),
                migrations.CreateModel(
                    name='SignInSettings',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('issuer', models.URLField(blank=True, help_text="The provider's issuer; its discovery document is read from <issuer>/.well-known/openid-configuration. For Microsoft Entra ID: https://login.microsoftonline.com/<tenant id>/v2.0. Empty: no council sign-in.", verbose_name='identity provider (issuer)')),
                        ('client_id', models.CharField(blank=True, help_text='The application (client) ID the provider gave this site.', max_length=255, verbose_name='client ID')),
                        ('client_secret_variable', models.CharField(blank=True, help_text='The secret is set on the server under this name, never typed here.', max_length=100, validators=[django.core.validators.RegexValidator('^[A-Z][A-Z0-9_]*$', 'Capital letters, digits and underscores, e.g. NEWHAM_OIDC_CLIENT_SECRET.')], verbose_name='environment variable holding the client secret')),
                        ('groups_claim', models.CharField(default='groups', help_text="The ID token claim listing the person's groups (Entra ID: groups).", max_length=100, verbose_name='groups claim')),
                        ('refuse_unmapped', models.BooleanField(default=False, help_text='Otherwise they join Staff.', verbose_name='refuse people in no mapped group')),
                        ('allow_local_passwords', models.BooleanField(default=True, help_text='Off: staff can only sign in with their council account. Platform operators (superusers) can still sign in with a password at /login/?local=1.', verbose_name='allow local passwords')),
                    ],
                    options={
                        'verbose_name': 'sign-in',
                        'db_table': 'home_signinsettings',
                    },
                ),
                    migrations.AddField(
                    model_name='oidcidentity',
                    name='council',
                    field=models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='+', to='councils.council'),
                ),
                migrations.AddField(
                    model_name='oidcidentity',
                    name='user',
                    field=models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='oidc_identities', to=settings.AUTH_USER_MODEL),
                ),
                migrations.AddField(
                    model_name='signedinsession',
                    name='user',
                    field=models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='signed_in_sessions', to=settings.AUTH_USER_MODEL),
                ),
                migrations.AddField(
                    model_name='signingroupmapping',
                    name='council',
                    field=models.ForeignKey(editable=False, on_delete=django.db.models.deletion.PROTECT, related_name='+', to='councils.council', verbose_name='council'),
                ),
                migrations.AddField(
                    model_name='signinsettings',
                    name='site',
                    field=models.OneToOneField(editable=False, on_delete=django.db.models.deletion.CASCADE, to='wagtailcore.site'),
                ),
                migrations.AddConstraint(
                    model_name='oidcidentity',
                    constraint=models.UniqueConstraint(fields=('issuer', 'subject'), name='one_user_per_subject'),
                ),
                migrations.AddConstraint(
                    model_name='signingroupmapping',
                    constraint=models.UniqueConstraint(fields=('council', 'claim_value', 'role'), name='one_mapping_per_claim_and_role'),
                ),
            ],
        ),
        move_content_types(
            "home", "accounts", ["signinsettings", "signingroupmapping", "oidcidentity", "signedinsession"]
        ),
    ]
