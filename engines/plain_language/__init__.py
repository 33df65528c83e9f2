"""Plain-language and person-centred language checks for papers, agendas and pages.

Holds writing to the lay partners' touchstone: "keep our written communications plain and
simple, avoiding jargon" and "the language of the programme is person-centred, rather
than organisation-centred". A pure-Python engine (no Django): `check(text)` returns a
Report of findings (exact character spans, rule, severity, a plain explanation and a
suggested rewrite) and scores (reading age and others; see scores.py for the formula).
`python -m engines.plain_language FILE...` runs it like a linter.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from .checker import check
from .documents import read
from .report import FAMILIES, SEVERITIES, Finding, PlainLanguageError, Report, Scores
from .serialise import report_to_dict


def check_file(path: str | Path, *, extra_terms: Mapping[str, str] | None = None) -> Report:
    """Read a .txt, .md, .html or .docx file and check its text."""
    return check(read(path), extra_terms=extra_terms)


__all__ = [
    "FAMILIES",
    "SEVERITIES",
    "Finding",
    "PlainLanguageError",
    "Report",
    "Scores",
    "check",
    "check_file",
    "read",
    "report_to_dict",
]
