import shutil
import sys

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from forms_app.models import FamilyFormPage
from review import audit
from review.exports import ExportTable, csv_chunks, xlsx_file
from review.inbox import InboxFilterForm
from review.models import ExportRecord


class Command(BaseCommand):
    help = (
        "Write one form's submissions to standard output as CSV or XLSX, with the same "
        "columns as the inbox's export. Example: "
        "manage.py export_submissions --form feedback --cycle 3 --format xlsx > cycle.xlsx"
    )

    def add_arguments(self, parser):
        parser.add_argument("--form", required=True, help="The form page's slug, e.g. feedback.")
        parser.add_argument("--cycle", type=int, help="A feedback cycle's id.")
        parser.add_argument("--language", help="A language code: en, bn or so.")
        parser.add_argument("--format", choices=["csv", "xlsx"], default="csv")

    def handle(self, *args, **options):
        pages = FamilyFormPage.objects.filter(slug=options["form"])
        page = pages.filter(locale__language_code=settings.LANGUAGE_CODE).first() or pages.first()
        if page is None:
            raise CommandError(f"No feedback form has the slug {options['form']!r}.")
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
        record = ExportRecord.objects.create(
            user=None, format=options["format"], filters=filter_form.describe()
        )
        audit.log(
            record,
            audit.EXPORT,
            None,
            format=options["format"],
            filters=f"command line {filter_form.describe()}",
        )
        table = ExportTable(filter_form.filter())
        if options["format"] == "csv":
            for chunk in csv_chunks(table):
                self.stdout.write(chunk, ending="")
            self.stdout.flush()
        else:
            output = getattr(self.stdout, "_out", sys.stdout)
            binary = getattr(output, "buffer", output)
            output.flush()
            with xlsx_file(table) as workbook:
                shutil.copyfileobj(workbook, binary)
            binary.flush()
