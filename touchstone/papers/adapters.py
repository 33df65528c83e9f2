"""The one place papers meet the plain-language engine: a short summary per paper.

A paper keeps only its reading age and how many findings of each severity it has;
the full report is on the "Check my writing" page.
"""

from dataclasses import dataclass, field

from engines import plain_language as engine
from touchstone.drafts.selectors import extra_terms_of

PDF_NOTE = "We cannot check PDF files."


@dataclass(frozen=True)
class PlainSummary:
    """What a paper's page shows about its writing."""

    reading_age: float | None = None
    findings: dict = field(default_factory=dict)
    note: str = ""


def _summary(report: engine.Report) -> PlainSummary:
    if report.nothing_to_check:
        return PlainSummary(note="There are no words to check.")
    counts = {severity: 0 for severity in engine.SEVERITIES}
    for finding in report.findings:
        counts[finding.severity] = counts.get(finding.severity, 0) + 1
    return PlainSummary(reading_age=report.scores.reading_age, findings=counts)


def summarise_text(*, programme, text: str) -> PlainSummary:
    """Check written text with the programme's own terms."""
    return _summary(engine.check(text, extra_terms=extra_terms_of(programme)))


def summarise_file(*, programme, path: str, suffix: str) -> PlainSummary:
    """Check a file on disk; a PDF or an unreadable file gets a note saying why not."""
    if suffix == ".pdf":
        return PlainSummary(note=PDF_NOTE)
    try:
        report = engine.check_file(path, extra_terms=extra_terms_of(programme))
    except engine.PlainLanguageError as error:
        return PlainSummary(note=f"We could not check this file. {error}"[:300])
    return _summary(report)
