"""A person's own statement of claims and payments, on a page or as a Word document.

A record a lay partner can keep, or send to the office that pays their benefits. Only
the person themselves or an approver in the programme may have it.
"""

import io
from dataclasses import dataclass

from django.utils import timezone
from docx import Document
from docx.shared import Pt

from .claims import require_claimant_or_approver
from .models import Status
from .selectors import claims_for, tax_year_totals

NOT_WORKED_OUT = (Status.DRAFT, Status.RETURNED)
REMINDER = (
    "Being paid for your time may affect your benefits and the tax you pay. Expenses paid "
    "back to you usually do not count as pay, but check your own case. We cannot give "
    "advice: read the guidance on GOV.UK (www.gov.uk/browse/benefits and "
    "www.gov.uk/income-tax) or ask the office that pays your benefits."
)


@dataclass(frozen=True)
class Statement:
    programme: object
    person: object
    claims: list
    rows: list[dict]

    @staticmethod
    def total_of(claim) -> str:
        return "Not worked out yet" if claim.status in NOT_WORKED_OUT else claim.total

    @staticmethod
    def paid_of(claim) -> str:
        if not claim.paid_on:
            return "Not yet"
        return f"{claim.paid_on:%-d %B %Y}, reference {claim.payment_reference}"


def statement_for(*, actor, programme, person) -> Statement:
    """Every claim the person made here except cancelled ones, oldest first, with totals."""
    require_claimant_or_approver(actor, person, programme)
    claims = (
        claims_for(actor=actor, programme=programme)
        .filter(person=person)
        .exclude(status=Status.CANCELLED)
        .order_by("created_at", "id")
    )
    return Statement(
        programme=programme,
        person=person,
        claims=list(claims),
        rows=tax_year_totals(actor=actor, programme=programme, person=person),
    )


def as_docx(statement: Statement) -> bytes:
    """The statement as a Word document to keep, print or send on."""
    document = Document()
    document.styles["Normal"].font.size = Pt(12)
    document.add_heading("Statement of claims and payments", level=0)
    document.add_paragraph(
        f"{statement.person.full_name}, {statement.programme.name}. "
        f"Made on {timezone.localdate():%-d %B %Y}."
    )
    document.add_heading("Claims", level=1)
    if statement.claims:
        table = document.add_table(rows=1, cols=5)
        table.style = "Table Grid"
        for cell, text in zip(
            table.rows[0].cells, ("Claim", "Role", "Status", "Paid", "Total"), strict=True
        ):
            cell.text = text
        for claim in statement.claims:
            cells = table.add_row().cells
            values = (
                f"Claim {claim.pk}, started {timezone.localdate(claim.created_at):%-d %B %Y}",
                claim.role.name,
                claim.get_status_display(),
                statement.paid_of(claim),
                statement.total_of(claim),
            )
            for cell, text in zip(cells, values, strict=True):
                cell.text = text
    else:
        document.add_paragraph("No claims yet.")
    document.add_heading("Totals for each tax year", level=1)
    for row in statement.rows:
        over = " (over the yearly total)" if row["over"] else ""
        document.add_paragraph(f"{row['tax_year']}: {row['total']}{over}", style="List Bullet")
    if not statement.rows:
        document.add_paragraph("Nothing approved or paid yet.")
    document.add_paragraph(REMINDER)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
