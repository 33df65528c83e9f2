"""Settings for a laptop or a demo: SQLite under var/, debug on, emails printed."""

import os

from .base import *  # noqa: F403
from .base import env_bool

DEBUG = env_bool("DJANGO_DEBUG", True)
SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY") or "local-only-insecure-key-not-for-production"
