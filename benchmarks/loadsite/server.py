"""Start gunicorn on loopback for the length of a with-block, and always stop it after."""

import os
import signal
import socket
import subprocess
import sys
import time
from contextlib import contextmanager, suppress
from http.client import HTTPConnection
from pathlib import Path

from benchmarks.environment import ROOT

from .database import child_environment

# Sync workers for 2 cores: gunicorn suggests 2 x cores + 1, the README runs 3 in production.
WORKERS = 4
START_SECONDS = 60


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _wait_until_serving(port: int, path: str, process: subprocess.Popen) -> None:
    deadline = time.monotonic() + START_SECONDS
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"gunicorn stopped at start (exit code {process.returncode}).")
        connection = HTTPConnection("127.0.0.1", port, timeout=5)
        try:
            connection.request("GET", path)
            if connection.getresponse().status == 200:
                return
        except OSError:
            pass  # not listening yet
        finally:
            connection.close()
        time.sleep(0.2)
    raise RuntimeError(f"gunicorn did not answer {path} within {START_SECONDS} s.")


def _stop(process: subprocess.Popen) -> None:
    """Stop gunicorn and its workers: they share the process group started for them."""
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=15)
    # Workers that outlived the master are still in its group; make sure none remain.
    with suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGKILL)


@contextmanager
def gunicorn(ready_path: str, log: Path, access_log: Path):
    """Serve the benchmark site; yield the port once ready_path answers 200.

    The access log records how long each request spent in a worker, which tells the
    work itself apart from the wait for a free worker.
    """
    port = _free_port()
    access_log.unlink(missing_ok=True)  # gunicorn appends; keep this run's requests only
    command = [
        str(Path(sys.executable).with_name("gunicorn")),
        "touchstone.config.wsgi:application",
        f"--bind=127.0.0.1:{port}",
        f"--workers={WORKERS}",
        "--worker-class=sync",
        "--backlog=2048",
        "--timeout=60",
        f"--access-logfile={access_log}",
        "--access-logformat=%(m)s %(U)s %(s)s %(D)s",
    ]
    with log.open("w") as output:
        process = subprocess.Popen(
            command,
            cwd=ROOT,
            env=child_environment(),
            stdout=output,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # its own process group, so _stop reaches every worker
        )
        try:
            _wait_until_serving(port, ready_path, process)
            yield port
        finally:
            _stop(process)


def worker_ms(access_log: Path, method: str, path: str) -> list[float]:
    """Milliseconds each matching request spent in a worker, from the access log."""
    times = []
    for line in access_log.read_text().splitlines():
        parts = line.split()
        if len(parts) == 4 and parts[0] == method and parts[1] == path:
            times.append(int(parts[3]) / 1000)
    return times
