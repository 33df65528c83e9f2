"""Say what the feedback load benchmark measured: lines to print and its Markdown section."""

from dataclasses import dataclass
from pathlib import Path

from . import server
from .clients import FORM_POOL, REQUEST_TIMEOUT
from .rounds import Round


@dataclass
class Load:
    people: int
    retries: int
    taps: int
    rate: float
    warm_up: int
    bursts: int


def _failures(each: Round) -> str:
    kinds = ", ".join(f"{count} {kind}" for kind, count in each.failures.most_common())
    unfinished = f", {each.unfinished} unfinished" if each.unfinished else ""
    return f" ({kinds}{unfinished})" if kinds or unfinished else ""


def lines(table: dict, ratio: float, checks: dict, facts: dict, log: Path, repeats: Round):
    out = []
    for mode, pair in table.items():
        out.append(f"{mode}:")
        for each in pair:
            out.append(
                f"  {each.label:<17} sent {each.sent:>4}, stored {each.stored:>4}, lost "
                f"{each.lost}, duplicates {each.duplicates}, errors {each.errors}"
                f"{_failures(each)}; p50 {each.p(0.5):.0f} ms, p95 {each.p(0.95):.0f} ms; "
                f"in a worker p50 {each.in_worker(0.5):.1f} ms, p95 "
                f"{each.in_worker(0.95):.1f} ms; {each.per_second:.1f} people/s"
            )
    out.append(
        f"Repeats sent (retries and double taps): {len(repeats.repeats)}, "
        f"not answered with thanks: {_repeats_failed(repeats)}"
    )
    out.append(f"Throughput all at once, form / bare view: {ratio:.2f} ({_spread(facts)})")
    out.append(_peaks(facts))
    out.append(f"Tracebacks in the gunicorn log: {facts['tracebacks']} ({log})")
    out += [f"{'met   ' if ok else 'MISSED'} {name}" for name, ok in checks.items()]
    return out


def _repeats_failed(form: Round) -> int:
    return sum(n for kind, n in form.failures.items() if kind.startswith(("retry", "double")))


def _peaks(facts: dict) -> str:
    rates = ", ".join(
        f"{rate}/s: form {form:.0f} ms, bare {bare:.0f} ms" for rate, form, bare in facts["peaks"]
    )
    form, bare = facts["busiest"]
    return (
        f"p95 at steady rates ({rates}); busiest rate with p95 under the target: form "
        f"{form}/s, bare view {bare}/s"
    )


def _spread(facts: dict) -> str:
    return "per burst: " + ", ".join(f"{ratio:.2f}" for ratio in facts["ratios"])


def _row(mode: str, each: Round) -> str:
    return (
        f"| {mode} | {each.label} | {each.sent} | {each.stored} | {each.lost} "
        f"| {each.duplicates} | {each.errors} | {each.p(0.5):.0f} | {each.p(0.95):.0f} "
        f"| {each.in_worker(0.5):.1f} | {each.in_worker(0.95):.1f} | {each.per_second:.0f} |"
    )


def markdown(table: dict, ratio: float, checks: dict, facts: dict, load: Load, repeats) -> str:
    rows = "\n".join(_row(mode, each) for mode, pair in table.items() for each in pair)
    failures = "".join(
        f"\n- {mode}, {each.label}:{_failures(each)}"
        for mode, pair in table.items()
        for each in pair
        if _failures(each)
    )
    errors = f"\n\nErrors:{failures}" if failures else ""
    peak_rows = "\n".join(
        f"| {rate} | {form:.0f} | {bare:.0f} |" for rate, form, bare in facts["peaks"]
    )
    verdict = "; ".join(f"{name}: {'met' if ok else '**missed**'}" for name, ok in checks.items())
    return f"""\
{load.people} simulated people per round, all on this machine, against Touchstone served \
by gunicorn ({server.WORKERS} sync workers) on loopback with PostgreSQL {facts["version"]} \
on 127.0.0.1, in a throwaway database the run creates and drops. Each person first opens \
the form (GET, {FORM_POOL} at a time, not timed here), then sends it (POST), one thread \
and one new connection per send. **All at once**: every send is released at the same \
moment, {load.bursts} times per view (bare view and form taking turns to go first, each \
burst with {load.people} new people and its own event), the figures pooled over the \
bursts, one send per person for both views. **With repeats**: one more burst of \
{load.people} people to the form, of whom {load.retries} send again once the reply is in \
and {load.taps} tap Send twice at once, with the same submission key. **Steady**: \
{load.people} other people send at {load.rate:g} a second; then {load.people} more at \
each of the busier rates below. The **bare view** goes through the same middleware and the \
same GET-then-POST but only inserts one row. The server was warmed up with \
{load.warm_up} sends to each first. Requests time out after {REQUEST_TIMEOUT} s.

*p50/p95* is each first send as the phone sees it, connection to last byte, so it \
includes waiting for a free worker; *in a worker* is gunicorn's own time for each POST \
(access log), the work without the wait. *People/s* counts people whose send was \
answered, from the release to the last reply.

| Load | View | Sent | Stored | Lost | Duplicates | Errors | p50 ms | p95 ms \
| In worker p50 ms | In worker p95 ms | People/s |
|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|
{rows}

Throughput all at once, form / bare view: **{ratio:.2f}** ({_spread(facts)}). \
Repeats sent: {len(repeats.repeats)}, not answered with thanks: \
{_repeats_failed(repeats)} (and \
the duplicates column shows whether any stored a second item). Tracebacks in the server \
log: {facts["tracebacks"]}.{errors}

Busier steady rates, p95 as the phone sees it:

| People/s | Form p95 ms | Bare view p95 ms |
|---:|---:|---:|
{peak_rows}

The form keeps its p95 under the target up to **{facts["busiest"][0]} people a second** \
(bare view: {facts["busiest"][1]}).

Targets: {verdict}.

With every send released together, a send waits for the ones queued ahead of it, so the \
p95 of the all-at-once round is close to the time the whole burst takes, for the bare view \
too: it measures capacity, not how quick one send is. The steady round shows latency when \
the server keeps up.

**Rate limit.** The form takes 300 sends an hour from one address (`SENDS_PER_HOUR` in \
`touchstone/feedback/public_views.py`, generous because everyone at an event may share the \
venue's Wi-Fi). The address is the one our proxy appended to X-Forwarded-For \
(`client_address()` in `touchstone/core/ratelimit.py`, with `TRUSTED_PROXIES = 1` in the \
benchmark's settings, as in production behind one proxy). Each simulated person sends its \
own address there, as phones on mobile data reach the site from different addresses, so the \
limiter runs on every send but is not tripped; nothing is raised or switched off."""
