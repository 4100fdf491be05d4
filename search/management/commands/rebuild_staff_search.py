from django.core.management.base import BaseCommand

from search import indexing


class Command(BaseCommand):
    help = "Recreate staff search entries from every live page, directory entry and document."

    def add_arguments(self, parser):
        parser.add_argument(
            "--reread-documents",
            action="store_true",
            help="Read the text of every document file again first.",
        )

    def handle(self, *args, reread_documents=False, **options):
        if reread_documents:
            from wagtail.documents import get_document_model

            for document in get_document_model().objects.iterator():
                document.read_text()
                document.save(update_fields=["extracted_text", "extraction_status"])
        count = indexing.rebuild()
        self.stdout.write(self.style.SUCCESS(f"Staff search now covers {count} entries."))
