from django.core.management.base import BaseCommand, CommandError

from audits import reminders
from councils.models import Council
from councils.tenancy import council_scope


class Command(BaseCommand):
    help = (
        "Email reminders for overdue audits, overdue feedback meeting records and re-audits due "
        "within a week, and retry any audit email the mail server refused. Run daily."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--council", help="The council's slug (default: every council, one at a time)."
        )

    def handle(self, *args, council=None, **options):
        councils = Council.objects.all()
        if council:
            councils = councils.filter(slug=council)
            if not councils.exists():
                raise CommandError(f"No council with the slug {council!r}.")
        for each in councils:
            with council_scope(each):
                queued, retried, pending = reminders.run()
            self.stdout.write(
                f"{each.slug}: {queued} reminders queued, {retried} retried, {pending} pending"
            )
