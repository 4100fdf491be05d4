from pathlib import Path

import polib
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError


class Command(BaseCommand):
    help = (
        "Compile every locale/*/LC_MESSAGES/*.po into .mo with polib, so that set-up "
        "needs no GNU gettext on the machine."
    )

    def handle(self, *args, **options):
        compiled = 0
        for locale_path in settings.LOCALE_PATHS:
            for po_path in sorted(Path(locale_path).glob("*/LC_MESSAGES/*.po")):
                try:
                    catalogue = polib.pofile(str(po_path))
                except (OSError, ValueError) as error:
                    raise CommandError(f"{po_path}: {error}") from error
                catalogue.save_as_mofile(str(po_path.with_suffix(".mo")))
                compiled += 1
        self.stdout.write(f"Compiled {compiled} translation catalogue(s).")
