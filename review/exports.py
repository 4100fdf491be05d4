"""CSV and XLSX exports of submissions that stream, and cells a spreadsheet cannot run.

Rows are read from the database in chunks and written out one at a time,
so exporting 100,000 submissions takes no more memory than exporting ten
(``bench/export_bench.py`` measures it).

Every other spreadsheet the site produces comes from Wagtail's
``SpreadsheetExportMixin`` (snippet and model listings, reports, ours and
Wagtail's own); ``protect_wagtail_exports`` gives them the same cells and the
same record.
"""

import csv
import re
import tempfile
from functools import wraps
from urllib.parse import urlencode

from django.conf import settings
from django.utils import timezone
from django.utils.translation import get_language_info
from django.utils.translation import gettext_lazy as _

from review import audit
from review.labels import FormLabels
from review.models import CycleIndex, ExportRecord, Status

CHUNK_SIZE = 2000
# A spreadsheet reads a cell starting with one of these as a formula (or, for
# tab and carriage return, may shift it into one).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# Numbers and phone numbers as the forms store them (digits and single spaces,
# an optional leading + or -) cannot carry a formula and are left as they are.
PLAIN_NUMBER = re.compile(r"^[+-]?[0-9]+(?:[ .][0-9]+)*$")


def neutralise(value):
    """The text of a cell, with a leading quote if a spreadsheet would run it as a formula."""
    if value is None:
        return ""
    text = str(value)
    if text.startswith(FORMULA_STARTS) and not PLAIN_NUMBER.match(text):
        return "'" + text
    return text


STATUS_LABELS = dict(Status.choices)


def language_name(code):
    try:
        return get_language_info(code)["name"]
    except KeyError:
        return code


class ExportTable:
    """The header and rows of an export; option keys turned into English labels."""

    FIXED = [
        _("Submission id"),
        _("Submitted at"),
        _("Cycle"),
        _("Language"),
        _("Source"),
        _("Status"),
    ]

    def __init__(self, queryset):
        self.queryset = queryset
        self.written = 0  # rows handed out so far: what the export record counts
        form_keys = list(queryset.order_by().values_list("form_key", flat=True).distinct())
        self.labels = [FormLabels(form_key) for form_key in form_keys]
        self.keys = []
        self.headers = {}
        # Free-text questions, each followed by a column of the Learning Academy's translation.
        self.translated = set()
        for labels in self.labels:
            for key in labels.keys:
                if key not in self.headers:
                    self.keys.append(key)
                    self.headers[key] = f"{key}: {labels.label(key)}"
            self.translated.update(labels.text_keys())
        self.by_form = {labels.form_key: labels for labels in self.labels}
        self.cycles = CycleIndex()
        self.languages = {code: language_name(code) for code, _name in settings.LANGUAGES}

    def header(self):
        titles = [str(title) for title in self.FIXED]
        for key in self.keys:
            titles.append(self.headers[key])
            if key in self.translated:
                titles.append(
                    str(_("%(column)s (English translation)")) % {"column": self.headers[key]}
                )
        return [neutralise(title) for title in titles]

    def rows(self):
        rows = self.queryset.values_list(
            "pk",
            "submit_time",
            "language",
            "source",
            "review_status",
            "form_key",
            "answers",
            "review__translations",
        ).iterator(chunk_size=CHUNK_SIZE)
        zone = timezone.get_current_timezone()
        statuses = {key: str(label) for key, label in STATUS_LABELS.items()}
        for pk, submit_time, language, source, status, form_key, answers, translations in rows:
            labels = self.by_form.get(form_key)
            cycle = self.cycles.find(submit_time)
            row = [
                str(pk),
                submit_time.astimezone(zone).strftime("%Y-%m-%d %H:%M"),
                cycle.name if cycle else "",
                self.languages.get(language, language),
                source,
                statuses.get(status, status),
            ]
            for key in self.keys:
                value = answers.get(key) if isinstance(answers, dict) else None
                row.append(labels.text(key, value) if labels else str(value or ""))
                if key in self.translated:
                    row.append((translations or {}).get(key, ""))
            self.written += 1
            yield [neutralise(cell) for cell in row]


class _Echo:
    def write(self, value):
        return value


def csv_chunks(table):
    """The CSV, a line at a time, with a byte-order mark so Excel reads it as UTF-8."""
    writer = csv.writer(_Echo())
    yield "\ufeff" + writer.writerow(table.header())
    for row in table.rows():
        yield writer.writerow(row)


