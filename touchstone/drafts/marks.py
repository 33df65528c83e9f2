"""Show a checked text with each finding marked, and the findings as a numbered list.

Findings may overlap (a long sentence holds the jargon inside it), so the text is cut at
every place a finding starts or ends and each piece is marked on its own: marks never
nest, so the HTML is always balanced. Each finding gets a visible number before its
words, "[3]", linking to its entry in the list, which links back: colour is never the
only sign, and keyboard and screen-reader users can move between the two.
"""

from dataclasses import dataclass

from markupsafe import Markup, escape

from engines.plain_language import Finding, Report

SEVERITY_WORDS = {
    "high": "High: change this",
    "medium": "Medium: worth changing",
    "low": "Low: consider changing",
}
FAMILY_WORDS = {
    "jargon": "Jargon",
    "person_centred": "Person-centred language",
    "readability": "Hard to read",
}


@dataclass(frozen=True)
class Entry:
    """One finding as the list below the text shows it."""

    number: int
    phrase: str
    severity: str
    severity_text: str
    family_text: str
    message: str
    suggestion: str | None


def entries(report: Report) -> list[Entry]:
    """Return the findings in the order they appear, numbered from 1."""
    return [
        Entry(
            number,
            report.phrase(finding),
            finding.severity,
            SEVERITY_WORDS.get(finding.severity, finding.severity),
            FAMILY_WORDS.get(finding.family, finding.family),
            finding.message,
            finding.suggestion,
        )
        for number, finding in enumerate(report.findings, start=1)
    ]


def _piece(text: str) -> Markup:
    """Escape a piece of text, keeping its line breaks."""
    return Markup("<br>").join(escape(line) for line in text.split("\n"))


def _label(number: int) -> Markup:
    return Markup(
        '<a class="touchstone-finding-label" id="place-{n}" href="#finding-{n}">'
        '[<span class="nhsuk-u-visually-hidden">finding </span>{n}]</a>'
    ).format(n=number)


def marked_text(report: Report) -> Markup:
    """Return the text as HTML, with findings in <mark> and a numbered link before each.

    The number goes where the finding starts, so the numbers read in order, 1, 2, 3,
    even when one finding (a long sentence) holds others.
    """
    text = report.text
    findings: tuple[Finding, ...] = report.findings
    opening: dict[int, list[int]] = {}
    closing: dict[int, int] = {}
    for number, finding in enumerate(findings, start=1):
        opening.setdefault(finding.start, []).append(number)
        closing[finding.end] = closing.get(finding.end, 0) + 1
    cuts = sorted({0, len(text), *opening, *closing})
    out: list[Markup] = []
    active = 0
    for at, upto in zip(cuts, [*cuts[1:], len(text)], strict=True):
        out.extend(_label(number) for number in opening.get(at, ()))
        active += len(opening.get(at, ())) - closing.get(at, 0)
        piece = _piece(text[at:upto])
        if piece:
            out.append(Markup("<mark>{}</mark>").format(piece) if active > 0 else piece)
    return Markup("").join(out)


def _percent(share: float) -> str:
    return f"{round(share * 100)}%"


def _count(number: int, one: str, many: str) -> str:
    return f"{number} {one if number == 1 else many}"


def summary_rows(report: Report) -> list[dict]:
    """Return the scores as rows for the NHS.UK summary list."""
    s = report.scores
    people = (
        f"{_percent(s.person_centred_share)} of the ways people are described are person-centred"
        if s.person_centred_share is not None
        else "The text does not describe people, so there is nothing to measure"
    )
    reading_age = Markup('{} years<br><span class="nhsuk-body-s">How we work it out: {}</span>')
    rows = [
        (
            "Words",
            f"{_count(s.words, 'word', 'words')} in {_count(s.sentences, 'sentence', 'sentences')}",
        ),
        ("Reading age", reading_age.format(s.reading_age, s.formula)),
        ("Average sentence length", f"{s.average_sentence_length} words a sentence"),
        ("Long sentences", f"{_percent(s.long_sentence_share)} have more than 25 words"),
        ("Passive sentences", f"{_percent(s.passive_share)} of sentences"),
        ("Jargon", f"{_count(s.jargon_count, 'term', 'terms')} readers may not know"),
        ("Short forms (acronyms)", f"{s.acronym_count} not spelt out where first used"),
        ("Person-centred language", people),
    ]
    return [{"key": {"text": key}, "value": {"html": escape(value)}} for key, value in rows]
