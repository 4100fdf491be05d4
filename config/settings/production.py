"""Production: base settings plus the variables that have no safe default."""

from config import env

from .base import *  # noqa: F403

SECRET_KEY = env.get("SECRET_KEY", required=True)
if len(SECRET_KEY) < 50 or SECRET_KEY.startswith("django-insecure"):
    raise env.EnvError("SECRET_KEY must be a random string of at least 50 characters.")
ALLOWED_HOSTS = env.get_list("ALLOWED_HOSTS", required=True)
