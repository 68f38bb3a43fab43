"""Settings shared by every deployment. Secrets and hosts come from the environment."""

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent.parent
VAR_DIR = Path(os.environ.get("SIMFONI_VAR_DIR", BASE_DIR / "var"))

SECRET_KEY = os.environ.get("SECRET_KEY", "")
DEBUG = False
ALLOWED_HOSTS: list[str] = []

INSTALLED_APPS = [
    "workshops",
    "accounts",
    "modules",
    "exercises",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "formtools",
    "django_htmx",
    "axes",
    "csp",
    # Django's own admin, open to superusers only (facilitators work in Wagtail's admin).
    "training_site.apps.SuperuserAdminConfig",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django.forms",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "training_site.middleware.SiteLanguageMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "training_site.csp.SiteCSPMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, as django-axes asks: it turns a locked-out login into the lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "training_site.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
            ],
        },
    },
]

# Widget templates are looked up like every other template, so templates/ can override them.
FORM_RENDERER = "exercises.forms.render.FastRenderer"

WSGI_APPLICATION = "training_site.wsgi.application"


def database_from_env(default_sqlite_path: Path) -> dict:
    """DATABASE_URL picks the database; without it, a local SQLite file tuned for a LAN workshop.

    WAL lets readers work while one writer commits, the busy timeout makes a writer wait
    instead of failing at once, and IMMEDIATE transactions take the write lock up front so
    two requests never deadlock upgrading a read lock.
    """
    url = os.environ.get("DATABASE_URL", "").strip()
    if url:
        config = dj_database_url.parse(url, conn_max_age=60, conn_health_checks=True)
    else:
        # Persistent, as with DATABASE_URL: opening a SQLite file and running the PRAGMAs below on every
        # request costs 2-3 ms. Connections are per thread, so a sync or gthread worker never shares one.
        config = {"ENGINE": "django.db.backends.sqlite3", "NAME": str(default_sqlite_path), "CONN_MAX_AGE": 600}
    if config["ENGINE"] == "django.db.backends.sqlite3":
        config.setdefault("OPTIONS", {}).update(
            {
                "timeout": 20,
                "transaction_mode": "IMMEDIATE",
                "init_command": (
                    "PRAGMA journal_mode=WAL;"
                    "PRAGMA synchronous=NORMAL;"
                    "PRAGMA busy_timeout=20000;"
                    "PRAGMA foreign_keys=ON;"
                ),
            }
        )
    return config


DATABASES = {"default": database_from_env(VAR_DIR / "db.sqlite3")}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# The first hasher makes new hashes; the others still check older ones, and a login with an
# older hash (PBKDF2 from before) stores it again with the first. Only one hasher per
# algorithm name may be listed: Django keeps the last one it sees for a name.
PASSWORD_HASHERS = [
    "training_site.hashers.Argon2idOwaspHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2SHA1PasswordHasher",
    "django.contrib.auth.hashers.ScryptPasswordHasher",
]

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "id"
LANGUAGES = [("id", _("Indonesian")), ("en", _("English"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Asia/Jakarta"
USE_I18N = True
USE_TZ = True


def cache_from_env() -> dict:
    """REDIS_URL puts the cache on Redis (shared by every app server; needs the ``redis``
    package); without it the cache is a database table, which every app server on the same
    database shares as well. ``migrate`` creates that table (see exercises.apps)."""
    url = os.environ.get("REDIS_URL", "").strip()
    if url:
        try:
            import redis  # noqa: F401
        except ImportError as missing:
            from django.core.exceptions import ImproperlyConfigured

            raise ImproperlyConfigured("REDIS_URL is set but the 'redis' package is not installed.") from missing
        return {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": url}
    return {"BACKEND": "django.core.cache.backends.db.DatabaseCache", "LOCATION": "simfoni_cache"}


CACHES = {"default": cache_from_env()}

# Benchmark-only views (a minimal page to compare every page with) when SIMFONI_BENCH_VIEWS=1.
SIMFONI_BENCH_VIEWS = os.environ.get("SIMFONI_BENCH_VIEWS") == "1"

# Database-backed sessions: a wizard in progress survives a server restart and is
# shared by every app server behind a load balancer.
SESSION_ENGINE = "django.contrib.sessions.backends.db"
SESSION_COOKIE_AGE = 60 * 60 * 24 * 14

CSRF_FAILURE_VIEW = "training_site.views.csrf_failure"

LOGIN_URL = "login"
# A trainee lands on their own page (their workshop, or the way to join one or to practise).
LOGIN_REDIRECT_URL = "workshops:home"
LOGOUT_REDIRECT_URL = "/"  # a path: the home page is a Wagtail page and has no URL name

# Brute-force protection on every login form (/masuk/, /cms/login/, /django-admin/login/) and,
# through accounts.lockout, on any other guessable secret such as a workshop join code.
# The database handler keeps the counts in the shared database, so every app server sees them.
AUTHENTICATION_BACKENDS = [
    "accounts.auth_backends.LockoutBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_HANDLER = "axes.handlers.database.AxesDatabaseHandler"
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = timedelta(minutes=15)
# By account, not by address: a whole workshop room shares one address behind its router, so
# one trainee's typos must not lock the room out; a facilitator can unlock an account at once.
AXES_LOCKOUT_PARAMETERS = ["username"]
SILENCED_SYSTEM_CHECKS = [
    # axes.W006 wants the address in the lockout key, against rotating user agents or cookies:
    # neither is in our key, and an address lock would lock a whole office behind one router.
    "axes.W006",
]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "accounts.lockout.lockout_response"
AXES_VERBOSE = False

# Only this site's own scripts, styles and images; nothing inline, nothing from elsewhere.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "frame-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'self'"],
    },
}

STATIC_URL = "/static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = BASE_DIR / "staticfiles"
MEDIA_URL = "/media/"
MEDIA_ROOT = VAR_DIR / "media"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

DATA_UPLOAD_MAX_NUMBER_FIELDS = 2000

WAGTAIL_SITE_NAME = "SIMFONI Latih"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAIL_I18N_ENABLED = False
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
# Wagtail's database backend behind a guard that drops what breaks its query parsers (quotes, NUL).
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "training_site.search"}}
WAGTAILDOCS_SERVE_METHOD = "serve_view"
# No oEmbed look-ups leave the machine: the site must work on a LAN with no internet.
WAGTAILEMBEDS_FINDERS: list = []

# The local default for region choices: Kota Cilegon, Banten (Kemendagri 36.72).
SIMFONI_DEFAULT_REGION = os.environ.get("SIMFONI_DEFAULT_REGION", "36.72")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
}
