from django.core.management.base import BaseCommand

from councils.tenancy import across_councils
from search import stats


class Command(BaseCommand):
    help = (
        "Write the page-use and search counts gathered in the cache to the database. "
        "The worker does this once a minute; run it from cron where no worker runs. "
        "Every council's counts at once: the cache holds each with its council."
    )

    def handle(self, *args, **options):
        with across_councils():
            written = stats.flush()
        self.stdout.write(f"{written} counts written.")
