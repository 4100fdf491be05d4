"""Settings safe for production. dev.py and test.py only relax them.

Every integration is read from the environment here, once, and switched on by
its own variable; with none set the site runs on SQLite, local media,
Wagtail's database search and an in-process cache.
"""

from datetime import timedelta
from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF, UNSAFE_INLINE
from django.conf.locale import LANG_INFO
from django.utils.translation import gettext_lazy as _

from config import env, storages
from config.site_name import site_name

BASE_DIR = Path(__file__).resolve().parent.parent.parent

SECRET_KEY = env.get("SECRET_KEY")
DEBUG = False
ALLOWED_HOSTS = env.get_list("ALLOWED_HOSTS")
CSRF_TRUSTED_ORIGINS = env.get_list("CSRF_TRUSTED_ORIGINS")
BASE_URL = env.get_url("BASE_URL", ("http", "https"), "http://127.0.0.1:8000").rstrip("/")
WAGTAILADMIN_BASE_URL = BASE_URL
WAGTAIL_SITE_NAME = site_name(env.get("SITE_NAME", "Better Together"))

INSTALLED_APPS = [
    "councils",
    "accounts",
    "home",
    "resources",
    "review",
    "audits",
    "forms_app",
    "search",
    "openreferral",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.table_block",
    "wagtail.contrib.typed_table_block",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "django_tasks",
    "django_tasks_db",
    "wagtail",
    "modelcluster",
    "taggit",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "axes",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Pages travel gzipped (static files were compressed ahead by whitenoise). Django's
    # own answers to BREACH apply: a masked CSRF token per page, random gzip padding.
    "django.middleware.gzip.GZipMiddleware",
    # Early, so that every answer below carries them, refusals included.
    "home.middleware.ContentSecurityPolicyMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "home.middleware.PathLocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "accounts.middleware.StaffSessionTimeoutMiddleware",
    "home.middleware.CouncilMiddleware",
    "home.branding.ServingRequestMiddleware",
    # Asks the council's provider again now and then whether the person may still sign in.
    "accounts.oidc_views.CouncilAccountRecheckMiddleware",
    "accounts.middleware.ProviderFormActionMiddleware",
    "django.contrib.auth.middleware.LoginRequiredMiddleware",
    "home.middleware.AdminAccessMiddleware",
    # An admin address naming another council's page, file, record or person is not found.
    "councils.admin_doors.AdminCouncilDoorMiddleware",
    # wagtail-localize's views find records by bare id: the council's own only.
    "councils.localize_doors.LocalizeCouncilMiddleware",
    "home.middleware.PrivateForStaffMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "home.middleware.AdminFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, as django-axes asks: it turns a locked-out sign-in into its lockout page.
    "axes.middleware.AxesMiddleware",
]

# The admin's tag library is replaced by a superset whose one changed tag builds links on the
# council's own address (home.templatetags.council_admin_tags); Django warns of the shared name.
SILENCED_SYSTEM_CHECKS = ["templates.W003"]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "home.context_processors.branding",
                # After Django's own CSRF processor, which it replaces on cached pages.
                "home.page_cache.csrf_placeholder",
            ],
            # Wagtail's admin tags with links on the council's own address (see the module).
            "libraries": {"wagtailadmin_tags": "home.templatetags.council_admin_tags"},
        },
    },
]

# Databases: SQLite unless DATABASE_URL names PostgreSQL.
DATABASE_URL = env.get_url("DATABASE_URL", ("postgres", "postgresql", "pgsql", "sqlite"))
if DATABASE_URL:
    DATABASES = {
        "default": dj_database_url.parse(
            DATABASE_URL,
            conn_max_age=env.get_int("DATABASE_CONN_MAX_AGE", 60, minimum=0),
            conn_health_checks=True,
        )
    }
    if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql" and not env.get_bool(
        "DATABASE_JIT", False
    ):
        # PostgreSQL compiled staff search's matching query for a word most entries
        # contain to machine code on every search: 50 ms of its 126 ms on 20,000 entries.
        options = DATABASES["default"].setdefault("OPTIONS", {})
        options["options"] = f"{options.get('options', '')} -c jit=off".strip()
