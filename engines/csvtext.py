"""What the engines that read people's CSV files share: encoding and column checks, and
resuming a long run that stopped part-way.

Each engine raises its own error type, so the checks take it as an argument; the
messages say where the problem is and how to fix it. Output is written to OUT.partial
and renamed when the run ends; resuming keeps the whole rows already written.
"""

from __future__ import annotations

import codecs
import difflib
from pathlib import Path

_BLOCK = 1 << 20


def check_utf8(path: Path, error: type[Exception]) -> None:
    """Raise `error` saying where and how to fix it if the file is not UTF-8."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    line = 1
    with path.open("rb") as handle:
        while block := handle.read(_BLOCK):
            try:
                decoder.decode(block)
            except UnicodeDecodeError as bad:
                line += block.count(b"\n", 0, bad.start)
                raise error(
                    f"{path} is not UTF-8 text (line {line} has the byte "
                    f"{block[bad.start]:#04x}). Save it from Excel as 'CSV UTF-8', or "
                    f"convert it with: iconv -f windows-1252 -t utf-8 {path} > fixed.csv"
                ) from None
            line += block.count(b"\n")
        try:
            decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            raise error(f"{path} ends part-way through a character.") from None


def column_index(header: list[str], column: str, path: Path, error: type[Exception]) -> int:
    """Return where the named column is (ignoring case and spaces), or say which there are."""
    if column in header:
        return header.index(column)
    folded = [name.strip().casefold() for name in header]
    if column.strip().casefold() in folded:
        return folded.index(column.strip().casefold())
    close = difflib.get_close_matches(column, header, n=1)
    hint = f" Did you mean {close[0]!r}?" if close else ""
    separator = next((sep for sep in ";\t|" if len(header) == 1 and sep in header[0]), None)
    if separator:
        hint = f" It looks separated by {separator!r}, not commas: save it as comma-separated."
    raise error(
        f"{path} has no column {column!r}.{hint} Its columns are: "
        + ", ".join(repr(name) for name in header)
        + "."
    )


def partial_path(destination: Path) -> Path:
    return destination.with_name(destination.name + ".partial")


def rows_done(partial: Path) -> int:
    """Return how many whole data rows the partial output holds, cutting off a torn last row.

    A row is whole when it ends in a line break outside quotes (an even count of quote
    marks so far), which is how csv.writer writes it.
    """
    whole_end, whole_rows, quotes, at = 0, 0, 0, 0
    with partial.open("rb") as handle:
        for line in handle:
            quotes += line.count(b'"')
            at += len(line)
            if line.endswith(b"\n") and quotes % 2 == 0:
                whole_end, whole_rows = at, whole_rows + 1
    with partial.open("rb+") as handle:
        handle.truncate(whole_end)
    return max(0, whole_rows - 1)  # the header is not a data row
