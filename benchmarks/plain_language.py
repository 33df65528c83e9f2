"""How fast and how right the plain-language checker is.

Speed: a 10,000-word document built from the seed documents (read at run time from
../shared/seeds, repeated until it reaches 10,000 words) is checked RUNS times after one
warm-up; it passes under 200 ms median. textstat's flesch_kincaid_grade runs on the same
text in the same run, its result caches cleared before each call so it is timed doing the
work. textstat looks syllables up in the CMU dictionary, which is not installed on this
offline machine, so it is pointed at its own fallback (Pyphen hyphenation).

Quality: precision and recall per rule family on the labelled sentences, and a sample of
what the checker says about each seed document, to spot-check that it is sensible.
"""

import statistics
import sys
import time
from collections import Counter

from engines.plain_language import FAMILIES, check, jargon, person_centred, readability
from engines.plain_language.evaluate import evaluate, load

from .environment import ROOT
from .report import Result

TITLE = "Plain-language checker"
SEEDS = ROOT.parent / "shared" / "seeds"
WORDS = 10_000
RUNS = 30
LIMIT_MS = 200
SAMPLE = 6
SPOT_CHECK = (
    "Spot-check of the full reports: the findings above are right, and the seeds read as "
    "academic and policy papers do (reading age 17 to 19, with 'service users', "
    "'providers', 'commissioners' and 'integrated care' the commonest findings). Weak "
    "spots seen: names of charities written in capitals (MIND, ACEVO) are taken for "
    "acronyms; text copied out of PDFs breaks into short lines, which are treated as "
    "headings and left out of the reading age; 'refused treatment' is flagged even when a "
    "service did the refusing; passive voice is found only after a form of 'be' or 'get', "
    "so 'and sent to members' after a passive is missed."
)


def run() -> Result:
    """Time the checker and textstat, score the labelled set, and sample the seeds."""
    seeds = {path.name: path.read_text(encoding="utf-8") for path in sorted(SEEDS.glob("*.txt"))}
    if not seeds:
        raise RuntimeError(f"No seed documents in {SEEDS}.")
    document = _document(list(seeds.values()))
    cold_ms = _cold(document)
    ours = _times(lambda: check(document))
    grade = check(document).scores.grade
    theirs, their_grade = _textstat(document)
    tallies = evaluate(load())
    labelled = len(load())
    median, their_median = statistics.median(ours), statistics.median(theirs)
    passed = median < LIMIT_MS
    lines = [
        f"{len(document.split()):,} words: median {median:.1f} ms, p95 {_p95(ours):.1f} ms, "
        f"first call (glossary compiled) {cold_ms:.1f} ms",
        f"textstat flesch_kincaid_grade: median {their_median:.1f} ms; "
        f"checker / textstat = {median / their_median:.2f}x",
        f"Flesch-Kincaid grade: checker {grade:.1f}, textstat {their_grade:.1f}",
        f"Under {LIMIT_MS} ms: {'yes' if passed else 'NO'}",
    ]
    lines += [
        f"{family}: precision {t.precision:.2f}, recall {t.recall:.2f}"
        for family, t in tallies.items()
    ]
    markdown = _markdown(
        document, ours, cold_ms, theirs, grade, their_grade, tallies, labelled, seeds, passed
    )
    return Result(lines=lines, markdown=markdown, passed=passed)


def _document(texts: list[str]) -> str:
    """Return the seeds repeated until the text holds WORDS words, cut at a word's end."""
    words: list[str] = []
    while len(words) < WORDS:
        for text in texts:
            words.extend(text.split(" "))
    text, count = [], 0
    for piece in words:
        text.append(piece)
        count += len(piece.split())
        if count >= WORDS:
            break
    return " ".join(text)


def _times(call, runs: int = RUNS) -> list[float]:
    call()
    seconds = []
    for _ in range(runs):
        began = time.perf_counter()
        call()
        seconds.append((time.perf_counter() - began) * 1000)
    return seconds


def _cold(document: str) -> float:
    """Return the time of a check that must first read and compile the word lists."""
    jargon.glossary.cache_clear()
    person_centred._compiled.cache_clear()
    readability._plain_words.cache_clear()
    began = time.perf_counter()
    check(document)
    return (time.perf_counter() - began) * 1000


