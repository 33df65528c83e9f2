"""One round of load: everyone opens the form, then everyone sends it.

Sends go all at the same moment (rate None), or at a steady rate. Feedback rounds add
repeats: some phones send again after the reply (it was lost on a bad connection), some
tap Send twice at once. Both must be answered with thanks and store nothing new.
"""

from collections import Counter
from dataclasses import dataclass, field

from . import clients
from .clients import Person, Reply


@dataclass
class Round:
    label: str
    path: str  # where the form is posted; each round has its own
    people: list[Person]
    opened: list[Reply]
    sends: list[Reply] = field(default_factory=list)  # each person's first send
    repeats: list[Reply] = field(default_factory=list)  # retries and second taps
    seconds: float = 0.0  # from the release to the last reply
    unfinished: int = 0
    failures: Counter = field(default_factory=Counter)  # what came back instead of thanks
    stored: int = 0
    lost: int = 0
    duplicates: int = 0
    worker_ms: list[float] = field(default_factory=list)  # time in a worker, per POST

    @property
    def sent(self) -> int:
        return len(self.sends) + len(self.repeats)

    @property
    def errors(self) -> int:
        return sum(self.failures.values()) + self.unfinished

    @property
    def per_second(self) -> float:
        """People whose feedback was taken, per second from the release to the last reply."""
        return len(self.people) / self.seconds if self.seconds else 0.0

    def p(self, share: float) -> float:
        """Percentile of the first sends' latency seen by the phone, in milliseconds."""
        return clients.nearest_rank([reply.seconds * 1000 for reply in self.sends], share)

    def in_worker(self, share: float) -> float:
        """Percentile of the time a POST spent in a worker, in milliseconds."""
        return clients.nearest_rank(self.worker_ms, share)


def _outcome(reply: Reply) -> str:
    return f"{reply.status} {reply.error}".strip() if reply.status else reply.error


def _open(label: str, port: int, path: str, prefix: str, count: int) -> Round:
    people = [Person(n, f"{prefix} person {n}: the bus stops too early.") for n in range(count)]
    measured = Round(label, path, people, clients.open_forms(port, path, people))
    for reply in measured.opened:
        if reply.status != 200 or reply.error:
            measured.failures[f"form not opened: {_outcome(reply)}"] += 1
    return measured


def _release(measured: Round, tasks, done: str, rate: float | None) -> Round:
    results, measured.seconds, measured.unfinished = clients.release(tasks, rate)
    for kind, reply in results:
        (measured.sends if kind == "send" else measured.repeats).append(reply)
        if not (reply.status == 302 and reply.location.endswith(done)):
            measured.failures[f"{kind}: {_outcome(reply)}"] += 1
    return measured


def bare(port: int, name: str, count: int, rate: float | None = None) -> Round:
    """The floor: the same GET then POST, to a view that only inserts a row."""
    path = f"/bench/bare/{name}/"
    measured = _open("Bare insert view", port, path, name, count)
    tasks = [
        (n, lambda person=person: [("send", clients.send(port, path, person))])
        for n, person in enumerate(measured.people)
    ]
    return _release(measured, tasks, path, rate)


def feedback(port: int, code: str, name: str, count: int, rate=None, retries=0, taps=0) -> Round:
    """Everyone sends feedback to one event, with `retries` retries and `taps` double taps."""
    path, done = f"/f/{code}/", f"/f/{code}/thanks/"
    measured = _open("Feedback form", port, path, name, count)

    def send(person, kind="send"):
        return [(kind, clients.send(port, path, person))]

    def send_then_retry(person):
        return send(person) + send(person, "retry")

    people = measured.people
    tasks = [
        (n, lambda person=person, retry=n < retries: (send_then_retry if retry else send)(person))
        for n, person in enumerate(people)
    ]
    tasks += [
        (n, lambda person=person: send(person, "double tap"))
        for n, person in enumerate(people[retries : retries + taps], start=retries)
    ]
    return _release(measured, tasks, done, rate)


def check_stored(measured: Round, texts: list[str]) -> None:
    """Compare what the database holds with what was sent: nothing lost, nothing twice."""
    expected = {person.text for person in measured.people}
    mine = [text for text in texts if text in expected]
    measured.stored = len(set(mine))
    measured.lost = len(expected - set(mine))
    measured.duplicates = len(mine) - len(set(mine))


def combine(repeats: list[Round]) -> Round:
    """Pool repeated rounds: counts add up, percentiles and throughput are over them all."""
    first = repeats[0]
    pooled = Round(first.label, first.path, [], [])
    for each in repeats:
        pooled.people += each.people
        pooled.opened += each.opened
        pooled.sends += each.sends
        pooled.repeats += each.repeats
        pooled.worker_ms += each.worker_ms
        pooled.failures += each.failures
        pooled.seconds += each.seconds
        pooled.unfinished += each.unfinished
        pooled.stored += each.stored
        pooled.lost += each.lost
        pooled.duplicates += each.duplicates
    return pooled
