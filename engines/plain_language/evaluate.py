"""Measure the checker against sentences labelled by hand: precision and recall per family.

Each line of the labelled file is {"text": ..., "findings": [{"family", "phrase"}, ...]}:
what a careful editor would flag in that sentence. A finding counts as found when the
checker reports a finding of the same family whose span overlaps the phrase (one finding
per label). Run `python -m engines.plain_language.evaluate [FILE]` to see the figures and
every disagreement.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass, field
from pathlib import Path

from .checker import check
from .report import FAMILIES

LABELLED = Path(__file__).with_name("tests") / "labelled" / "sentences.jsonl"


@dataclass
class Tally:
    found: int = 0
    false_alarms: list[str] = field(default_factory=list)
    missed: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        flagged = self.found + len(self.false_alarms)
        return self.found / flagged if flagged else 1.0

    @property
    def recall(self) -> float:
        labelled = self.found + len(self.missed)
        return self.found / labelled if labelled else 1.0


def load(path: Path = LABELLED) -> list[dict]:
    """Return the labelled sentences."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def evaluate(items: list[dict]) -> dict[str, Tally]:
    """Return a tally per rule family of labels found, missed, and false alarms."""
    tallies = {family: Tally() for family in FAMILIES}
    for item in items:
        text = item["text"]
        report = check(text)
        for family, tally in tallies.items():
            expected = _spans(
                text, [f["phrase"] for f in item["findings"] if f["family"] == family]
            )
            predicted = [(f.start, f.end) for f in report.findings if f.family == family]
            for start, end in expected:
                match = next(
                    (p for p in predicted if p == (start, end)),
                    next((p for p in predicted if p[0] < end and start < p[1]), None),
                )
                if match:
                    predicted.remove(match)
                    tally.found += 1
                else:
                    tally.missed.append(f"{text[start:end]!r} in {text!r}")
            tally.false_alarms += [f"{text[s:e]!r} in {text!r}" for s, e in predicted]
    return tallies


def _spans(text: str, phrases: list[str]) -> list[tuple[int, int]]:
    """Return where each phrase is, taking repeated phrases in turn."""
    spans, seen = [], {}
    for phrase in phrases:
        start = text.find(phrase, seen.get(phrase, 0))
        if start < 0:
            raise ValueError(f"Labelled phrase {phrase!r} is not in {text!r}.")
        seen[phrase] = start + 1
        spans.append((start, start + len(phrase)))
    return spans


def main(argv: list[str] | None = None) -> int:
    """Print precision and recall per family and every disagreement."""
    args = sys.argv[1:] if argv is None else argv
    items = load(Path(args[0])) if args else load()
    tallies = evaluate(items)
    print(f"{len(items)} labelled sentences")
    for family, tally in tallies.items():
        print(
            f"{family:<15} precision {tally.precision:.2f} recall {tally.recall:.2f} "
            f"({tally.found} found, {len(tally.false_alarms)} false alarms, "
            f"{len(tally.missed)} missed)"
        )
        for line in tally.false_alarms:
            print(f"  false alarm: {line}")
        for line in tally.missed:
            print(f"  missed: {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
