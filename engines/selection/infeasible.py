"""Say which quotas cannot be met together, and the smallest change that fixes them.

A relaxation of the panel problem lets every quota bend, at a cost of one per person
too few or too many; HiGHS finds the cheapest bending, and each bent quota becomes a
sentence such as "raise the maximum for age 65-74 from 3 to 4".
"""

from __future__ import annotations

import highspy
import numpy as np

from .pricing import INF, new_highs
from .problem import Problem


def explain(problem: Problem) -> str:
    """Return why no panel meets the quotas, and the smallest change that allows one."""
    n = len(problem.types)
    q = len(problem.quotas)
    h = new_highs()
    sizes = np.array(problem.sizes, dtype=float)
    h.addVars(n, np.zeros(n), sizes)
    h.changeColsIntegrality(
        n, np.arange(n, dtype=np.int32), np.full(n, highspy.HighsVarType.kInteger)
    )
    h.addVars(2 * q, np.zeros(2 * q), np.full(2 * q, INF))  # people short, people over
    h.changeColsCost(2 * q, np.arange(n, n + 2 * q, dtype=np.int32), np.ones(2 * q))
    everyone = np.arange(n, dtype=np.int32)
    h.addRow(problem.k, problem.k, n, everyone, np.ones(n))
    for i, (quota, types) in enumerate(zip(problem.quotas, problem.rows, strict=True)):
        short, over = n + 2 * i, n + 2 * i + 1
        idx = np.array([*types, short], dtype=np.int32)
        h.addRow(quota.minimum, INF, len(idx), idx, np.ones(len(idx)))
        idx = np.array([*types, over], dtype=np.int32)
        h.addRow(-INF, quota.maximum, len(idx), idx, np.array([1.0] * len(types) + [-1.0]))
    for home in problem.households:
        h.addRow(0, 1, len(home), np.array(home, dtype=np.int32), np.ones(len(home)))
    h.run()
    if h.getModelStatus() != highspy.HighsModelStatus.kOptimal:
        return (
            f"No panel of {problem.k + len(problem.seated)} can be chosen from this pool: "
            "too few people can sit together (one per household, or after the households of "
            "seated people are left out). Make the panel smaller or recruit more volunteers."
        )
    slack = h.getSolution().col_value[n:]
    changes, causes = [], []
    for i, (quota, given, types) in enumerate(
        zip(problem.quotas, problem.given, problem.rows, strict=True)
    ):
        short, over = round(slack[2 * i]), round(slack[2 * i + 1])
        name = f"{given.feature} '{given.value}'"
        if short:
            changes.append(
                f"lower the minimum for {name} from {given.minimum} to {given.minimum - short}"
            )
            have = int(sum(problem.sizes[t] for t in types))
            if have < quota.minimum:
                causes.append(
                    f"only {have} {'person' if have == 1 else 'people'} in the pool "
                    f"{'has' if have == 1 else 'have'} {name} but the minimum is "
                    f"{given.minimum}"
                )
        if over:
            changes.append(
                f"raise the maximum for {name} from {given.maximum} to {given.maximum + over}"
            )
    named = ", ".join(c.split(" for ", 1)[1].split(" from ")[0] for c in changes)
    why = f" ({'; '.join(causes)})" if causes else ""
    return (
        f"No panel can meet all the quotas together: the quotas for {named} conflict with "
        f"the pool and the other quotas{why}. The smallest change that makes a selection "
        f"possible: {'; '.join(changes)}."
    )
