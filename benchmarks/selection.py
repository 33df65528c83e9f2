"""How fast LEXIMIN selection is: the public instances, side by side, and synthetic pools.

On each public instance our engine (LEXIMIN over types, column generation on HiGHS) runs
beside `sortition-algorithms` (its maximin on HiGHS, the method it falls back to without
Gurobi, which reaches the same minimum probability). The two must agree on the minimum
probability within 1e-4, and ours should be at least 3x faster. Synthetic pools shaped
like the paper's real ones (n 300 to 2,000, k 20 to 200, 4 to 8 features, correlated so
some combinations are rare) should each take under 60 s.
"""

from __future__ import annotations

import logging
import math
import random
import time
from dataclasses import dataclass
from pathlib import Path

from engines.selection import Quota, SelectionError, Volunteer, leximin
from engines.selection.files import read_pool, read_quotas

from .report import Result

TITLE = "Panel selection (LEXIMIN)"
DATA = Path("/work/shared/data/sortition")
INSTANCES = (  # name, quotas file, pool file, k, reference seconds quoted in the data README
    ("example_small_20", "categories.csv", "respondents.csv", 20),
    ("sf_fixture_150", "features.csv", "candidates.csv", 22),
)
SYNTHETIC = (  # n, k, features, seed
    (300, 20, 4, 1),
    (312, 35, 6, 2),
    (321, 30, 8, 3),
    (825, 75, 4, 4),
    (1000, 100, 6, 5),
    (1727, 110, 7, 6),
    (2000, 200, 8, 7),
)
TARGET_SPEEDUP = 3.0
TARGET_SECONDS = 60.0
AGREE = 1e-4
LIMIT = 120.0  # stop a synthetic pool here and record that it did not finish


@dataclass
class Timed:
    label: str
    n: int
    k: int
    features: int
    types: int
    panels: int
    minimum: float
    seconds: float
    reference_minimum: float | None = None
    reference_seconds: float | None = None

    @property
    def speedup(self) -> float | None:
        if self.reference_seconds is None:
            return None
        return self.reference_seconds / self.seconds


