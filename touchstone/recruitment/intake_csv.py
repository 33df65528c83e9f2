"""Read a CSV pool of volunteers, checking every row before anything is stored.

Spreadsheets save CSV in several encodings: UTF-8 (with or without the byte order mark
Excel adds) and, from older Excel on Windows, cp1252. Anything else gets a message
saying how to save the file again, rather than mangled names.
"""

import csv
import io
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.core.validators import validate_email

from .demographics import BY_KEY, options_for

MAX_ROWS = 5000
BASIC_COLUMNS = ("id", "name", "email", "phone", "postcode")
REQUIRED_COLUMNS = ("id", "name")
CONSENT = {"yes": True, "y": True, "no": False, "n": False, "": False}
EXAMPLE = (
    "id,name,email,phone,postcode,age_band,gender,area,consent\r\n"
    "P001,Ada Lovelace,ada@example.org,,NW1 2AB,65 to 74,Woman,,yes\r\n"
    "P002,Sam Okafor,,020 7946 0018,HA0 4TL,25 to 34,Man,,no\r\n"
)
SAVE_AS = "Save it from your spreadsheet as 'CSV UTF-8 (comma delimited)' and upload it again."
MAX_SHOWN = 20


class ImportProblems(ValueError):
    """The file cannot be imported; `problems` says what to fix, row by row."""

    def __init__(self, problems: list[str]):
        super().__init__(problems[0])
        self.problems = problems


@dataclass(frozen=True)
class Row:
    line: int
    reference: str
    name: str
    email: str = ""
    phone: str = ""
    postcode: str = ""
    consent: bool = False
    answers: dict = field(default_factory=dict)


def decode(data: bytes) -> str:
    """Return the file's text, trying the encodings spreadsheets use."""
    if not data.strip():
        raise ImportProblems(["The file is empty. Choose a CSV file with a row for each person."])
    if b"\x00" in data[:4096] or data[:4] == b"PK\x03\x04":
        raise ImportProblems([f"This is not a CSV file: it may be a spreadsheet. {SAVE_AS}"])
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise ImportProblems([f"The file's characters could not be read. {SAVE_AS}"])


def _header(reader) -> list[str]:
    try:
        header = [name.strip().lower() for name in next(reader)]
    except (StopIteration, csv.Error) as error:
        raise ImportProblems([f"This is not a CSV file. {SAVE_AS}"]) from error
    if len(header) == 1 and ";" in header[0]:
        raise ImportProblems([f"Row 1: the columns are separated by semicolons. {SAVE_AS}"])
    allowed = (*BASIC_COLUMNS, *BY_KEY, "consent")
    problems = [
        f"Row 1: the column '{name}' is not one we know. Use only: {', '.join(allowed)}."
        for name in header
        if name and name not in allowed
    ]
    problems += [
        f"Row 1: there is no '{name}' column. Add it to the first row."
        for name in REQUIRED_COLUMNS
        if name not in header
    ]
    repeated = sorted({name for name in header if name and header.count(name) > 1})
    problems += [f"Row 1: the column '{name}' appears twice. Keep one." for name in repeated]
    if problems:
        raise ImportProblems(problems)
    return header


def _row(line: int, values: dict, areas, seen: dict, problems: list) -> Row | None:
    before = len(problems)
    reference, name = values.get("id", ""), values.get("name", "")
    if not reference:
        problems.append(f"Row {line}, column id: the id is empty. Give every person an id.")
    elif reference in seen:
        problems.append(
            f"Row {line}, column id: '{reference}' is also the id in row {seen[reference]}. "
            "Give each person their own id."
        )
    else:
        seen[reference] = line
    if not name:
        problems.append(f"Row {line}, column name: the name is empty. Enter their name.")
    if values.get("email"):
        try:
            validate_email(values["email"])
        except ValidationError:
            problems.append(
                f"Row {line}, column email: '{values['email']}' is not an email address. "
                "Correct it or leave it empty."
            )
    consent_text = values.get("consent", "").lower()
    if consent_text not in CONSENT:
        problems.append(f"Row {line}, column consent: write yes or no, not '{consent_text}'.")
    answers = {}
    for key in BY_KEY:
        answer = values.get(key, "")
        if not answer:
            continue
        options = options_for(key, areas)
        match = next((o for o in options if o.lower() == answer.lower()), None)
        if match is None:
            problems.append(
                f"Row {line}, column {key}: '{answer}' is not an answer we use. "
                f"Use one of: {'; '.join(options)}; or leave it empty."
            )
        answers[key] = match
    if len(problems) > before:
        return None
    return Row(
        line=line,
        reference=reference,
        name=name,
        email=values.get("email", ""),
        phone=values.get("phone", ""),
        postcode=" ".join(values.get("postcode", "").upper().split()),
        consent=CONSENT[consent_text],
        answers=answers,
    )


def parse(data: bytes, *, areas: tuple[str, ...] = ()) -> list[Row]:
    """Return the rows of a pool file, or raise ImportProblems naming every bad row."""
    reader = csv.reader(io.StringIO(decode(data), newline=""))
    header = _header(reader)
    rows, problems, seen = [], [], {}
    try:
        for line, cells in enumerate(reader, start=2):
            if not any(cell.strip() for cell in cells):
                continue
            if len(rows) >= MAX_ROWS:
                raise ImportProblems(
                    [f"The file has more than {MAX_ROWS:,} people. Split it into smaller files."]
                )
            if len(cells) > len(header):
                problems.append(
                    f"Row {line}: it has {len(cells)} values but the first row names "
                    f"{len(header)} columns. Check for a stray comma."
                )
                continue
            values = {name: cell.strip() for name, cell in zip(header, cells, strict=False)}
            row = _row(line, values, areas, seen, problems)
            if row is not None:
                rows.append(row)
    except csv.Error as error:
        raise ImportProblems(
            [f"This is not a CSV file we can read ({error}). {SAVE_AS}"]
        ) from error
    if problems:
        shown = problems[:MAX_SHOWN]
        if len(problems) > MAX_SHOWN:
            shown.append(f"And {len(problems) - MAX_SHOWN} more problems like these.")
        raise ImportProblems(shown)
    if not rows:
        raise ImportProblems(["The file has a first row but no people. Add a row for each person."])
    return rows
