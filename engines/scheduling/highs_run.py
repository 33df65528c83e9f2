"""One HiGHS run over all the columns, or over a window of days with earlier days settled.

A window keeps rows whose columns fall partly before it (their settled values move into the
bounds) and partly after it (then only the upper bound is kept, because later days can still
add the meeting a period needs).
"""

from __future__ import annotations

import highspy
import numpy as np

from .columns import Columns
from .errors import SchedulingError
from .rules import Row

INF = highspy.kHighsInf
TIME_LIMIT_SECONDS = 30.0
MIP_GAP = 0.01
TOO_SLOW = (
    "The scheduler could not finish in time for a plan this size: shorten the programme, "
    "give groups fewer preferred days or times, or use a coarser start-time step."
)


def run(
    columns: Columns,
    rows: list[Row],
    optimise: bool,
    window: tuple[int, int] | None = None,
    past: dict[int, float] | None = None,
) -> dict[int, float] | None:
    """Values of the columns in the window (all if None), or None if the rows cannot hold."""
    day = columns.day_of
    if window is None:
        local = list(range(columns.count))
    else:
        local = [c for c in range(columns.count) if window[0] <= day[c] <= window[1]]
    where = {c: k for k, c in enumerate(local)}
    n = len(local)
    if n == 0:
        return {}
    h = highspy.Highs()
    h.setOptionValue("output_flag", False)
    h.setOptionValue("random_seed", 0)
    h.setOptionValue("threads", 1)
    h.setOptionValue("time_limit", TIME_LIMIT_SECONDS)
    h.setOptionValue("mip_rel_gap", MIP_GAP)
    slots = len(columns.slots)
    is_slot = np.array([c < slots for c in local], dtype=bool)
    h.addVars(n, np.zeros(n), np.where(is_slot, 1.0, INF))
    binary = np.flatnonzero(is_slot).astype(np.int32)
    h.changeColsIntegrality(
        len(binary), binary, np.full(len(binary), highspy.HighsVarType.kInteger)
    )
    if optimise:
        costs = np.array([columns.slots[local[k]].cost for k in binary])
        h.changeColsCost(len(binary), binary, costs)
    add_sums(h, [(where[t], tuple(where[m] for m in ms)) for t, ms in columns.sums if t in where])
    local_rows = []
    for idx, low, high in rows:
        present = tuple(where[c] for c in idx if c in where)
        if not present:
            continue
        settled = sum(past.get(c, 0.0) for c in idx if c not in where and day[c] < window[0])
        later = window is not None and any(day[c] > window[1] for c in idx)
        local_rows.append((present, -INF if later else low - settled, high - settled))
    add_rows(h, local_rows)
    h.run()
    status = h.getModelStatus()
    if status == highspy.HighsModelStatus.kInfeasible:
        return None
    if status != highspy.HighsModelStatus.kOptimal:
        raise SchedulingError(TOO_SLOW)
    values = h.getSolution().col_value
    return {c: values[k] for k, c in enumerate(local)}


def add_sums(h: highspy.Highs, sums: list[tuple[int, tuple[int, ...]]]) -> None:
    """Each total column equals the sum of the columns it counts: total - sum = 0."""
    if not sums:
        return
    lengths = np.array([1 + len(members) for _, members in sums])
    starts = np.concatenate(([0], np.cumsum(lengths)[:-1])).astype(np.int32)
    index = np.fromiter((i for total, members in sums for i in (total, *members)), np.int32)
    values = np.fromiter((v for _, m in sums for v in (1.0, *([-1.0] * len(m)))), float)
    zeros = np.zeros(len(sums))
    h.addRows(len(sums), zeros, zeros, len(index), starts, index, values)


def add_rows(h: highspy.Highs, rows: list[Row]) -> None:
    if not rows:
        return
    lower = np.array([low for _, low, _ in rows], dtype=float)
    upper = np.array([INF if high == float("inf") else high for _, _, high in rows], dtype=float)
    lengths = np.array([len(idx) for idx, _, _ in rows])
    starts = np.concatenate(([0], np.cumsum(lengths)[:-1])).astype(np.int32)
    index = np.fromiter((i for idx, _, _ in rows for i in idx), dtype=np.int32)
    h.addRows(len(rows), lower, upper, len(index), starts, index, np.ones(len(index)))