else:
    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": env.get("SQLITE_PATH", str(BASE_DIR / "db.sqlite3")),
            "OPTIONS": {
                "transaction_mode": "IMMEDIATE",
                "init_command": "PRAGMA journal_mode=WAL;",
            },
        }
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Cache and sessions: Redis when REDIS_URL is set, otherwise in-process.
REDIS_URL = env.get_url("REDIS_URL", ("redis", "rediss", "unix"))
if REDIS_URL:
    CACHES = {
        "default": {
            # Django's Redis cache, carrying on without Redis while it is unreachable.
            "BACKEND": "config.cache.ResilientRedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": env.get("CACHE_KEY_PREFIX", "better-together"),
            "TIMEOUT": 300,
            "OPTIONS": {"socket_connect_timeout": 1, "socket_timeout": 1},
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# Rendered pages kept per council, language and role (home/page_cache.py);
# 0 turns the page cache off. Query parameters outside the list are never cached.
PAGE_CACHE_SECONDS = env.get_int("PAGE_CACHE_SECONDS", 600, minimum=0)
PAGE_CACHE_QUERY_PARAMETERS = ("page", "src", "untranslated", "sent", "callback")
# The database is the sessions' source of truth; the cache only speeds them up,
# so signed-in staff stay signed in when Redis is down.
SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"

# Storage: local media folder unless an S3-compatible bucket is named.
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env.get("MEDIA_ROOT", str(BASE_DIR / "media")))
STATIC_URL = "/static/"
STATIC_ROOT = Path(env.get("STATIC_ROOT", str(BASE_DIR / "staticfiles")))
STATICFILES_DIRS = [BASE_DIR / "static", BASE_DIR / "build" / "static"]

AWS_STORAGE_BUCKET_NAME = env.get("AWS_STORAGE_BUCKET_NAME")
if AWS_STORAGE_BUCKET_NAME:
    DEFAULT_STORAGE = storages.s3(
        AWS_STORAGE_BUCKET_NAME,
        endpoint_url=env.get_url("AWS_S3_ENDPOINT_URL", ("http", "https")),
        region_name=env.get("AWS_S3_REGION_NAME"),
        access_key=env.get("AWS_ACCESS_KEY_ID"),
        secret_key=env.get("AWS_SECRET_ACCESS_KEY"),
        location=env.get("AWS_LOCATION", "media"),
        querystring_expire=env.get_int("AWS_QUERYSTRING_EXPIRE", 300, minimum=30),
    )
else:
    DEFAULT_STORAGE = {"BACKEND": "django.core.files.storage.FileSystemStorage"}
STORAGES = {
    "default": DEFAULT_STORAGE,
    "staticfiles": {"BACKEND": "config.storages.StaticFiles"},
}
WAGTAILDOCS_SERVE_METHOD = "serve_view"
# Documents carry the text extracted from their file so that staff search finds it.
WAGTAILDOCS_DOCUMENT_MODEL = "search.SearchableDocument"
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "doc", "odt", "xlsx", "xls", "ods", "pptx", "txt", "csv"]
# Images belong to the council of their collection (councils.files).
WAGTAILIMAGES_IMAGE_MODEL = "home.CouncilImage"
# No SVG: an SVG can carry scripts, and an image's file is opened inline by its address.
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]
# Every other kind of document (HTML, SVG, XML included) is served as a download, never inline.
WAGTAILDOCS_INLINE_CONTENT_TYPES = ["application/pdf"]
DATA_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
# The text of an uploaded document is read by a background task, in a child
# process limited to this memory and CPU time and killed after the timeout.
SEARCH_EXTRACT_MEMORY_MB = env.get_int("SEARCH_EXTRACT_MEMORY_MB", 256, minimum=64)
SEARCH_EXTRACT_CPU_SECONDS = env.get_int("SEARCH_EXTRACT_CPU_SECONDS", 20, minimum=1)
SEARCH_EXTRACT_TIMEOUT_SECONDS = env.get_int("SEARCH_EXTRACT_TIMEOUT_SECONDS", 30, minimum=1)

