"""Carry on a long classify run that stopped part-way, instead of starting again.

Output is written to OUT.partial and renamed to OUT only when the run finishes. With
--resume, the whole rows already in OUT.partial are kept (a row torn by the stop is cut
off), that many input rows are skipped, and the run appends the rest.
"""

from __future__ import annotations

from pathlib import Path


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
