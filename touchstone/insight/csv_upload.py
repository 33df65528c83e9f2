"""Read an uploaded CSV of comments, checking all of it before anything is stored.

Spreadsheets save CSV as UTF-8 (with or without the byte order mark Excel adds) or, from
older Excel on Windows, Windows-1252; anything else is refused with how to save it
again. Empty rows are skipped and counted. A single comment over 1 MB is refused: it
is almost always a quote mark left open, which swallows the rest of the file.
"""

import codecs
import contextlib
import csv
import datetime
import io
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from engines.csvtext import column_index

MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_COMMENT_BYTES = 1024 * 1024
SAVE_AS = "Save it from your spreadsheet as 'CSV UTF-8 (comma delimited)' and upload it again."
DATE_FORMATS = ("%Y-%m-%d", "%d/%m/%Y", "%d/%m/%y", "%d-%m-%Y", "%Y/%m/%d", "%d %B %Y", "%d %b %Y")
KINDS = (
    ("lay", "Lay partner"),
    ("prof", "Professional"),
    ("staff", "Professional"),
    ("clinic", "Professional"),
    ("public", "Member of the public"),
    ("patient", "Member of the public"),
    ("carer", "Member of the public"),
    ("resident", "Member of the public"),
)
csv.field_size_limit(MAX_FILE_BYTES + 1)


class CsvProblem(ValueError):
    """The file cannot be used; the message says what to fix."""


@dataclass(frozen=True)
class Columns:
    text: str
    date: str = ""
    kind: str = ""
    source: str = ""
    rating: str = ""  # survey context: the rating given, e.g. the FFT's 1-5
    question: str = ""  # survey context: the question the comment answers


@dataclass(frozen=True)
class Comment:
    text: str
    received_on: datetime.date | None
    kind: str
    source: str
    rating: str = ""
    question: str = ""


@dataclass(frozen=True)
class Checked:
    encoding: str
    comments: int
    skipped_blank: int


def encoding_of(handle, name: str) -> str:
    """Return 'utf-8-sig' or 'cp1252' for the file, or say how to save it again."""
    start = handle.read(4)
    handle.seek(0)
    if start[:2] in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE) or b"\x00" in start:
        raise CsvProblem(f"{name} is saved as UTF-16, which we cannot read. {SAVE_AS}")
    if start == b"PK\x03\x04":
        raise CsvProblem(f"{name} is a spreadsheet, not a CSV file. {SAVE_AS}")
    for encoding in ("utf-8-sig", "cp1252"):
        decoder = codecs.getincrementaldecoder(encoding)()
        try:
            while block := handle.read(1 << 20):
                decoder.decode(block)
            decoder.decode(b"", final=True)
            return encoding
        except UnicodeDecodeError:
            continue
        finally:
            handle.seek(0)
    raise CsvProblem(f"The characters in {name} could not be read. {SAVE_AS}")


def comments(handle, encoding: str, columns: Columns, name: str, counts: dict) -> Iterator[Comment]:
    """Yield each comment of a binary file handle; blank rows are counted in counts['blank']."""
    text = io.TextIOWrapper(handle, encoding=encoding, newline="")
    reader = csv.reader(text)
    try:
        header = next(reader, None)
        if not header or not any(cell.strip() for cell in header):
            raise CsvProblem(f"{name} is empty: the first row must name the columns.")
        at = {
            role: column_index(header, wanted, Path(name), CsvProblem) if wanted else None
            for role, wanted in vars(columns).items()
        }
        for row in reader:
            cell = _cell(row, at["text"]).strip()
            if not cell:
                counts["blank"] = counts.get("blank", 0) + 1
                continue
            if len(cell.encode("utf-8")) > MAX_COMMENT_BYTES:
                raise CsvProblem(
                    f"{name} line {reader.line_num}: one comment is over 1 MB. A quote mark "
                    "left open usually causes this: fix that row and upload the file again."
                )
            yield Comment(
                cell,
                parse_date(_cell(row, at["date"])),
                kind_label(_cell(row, at["kind"])),
                _cell(row, at["source"]).strip()[:100],
                _cell(row, at["rating"]).strip()[:100],
                _cell(row, at["question"]).strip()[:300],
            )
    except csv.Error as error:
        raise CsvProblem(f"{name} is not a readable CSV file ({error}). {SAVE_AS}") from None
    finally:
        text.detach()  # leave the caller's file open


def check(handle, columns: Columns, name: str, size: int) -> Checked:
    """Read the whole file once and return what it holds, or raise a CsvProblem."""
    if size > MAX_FILE_BYTES:
        raise CsvProblem(f"{name} is {size / 1024 / 1024:.0f} MB: the most we take is 50 MB.")
    encoding = encoding_of(handle, name)
    counts: dict = {}
    total = sum(1 for _ in comments(handle, encoding, columns, name, counts))
    handle.seek(0)
    if not total:
        raise CsvProblem(f"{name} has no comments in the {columns.text!r} column.")
    return Checked(encoding, total, counts.get("blank", 0))


def parse_date(cell: str) -> datetime.date | None:
    """Return the date in a cell written the ways spreadsheets write dates, else None."""
    cell = cell.strip()
    if not cell:
        return None
    with contextlib.suppress(ValueError):  # not ISO 8601: try the spreadsheet formats
        return datetime.datetime.fromisoformat(cell).date()
    for fmt in DATE_FORMATS:
        try:
            return datetime.datetime.strptime(cell, fmt).date()
        except ValueError:
            continue
    return None


def kind_label(cell: str) -> str:
    """Return the kind of participant the way feedback names it, where it can be told."""
    folded = cell.strip().casefold()
    for start, label in KINDS:
        if start in folded:
            return label
    return cell.strip()[:100]


def _cell(row: list[str], at: int | None) -> str:
    return row[at] if at is not None and at < len(row) else ""
