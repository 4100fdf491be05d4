"""Start-up for every entry point: one clear line for a bad environment."""

import os
import sys


def setup(default_settings):
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", default_settings)
    from config.env import EnvError

    try:
        import django

        django.setup()
    except EnvError as error:
        sys.stderr.write(f"Configuration error: {error}\n")
        raise SystemExit(2) from None
