"""The public feedback form under load: 500 people at one event send feedback together.

Touchstone runs under gunicorn on loopback against a throwaway PostgreSQL database.
Everyone opens the form (GET), then all press Send at the same moment (POST). A bare view
that only inserts a row takes the same load: the floor the form is compared with, send for
send. Another burst adds repeats: some phones send again after the reply, as on a bad
connection, and some tap Send twice at once. Then people send at steady rates, for latency
when the server keeps up and the busiest rate it keeps up with. Nothing may be lost or
stored twice.

Each simulated person sends its own X-Forwarded-For address, as phones on mobile data
reach the site from different addresses, so the per-address limit (30 sends an hour)
runs on every send but is not tripped. docs/benchmarks.md says why.
"""

import tempfile
from pathlib import Path

from .loadsite import database, rounds, server, writeup
from .loadsite.rounds import Round
from .report import Result

TITLE = "Feedback form under load"
PEOPLE = 500
RETRIES = 50  # people whose phone sends again once the first reply is in
DOUBLE_TAPS = 25  # people who tap Send twice at the same moment
STEADY_RATE = 20  # people a second in the steady round: 500 people over 25 seconds
PEAK_RATES = (50, 100, 200, 400, 800)  # people a second, to find the busiest rate kept under target
BURSTS = 3  # all-at-once rounds per view, pooled: one burst on a shared machine is noisy
WARM_UP = 40  # people sending to a separate event and bare path before measuring
P95_TARGET_MS = 300
THROUGHPUT_TARGET = 0.5  # the form's throughput as a share of the bare view's
LOG = Path(tempfile.gettempdir()) / "touchstone_bench_load_gunicorn.log"
ACCESS_LOG = LOG.with_name("touchstone_bench_load_access.log")


def run() -> Result:
    """Serve the site, send the load, count what was stored, and drop the database."""
    problem = database.unreachable()
    if problem:
        message = f"Skipped: PostgreSQL is not reachable ({problem}); nothing recorded."
        return Result(lines=[message], markdown="", passed=True)
    bursts = [f"at-once-{n}" for n in range(1, BURSTS + 1)]
    peaks = [f"rate-{rate}" for rate in PEAK_RATES]
    with database.throwaway_database():
        # name -> [code, id]
        events = database.prepare(["warm-up", *bursts, "repeats", "steady", *peaks])
        with server.gunicorn(f"/f/{events['warm-up'][0]}/", LOG, ACCESS_LOG) as port:
            measured = _send_everything(port, events, bursts)
        for name, each in measured:
            each.worker_ms = server.worker_ms(ACCESS_LOG, "POST", each.path)
            if each.path.startswith("/bench/"):
                rounds.check_stored(each, database.stored_bare(name))
            else:
                rounds.check_stored(each, [text for _, text in database.stored(events[name][1])])
        version = database.server_version()
    facts = {"version": version, "tracebacks": LOG.read_text().count("Traceback")}
    return _result([each for _, each in measured], facts)


def _pair(port: int, events: dict, name: str, rate=None) -> list[tuple[str, Round]]:
    """The same load on the bare view and on the form, one send per person."""
    bare = rounds.bare(port, name, PEOPLE, rate)
    return [(name, bare), (name, rounds.feedback(port, events[name][0], name, PEOPLE, rate))]


def _send_everything(port: int, events: dict, bursts: list[str]) -> list[tuple[str, Round]]:
    """Warm up; the bursts (bare and form taking turns to go first); repeats; steady rates."""
    rounds.feedback(port, events["warm-up"][0], "warm-up", WARM_UP)
    rounds.bare(port, "warm-up", WARM_UP)
    measured = []
    for n, name in enumerate(bursts):
        pair = _pair(port, events, name)
        measured += pair if n % 2 == 0 else pair[::-1]
    code = events["repeats"][0]
    repeats = rounds.feedback(port, code, "repeats", PEOPLE, None, RETRIES, DOUBLE_TAPS)
    measured.append(("repeats", repeats))
    measured += _pair(port, events, "steady", STEADY_RATE)
    for rate in PEAK_RATES:
        measured += _pair(port, events, f"rate-{rate}", rate)
    return measured


def _is_bare(each: Round) -> bool:
    return each.path.startswith("/bench/")


def _busiest(pairs: list[Round], view) -> float:
    """The highest steady rate at which the view's p95 stayed under the target (0: none)."""
    kept = [
        rate
        for rate, each in zip(PEAK_RATES, [r for r in pairs if view(r)], strict=True)
        if each.p(0.95) < P95_TARGET_MS and each.errors == 0
    ]
    return max(kept, default=0)


def _result(measured: list[Round], facts: dict) -> Result:
    bursts, (repeats, steady_bare, steady_form), peaks = (
        measured[: 2 * BURSTS],
        measured[2 * BURSTS : 2 * BURSTS + 3],
        measured[2 * BURSTS + 3 :],
    )
    bare_bursts = [each for each in bursts if _is_bare(each)]
    form_bursts = [each for each in bursts if not _is_bare(each)]
    bare, form = rounds.combine(bare_bursts), rounds.combine(form_bursts)
    ratio = form.per_second / bare.per_second if bare.per_second else 0.0
    facts["ratios"] = [
        f.per_second / b.per_second for f, b in zip(form_bursts, bare_bursts, strict=True)
    ]
    facts["busiest"] = (
        _busiest(peaks, lambda each: not _is_bare(each)),
        _busiest(peaks, _is_bare),
    )
    facts["peaks"] = [
        (rate, form_round.p(0.95), bare_round.p(0.95))
        for rate, bare_round, form_round in zip(PEAK_RATES, peaks[::2], peaks[1::2], strict=True)
    ]
    forms = (form, repeats, steady_form, *peaks[1::2])
    checks = {
        "nothing lost": all(each.lost == 0 for each in forms),
        "no duplicates": all(each.duplicates == 0 for each in forms),
        "no errors": all(each.errors == 0 for each in forms) and facts["tracebacks"] == 0,
        f"p95 under {P95_TARGET_MS} ms, all at once": form.p(0.95) < P95_TARGET_MS,
        f"p95 under {P95_TARGET_MS} ms, steady": steady_form.p(0.95) < P95_TARGET_MS,
        f"at least {THROUGHPUT_TARGET:.0%} of the bare view's throughput": ratio
        >= THROUGHPUT_TARGET,
    }
    table = {
        "All at once": (form, bare),
        "All at once, with repeats": (repeats,),
        f"Steady, {STEADY_RATE} people/s": (steady_form, steady_bare),
    }
    load = writeup.Load(PEOPLE, RETRIES, DOUBLE_TAPS, STEADY_RATE, WARM_UP, BURSTS)
    return Result(
        lines=writeup.lines(table, ratio, checks, facts, LOG, repeats),
        markdown=writeup.markdown(table, ratio, checks, facts, load, repeats),
        passed=all(checks.values()),
    )