def _textstat(document: str) -> tuple[list[float], float]:
    import textstat
    from textstat.backend.counts import _count_syllables

    _count_syllables.get_cmudict = lambda lang: None  # offline: use the Pyphen fallback
    caches = [
        value
        for name, module in list(sys.modules.items())
        if name.startswith("textstat.backend") and module is not None
        for value in vars(module).values()
        if hasattr(value, "cache_clear") and getattr(value, "__name__", "") != "get_pyphen"
    ]

    def measured() -> float:
        for cache in caches:
            cache.cache_clear()
        return textstat.flesch_kincaid_grade(document)

    return _times(measured), measured()


def _p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[max(0, round(0.95 * len(ordered)) - 1)]


def _markdown(document, ours, cold_ms, theirs, grade, their_grade, tallies, labelled, seeds, ok):
    median, their_median = statistics.median(ours), statistics.median(theirs)
    verdict = "within" if ok else "**over**"
    quality = "\n".join(
        f"| {family} | {t.found} | {len(t.false_alarms)} | {len(t.missed)} "
        f"| {t.precision:.2f} | {t.recall:.2f} |"
        for family, t in tallies.items()
    )
    return (
        f"A {len(document.split()):,}-word document built from the seed documents "
        f"(`../shared/seeds/*.txt`, repeated), checked {RUNS} times after one warm-up call; "
        f"textstat {_version()} `flesch_kincaid_grade` timed on the same text in the same "
        "run with its result caches cleared before each call (it falls back to Pyphen for "
        "syllables because the CMU dictionary is not installed offline).\n\n"
        "| Measure | Checker | textstat |\n|---|---:|---:|\n"
        f"| Median ms | {median:.1f} | {their_median:.1f} |\n"
        f"| p95 ms | {_p95(ours):.1f} | {_p95(theirs):.1f} |\n"
        f"| Flesch-Kincaid grade | {grade:.1f} | {their_grade:.1f} |\n\n"
        f"Checker / textstat median time: **{median / their_median:.2f}x**. The checker "
        f"runs every rule and all the scores in that time, {verdict} the {LIMIT_MS} ms "
        f"target. The first call, which reads and compiles the glossary and the word lists "
        f"once per process, took {cold_ms:.1f} ms.\n\n"
        f"### Agreement with a careful editor\n\n"
        f"{labelled} labelled sentences (`engines/plain_language/tests/labelled/"
        "sentences.jsonl`); a label is found when a finding of the same family overlaps "
        "the labelled phrase. Aim: precision at least 0.90, recall at least 0.80. The "
        "labels were written by the checker's author, so treat these as a floor to keep, "
        "not an independent test.\n\n"
        "| Family | Found | False alarms | Missed | Precision | Recall |\n"
        "|---|---:|---:|---:|---:|---:|\n"
        f"{quality}\n\n### The seed documents\n\n{_seeds(seeds)}"
    )


def _seeds(seeds: dict[str, str]) -> str:
    """Return a table of scores per seed and a short sample of findings from each."""
    rows, samples = [], []
    for name, text in seeds.items():
        report = check(text)
        counts = Counter(f.family for f in report.findings)
        share = report.scores.person_centred_share
        rows.append(
            f"| {name[:3]} | {report.scores.words:,} | {report.scores.reading_age:.1f} "
            f"| {report.scores.long_sentence_share:.0%} | {report.scores.passive_share:.0%} "
            + " ".join(f"| {counts[family]}" for family in FAMILIES)
            + f" | {'n/a' if share is None else f'{share:.0%}'} |"
        )
        picked = _sample(report)
        samples.append(
            f"- **{name[:3]}**: "
            + "; ".join(
                f"{f.rule} “{' '.join(report.phrase(f).split())[:50]}”"
                + (f" → {f.suggestion}" if f.suggestion and f.rule != "acronym" else "")
                for f in picked
            )
        )
    header = (
        "| Seed | Words | Reading age | Long sentences | Passive | Jargon | Person-centred "
        "| Readability | Person-first share |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|\n"
    )
    return (
        header
        + "\n".join(rows)
        + "\n\nSample findings (the first of each rule in each seed):\n\n"
        + "\n".join(samples)
        + "\n\n"
        + SPOT_CHECK
    )


def _sample(report) -> list:
    """Pick up to SAMPLE findings, spread over the rules, skipping whole long sentences."""
    seen, picked = set(), []
    for finding in report.findings:
        if finding.rule not in seen and finding.rule != "long-sentence":
            seen.add(finding.rule)
            picked.append(finding)
    return picked[:SAMPLE]


def _version() -> str:
    from importlib.metadata import version

    return version("textstat")
