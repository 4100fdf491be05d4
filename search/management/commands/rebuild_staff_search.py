from django.core.management.base import BaseCommand

from search import indexing


class Command(BaseCommand):
    help = "Recreate staff search entries from every live page, directory entry and document."

    def add_arguments(self, parser):
        parser.add_argument(
            "--reread-documents",
            action="store_true",
            help="Read the text of every document file again first, here, not in the worker.",
        )
        parser.add_argument(
            "--read-pending-documents",
            action="store_true",
            help="Read the text of documents still waiting for it (a worker that was down).",
        )

    def handle(self, *args, reread_documents=False, read_pending_documents=False, **options):
        if reread_documents or read_pending_documents:
            from wagtail.documents import get_document_model

            from search import extract
            from search.tasks import read_document_text

            documents = get_document_model().objects.exclude(file="")
            if not reread_documents:
                documents = documents.filter(extraction_status__in=[extract.PENDING, ""])
            for document in documents.iterator():
                read_document_text.call(document.pk, document.file.name)
        count = indexing.rebuild()
        self.stdout.write(self.style.SUCCESS(f"Staff search now covers {count} entries."))
