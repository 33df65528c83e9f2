"""Settings for the feedback load benchmark: the test settings on a throwaway PostgreSQL database.

The database name is fixed here, not read from DATABASE_URL, so the benchmark can never
write into (or drop) a real database. Only the server address can be changed.
"""

import os

from touchstone.config.settings.test import *  # noqa: F403

DATABASE_NAME = "touchstone_bench_load"
DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": DATABASE_NAME,
        "USER": os.environ.get("BENCH_PGUSER", "postgres"),
        "HOST": os.environ.get("BENCH_PGHOST", "127.0.0.1"),
        "PORT": os.environ.get("BENCH_PGPORT", "5432"),
        # As in production: each worker keeps its connection between requests.
        "CONN_MAX_AGE": 60,
        "CONN_HEALTH_CHECKS": True,
    }
}
ROOT_URLCONF = "benchmarks.loadsite.urls"
ALLOWED_HOSTS = ["127.0.0.1", "localhost"]
# One log line per request would cost the server time the benchmark is trying to measure.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
}
# As behind one proxy that appends each phone's address to X-Forwarded-For: the simulated
# people each send their own address there, so the rate limit sees 500 people, not one.
TRUSTED_PROXIES = 1
