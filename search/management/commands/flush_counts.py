from django.core.management.base import BaseCommand

from search import stats


class Command(BaseCommand):
    help = (
        "Write the page-use and search counts gathered in the cache to the database. "
        "The worker does this once a minute; run it from cron where no worker runs."
    )

    def handle(self, *args, **options):
        written = stats.flush()
        self.stdout.write(f"{written} counts written.")
