"""Turn a report into plain data for JSON: the CLI's --format json and, later, the API."""

from __future__ import annotations

import dataclasses

from .report import Report
from .text import line_and_column


def report_to_dict(report: Report, name: str | None = None) -> dict:
    """Return a report as plain data: findings with their phrase, line and column, and scores."""
    findings = []
    for finding in report.findings:
        line, column = line_and_column(report.text, finding.start)
        item = dataclasses.asdict(finding)
        item.update(phrase=report.phrase(finding), line=line, column=column)
        findings.append(item)
    data = {
        "nothing_to_check": report.nothing_to_check,
        "findings": findings,
        "scores": dataclasses.asdict(report.scores),
    }
    return {"file": name, **data} if name is not None else data
