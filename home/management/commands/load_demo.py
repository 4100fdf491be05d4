from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from audits import demo as audits_demo
from forms_app import demo as forms_demo
from home.demo import sites, users
from resources import demo as resources_demo
from review import demo as review_demo
from search import demo as search_demo


class Command(BaseCommand):
    help = "Load the demo sites, content and users. Safe to run again; refused in production."

    def handle(self, *args, **options):
        if not getattr(settings, "DEMO_CONTENT_ALLOWED", False):
            raise CommandError(
                "Demo content is only loaded under development settings "
                "(DJANGO_SETTINGS_MODULE=config.settings.dev)."
            )
        with transaction.atomic():
            homes = sites.ensure_sites()
            groups = users.ensure_groups()
            demo_users = users.ensure_users(groups)
            resources_demo.load(homes, demo_users)
            forms_demo.load(homes, demo_users)
            review_demo.load(homes, demo_users)
            search_demo.load()
            audits_demo.load(homes, demo_users)
        names = ", ".join(
            username for username, *_rest in [*users.DEMO_USERS, *audits_demo.DEMO_USERS]
        )
        self.stdout.write(
            self.style.SUCCESS(
                f"Demo content loaded. Demo users: {names} (password: {users.DEMO_PASSWORD})"
            )
        )
