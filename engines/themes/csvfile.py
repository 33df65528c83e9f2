"""Read comments from a CSV file in chunks and write them back with themes and sentiment.

Problems a person can fix stop the run with one plain sentence (a ThemesError): no such
file, not UTF-8 (with how to convert it), no such column (the columns there are are
listed), no comments at all, or a "comment" so long it is almost certainly a broken
file (often a quote mark left open, which swallows the rest of the file into one cell).
Blank lines are dropped and counted; rows with a blank comment are kept, unclassified.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

from engines.csvtext import check_utf8 as check_utf8_as
from engines.csvtext import column_index as column_index_as

from .errors import ThemesError

MAX_CHARS = 100_000


def check_utf8(path: Path) -> None:
    if not path.is_file():
        raise ThemesError(f"There is no file {path}.")
    check_utf8_as(path, ThemesError)


def column_index(header: list[str], column: str, path: Path) -> int:
    return column_index_as(header, column, path, ThemesError)


class CommentFile:
    """A CSV file read row by row: its header, where the text is, and what was skipped."""

    def __init__(self, path: Path, column: str, max_chars: int = MAX_CHARS):
        check_utf8(path)
        self.path, self.max_chars = path, max_chars
        self.blank_lines = 0
        self._handle = path.open(encoding="utf-8-sig", newline="")
        csv.field_size_limit(1 << 30)
        self._reader = csv.reader(self._handle)
        header = self._next()
        if not header or not any(name.strip() for name in header):
            self.close()
            raise ThemesError(f"{path} is empty: a CSV file needs a header row naming columns.")
        self.header = header
        try:
            self.at = column_index(header, column, path)
        except ThemesError:
            self.close()
            raise
        self.column = header[self.at]

    def rows(self) -> Iterator[list[str]]:
        """Yield the data rows, padded to the header's width; blank lines are counted."""
        try:
            while (row := self._next()) is not None:
                if not any(cell.strip() for cell in row):
                    self.blank_lines += 1
                    continue
                row += [""] * (len(self.header) - len(row))
                if len(row[self.at]) > self.max_chars:
                    raise ThemesError(
                        f"{self.path} line {self._reader.line_num}: the {self.column!r} cell "
                        f"holds {len(row[self.at]):,} characters, more than the "
                        f"{self.max_chars:,} allowed; it is probably a quote mark left open. "
                        "Fix that row, or pass --max-chars to accept it."
                    )
                yield row
        finally:
            self.close()

    def chunks(self, size: int, skip: int = 0) -> Iterator[list[list[str]]]:
        """Yield lists of at most size rows, after skipping the first skip rows (done)."""
        batch: list[list[str]] = []
        for done, row in enumerate(self.rows()):
            if done < skip:
                continue
            batch.append(row)
            if len(batch) == size:
                yield batch
                batch = []
        if batch:
            yield batch

    def close(self) -> None:
        self._handle.close()

    def _next(self) -> list[str] | None:
        try:
            return next(self._reader, None)
        except csv.Error as error:
            raise ThemesError(f"{self.path} is not a readable CSV file: {error}.") from None
