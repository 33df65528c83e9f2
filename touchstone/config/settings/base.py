"""Settings shared by every environment, read from the environment where they vary.

Every variable is documented in README.md under "Configuration".
"""

import os
from pathlib import Path

import dj_database_url
from csp.constants import NONCE
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parents[3]
VAR_DIR = Path(os.environ.get("TOUCHSTONE_VAR_DIR", BASE_DIR / "var"))


def env_bool(name: str, default: bool) -> bool:
    """Read a yes/no setting, accepting the usual spellings."""
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: str = "") -> list[str]:
    """Read a comma-separated setting into a list, dropping blanks."""
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = env_bool("DJANGO_DEBUG", False)
SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "")
ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", "127.0.0.1,localhost")
CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django_tasks_db",
    "touchstone.core",
    "touchstone.accounts",
    "touchstone.programmes",
    "touchstone.people",
    "touchstone.drafts",
    "touchstone.recruitment",
    "touchstone.meetings",
    "touchstone.feedback",
    "touchstone.papers",
    "touchstone.insight",
    "touchstone.payments",
    "touchstone.nonprod",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
]

ROOT_URLCONF = "touchstone.config.urls"
WSGI_APPLICATION = "touchstone.config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.jinja2.Jinja2",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {"environment": "touchstone.config.jinja2_env.environment"},
    },
    {
        # Django admin still uses Django templates.
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ]
        },
    },
]

if not os.environ.get("DATABASE_URL"):
    VAR_DIR.mkdir(parents=True, exist_ok=True)  # the embedded SQLite database lives here
DATABASES = {
    "default": dj_database_url.config(
        env="DATABASE_URL",
        default=f"sqlite:///{VAR_DIR / 'touchstone.sqlite3'}",
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = ["django.contrib.auth.backends.ModelBackend"]
LOGIN_URL = "accounts:sign_in"
LOGIN_REDIRECT_URL = "programmes:list"
LOGOUT_REDIRECT_URL = "accounts:sign_in"
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
# How long an emailed sign-in link works, in seconds.
# How many proxies in front of Touchstone add to X-Forwarded-For (1 behind one proxy); the
# rate limits believe only the addresses they added.
TRUSTED_PROXIES = int(os.environ.get("TOUCHSTONE_TRUSTED_PROXIES", "0"))
# The address people reach Touchstone at, for links in emails sent by scheduled jobs.
SITE_URL = os.environ.get("TOUCHSTONE_SITE_URL", "http://127.0.0.1:8000")
MAGIC_LINK_MAX_AGE = int(os.environ.get("TOUCHSTONE_MAGIC_LINK_MAX_AGE", "900"))

LANGUAGE_CODE = "en-gb"
TIME_ZONE = "Europe/London"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = VAR_DIR / "staticfiles"
# Uploaded meeting papers: private, served only through a view that checks access.
MEDIA_ROOT = VAR_DIR / "media"
STATICFILES_DIRS = [
    BASE_DIR / "touchstone" / "static",
    ("nhsuk", BASE_DIR / "node_modules" / "nhsuk-frontend" / "dist" / "nhsuk"),
]


def mailers(default_backend: str) -> dict:
    """Configure the one mailer from the environment; SMTP options only for SMTP."""
    backend = os.environ.get("DJANGO_EMAIL_BACKEND", default_backend)
    options = {}
    if backend.endswith("smtp.EmailBackend"):
        options = {
            "host": os.environ.get("DJANGO_EMAIL_HOST", "localhost"),
            "port": int(os.environ.get("DJANGO_EMAIL_PORT", "587")),
            "username": os.environ.get("DJANGO_EMAIL_HOST_USER", ""),
            "password": os.environ.get("DJANGO_EMAIL_HOST_PASSWORD", ""),
            "use_tls": env_bool("DJANGO_EMAIL_USE_TLS", True),
            "timeout": 20,
        }
    return {"default": {"BACKEND": backend, "OPTIONS": options}}


MAILERS = mailers("touchstone.core.mail.ReadableConsoleBackend")
DEFAULT_FROM_EMAIL = os.environ.get(
    "DJANGO_DEFAULT_FROM_EMAIL", "Touchstone <touchstone@localhost>"
)

# One cache for rate limits and sessions-in-waiting; shared between processes with Redis.
CACHES = {
    "default": (
        {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": os.environ["REDIS_URL"],
        }
        if os.environ.get("REDIS_URL")
        else {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}
    )
}

# Background work goes through the database by default. To spread it over several worker
# machines, set TOUCHSTONE_TASKS_BACKEND to the Redis queue below (with REDIS_URL) and run
# `manage.py rqworker default --job-class django_tasks_rq.backend.Job` on each of them.
REDIS_QUEUE_BACKEND = "django_tasks_rq.RQBackend"
TASKS = {
    "default": {
        "BACKEND": os.environ.get("TOUCHSTONE_TASKS_BACKEND", "django_tasks_db.DatabaseBackend"),
    }
}
RQ_QUEUES = {"default": {"URL": os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/0")}}
if TASKS["default"]["BACKEND"] == REDIS_QUEUE_BACKEND:
    if not os.environ.get("REDIS_URL"):
        raise ImproperlyConfigured(
            "TOUCHSTONE_TASKS_BACKEND is the Redis queue, so set REDIS_URL to the Redis server "
            "every web and worker machine reaches, e.g. redis://10.0.0.5:6379/0."
        )
    INSTALLED_APPS.append("django_rq")

# Content Security Policy: our own scripts and styles only; nonce for the one inline script
# the NHS.UK page template needs to mark JavaScript as available. The NHS.UK styles load
# the Frutiger font from assets.nhs.uk, as nhsuk-frontend ships without it.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'", NONCE],
        "font-src": ["'self'", "https://assets.nhs.uk"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
        "base-uri": ["'self'"],
        "object-src": ["'none'"],
    }
}

SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = True
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("DJANGO_LOG_LEVEL", "INFO")},
}