# Background tasks (django-tasks): run at once in the same process unless
# TASKS_BACKEND=database, when `manage.py db_worker` runs them from the database.
TASKS_BACKEND = env.get("TASKS_BACKEND", "immediate")
TASK_BACKENDS = {
    "immediate": "django_tasks.backends.immediate.ImmediateBackend",
    "database": "django_tasks_db.DatabaseBackend",
}
if TASKS_BACKEND not in TASK_BACKENDS:
    raise env.EnvError(f"TASKS_BACKEND must be immediate or database, not {TASKS_BACKEND!r}.")
TASKS = {"default": {"BACKEND": TASK_BACKENDS[TASKS_BACKEND]}}

# Email: the console unless an SMTP host is given.
EMAIL_HOST = env.get("EMAIL_HOST")
if EMAIL_HOST:
    EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    EMAIL_PORT = env.get_int("EMAIL_PORT", 587, minimum=1)
    EMAIL_HOST_USER = env.get("EMAIL_HOST_USER", "")
    EMAIL_HOST_PASSWORD = env.get("EMAIL_HOST_PASSWORD", "")
    EMAIL_USE_TLS = env.get_bool("EMAIL_USE_TLS", True)
else:
    EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
DEFAULT_FROM_EMAIL = env.get("DEFAULT_FROM_EMAIL", "better-together@example.org")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
WAGTAILADMIN_NOTIFICATION_FROM_EMAIL = DEFAULT_FROM_EMAIL

# Staff sign in; the middleware sends everything not marked public to it.
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "/login/"
LOGIN_REDIRECT_URL = "/"
LOGOUT_REDIRECT_URL = LOGIN_URL
WAGTAILADMIN_LOGIN_URL = LOGIN_URL
WAGTAIL_FRONTEND_LOGIN_URL = LOGIN_URL
PASSWORD_RESET_TIMEOUT = 60 * 60 * 24
# How many reset emails one address, or one client, may ask for in an hour.
PASSWORD_RESET_RATE_LIMIT = (env.get_int("PASSWORD_RESET_PER_HOUR", 3, minimum=1), 60 * 60)

# A signed-in session ends after this long without a request, and after this
# long whatever happens. The cookie lives no longer than the absolute limit.
SESSION_IDLE_MINUTES = env.get_int("SESSION_IDLE_MINUTES", 30, minimum=1)
SESSION_MAX_HOURS = env.get_int("SESSION_MAX_HOURS", 12, minimum=1)
SESSION_COOKIE_AGE = SESSION_MAX_HOURS * 60 * 60

# The client's address: X-Forwarded-For is believed only when the request comes
# from one of these proxies (addresses or CIDR ranges), and only up to the
# first address that is not one of them. Empty: REMOTE_ADDR, whatever headers say.
TRUSTED_PROXIES = env.get_networks("TRUSTED_PROXIES")

# Sign-in throttling (django-axes): an account, or a client address, that fails
# this many times is refused, even with the right password, until the cool-off
# has passed since its last failure. Attempts are kept in the database.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    # Django's ModelBackend, reading the person's council with them (one query a request).
    "accounts.backends.PasswordBackend",
    # Council accounts (OpenID Connect); it answers only its own callback, so axes never sees it.
    "accounts.oidc.CouncilOIDCBackend",
]
AXES_FAILURE_LIMIT = env.get_int("AXES_FAILURE_LIMIT", 5, minimum=1)
AXES_COOLOFF_MINUTES = env.get_int("AXES_COOLOFF_MINUTES", 15, minimum=1)
AXES_COOLOFF_TIME = timedelta(minutes=AXES_COOLOFF_MINUTES)
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_RESET_ON_SUCCESS = True
AXES_CLIENT_IP_CALLABLE = "home.clientip.client_ip"
AXES_LOCKOUT_CALLABLE = "accounts.signin.locked_out"
AXES_HTTP_RESPONSE_CODE = 429
# Failed attempts are counted, not every sign-in written down a second time.
AXES_DISABLE_ACCESS_LOG = True

