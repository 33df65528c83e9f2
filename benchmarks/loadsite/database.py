"""Create, count and drop the throwaway PostgreSQL database, talking to the server directly.

The benchmark's own process runs Django on SQLite (see benchmarks/environment.py), so it
uses psycopg here; Django on PostgreSQL runs only in the subprocesses it starts.
"""

import os
import subprocess
import sys
from contextlib import contextmanager

import psycopg
from psycopg import sql

from benchmarks.environment import ROOT

from .settings import DATABASE_NAME, DATABASES

SETTINGS_MODULE = "benchmarks.loadsite.settings"
SERVER = DATABASES["default"]


def _connect(dbname: str) -> psycopg.Connection:
    return psycopg.connect(
        dbname=dbname,
        user=SERVER["USER"],
        host=SERVER["HOST"],
        port=SERVER["PORT"],
        connect_timeout=5,
        autocommit=True,
    )


def unreachable() -> str:
    """Return why PostgreSQL cannot be used, or "" when it can."""
    try:
        with _connect("postgres") as connection:
            connection.execute("SELECT 1")
    except psycopg.Error as error:
        reason = " ".join(str(error).split())
        return f"{SERVER['USER']}@{SERVER['HOST']}:{SERVER['PORT']}: {reason}"
    return ""


def server_version() -> str:
    with _connect("postgres") as connection:
        return connection.execute("SHOW server_version").fetchone()[0]


def _drop(connection: psycopg.Connection) -> None:
    name = sql.Identifier(DATABASE_NAME)
    connection.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(name))


@contextmanager
def throwaway_database():
    """Create an empty benchmark database, and drop it afterwards whatever happens."""
    with _connect("postgres") as connection:
        _drop(connection)  # left over from a run that was killed
        connection.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(DATABASE_NAME)))
    try:
        yield
    finally:
        with _connect("postgres") as connection:
            _drop(connection)


def child_environment() -> dict[str, str]:
    """The environment for Django subprocesses: the benchmark settings, this repository."""
    env = dict(os.environ, DJANGO_SETTINGS_MODULE=SETTINGS_MODULE, PYTHONPATH=str(ROOT))
    env.pop("DATABASE_URL", None)
    return env


def prepare(names: list[str]) -> dict[str, list]:
    """Migrate the database and make one event per named round: {name: [code, id]}."""
    import json

    done = subprocess.run(
        [sys.executable, "-m", "benchmarks.loadsite.prepare", *names],
        cwd=ROOT,
        env=child_environment(),
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(f"Preparing the benchmark database failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def stored(event_id: int) -> list[tuple[str, str]]:
    """Return (submission_key, text) for every feedback item the event holds."""
    with _connect(DATABASE_NAME) as connection:
        query = "SELECT submission_key, text FROM feedback_feedbackitem WHERE event_id = %s"
        return connection.execute(query, [event_id]).fetchall()


def stored_bare(prefix: str) -> list[str]:
    """Return the text of every row the bare view inserted whose text starts with prefix."""
    from .views import BARE_TABLE

    with _connect(DATABASE_NAME) as connection:
        query = f"SELECT text FROM {BARE_TABLE} WHERE text LIKE %s"
        return [row[0] for row in connection.execute(query, [prefix + "%"]).fetchall()]
