"""Start Django for a benchmark: the test settings, on a fresh in-memory SQLite database.

DATABASE_URL is ignored on purpose, so a benchmark never writes into a real database and
figures from different machines compare like with like.
"""

import os
import sys
import warnings
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


@contextmanager
def django_for_benchmarks():
    """Set Django up, create and migrate a throwaway database, and remove it afterwards."""
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    os.environ["DJANGO_SETTINGS_MODULE"] = "touchstone.config.settings.test"
    os.environ.pop("DATABASE_URL", None)
    # Pages link to static files but are never served them here, so no collectstatic.
    warnings.filterwarnings("ignore", message="No directory at", module="django.core.handlers")
    import django

    django.setup()
    from django.db import connection
    from django.test.utils import setup_test_environment, teardown_test_environment

    setup_test_environment()  # lets the test Client in ("testserver") and keeps mail local
    old_name = connection.creation.create_test_db(verbosity=0, autoclobber=True, serialize=False)
    try:
        yield
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)
        teardown_test_environment()
