"""Redact one column of a CSV file row by row, never holding the whole file in memory.

The output is the same CSV with the named column redacted and a `redactions` column
counting what was replaced in each row. Problems a person can fix are RedactionErrors
with one plain sentence: no such column (the columns there are are listed), not UTF-8
(with how to convert it), an empty file. Blank lines are dropped and counted; a comment
longer than max_chars is cut to that length before redaction and counted, so a 1 MB
comment neither stops the run nor slips through unredacted. Writing to a file goes
through FILE.partial, so a run that stops part-way can be resumed where it stopped.
"""

from __future__ import annotations

import csv
import os
import sys
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from engines.csvtext import check_utf8 as check_utf8_as
from engines.csvtext import column_index as column_index_as
from engines.csvtext import partial_path, rows_done

from .finder import redact
from .spans import RedactionError

COUNT_COLUMN = "redactions"
MAX_CHARS = 5_000_000


@dataclass
class Tally:
    """What a run did, for the one-line summary."""

    rows: int = 0
    resumed: int = 0
    blank_lines: int = 0
    cut: int = 0
    found: Counter[str] = field(default_factory=Counter)


def check_utf8(path: Path) -> None:
    check_utf8_as(path, RedactionError)


def column_index(header: list[str], column: str, path: Path) -> int:
    return column_index_as(header, column, path, RedactionError)


def _rows(path: Path) -> Iterator[list[str]]:
    csv.field_size_limit(max(csv.field_size_limit(), 1 << 30))
    with path.open(encoding="utf-8-sig", newline="") as handle:
        try:
            yield from csv.reader(handle)
        except csv.Error as error:
            raise RedactionError(f"{path} is not a readable CSV file: {error}.") from None


def redact_rows(
    path: Path, column: str, output: TextIO, *, max_chars: int = MAX_CHARS, skip: int = 0
) -> Tally:
    """Write the redacted CSV to output; skip the first `skip` data rows (already done)."""
    if not path.is_file():
        raise RedactionError(f"There is no file {path}.")
    check_utf8(path)
    rows = _rows(path)
    header = next(rows, None)
    if not header or not any(name.strip() for name in header):
        raise RedactionError(f"{path} is empty: a CSV file needs a header row naming columns.")
    at = column_index(header, column, path)
    counted = header.index(COUNT_COLUMN) if COUNT_COLUMN in header else None
    writer = csv.writer(output, lineterminator="\n")
    tally = Tally()
    if not skip:
        writer.writerow(header if counted is not None else [*header, COUNT_COLUMN])
    for row in rows:
        if not any(cell.strip() for cell in row):
            tally.blank_lines += 1
            continue
        if tally.resumed < skip:
            tally.resumed += 1
            continue
        row += [""] * (len(header) - len(row))
        text = row[at]
        if len(text) > max_chars:
            text = text[:max_chars]
            tally.cut += 1
        result = redact(text)
        row[at] = result.text
        tally.found.update(span.type for span in result.spans)
        if counted is None:
            row.append(str(result.count))
        else:
            row[counted] = str(result.count)
        writer.writerow(row)
        tally.rows += 1
    return tally


def redact_file(
    path: Path,
    column: str,
    destination: Path | None,
    *,
    max_chars: int = MAX_CHARS,
    resume: bool = False,
) -> Tally:
    """Redact to destination (through destination.partial), or to standard output."""
    if destination is None:
        return redact_rows(path, column, sys.stdout, max_chars=max_chars)
    partial = partial_path(destination)
    skip = rows_done(partial) if resume and partial.exists() else 0
    with partial.open("a" if skip else "w", encoding="utf-8", newline="") as output:
        tally = redact_rows(path, column, output, max_chars=max_chars, skip=skip)
    os.replace(partial, destination)
    return tally
