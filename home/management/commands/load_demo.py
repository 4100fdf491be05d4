from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from home.demo import app_demos, sites, users


class Command(BaseCommand):
    help = "Load the demo sites, content and users. Safe to run again; refused in production."

    def handle(self, *args, **options):
        if not getattr(settings, "DEMO_CONTENT_ALLOWED", False):
            raise CommandError(
                "Demo content is only loaded under development settings "
                "(DJANGO_SETTINGS_MODULE=config.settings.dev)."
            )
        names = [username for username, *_rest in users.DEMO_USERS]
        with transaction.atomic():
            homes = sites.ensure_sites()
            groups = users.ensure_groups()
            demo_users = users.ensure_users(groups)
            for demo in app_demos():
                demo.load(homes, demo_users)
                names += [username for username, *_rest in getattr(demo, "DEMO_USERS", ())]
        self.stdout.write(
            self.style.SUCCESS(
                f"Demo content loaded. Demo users: {', '.join(names)} "
                f"(password: {users.DEMO_PASSWORD})"
            )
        )