# Staff sign in with their council account (OpenID Connect, mozilla-django-oidc).
# These configure the default site's council; other councils are configured in
# the admin (Settings → Sign-in), their secret named by an environment variable.
OIDC_ISSUER = env.get_url("OIDC_ISSUER", ("http", "https"))
OIDC_CLIENT_ID = env.get("OIDC_CLIENT_ID")
OIDC_CLIENT_SECRET = env.get("OIDC_CLIENT_SECRET")
if OIDC_ISSUER and not (OIDC_CLIENT_ID and OIDC_CLIENT_SECRET):
    raise env.EnvError("OIDC_ISSUER needs OIDC_CLIENT_ID and OIDC_CLIENT_SECRET as well.")
OIDC_GROUPS_CLAIM = env.get("OIDC_GROUPS_CLAIM", "groups")
OIDC_RP_SCOPES = env.get("OIDC_SCOPES", "openid email profile")
OIDC_RP_SIGN_ALGO = "RS256"
OIDC_USE_PKCE = True
OIDC_USE_NONCE = True
# Seconds to wait for the provider, to keep its discovery document, and of clock skew allowed.
OIDC_TIMEOUT = env.get_int("OIDC_TIMEOUT", 5, minimum=1)
OIDC_DISCOVERY_CACHE_SECONDS = 60 * 60
OIDC_CLOCK_LEEWAY_SECONDS = 30
# How often a page load asks the provider, without showing it, whether the person may still
# sign in: a leaver disabled there is signed out here within this time, even while active.
OIDC_RENEW_ID_TOKEN_EXPIRY_SECONDS = 15 * 60

# Languages. Django ships no Somali, so it is added to its language table;
# locale/so/ carries Somali for Django's own messages as well as ours.
LANG_INFO.setdefault(
    "so", {"bidi": False, "code": "so", "name": "Somali", "name_local": "Soomaali"}
)
LANGUAGE_CODE = "en"
LANGUAGES = [("en", "English"), ("bn", "বাংলা"), ("so", "Soomaali")]
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAIL_I18N_ENABLED = True
# Sending a live page for translation makes a draft, never a live copy of the English.
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
WAGTAILADMIN_PERMITTED_LANGUAGES = [("en", "English")]
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = "Europe/London"
FAMILY_LANGUAGES = [code for code, _name in LANGUAGES]

# Wagtail
# On PostgreSQL the index stems with the site language's dictionary; Bengali
# and Somali have none there, so they get `simple`. SQLite ignores the option.
WAGTAILSEARCH_BACKENDS = {
    "default": {
        "BACKEND": "wagtail.search.backends.database",
        "SEARCH_CONFIG": {"en": "english"}.get(LANGUAGE_CODE, "simple"),
    }
}
WAGTAILSEARCH_HITS_MAX_AGE = 30
WAGTAILADMIN_RICH_TEXT_EDITORS = {
    "default": {
        "WIDGET": "wagtail.admin.rich_text.DraftailRichTextArea",
        "OPTIONS": {
            "features": ["h2", "h3", "h4", "bold", "italic", "ol", "ul", "link", "document-link"]
        },
    }
}
WAGTAIL_MODERATION_ENABLED = True
WAGTAIL_WORKFLOW_ENABLED = True
# Approving a translation publishes its translated strings, never the English draft.
WAGTAIL_FINISH_WORKFLOW_ACTION = "home.workflows.publish_workflow_state"
# Autosave off: on a new page it posts the create form in the background when a field
# loses focus, so clicking "Save draft" or "Submit" posts it a second time at once; one
# creates the page, the other answers "could not be created" (slug in use, on the
# hidden Promote tab). Editors save with the footer's buttons.
WAGTAIL_AUTOSAVE_INTERVAL = 0
WAGTAILEMBEDS_RESPONSIVE_HTML = True
WAGTAIL_ALLOW_UNICODE_SLUGS = False
WAGTAIL_PASSWORD_RESET_ENABLED = False
# The admin asks no outside service anything: no avatars from Gravatar (they
# would tell it which staff use the admin), no release check.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_ENABLE_UPDATE_CHECK = False

