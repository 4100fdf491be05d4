"""Running a bench in process, on a throwaway test database, with the test settings.

SQLite by default; with DATABASE_URL, ``test_<name>`` beside the PostgreSQL
database it names. Django is set up on import, so import this first.
"""

import contextlib
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


@contextlib.contextmanager
def live_server():
    """This process's site on a loopback port, served from a thread on the test database.

    As Django's LiveServerTestCase serves it, but one request at a time: an
    in-memory SQLite test database is one connection, which two requests at
    once would share. For the short modes of benches that otherwise start
    gunicorn, so that they run in seconds on small data.
    """
    from django.contrib.staticfiles.handlers import StaticFilesHandler
    from django.core.servers.basehttp import WSGIServer
    from django.db import connections
    from django.test.testcases import LiveServerThread

    class OneAtATime(WSGIServer):
        def __init__(self, *args, connections_override=None, **kwargs):
            super().__init__(*args, **kwargs)

    class Serving(LiveServerThread):
        server_class = OneAtATime

    shared = {
        db.alias: db for db in connections.all() if db.vendor == "sqlite" and db.is_in_memory_db()
    }
    for db in shared.values():
        db.inc_thread_sharing()
    thread = Serving("127.0.0.1", StaticFilesHandler, connections_override=shared, port=0)
    thread.daemon = True
    thread.start()
    thread.is_ready.wait()
    try:
        if thread.error:
            raise thread.error
        yield thread.port
    finally:
        thread.terminate()
        for db in shared.values():
            db.dec_thread_sharing()
