"""Read quotas and pools in the formats selection tools already use, and write results.

Quotas: the Sortition Foundation's `features.csv` (feature,value,min,max[,min_flex,max_flex])
or the paper's `categories.csv` (category,feature,min,max). Pools: `candidates.csv` with a
`nationbuilder_id` column, or `respondents.csv` where the row number (from 0) is the id.
"""

from __future__ import annotations

import csv
from collections.abc import Sequence
from pathlib import Path

from .errors import SelectionError
from .model import Quota, Selection, Volunteer

SF_QUOTAS = ("feature", "value", "min", "max")
PAPER_QUOTAS = ("category", "feature", "min", "max")
SF_ID = "nationbuilder_id"


def _rows(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    """Return the header and rows of a UTF-8 CSV file, or say why it cannot be read."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except OSError as error:
        raise SelectionError(f"cannot read {path}: {error.strerror or error}.") from error
    except UnicodeDecodeError as error:
        raise SelectionError(
            f"{path} is not UTF-8 text: save it from your spreadsheet as 'CSV UTF-8'."
        ) from error
    try:
        reader = csv.DictReader(text.splitlines())
        header = [name.strip() for name in reader.fieldnames or []]
        reader.fieldnames = header
        rows = [{k: (v or "").strip() for k, v in row.items() if k} for row in reader]
    except csv.Error as error:
        raise SelectionError(f"{path} is not a readable CSV file: {error}.") from error
    if not header:
        raise SelectionError(f"{path} is empty: it needs a header row.")
    return header, rows


def read_quotas(path: Path) -> list[Quota]:
    """Read quotas from either format, telling them apart by the header."""
    header, rows = _rows(path)
    if all(name in header for name in SF_QUOTAS):
        columns = SF_QUOTAS
    elif all(name in header for name in PAPER_QUOTAS):
        columns = PAPER_QUOTAS
    else:
        raise SelectionError(
            f"{path} should have the columns feature,value,min,max (features.csv) or "
            f"category,feature,min,max (categories.csv); it has {','.join(header)}."
        )
    name, value, low, high = columns
    quotas = []
    for line, row in enumerate(rows, start=2):
        try:
            bounds = int(row[low]), int(row[high])
        except ValueError:
            raise SelectionError(
                f"{path} line {line}: min and max should be whole numbers, "
                f"not '{row[low]}' and '{row[high]}'."
            ) from None
        quotas.append(Quota(row[name], row[value], *bounds))
    if not quotas:
        raise SelectionError(f"{path} has a header but no quotas.")
    return quotas


def read_pool(
    path: Path,
    features: Sequence[str],
    id_column: str | None = None,
    household_column: str | None = None,
) -> list[Volunteer]:
    """Read the pool, keeping only the columns the quotas (and households) need."""
    header, rows = _rows(path)
    if id_column is None and SF_ID in header:
        id_column = SF_ID
    needed = [*features, *filter(None, [id_column, household_column])]
    missing = [name for name in needed if name not in header]
    if missing:
        raise SelectionError(
            f"{path} has no column called {', '.join(missing)}; its columns are {','.join(header)}."
        )
    pool = []
    for number, row in enumerate(rows):
        ident = row[id_column] if id_column else str(number)
        if not ident:
            raise SelectionError(f"{path} line {number + 2} has no id.")
        home = row[household_column] or None if household_column else None
        pool.append(Volunteer(ident, {f: row[f] for f in features}, home))
    if not pool:
        raise SelectionError(f"{path} has a header but nobody in it.")
    return pool


def write_selection(selection: Selection, folder: Path) -> list[Path]:
    """Write the panel, the reserves in order and every probability as CSV files."""
    folder.mkdir(parents=True, exist_ok=True)
    files = {
        "panel.csv": (["id"], [[person] for person in selection.panel]),
        "reserves.csv": (
            ["order", "id"],
            [[i, person] for i, person in enumerate(selection.reserves, start=1)],
        ),
        "probabilities.csv": (
            ["id", "probability", "selected"],
            [
                [person, f"{chance:.10f}", "yes" if person in selection.panel else "no"]
                for person, chance in selection.probabilities.items()
            ],
        ),
    }
    written = []
    for name, (header, rows) in files.items():
        path = folder / name
        with path.open("w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(header)
            writer.writerows(rows)
        written.append(path)
    return written
