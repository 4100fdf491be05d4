"""Settings switch on each service by environment alone, and refuse bad values clearly."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PRODUCTION = {
    "SECRET_KEY": "a-production-secret-key-that-is-long-and-random-0123456789abcdefgh",
    "ALLOWED_HOSTS": "intranet.example.org",
}
DUMP = """
import json
from config.startup import setup
setup({module!r})
from django.conf import settings
print(json.dumps({{
    "engine": settings.DATABASES["default"]["ENGINE"],
    "database_options": settings.DATABASES["default"].get("OPTIONS", {{}}),
    "cache": settings.CACHES["default"]["BACKEND"],
    "storage": settings.STORAGES["default"]["BACKEND"],
    "storage_options": settings.STORAGES["default"].get("OPTIONS", {{}}),
    "email": settings.EMAIL_BACKEND,
    "search": settings.WAGTAILSEARCH_BACKENDS["default"]["BACKEND"],
    "debug": settings.DEBUG,
    "tasks": settings.TASKS["default"]["BACKEND"],
}}))
"""


def run_settings(env, module="config.settings.production"):
    clean = {
        key: value
        for key, value in os.environ.items()
        if key
        not in {
            "DATABASE_URL",
            "REDIS_URL",
            "AWS_STORAGE_BUCKET_NAME",
            "EMAIL_HOST",
            "SECRET_KEY",
            "ALLOWED_HOSTS",
            "DJANGO_SETTINGS_MODULE",
            "DJANGO_ALLOW_ASYNC_UNSAFE",
            "TASKS_BACKEND",
        }
    }
    return subprocess.run(
        [sys.executable, "-c", DUMP.format(module=module)],
        env={**clean, **env},
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )


def settings_for(env, module="config.settings.production"):
    result = run_settings(env, module)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_with_nothing_set_the_site_runs_on_embedded_services():
    values = settings_for({}, module="config.settings.dev")
    assert values["engine"] == "django.db.backends.sqlite3"
    assert values["cache"] == "django.core.cache.backends.locmem.LocMemCache"
    assert values["storage"] == "django.core.files.storage.FileSystemStorage"
    assert values["email"] == "django.core.mail.backends.console.EmailBackend"
    assert values["search"] == "wagtail.search.backends.database"


def test_production_services_are_switched_on_by_their_variables():
    values = settings_for(
        {
            **PRODUCTION,
            "DATABASE_URL": "postgres://postgres@127.0.0.1:5432/test",
            "REDIS_URL": "redis://127.0.0.1:6379/0",
            "AWS_STORAGE_BUCKET_NAME": "family-media",
            "AWS_S3_ENDPOINT_URL": "http://127.0.0.1:9000",
            "EMAIL_HOST": "smtp.example.org",
        }
    )
    assert values["engine"] == "django.db.backends.postgresql"
    assert values["cache"] == "config.cache.ResilientRedisCache"
    assert values["storage"] == "storages.backends.s3.S3Storage"
    assert values["storage_options"]["default_acl"] == "private"
    assert values["storage_options"]["file_overwrite"] is False
    assert values["email"] == "django.core.mail.backends.smtp.EmailBackend"
    assert values["debug"] is False


def test_postgresql_runs_without_jit_unless_asked():
    """JIT compiled staff search's broad matching query for longer than it then ran."""
    url = "postgres://postgres@127.0.0.1:5432/test?options=-c%20statement_timeout%3D60000"
    values = settings_for({**PRODUCTION, "DATABASE_URL": url})
    assert values["database_options"]["options"] == "-c statement_timeout=60000 -c jit=off"
    asked = settings_for({**PRODUCTION, "DATABASE_URL": url, "DATABASE_JIT": "true"})
    assert asked["database_options"]["options"] == "-c statement_timeout=60000"

    shown = subprocess.run(
        [sys.executable, "-c", SHOW_JIT],
        env={**os.environ, **PRODUCTION, "DATABASE_URL": url},
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert shown.stdout.split() == ["off"], shown.stderr


SHOW_JIT = """
from config.startup import setup
setup("config.settings.production")
from django.db import connection
with connection.cursor() as cursor:
    cursor.execute("SHOW jit")
    print(cursor.fetchone()[0])
"""


@pytest.mark.parametrize(
    ("env", "named"),
    [
        ({"ALLOWED_HOSTS": "intranet.example.org"}, "SECRET_KEY"),
        ({"SECRET_KEY": PRODUCTION["SECRET_KEY"]}, "ALLOWED_HOSTS"),
        ({**PRODUCTION, "SECRET_KEY": "short"}, "SECRET_KEY"),
        ({**PRODUCTION, "DATABASE_URL": "mysql://db/x"}, "DATABASE_URL"),
        ({**PRODUCTION, "REDIS_URL": "127.0.0.1:6379"}, "REDIS_URL"),
        ({**PRODUCTION, "SECURE_SSL_REDIRECT": "perhaps"}, "SECURE_SSL_REDIRECT"),
        ({**PRODUCTION, "CALLBACK_RETENTION_DAYS": "ninety"}, "CALLBACK_RETENTION_DAYS"),
        ({**PRODUCTION, "TASKS_BACKEND": "celery"}, "TASKS_BACKEND"),
        ({**PRODUCTION, "TRUSTED_PROXIES": "10.0.0.1, proxy.local"}, "TRUSTED_PROXIES"),
        ({**PRODUCTION, "SESSION_IDLE_MINUTES": "0"}, "SESSION_IDLE_MINUTES"),
    ],
)
def test_a_bad_production_environment_stops_with_one_line_naming_the_variable(env, named):
    result = run_settings(env)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("Configuration error:")
    assert named in lines[0]
    assert "Traceback" not in result.stderr


def test_uploads_queue_their_reading_for_a_worker_in_production_and_run_it_at_once_in_dev():
    assert settings_for({}, module="config.settings.dev")["tasks"].endswith("ImmediateBackend")
    assert settings_for(PRODUCTION)["tasks"] == "django_tasks_db.DatabaseBackend"
    immediate = settings_for({**PRODUCTION, "TASKS_BACKEND": "immediate"})
    assert immediate["tasks"].endswith("ImmediateBackend")
    database = settings_for({"TASKS_BACKEND": "database"}, module="config.settings.dev")
    assert database["tasks"] == "django_tasks_db.DatabaseBackend"


def test_a_password_in_a_malformed_database_url_is_not_echoed():
    result = run_settings({**PRODUCTION, "DATABASE_URL": "mysql://user:hunter2@db/x"})
    assert result.returncode == 2
    assert "hunter2" not in result.stderr


def test_production_settings_pass_the_deployment_checklist_with_no_warnings():
    clean = {
        k: v
        for k, v in os.environ.items()
        if k not in {"DJANGO_SETTINGS_MODULE", "DJANGO_ALLOW_ASYNC_UNSAFE"}
    }
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        env={**clean, **PRODUCTION, "DJANGO_SETTINGS_MODULE": "config.settings.production"},
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    # The one silenced check is the admin tag library's named replacement, nothing of deployment.
    assert "no issues (1 silenced)" in result.stdout
    from django.conf import settings

    assert settings.SILENCED_SYSTEM_CHECKS == ["templates.W003"]


def test_every_variable_the_settings_read_is_documented():
    import re

    read = set()
    for path in (ROOT / "config").rglob("*.py"):
        read |= set(re.findall(r'env\.get\w*\(\s*"([A-Z0-9_]+)"', path.read_text()))
    read |= set(
        re.findall(
            r'os\.environ\.get\("([A-Z0-9_]+)"', (ROOT / "config" / "gunicorn.py").read_text()
        )
    )
    example = set(re.findall(r"^([A-Z0-9_]+)=", (ROOT / ".env.example").read_text(), re.M))
    readme = (ROOT / "README.md").read_text()
    assert read, "no variables found: the pattern is out of date"
    assert read <= example, f"missing from .env.example: {sorted(read - example)}"
    undocumented = sorted(name for name in read if f"`{name}`" not in readme)
    assert not undocumented, f"missing from the README table: {undocumented}"
