"""Running a bench in process, on a throwaway test database, with the test settings.

SQLite by default; with DATABASE_URL, ``test_<name>`` beside the PostgreSQL
database it names. Django is set up on import, so import this first.
"""

import os
import sys
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(BASE_DIR))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")

import django  # noqa: E402

django.setup()


def run(main):
    """``main()`` on a fresh test database, dropped afterwards."""
    from django.test.utils import setup_databases, setup_test_environment, teardown_databases

    setup_test_environment()
    databases = setup_databases(verbosity=0, interactive=False)
    try:
        main()
    finally:
        teardown_databases(databases, verbosity=0)
