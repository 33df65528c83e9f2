"""Run the plain-language engine on what someone pasted or uploaded, with the programme's terms.

An upload is written to a temporary file only for as long as the engine takes to read
it, then deleted: nothing anyone checks is stored.
"""

import tempfile
from pathlib import Path

from engines import plain_language as engine
from touchstone.accounts import access
from touchstone.core.errors import ServiceError

from .selectors import extra_terms_of

NOTHING_TO_CHECK = "There is nothing to check: paste some text or choose a file."
MAX_CHARACTERS = 200_000
MAX_BYTES = 10 * 1024 * 1024
SUFFIXES = (".txt", ".md", ".html", ".docx")


def check_text(*, actor, programme, text: str) -> engine.Report:
    """Check pasted text against the glossary and the programme's own terms."""
    access.require(actor, "view", programme)
    report = engine.check(text, extra_terms=extra_terms_of(programme))
    if report.nothing_to_check:
        raise ServiceError(NOTHING_TO_CHECK, field="text")
    return report


def check_upload(*, actor, programme, upload) -> engine.Report:
    """Check an uploaded file, reading it through a temporary file that is always deleted."""
    access.require(actor, "view", programme)
    suffix = Path(upload.name or "").suffix.lower()
    if suffix not in SUFFIXES:
        raise ServiceError("Choose a .txt, .md, .html or .docx file.", field="document")
    if upload.size > MAX_BYTES:
        raise ServiceError("The file is over 10 MB; check a smaller one.", field="document")
    with tempfile.NamedTemporaryFile(suffix=suffix, delete_on_close=False) as handle:
        for chunk in upload.chunks():
            handle.write(chunk)
        handle.close()
        try:
            report = engine.check_file(handle.name, extra_terms=extra_terms_of(programme))
        except engine.PlainLanguageError as error:
            raise ServiceError(str(error), field="document") from error
    if report.nothing_to_check:
        raise ServiceError(
            "There is nothing to check in this file: it has no words in it.", field="document"
        )
    return report


def report_data(report: engine.Report) -> dict:
    """Return the report as plain data for the API."""
    return engine.report_to_dict(report)