# Security, all on unless explicitly relaxed for a deployment behind plain HTTP.
SECURE_SSL_REDIRECT = env.get_bool("SECURE_SSL_REDIRECT", True)
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
SESSION_COOKIE_SECURE = env.get_bool("SECURE_COOKIES", True)
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
SESSION_COOKIE_HTTPONLY = True
SECURE_HSTS_SECONDS = env.get_int("SECURE_HSTS_SECONDS", 60 * 60 * 24 * 365, minimum=0)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env.get_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
SECURE_HSTS_PRELOAD = env.get_bool("SECURE_HSTS_PRELOAD", True)
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"

# Content-Security-Policy (django-csp). The site's own pages run only scripts and
# styles from its own static files; the Wagtail admin, which writes inline
# scripts and styles of its own, gets a looser policy (home.middleware).
_MEDIA_SOURCES = [SELF, "data:", "blob:"]
if AWS_STORAGE_BUCKET_NAME:
    # Images and renditions are signed links straight to the bucket.
    _endpoint = env.get_url("AWS_S3_ENDPOINT_URL", ("http", "https"))
    _MEDIA_SOURCES.append(_endpoint.rstrip("/") if _endpoint else "https://*.amazonaws.com")
_VIDEO_SOURCES = [
    "https://www.youtube.com",
    "https://www.youtube-nocookie.com",
    "https://player.vimeo.com",
]
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": _MEDIA_SOURCES,
        "media-src": _MEDIA_SOURCES,
        "font-src": [SELF],
        "connect-src": [SELF],
        "frame-src": _VIDEO_SOURCES,
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    }
}
ADMIN_CONTENT_SECURITY_POLICY = {
    **CONTENT_SECURITY_POLICY["DIRECTIVES"],
    "script-src": [SELF, UNSAFE_INLINE],
    "style-src": [SELF, UNSAFE_INLINE],
    # Live preview shows the page inside the admin; embeds come from their providers.
    "frame-src": [SELF, *_VIDEO_SOURCES],
    "frame-ancestors": [SELF],
}
# Nothing here needs the camera, microphone, location or payment features.
PERMISSIONS_POLICY = {
    feature: []
    for feature in (
        "accelerometer",
        "autoplay",
        "camera",
        "display-capture",
        "geolocation",
        "gyroscope",
        "magnetometer",
        "microphone",
        "midi",
        "payment",
        "usb",
    )
}
if env.get_bool("BEHIND_TLS_PROXY", False):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")

# Family feedback: how long opt-in call-back details are kept.
CALLBACK_RETENTION_DAYS = env.get_int("CALLBACK_RETENTION_DAYS", 90, minimum=1)
# Staff suggestions for the directory: their notes and who sent them.
ORGANISATION_UPDATE_RETENTION_DAYS = env.get_int(
    "ORGANISATION_UPDATE_RETENTION_DAYS", 365, minimum=1
)
# Flood control files a submission, never refuses it: one sent sooner than
# this after the form was shown, or beyond either limit within the window, is
# kept as "held" for the Learning Academy to release or discard.
# At most a third of the quickest person measured (docs/review.md, "Too fast").
FAMILY_FORM_MIN_FILL_SECONDS = env.get_int("FAMILY_FORM_MIN_FILL_SECONDS", 3, minimum=0)
FAMILY_FORM_LIMIT_WINDOW = env.get_int("FAMILY_FORM_LIMIT_WINDOW", 60 * 60, minimum=60)
FAMILY_FORM_LIMIT_PER_ADDRESS = env.get_int("FAMILY_FORM_LIMIT_PER_ADDRESS", 20, minimum=1)
FAMILY_FORM_LIMIT_PER_FORM = env.get_int("FAMILY_FORM_LIMIT_PER_FORM", 1000, minimum=1)
# Django's own CSRF page is written for developers; families get plain words.
CSRF_FAILURE_VIEW = "forms_app.views.csrf_failure"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": env.get("LOG_LEVEL", "INFO")},
    "loggers": {
        # Request logging can carry query strings typed by families.
        "django.request": {"handlers": ["console"], "level": "ERROR", "propagate": False},
        "django_tasks": {"level": "WARNING"},
    },
}

BRAND = {
    "organisation": env.get("COUNCIL_NAME", "Tower Hamlets Supporting Families"),
    "framework": _("Better Together"),
}
