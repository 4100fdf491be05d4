"""Local development: the embedded default, readable errors, plain HTTP."""

from config import env

from .base import *  # noqa: F403

DEBUG = env.get_bool("DEBUG", True)
SECRET_KEY = env.get("SECRET_KEY", "dev-only-key-not-for-production-use-0123456789abcdef")
ALLOWED_HOSTS = env.get_list(
    "ALLOWED_HOSTS", ["localhost", "127.0.0.1", "[::1]", ".localhost", "testserver"]
)
SECURE_SSL_REDIRECT = False
SESSION_COOKIE_SECURE = False
CSRF_COOKIE_SECURE = False
SECURE_HSTS_SECONDS = 0
STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
}
DEMO_CONTENT_ALLOWED = True
