from django.core.management.base import BaseCommand

from home import page_cache


class Command(BaseCommand):
    help = "Forget every council's cached pages (they are rendered afresh on their next request)."

    def handle(self, *args, **options):
        page_cache.clear()
        self.stdout.write("Every cached page is forgotten.")
