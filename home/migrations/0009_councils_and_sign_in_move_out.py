# Council and sign-in models now live in councils and accounts, on the same tables.

from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ('home', '0008_sign_in_with_council_account'),
        ('councils', '0001_initial'),
        ('accounts', '0001_initial'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.RemoveField(
                    model_name='oidcidentity',
                    name='council',
                ),
                migrations.RemoveField(
                    model_name='councilmember',
                    name='council',
                ),
                migrations.RemoveField(
                    model_name='councilgroup',
                    name='council',
                ),
                migrations.RemoveField(
                    model_name='signingroupmapping',
                    name='council',
                ),
                migrations.RemoveField(
                    model_name='councilapprovaltask',
                    name='task_ptr',
                ),
                migrations.RemoveField(
                    model_name='councilgroup',
                    name='group',
                ),
                migrations.RemoveField(
                    model_name='councilmember',
                    name='user',
                ),
                migrations.RemoveField(
                    model_name='oidcidentity',
                    name='user',
                ),
                migrations.RemoveField(
                    model_name='signedinsession',
                    name='user',
                ),
                migrations.RemoveField(
                    model_name='signinsettings',
                    name='site',
                ),
                migrations.DeleteModel(
                    name='Council',
                ),
                migrations.DeleteModel(
                    name='SignInGroupMapping',
                ),
                migrations.DeleteModel(
                    name='CouncilApprovalTask',
                ),
                migrations.DeleteModel(
                    name='CouncilGroup',
                ),
                migrations.DeleteModel(
                    name='CouncilMember',
                ),
                migrations.DeleteModel(
                    name='OIDCIdentity',
                ),
                migrations.DeleteModel(
                    name='SignedInSession',
                ),
                migrations.DeleteModel(
                    name='SignInSettings',
                ),
            ],
        ),
    ]
