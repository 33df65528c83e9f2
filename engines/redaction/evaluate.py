"""Score the redaction engine on a labelled set: precision, recall and F1 for each type.

Each line of the labelled file is {"text": ..., "spans": [{"type", "start", "end"}, ...]}.
Matching is span-level and by overlap: a labelled span is found when the engine reports
a span of the same type overlapping it (each reported span matches at most one label).
Overlap rather than exact boundaries, because "Flat 3, 12 Mill Lane" found as
"12 Mill Lane" still hides most of the address; how many matches were also exact is
reported beside, and "hidden" counts labels covered by a span of any type, which is what
matters for privacy. Run `python -m engines.redaction evaluate [FILE]`.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from .finder import find
from .spans import STRUCTURED, TYPES, RedactionError, Span

LABELLED = Path(__file__).with_name("data") / "labelled.jsonl"


@dataclass
class Tally:
    """Counts for one type, and the disagreements to read through."""

    found: int = 0
    exact: int = 0
    hidden: int = 0
    missed: list[str] = field(default_factory=list)
    false_alarms: list[str] = field(default_factory=list)

    @property
    def labelled(self) -> int:
        return self.found + len(self.missed)

    @property
    def precision(self) -> float:
        flagged = self.found + len(self.false_alarms)
        return self.found / flagged if flagged else 1.0

    @property
    def recall(self) -> float:
        return self.found / self.labelled if self.labelled else 1.0

    @property
    def f1(self) -> float:
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0

    def add(self, other: Tally) -> None:
        self.found += other.found
        self.exact += other.exact
        self.hidden += other.hidden
        self.missed += other.missed
        self.false_alarms += other.false_alarms


def load(path: Path = LABELLED) -> list[dict]:
    """Return the labelled sentences, or say which line is broken."""
    items = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            try:
                items.append(json.loads(line))
            except json.JSONDecodeError as error:
                raise RedactionError(f"{path} line {number} is not JSON: {error.msg}.") from None
    return items


def evaluate(items: list[dict], finder: Callable[[str], Sequence[Span]] = find) -> dict[str, Tally]:
    """Return a tally per type, plus "structured" (all but names) and "all" totals.

    finder defaults to this engine; the benchmark passes other tools' finders, whose
    findings of types this engine does not have count as false alarms under their own type.
    """
    tallies = {kind: Tally() for kind in TYPES}
    for item in items:
        text = item["text"]
        predicted = list(finder(text))
        gold = [(g["type"], g["start"], g["end"]) for g in item["spans"]]
        for kind, start, end in gold:
            tally = tallies[kind]
            tally.hidden += any(p.start < end and start < p.end for p in predicted)
            match = next(
                (p for p in predicted if p.type == kind and p.start < end and start < p.end), None
            )
            if match is None:
                tally.missed.append(f"{text[start:end]!r} in {text!r}")
                continue
            predicted.remove(match)
            tally.found += 1
            tally.exact += (match.start, match.end) == (start, end)
        for p in predicted:
            tallies.setdefault(p.type, Tally()).false_alarms.append(
                f"{text[p.start : p.end]!r} in {text!r}"
            )
    structured, every = Tally(), Tally()
    for kind, tally in tallies.items():
        every.add(tally)
        if kind not in TYPES or kind in STRUCTURED:
            structured.add(tally)
    return {**tallies, "structured": structured, "all": every}


def summary(tallies: dict[str, Tally]) -> list[str]:
    """Return one line of figures per type."""
    return [
        f"{kind:<14} precision {t.precision:.2f}  recall {t.recall:.2f}  F1 {t.f1:.2f}  "
        f"({t.labelled} labelled, {t.found} found, {t.exact} exact, "
        f"{len(t.false_alarms)} false alarms, {t.hidden} hidden by any type)"
        for kind, t in tallies.items()
    ]


def by_source(items: list[dict]) -> dict[str, dict[str, Tally]]:
    """Return the tallies for each source of sentences (hand-written, held-out, template)."""
    sources = sorted({item.get("source", "unknown") for item in items})
    return {
        source: evaluate([item for item in items if item.get("source", "unknown") == source])
        for source in sources
    }


def report(path: Path = LABELLED) -> str:
    """Return the figures and every disagreement, for a person to read."""
    items = load(path)
    tallies = evaluate(items)
    lines = [f"{len(items)} labelled sentences in {path}", *summary(tallies)]
    for source, part in by_source(items).items():
        names, structured, every = part["NAME"], part["structured"], part["all"]
        lines.append(
            f"{source}: names P {names.precision:.2f} R {names.recall:.2f}; structured "
            f"P {structured.precision:.2f} R {structured.recall:.2f}; all P "
            f"{every.precision:.2f} R {every.recall:.2f} ({every.labelled} labels)"
        )
    for kind in TYPES:
        lines += [f"  {kind} missed: {m}" for m in tallies[kind].missed]
        lines += [f"  {kind} false alarm: {f}" for f in tallies[kind].false_alarms]
    return "\n".join(lines)