def write_xlsx(table, output):
    """Write the workbook to ``output`` (a binary file) a row at a time.

    ``constant_memory`` flushes each row to disk as it is finished; every cell
    is written as a string, so nothing in it is ever read as a formula.
    """
    import xlsxwriter

    workbook = xlsxwriter.Workbook(
        output,
        {
            "constant_memory": True,
            "strings_to_formulas": False,
            "strings_to_urls": False,
            "strings_to_numbers": False,
            "tmpdir": tempfile.gettempdir(),
        },
    )
    sheet = workbook.add_worksheet(str(_("Submissions"))[:31])
    bold = workbook.add_format({"bold": True})
    for column, title in enumerate(table.header()):
        sheet.write_string(0, column, title, bold)
    for row_number, row in enumerate(table.rows(), start=1):
        for column, cell in enumerate(row):
            if cell:  # an empty cell is left out, as a spreadsheet saves one
                sheet.write_string(row_number, column, cell)
    workbook.close()


def xlsx_file(table):
    """The workbook in a temporary file, rewound, ready to stream."""
    output = tempfile.TemporaryFile()  # noqa: SIM115 - closed by the response that streams it
    write_xlsx(table, output)
    output.seek(0)
    return output


def record_export(user, fmt, *, source, filters, what=None):
    """An ExportRecord and its audit log entry; raises, so no file leaves unrecorded.

    Both say 0 rows until ``rows_written`` gives the number the file holds.
    """
    record = ExportRecord.objects.create(
        user=user, format=fmt, filters=filters, source=source, rows=0
    )
    record.log_entry = audit.log(
        record,
        audit.EXPORT if what is None else audit.EXPORT_LISTING,
        user,
        format=fmt,
        filters=urlencode(filters, doseq=True) or str(_("none")),
        rows=0,
        what=what or source,
    )
    return record


def rows_written(record, rows):
    """Record in the export and its audit entry the number of rows the file was given."""
    ExportRecord.all_councils.filter(pk=record.pk).update(rows=rows)
    record.rows = rows
    entry = getattr(record, "log_entry", None)
    if getattr(entry, "pk", None) is not None:
        entry.data = {**(entry.data or {}), "rows": rows}
        entry.save(update_fields=["data"])


def counted(chunks, record, written):
    """Stream ``chunks``; when the stream ends, finished or abandoned, record ``written()`` rows."""
    try:
        yield from chunks
    finally:
        rows_written(record, written())


def protect_wagtail_exports():
    """Neutralise and record every export made by Wagtail's ``SpreadsheetExportMixin``.

    Wagtail's own reports (site history, workflows, aging and locked pages),
    snippet and model listings and ours all inherit this one mixin and override
    none of these three methods, so wrapping them here covers every export the
    admin offers, including any a Wagtail upgrade adds. Wagtail writes strings
    raw to CSV; its XLSX turns formulas into text, but a leading quote is added
    there too so that both files read the same.
    """
    from wagtail.admin.views.mixins import SpreadsheetExportMixin

    if getattr(SpreadsheetExportMixin, "neutralised", False):
        return
    preprocess = SpreadsheetExportMixin.preprocess_field_value
    heading = SpreadsheetExportMixin.get_heading
    as_spreadsheet = SpreadsheetExportMixin.as_spreadsheet
    to_row_dict = SpreadsheetExportMixin.to_row_dict

    @wraps(preprocess)
    def neutralised_value(self, field, value, export_format):
        value = preprocess(self, field, value, export_format)
        return neutralise(value) if isinstance(value, str) else value

    @wraps(heading)
    def neutralised_heading(self, queryset, field):
        return neutralise(heading(self, queryset, field))

    @wraps(to_row_dict)
    def counted_row(self, item):
        # Both formats turn each row into a dict here, as they write it.
        self.export_rows_written = getattr(self, "export_rows_written", 0) + 1
        return to_row_dict(self, item)

    @wraps(as_spreadsheet)
    def recorded_spreadsheet(self, queryset, spreadsheet_format):
        request = self.request
        match = request.resolver_match
        model = getattr(queryset, "model", None) or getattr(self, "model", None)
        record = record_export(
            request.user,
            spreadsheet_format,
            source=match.view_name if match else request.path,
            filters={
                key: values[0] if len(values) == 1 else values
                for key, values in request.GET.lists()
                if key != "export"
            },
            what=str(model._meta.verbose_name_plural) if model else str(request.path),
        )
        self.export_rows_written = 0
        response = as_spreadsheet(self, queryset, spreadsheet_format)
        if response.streaming:
            response.streaming_content = counted(
                response.streaming_content, record, lambda: self.export_rows_written
            )
        else:
            rows_written(record, self.export_rows_written)
        response["Cache-Control"] = "no-store"
        return response

    SpreadsheetExportMixin.preprocess_field_value = neutralised_value
    SpreadsheetExportMixin.get_heading = neutralised_heading
    SpreadsheetExportMixin.as_spreadsheet = recorded_spreadsheet
    SpreadsheetExportMixin.to_row_dict = counted_row
    SpreadsheetExportMixin.neutralised = True
