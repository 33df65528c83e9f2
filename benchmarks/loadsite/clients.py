"""Simulated people: each opens a form, then sends it, over plain HTTP on loopback.

Every request has its own connection (gunicorn's sync workers close it after each
reply) and a timeout, and every batch of threads has a deadline, so a run always ends.
"""

import math
import re
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from http.client import HTTPConnection
from urllib.parse import urlencode

REQUEST_TIMEOUT = 30  # seconds for one request, connect to last byte
BATCH_DEADLINE = 120  # seconds for a whole batch of people
FORM_POOL = 50  # people opening the form at the same time
TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
KEY = re.compile(r'name="submission_key" value="([^"]*)"')


@dataclass
class Reply:
    """One request's outcome: status 0 means no answer (refused, reset or timed out)."""

    status: int
    location: str
    started: float
    ended: float
    error: str = ""

    @property
    def seconds(self) -> float:
        return self.ended - self.started


@dataclass
class Person:
    """One phone: its own address, cookie, CSRF token and (for feedback) submission key."""

    number: int
    text: str
    cookie: str = ""
    token: str = ""
    key: str = ""

    @property
    def address(self) -> str:
        """A distinct address per person, sent as X-Forwarded-For (see the benchmark docs)."""
        return f"10.20.{self.number // 250}.{self.number % 250 + 1}"


def _request(port: int, method: str, path: str, person: Person, body: str = ""):
    headers = {"X-Forwarded-For": person.address}
    if person.cookie:
        headers["Cookie"] = f"csrftoken={person.cookie}"
    if body:
        headers["Content-Type"] = "application/x-www-form-urlencoded"
    started = time.perf_counter()
    connection = HTTPConnection("127.0.0.1", port, timeout=REQUEST_TIMEOUT)
    try:
        connection.request(method, path, body=body or None, headers=headers)
        response = connection.getresponse()
        content = response.read()
    except OSError as error:
        return Reply(0, "", started, time.perf_counter(), type(error).__name__), b"", None
    finally:
        connection.close()
    reply = Reply(response.status, response.getheader("Location", ""), started, time.perf_counter())
    return reply, content, response.getheader("Set-Cookie", "")


def open_form(port: int, path: str, person: Person) -> Reply:
    """GET the form and keep what sending it needs: the cookie, the token, the key."""
    reply, content, set_cookie = _request(port, "GET", path, person)
    page = content.decode("utf-8", "replace")
    cookie = re.search(r"csrftoken=([^;]+)", set_cookie or "")
    token, key = TOKEN.search(page), KEY.search(page)
    if reply.status == 200 and not (cookie and token):
        reply.error = "no CSRF cookie or token in the page"
    person.cookie = cookie.group(1) if cookie else ""
    person.token = token.group(1) if token else ""
    person.key = key.group(1) if key else ""
    return reply


def send(port: int, path: str, person: Person) -> Reply:
    """POST the form as the person filled it in."""
    fields = {"csrfmiddlewaretoken": person.token, "text": person.text, "giver_kind": "public"}
    if person.key:
        fields["submission_key"] = person.key
    return _request(port, "POST", path, person, urlencode(fields))[0]


def open_forms(port: int, path: str, people: list[Person]) -> list[Reply]:
    """Everyone opens the form, FORM_POOL at a time."""
    with ThreadPoolExecutor(max_workers=FORM_POOL) as pool:
        futures = [pool.submit(open_form, port, path, person) for person in people]
        return [future.result(timeout=BATCH_DEADLINE) for future in futures]


def release(tasks: list[tuple[int, Callable[[], list]]], rate: float | None) -> tuple:
    """Run each (slot, task) in its own thread: all at the same moment when rate is None,
    otherwise slot number n starting n / rate seconds after the release.

    Each task returns a list of tuples whose last item is a Reply. Returns the results,
    the seconds from the release to the last reply, and how many tasks had not finished
    by the deadline (their results are missing).
    """
    barrier = threading.Barrier(len(tasks) + 1)
    results: list = []
    lock = threading.Lock()

    def worker(slot, task):
        barrier.wait(timeout=BATCH_DEADLINE)
        if rate:
            time.sleep(slot / rate)
        outcome = task()
        with lock:
            results.extend(outcome)

    threads = [threading.Thread(target=worker, args=task, daemon=True) for task in tasks]
    for thread in threads:
        thread.start()
    barrier.wait(timeout=BATCH_DEADLINE)
    released = time.perf_counter()
    deadline = released + BATCH_DEADLINE
    for thread in threads:
        thread.join(timeout=max(0.0, deadline - time.perf_counter()))
    unfinished = sum(thread.is_alive() for thread in threads)
    with lock:
        collected = list(results)
    last = max((item[-1].ended for item in collected), default=released)
    return collected, last - released, unfinished


def nearest_rank(values: list[float], share: float) -> float:
    """The nearest-rank percentile of values (nan when there are none)."""
    ordered = sorted(values)
    if not ordered:
        return math.nan
    return ordered[max(0, math.ceil(share * len(ordered)) - 1)]
