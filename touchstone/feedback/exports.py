"""'You said, we did' as files: CSV for analysis, Word for papers, HTML for websites."""

import csv
import io

from django.template.loader import render_to_string
from docx import Document
from docx.shared import Pt

from .results import Results

CSV_COLUMNS = [
    "theme",
    "feedback_id",
    "received_on",
    "source",
    "you_said",
    "outcome",
    "we_did",
    "decisions",
    "actions",
]


def _decisions_text(entry) -> str:
    return "; ".join(f"{d.title} ({d.status}, {d.decided_on:%d/%m/%Y})" for d in entry.decisions)


def _actions_text(entry) -> str:
    return "; ".join(
        f"{a.description} ({a.status}, due {a.due_on:%d/%m/%Y})"
        for d in entry.decisions
        for a in d.actions
    )


def as_csv(results: Results) -> str:
    """One row per theme and piece of feedback, in a fixed column order."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    for section in results.sections:
        for e in section.entries:
            writer.writerow(
                [
                    section.name,
                    e.pk,
                    e.received_on.isoformat(),
                    e.source,
                    _safe(e.text),
                    e.outcome,
                    _safe(e.response),
                    _safe(_decisions_text(e)),
                    _safe(_actions_text(e)),
                ]
            )
    return out.getvalue()


def _safe(value: str) -> str:
    """Stop a spreadsheet running what someone typed as a formula (CSV injection)."""
    return "'" + value if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value


def as_docx(results: Results) -> bytes:
    """A Word document a team can put in meeting papers or send by post."""
    document = Document()
    document.styles["Normal"].font.size = Pt(12)
    document.add_heading(results.title, level=0)
    document.add_paragraph(
        f"{results.responded} piece{'s' if results.responded != 1 else ''} of feedback with a "
        f"response, grouped by theme."
    )
    for section in results.sections:
        document.add_heading(section.name, level=1)
        for e in section.entries:
            document.add_heading("You said", level=3)
            document.add_paragraph(e.text)
            document.add_heading("We did" if e.outcome_code != "not_changed" else "Why not", 3)
            document.add_paragraph(f"{e.outcome}. {e.response}")
            for d in e.decisions:
                document.add_paragraph(f"Decision: {d.title} ({d.status}). {d.decided}")
                for a in d.actions:
                    document.add_paragraph(
                        f"{a.description}: {a.status}, due {a.due_on:%-d %B %Y}",
                        style="List Bullet",
                    )
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def as_html(results: Results, *, programme) -> str:
    """A page that stands alone, to put on a website or send as an attachment."""
    return render_to_string(
        "feedback/results_export.jinja", {"results": results, "programme": programme}
    )
