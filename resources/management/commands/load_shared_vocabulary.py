"""Load the vendored LGA/esd terms councils map their own terms to.

Shared terms belong to no council (every council maps to the same rows), so this
works across councils and needs no ``--council``.
"""

from django.core.management.base import BaseCommand

from resources.models import SharedTerm
from resources.shared_vocabulary import load_shared_terms


class Command(BaseCommand):
    help = "Load resources/vocabularies/esd.json into the shared vocabulary terms."

    def handle(self, *args, **options):
        count = load_shared_terms(SharedTerm)
        self.stdout.write(f"{count} shared vocabulary terms loaded.")