def synthetic(n: int, k: int, features: int, seed: int) -> tuple[list[Volunteer], list[Quota]]:
    """Return a pool with correlated features (rare combinations) and quotas for it.

    Each person belongs to one of a few hidden groups that skew every feature, like age,
    area and education moving together in a real pool. Quotas aim at a population halfway
    between the pool's own shares and equal shares, within about 15% either way, so
    under-represented values must be over-sampled.
    """
    rng = random.Random(seed)
    groups = 4
    sizes = [rng.randint(2, 6) for _ in range(features)]
    skew = [[[rng.random() ** 3 + 0.02 for _ in range(v)] for v in sizes] for _ in range(groups)]
    pool = []
    for i in range(n):
        g = rng.choices(range(groups), weights=(0.45, 0.3, 0.17, 0.08))[0]
        values = {
            f"f{f}": f"v{rng.choices(range(sizes[f]), weights=skew[g][f])[0]}"
            for f in range(features)
        }
        pool.append(Volunteer(f"s{i}", values))
    quotas = []
    for f in range(features):
        counts = {v: 0 for v in range(sizes[f])}
        for person in pool:
            counts[int(person.features[f"f{f}"][1:])] += 1
        for v, have in counts.items():
            if not have:
                continue
            target = k * (0.5 * have / n + 0.5 / len([c for c in counts.values() if c]))
            low = min(math.floor(target * 0.85), have // 2)
            quotas.append(Quota(f"f{f}", f"v{v}", low, max(low, math.ceil(target * 1.15))))
    return pool, quotas


def _ours(label, pool, quotas, k, limit=None) -> Timed:
    features = len({q.feature for q in quotas})
    began = time.perf_counter()
    try:
        lottery = leximin(pool, quotas, k, time_limit=limit)
    except SelectionError as error:
        if "time limit" not in str(error):
            raise
        return Timed(label, len(pool), k, features, 0, 0, math.nan, time.perf_counter() - began)
    seconds = time.perf_counter() - began
    return Timed(
        label,
        len(pool),
        k,
        features,
        len(lottery.types),
        len(lottery.panels),
        lottery.minimum_probability,
        seconds,
    )


def _reference(pool, quotas, k) -> tuple[float, float] | None:
    """Run sortition-algorithms' maximin on HiGHS; None when it is not installed."""
    try:
        from sortition_algorithms.committee_generation.maximin import find_distribution_maximin
        from sortition_algorithms.features import read_in_features
        from sortition_algorithms.people import read_in_people
        from sortition_algorithms.settings import Settings
    except ImportError:
        return None
    for name in ("sortition_algorithms", "sortition_algorithms_user"):
        logging.getLogger(name).setLevel(logging.WARNING)
    rows = [
        {"feature": q.feature, "value": q.value, "min": str(q.minimum), "max": str(q.maximum)}
        for q in quotas
    ]
    features, _, _ = read_in_features(["feature", "value", "min", "max"], rows, k)
    names = list(dict.fromkeys(q.feature for q in quotas))
    people_rows = [{"id": p.id, **{f: p.features[f] for f in names}} for p in pool]
    settings = Settings(id_column="id", columns_to_keep=[])
    people, _ = read_in_people(["id", *names], people_rows, features, settings)
    began = time.perf_counter()
    committees, weights, _ = find_distribution_maximin(features, people, k, [], "highspy")
    seconds = time.perf_counter() - began
    chance = {p.id: 0.0 for p in pool}
    for committee, weight in zip(committees, weights, strict=True):
        for person in committee:
            chance[person] += weight
    return min(chance.values()), seconds


def run(public_instances: bool = True) -> Result:
    """Time both public instances side by side, then the synthetic pools."""
    public = []
    for name, quotas_file, pool_file, k in INSTANCES if public_instances else ():
        quotas = read_quotas(DATA / name / quotas_file)
        names = list(dict.fromkeys(q.feature for q in quotas))
        pool = read_pool(DATA / name / pool_file, names)
        timed = _ours(name, pool, quotas, k)
        reference = _reference(pool, quotas, k)
        if reference is not None:
            timed.reference_minimum, timed.reference_seconds = reference
        public.append(timed)
    made = []
    for n, k, features, seed in SYNTHETIC:
        pool, quotas = synthetic(n, k, features, seed)
        made.append(_ours(f"synthetic n{n} k{k} f{features}", pool, quotas, k, LIMIT))
    return _result(public, made)


def _result(public: list[Timed], made: list[Timed]) -> Result:
    lines, passed = [], True
    for t in public:
        line = f"{t.label:<34} min {t.minimum:.6f} in {t.seconds:7.2f} s"
        if t.reference_seconds is not None:
            same = abs(t.minimum - t.reference_minimum) <= AGREE
            fast = t.speedup >= TARGET_SPEEDUP
            passed = passed and same and fast
            line += (
                f"; sortition-algorithms maximin min {t.reference_minimum:.6f} in "
                f"{t.reference_seconds:7.2f} s: {t.speedup:.1f}x"
                f"{'' if same else ' MINIMUM DIFFERS'}{'' if fast else ' UNDER 3x'}"
            )
        else:
            line += "; sortition-algorithms not installed, no side-by-side"
        lines.append(line)
    for t in made:
        ok = t.seconds < TARGET_SECONDS
        passed = passed and ok
        if math.isnan(t.minimum):
            lines.append(f"{t.label:<34} did not finish within {LIMIT:g} s")
            continue
        lines.append(
            f"{t.label:<34} {t.types:>5} types, {t.panels:>5} panels, min "
            f"{t.minimum:.6f} in {t.seconds:7.2f} s{'' if ok else ' OVER 60 s'}"
        )
    return Result(lines=lines, markdown=_markdown(public, made), passed=passed)


def _markdown(public: list[Timed], made: list[Timed]) -> str:
    rows = []
    for t in public:
        if t.reference_seconds is None:
            rows.append(
                f"| {t.label} | {t.n} | {t.k} | {t.minimum:.6f} | {t.seconds:.2f} "
                "| not installed | | |"
            )
        else:
            rows.append(
                f"| {t.label} | {t.n} | {t.k} | {t.minimum:.6f} | {t.seconds:.2f} | "
                f"{t.reference_minimum:.6f} | {t.reference_seconds:.2f} | "
                f"{t.speedup:.1f}x |"
            )
    synthetic_rows = [
        f"| {t.n:,} | {t.k} | {t.features} | {t.types:,} | {t.panels:,} | {t.minimum:.6f} "
        f"| {t.seconds:.2f} |"
        if not math.isnan(t.minimum)
        else f"| {t.n:,} | {t.k} | {t.features} | | | did not finish | over {LIMIT:g} |"
        for t in made
    ]
    return (
        "Our engine: `engines.selection.leximin` (full LEXIMIN, every level, HiGHS through "
        "highspy). Side by side: `sortition-algorithms` 0.12.15, "
        "`find_distribution_maximin` with the `highspy` backend (maximin: only the lowest "
        "level, which is what it runs without Gurobi). Same minimum probability required "
        f"within {AGREE:g}; target at least {TARGET_SPEEDUP:g}x faster.\n\n"
        "Against the published LEXIMIN vectors (tests in `engines/selection/tests/"
        "test_reference.py`): example_small_20 agrees for every person within 1e-4; "
        "sf_fixture_150 agrees within 1e-4 on the two lowest levels (48 people) and within "
        "7.1e-4 above them, where the reference itself carries the paper code's tolerance "
        "(EPS = 0.0005 when fixing a level: 16 people at 0.166651 where exactly 1/6 is "
        "reachable, as this engine finds).\n\n"
        "How each level is proved: the fractional relaxation (people may sit on a panel in "
        "fractions) bounds the lowest chance from above, level after level, in a few small "
        "LPs. Real panels are then sought that meet every relaxed level at once: a "
        "Caratheodory walk splits the relaxation's optimum into real panels (rounding a few "
        "random vertices of each face, the integer programme only when that fails), and "
        "column generation (one-for-one swaps, then the pricing integer programme) closes "
        "what the walk leaves. One master LP asks every type for its level less a common "
        "shortfall and drives the shortfall to 0 (within the LP's 1e-7 tolerance): each "
        "level is then both an upper bound and met, which proves the lottery LEXIMIN. Only "
        "if the pricing programme proves the shortfall cannot reach 0 are the levels "
        "settled one at a time, as before. Nothing is approximated: a pool that runs out "
        "of time is reported as not finished.\n\n"
        "| Instance | n | k | Our minimum | Our seconds | Their minimum | Their seconds "
        "| Speed-up |\n|---|---:|---:|---:|---:|---:|---:|---:|\n"
        + "\n".join(rows)
        + "\n\nSynthetic pools (fixed seeds; hidden groups make features correlated and some "
        f"combinations rare; target under {TARGET_SECONDS:g} s each, full LEXIMIN):\n\n"
        "| n | k | Features | Types | Panels | Minimum probability | Seconds |\n"
        "|---:|---:|---:|---:|---:|---:|---:|\n" + "\n".join(synthetic_rows)
    )


if __name__ == "__main__":
    # Quick look without touching docs/benchmarks.md:
    #   .venv/bin/python -m benchmarks.selection [synthetic]
    #   .venv/bin/python -m benchmarks.selection pool 1000   (one synthetic pool, by its n)
    import sys

    args = sys.argv[1:]
    if args[:1] == ["pool"] and len(args) == 2:
        for n, k, features, seed in SYNTHETIC:
            if n == int(args[1]):
                timed = _ours(f"n{n} k{k} f{features}", *synthetic(n, k, features, seed), k, LIMIT)
                print(timed)
    else:
        print("\n".join(run(public_instances="synthetic" not in args).lines))
