"""Production: base settings plus the variables that have no safe default."""

from config import env

from .base import *  # noqa: F403

SECRET_KEY = env.get("SECRET_KEY", required=True)
if len(SECRET_KEY) < 50 or SECRET_KEY.startswith("django-insecure"):
    raise env.EnvError("SECRET_KEY must be a random string of at least 50 characters.")
ALLOWED_HOSTS = env.get_list("ALLOWED_HOSTS", required=True)

# Uploads answer at once: a worker (`manage.py db_worker`) reads documents.
TASKS_BACKEND = env.get("TASKS_BACKEND", "database")
if TASKS_BACKEND not in TASK_BACKENDS:  # noqa: F405
    raise env.EnvError(f"TASKS_BACKEND must be immediate or database, not {TASKS_BACKEND!r}.")
TASKS = {"default": {"BACKEND": TASK_BACKENDS[TASKS_BACKEND]}}  # noqa: F405
