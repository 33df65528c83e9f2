"""The public feedback form under load: 500 people at one event send feedback together.

Touchstone runs under gunicorn on loopback against a throwaway PostgreSQL database.
Everyone opens the form (GET), then all press Send at the same moment (POST); some phones
send again after the reply, as on a bad connection, and some tap Send twice at once.
Then 500 more people send at a steady rate, for latency when the server is not swamped.
A bare view that only inserts a row takes the same load: the floor the form is compared
with. Nothing may be lost or stored twice.

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
    with database.throwaway_database():
        events = database.prepare(["warm-up", *bursts, "steady"])  # name -> [code, id]
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


def _send_everything(port: int, events: dict, bursts: list[str]) -> list[tuple[str, Round]]:
    """Warm up, then the bursts (bare and form taking turns to go first), then steady."""
    rounds.feedback(port, events["warm-up"][0], "warm-up", WARM_UP)
    rounds.bare(port, "warm-up", WARM_UP)
    measured = []
    for n, name in enumerate(bursts):
        pair = [
            (name, rounds.bare(port, name, PEOPLE)),
            (
                name,
                rounds.feedback(port, events[name][0], name, PEOPLE, None, RETRIES, DOUBLE_TAPS),
            ),
        ]
        measured += pair if n % 2 == 0 else pair[::-1]
    measured.append(("steady", rounds.bare(port, "steady", PEOPLE, STEADY_RATE)))
    code = events["steady"][0]
    measured.append(("steady", rounds.feedback(port, code, "steady", PEOPLE, STEADY_RATE)))
    return measured


def _result(measured: list[Round], facts: dict) -> Result:
    *bursts, steady_bare, steady_form = measured
    bare_bursts = [each for each in bursts if each.path.startswith("/bench/")]
    form_bursts = [each for each in bursts if not each.path.startswith("/bench/")]
    bare, form = rounds.combine(bare_bursts), rounds.combine(form_bursts)
    ratio = form.per_second / bare.per_second if bare.per_second else 0.0
    facts["ratios"] = [
        f.per_second / b.per_second for f, b in zip(form_bursts, bare_bursts, strict=True)
    ]
    forms = (form, steady_form)
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
        f"Steady, {STEADY_RATE} people/s": (steady_form, steady_bare),
    }
    load = writeup.Load(PEOPLE, RETRIES, DOUBLE_TAPS, STEADY_RATE, WARM_UP, BURSTS)
    return Result(
        lines=writeup.lines(table, ratio, checks, facts, LOG),
        markdown=writeup.markdown(table, ratio, checks, facts, load),
        passed=all(checks.values()),
    )
