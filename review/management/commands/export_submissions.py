import shutil
import sys

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from councils.tenancy import council_scope, pages_in_current_council
from forms_app.models import FamilyFormPage
from home.management.councils import add_council_argument, councils_named
from review.exports import ExportTable, counted, csv_chunks, record_export, rows_written, xlsx_file
from review.inbox import InboxFilterForm


class Command(BaseCommand):
    help = (
        "Write one council's submissions to one form to standard output as CSV or XLSX, "
        "with the same columns as the inbox's export. Example: manage.py export_submissions "
        "--council tower-hamlets --form feedback --cycle 3 --format xlsx > cycle.xlsx"
    )

    def add_arguments(self, parser):
        add_council_argument(parser)
        parser.add_argument("--form", required=True, help="The form page's slug, e.g. feedback.")
        parser.add_argument("--cycle", type=int, help="A feedback cycle's id.")
        parser.add_argument("--language", help="A language code: en, bn or so.")
        parser.add_argument("--format", choices=["csv", "xlsx"], default="csv")

    def handle(self, *args, **options):
        (council,) = councils_named(options["council"])
        with council_scope(council):
            self.export(council, options)

    def export(self, council, options):
        pages = FamilyFormPage.objects.filter(pages_in_current_council(), slug=options["form"])
        page = pages.filter(locale__language_code=settings.LANGUAGE_CODE).first() or pages.first()
        if page is None:
            raise CommandError(
                f"{council.name} has no feedback form with the slug {options['form']!r}."
            )
        data = {"form": str(page.translation_key)}
        if options["cycle"] is not None:
            data["cycle"] = str(options["cycle"])
        if options["language"]:
            data["language"] = options["language"]
        filter_form = InboxFilterForm(data)
        if not filter_form.is_valid():
            problems = "; ".join(
                f"{name}: {' '.join(errors)}" for name, errors in filter_form.errors.items()
            )
            raise CommandError(f"Cannot export: {problems}")
        record = record_export(
            None,
            options["format"],
            source="manage.py export_submissions",
            filters=filter_form.describe(),
        )
        table = ExportTable(filter_form.filter())
        if options["format"] == "csv":
            for chunk in counted(csv_chunks(table), record, lambda: table.written):
                self.stdout.write(chunk, ending="")
            self.stdout.flush()
        else:
            output = getattr(self.stdout, "_out", sys.stdout)
            binary = getattr(output, "buffer", output)
            output.flush()
            with xlsx_file(table) as workbook:
                rows_written(record, table.written)
                shutil.copyfileobj(workbook, binary)
            binary.flush()
