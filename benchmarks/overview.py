"""How the programme overview page scales: SQL queries per render, and time per render.

A small reference programme (5 groups, 100 people) and a large one (50 groups, 2,000
people) are rendered through Django's test Client, signed in as their programme manager.
The page passes when both take the same number of queries: a count that grows with the
programme means a query per row somewhere (an N+1), and the queries that differ are
printed to show where.
"""

import math
import re
import statistics
import time
from collections import Counter
from dataclasses import dataclass

from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from .data import Built, build_programme
from .report import Result

TITLE = "Programme overview page"
RENDERS = 30
SIZES = (  # label, groups, people, seed
    ("Reference", 5, 100, 1),
    ("Large", 50, 2000, 2),
)


@dataclass
class Measured:
    label: str
    built: Built
    queries: list[str]
    seconds: list[float]
    page_bytes: int

    @property
    def median_ms(self) -> float:
        return statistics.median(self.seconds) * 1000

    @property
    def p95_ms(self) -> float:
        ordered = sorted(self.seconds)  # nearest-rank 95th percentile
        return ordered[math.ceil(0.95 * len(ordered)) - 1] * 1000


def run() -> Result:
    """Build both programmes, render each page RENDERS times, and compare."""
    measured = [
        _measure(label, build_programme(name=f"{label} programme", groups=g, people=p, seed=s))
        for label, g, p, s in SIZES
    ]
    small, large = measured
    constant = len(small.queries) == len(large.queries)
    ratio = large.median_ms / small.median_ms
    lines = [
        f"{m.label:<10} {m.built.groups:>3} groups {m.built.people:>5} people "
        f"{m.built.memberships:>5} memberships: {len(m.queries):>3} queries, "
        f"median {m.median_ms:6.1f} ms, p95 {m.p95_ms:6.1f} ms, {m.page_bytes // 1024} KiB"
        for m in measured
    ]
    lines.append(f"Median time, large / reference: {ratio:.1f}x")
    lines.append(
        "Query count is the same for both sizes."
        if constant
        else "Query count GROWS with the programme:"
    )
    if not constant:
        lines.extend(_differences(small.queries, large.queries))
    return Result(lines=lines, markdown=_markdown(measured, ratio, constant), passed=constant)


def _measure(label: str, built: Built) -> Measured:
    client = Client()
    client.force_login(built.manager)
    url = built.programme.get_absolute_url()
    _get(client, url)  # the first render fills caches (content types, templates)
    with CaptureQueriesContext(connection) as context:
        page = _get(client, url)
    # Copy now: the log the context reads is cleared at the start of every later request.
    queries = [q["sql"] for q in context.captured_queries]
    seconds = []
    for _ in range(RENDERS):
        began = time.perf_counter()
        _get(client, url)
        seconds.append(time.perf_counter() - began)
    return Measured(label, built, queries, seconds, len(page))


def _get(client: Client, url: str) -> bytes:
    response = client.get(url)
    if response.status_code != 200:
        raise RuntimeError(f"{url} answered {response.status_code}, not 200.")
    return response.content


def _shape(sql: str) -> str:
    """Return the query with its values taken out, so repeats of one query look alike."""
    return re.sub(r"'[^']*'|\b\d+\b", "?", sql)


def _differences(small: list[str], large: list[str]) -> list[str]:
    """Describe the queries that run more often for the large programme."""
    few, many = Counter(map(_shape, small)), Counter(map(_shape, large))
    return [
        f"  {few[shape]} -> {count} times: {shape[:300]}"
        for shape, count in many.most_common()
        if count != few[shape]
    ]


def _markdown(measured: list[Measured], ratio: float, constant: bool) -> str:
    rows = "\n".join(
        f"| {m.label} | {m.built.groups} | {m.built.people:,} | {m.built.memberships:,} "
        f"| {len(m.queries)} | {m.median_ms:.1f} | {m.p95_ms:.1f} |"
        for m in measured
    )
    verdict = (
        "The query count is the same for both sizes: the page does not run a query per "
        "group, person or membership."
        if constant
        else "**The query count grows with the programme size: a query runs per row somewhere.**"
    )
    return (
        f"`/programmes/<slug>/` rendered through Django's test Client as the programme "
        f"manager, {RENDERS} times per programme after one warm-up render; queries counted "
        "with `CaptureQueriesContext` on one render.\n\n"
        "| Programme | Groups | People | Memberships | SQL queries | Median ms | p95 ms |\n"
        "|---|---:|---:|---:|---:|---:|---:|\n"
        f"{rows}\n\n"
        f"Median time, large / reference: **{ratio:.1f}x**. {verdict}"
    )
