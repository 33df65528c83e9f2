"""A finance export batch as an Excel workbook (XLSX), rebuilt from the batch's kept CSV.

Building from the kept CSV means the workbook always has the CSV's columns and values,
even after names change. Everything that would make two downloads differ is pinned to
the time the batch was made: the document's created and modified dates and the time
stamped on each part of the zip. So a past batch downloads byte for byte the same.
"""

import csv
import datetime
import io
from decimal import Decimal
from zipfile import ZIP_DEFLATED, ZipFile, ZipInfo

from openpyxl import Workbook
from openpyxl.writer.excel import ExcelWriter

from .exports import COLUMNS

MONEY = "0.00"


def _pounds(pence: str) -> Decimal:
    """Whole pence to pounds with two decimals, exactly: '1250' -> Decimal('12.50')."""
    return Decimal(int(pence)).scaleb(-2)


# How each column's text becomes a cell; a column not named here stays text.
CELLS = {
    "claim_id": int,
    "person_id": int,
    "approved_on": datetime.date.fromisoformat,
    "amount_pence": int,
}
FORMATS = {"approved_on": "yyyy-mm-dd", "amount_pounds": MONEY}


class _PinnedTimeZip(ZipFile):
    """A zip whose every part carries one fixed time instead of the time of writing."""

    def __init__(self, file, when: datetime.datetime):
        super().__init__(file, "w", ZIP_DEFLATED)
        self.when = when.timetuple()[:6]

    def writestr(self, name, data, *args, **kwargs):
        if isinstance(name, str):
            name = ZipInfo(name, date_time=self.when)
            name.compress_type = ZIP_DEFLATED
            name.external_attr = 0o600 << 16
        super().writestr(name, data, *args, **kwargs)


def _claims_sheet(sheet, content: str) -> None:
    rows = csv.reader(io.StringIO(content))
    header = next(rows)
    if header != COLUMNS:
        raise ValueError("The kept export does not have the finance columns.")
    sheet.append(header)
    for row in rows:
        values = dict(zip(header, row, strict=True))
        cells = {name: CELLS.get(name, str)(value) for name, value in values.items()}
        cells["amount_pounds"] = _pounds(values["amount_pence"])
        sheet.append([cells[name] for name in header])
    for column, name in enumerate(header, start=1):
        if name in FORMATS:
            for (cell,) in sheet.iter_rows(min_row=2, min_col=column, max_col=column):
                cell.number_format = FORMATS[name]
    sheet.freeze_panes = "A2"


def as_xlsx(batch) -> bytes:
    """Return the batch as a workbook: its claims in the CSV columns, and its totals."""
    made = batch.created_at.astimezone(datetime.UTC).replace(tzinfo=None, microsecond=0)
    book = Workbook()
    claims = book.active
    claims.title = "Claims"
    _claims_sheet(claims, batch.content)
    summary = book.create_sheet("Batch")
    summary.append(["batch_id", batch.pk])
    summary.append(["made_at_utc", made])
    summary.append(["claim_count", batch.claim_count])
    summary.append(["total_pounds", _pounds(batch.total_pence)])
    summary["B2"].number_format = "yyyy-mm-dd hh:mm:ss"
    summary["B4"].number_format = MONEY
    book.properties.creator = "Touchstone"
    book.properties.title = f"Finance export {batch.pk}"
    book.properties.created = book.properties.modified = made
    out = io.BytesIO()
    ExcelWriter(book, _PinnedTimeZip(out, made)).save()  # save() would stamp "modified" now
    return out.getvalue()
