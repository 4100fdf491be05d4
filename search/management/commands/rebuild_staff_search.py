from django.core.management.base import BaseCommand, CommandError

from councils.tenancy import across_councils
from home.management.councils import ALL, add_council_argument, councils_named
from search import indexing


class Command(BaseCommand):
    help = (
        "Recreate staff search entries from every live page, directory entry and document. "
        "An operator's command across councils (an organisation may be listed by several, "
        "each with its own entry): with more than one council, say so with --council all."
    )

    def add_arguments(self, parser):
        add_council_argument(parser, every_council=True)
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
        councils_named(options["council"], every_council=True)
        if options["council"] not in (None, ALL):
            raise CommandError(
                "Staff search is rebuilt for every council at once: pass --council all."
            )
        if reread_documents or read_pending_documents:
            self.read_documents(reread_documents)
        with across_councils():
            count = indexing.rebuild()
        self.stdout.write(self.style.SUCCESS(f"Staff search now covers {count} entries."))

    def read_documents(self, every_document):
        from wagtail.documents import get_document_model

        from councils.models import Council
        from search import extract
        from search.tasks import read_document_text

        documents = get_document_model().objects.exclude(file="").select_related("collection")
        if not every_document:
            documents = documents.filter(extraction_status__in=[extract.PENDING, ""])
        councils = {}
        for document in documents.iterator():
            # Each document is read for its own council, as the worker would.
            if document.collection_id not in councils:
                councils[document.collection_id] = Council.for_collection(document.collection)
            council = councils[document.collection_id]
            read_document_text.call(getattr(council, "pk", None), document.pk, document.file.name)
