import django.core.validators
import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('home', '0003_homepage_quick_links_homepage_review_by'),
        ('auth', '0012_alter_user_first_name_max_length'),
        ('wagtailcore', '0094_alter_page_locale'),
        ('wagtailimages', '0027_image_description'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.AddField(
            model_name='sitebranding',
            name='brand_colour',
            field=models.CharField(blank=True, help_text='The header colour, e.g. #1d70b8. It must keep white text readable.', max_length=7, validators=[django.core.validators.RegexValidator('^#[0-9a-fA-F]{6}$', 'Enter a colour as # and six hex digits.')], verbose_name='brand colour'),
        ),
        migrations.AddField(
            model_name='sitebranding',
            name='framework_name',
            field=models.CharField(blank=True, help_text="The practice framework's own name, e.g. 'Better Together'.", max_length=120, verbose_name='framework name'),
        ),
        migrations.AddField(
            model_name='sitebranding',
            name='logo',
            field=models.ForeignKey(blank=True, help_text='Shown in the header, on family pages, posters and QR sheets.', null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='wagtailimages.image', verbose_name='logo'),
        ),
        migrations.AddField(
            model_name='sitebranding',
            name='public_base_url',
            field=models.URLField(blank=True, help_text='The address families and staff reach this site at, e.g. https://feedback.towerhamlets.gov.uk. Links, QR codes and posters use it.', verbose_name='public address'),
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
                'ordering': ['name'],
            },
        ),
        migrations.CreateModel(
            name='CouncilGroup',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('role', models.CharField(blank=True, choices=[('staff', 'Staff'), ('editors', 'Editors'), ('academy', 'Learning Academy')], max_length=20, verbose_name='role')),
                ('council', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='groups', to='home.council', verbose_name='council')),
                ('group', models.OneToOneField(on_delete=django.db.models.deletion.CASCADE, related_name='council_group', to='auth.group')),
            ],
            options={
                'verbose_name': 'council group',
                'constraints': [models.UniqueConstraint(condition=models.Q(('role', ''), _negated=True), fields=('council', 'role'), name='one_group_per_council_role')],
            },
        ),
        migrations.CreateModel(
            name='CouncilMember',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('council', models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='members', to='home.council', verbose_name='council')),
                ('user', models.OneToOneField(on_delete=django.db.models.deletion.CASCADE, related_name='council_member', to=settings.AUTH_USER_MODEL)),
            ],
            options={
                'verbose_name': 'council member',
                'verbose_name_plural': 'council members',
            },
        ),
    ]
