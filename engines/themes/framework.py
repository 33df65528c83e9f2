"""Theme frameworks and the labelled examples a model learns them from.

The default is the NHS patient-experience framework v7 (32 themes), built from the v6
columns of the labelled NHS data kept in this package: three groups of v6 columns merge
into one v7 theme each and a few columns are dropped, as the data's README explains. A
programme can bring its own framework as a CSV of text plus one 0/1 column per theme.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from .context import Context
from .errors import ThemesError

DATA = Path(__file__).parent / "data"
NHS_TRAINING = DATA / "nhs_fft_train.csv"
NHS_TEXT = "FFT answer"
NHS_SENTIMENT = "Comment sentiment"
NHS_RATING = "FFT categorical answer"  # 1 very good .. 5 very poor, 6 don't know, 7 other
NHS_QUESTION = "FFT question"
OWN_RATING, OWN_QUESTION = "rating", "question"  # optional context in a programme's own CSV
NOT_LABELLABLE = "Labelling not possible"
FIRST_NHS_THEME = "Not assigned"  # the first of the v6 theme columns
MERGED = {
    "Staffing levels & responsiveness": ("Number & deployment of staff", "Staff responsiveness"),
    "Continuity of care": (
        "Diagnosis & triage",
        "Referals & continuity of care",
        "Staff continuity",
        "Care plans",
    ),
    "Environment, facilities & equipment": (
        "Environment & Facilities",
        "Provision of medical equipment",
    ),
}
DROPPED = (
    "Not assigned",
    "Patient records",
    "Patient appearance & grooming",
    "Equality, Diversity & Inclusion",
    "Admission",
    "Safeguarding concerns?",
    "Impact of treatment/ care",
    "Negative experience & dissatisfaction",
    "Psychological therapy arrangements",
    "Existence of services",
    "Choice of services",
    "Out of hours support (community services)",
    # Not in the 32 published v7 themes (29 kept + 3 merged); one example in the data.
    "Learning organisation",
)


@dataclass(frozen=True)
class Framework:
    """A named list of themes, each made from one or more source columns."""

    name: str
    themes: tuple[str, ...]
    sources: tuple[tuple[str, ...], ...]

    @classmethod
    def from_columns(cls, name: str, columns: list[str]) -> Framework:
        return cls(name, tuple(columns), tuple((column,) for column in columns))


@dataclass
class Examples:
    """Labelled comments: texts, a 0/1 matrix (comment x theme), sentiment 1-5 or 0, and
    the survey context (rating and question) where the data has it."""

    framework: Framework
    texts: list[str]
    labels: np.ndarray
    sentiment: np.ndarray
    context: Context | None = None

    def rows(self, at) -> Examples:
        """Return the examples at these row numbers."""
        return Examples(
            self.framework,
            [self.texts[i] for i in at],
            self.labels[at],
            self.sentiment[at],
            self.context.rows(at) if self.context is not None else None,
        )


def nhs_v7(header: list[str]) -> Framework:
    """Return framework v7 built from the v6 theme columns in the NHS file's header."""
    v6 = header[header.index(FIRST_NHS_THEME) :]
    merged_sources = {column for group in MERGED.values() for column in group}
    kept = [c for c in v6 if c not in DROPPED and c not in merged_sources]
    themes = [*kept, *MERGED]
    sources = [(column,) for column in kept] + list(MERGED.values())
    return Framework("NHS patient experience v7", tuple(themes), tuple(sources))


def read_nhs(path: Path = NHS_TRAINING) -> Examples:
    """Read the NHS labelled file as v7 examples, leaving out rows with no text."""
    header, rows = _read_csv(path)
    for needed in (NHS_TEXT, NHS_SENTIMENT, FIRST_NHS_THEME):
        if needed not in header:
            raise ThemesError(f"{path} is not in the NHS layout: it has no column {needed!r}.")
    framework = nhs_v7(header)
    rows = [row for row in rows if row[NHS_TEXT].strip()]
    labels = np.array(
        [[int(any(_ticked(row[c]) for c in group)) for group in framework.sources] for row in rows],
        dtype=np.int8,
    ).reshape(len(rows), len(framework.themes))
    sentiment = np.array([_sentiment(row[NHS_SENTIMENT]) for row in rows], dtype=np.int8)
    context = _context(header, rows, NHS_RATING, NHS_QUESTION)
    return Examples(framework, [row[NHS_TEXT] for row in rows], labels, sentiment, context)


def read_own(path: Path, text_column: str, name: str | None = None) -> Examples:
    """Read a programme's framework: a text column and one 0/1 column per theme.

    Every other column counts as a theme except, if present, 'sentiment' (1-5) and the
    survey context 'rating' (e.g. the FFT answer 1-5) and 'question' (the question asked).
    """
    header, rows = _read_csv(path)
    if text_column not in header:
        columns = ", ".join(repr(c) for c in header)
        raise ThemesError(f"{path} has no column {text_column!r}. Its columns are: {columns}.")
    reserved = {"sentiment", OWN_RATING, OWN_QUESTION}
    themes = [c for c in header if c != text_column and c.strip().lower() not in reserved]
    if not themes:
        raise ThemesError(f"{path} has no theme columns: add one 0/1 column per theme.")
    rows = [row for row in rows if (row[text_column] or "").strip()]
    labels = np.array(
        [[int(_ticked(row[t])) for t in themes] for row in rows], dtype=np.int8
    ).reshape(len(rows), len(themes))
    sentiment_column = next((c for c in header if c.strip().lower() == "sentiment"), None)
    sentiment = np.array(
        [_sentiment(row[sentiment_column]) if sentiment_column else 0 for row in rows],
        dtype=np.int8,
    )
    framework = Framework.from_columns(name or path.stem, themes)
    named = {c.strip().lower(): c for c in header}
    context = _context(header, rows, named.get(OWN_RATING), named.get(OWN_QUESTION))
    return Examples(framework, [row[text_column] for row in rows], labels, sentiment, context)


def _context(header, rows, rating: str | None, question: str | None) -> Context | None:
    """Return the rows' context from whichever of the two columns the file has, else None."""
    rating, question = (c if c in header else None for c in (rating, question))
    if rating is None and question is None:
        return None
    return Context.read(
        [row[rating] if rating else "" for row in rows],
        [row[question] if question else "" for row in rows],
    )


def _read_csv(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    if not path.is_file():
        raise ThemesError(f"There is no file {path}.")
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            reader = csv.DictReader(handle)
            rows = [{k: v or "" for k, v in row.items()} for row in reader]
            return list(reader.fieldnames or []), rows
    except UnicodeDecodeError:
        raise ThemesError(
            f"{path} is not UTF-8 text. Save it from Excel as 'CSV UTF-8', or convert it "
            f"with: iconv -f windows-1252 -t utf-8 {path} > fixed.csv"
        ) from None


def _ticked(cell: str | None) -> bool:
    return (cell or "").strip().lower() in {"1", "1.0", "yes", "true", "y", "x"}


def _sentiment(cell: str | None) -> int:
    """Return the level 1-5, or 0 where the cell holds none (not labelled)."""
    try:
        level = float((cell or "").strip())
    except ValueError:
        return 0
    return int(level) if level in {1, 2, 3, 4, 5} else 0
