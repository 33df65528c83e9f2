"""Starting a claim and adding its activities and expenses, before it is submitted.

Only draft or returned claims change. The database refuses the same person, activity
and date twice and the same receipt on two claims; both come back as plain messages.
"""

from decimal import Decimal
from pathlib import Path

from django.db import IntegrityError, transaction
from django.utils import timezone

from touchstone.accounts import access
from touchstone.core import audit
from touchstone.core.errors import ServiceError
from touchstone.meetings.models import Attendance, AttendanceStatus

from . import receipts
from .models import (
    MILEAGE_KINDS,
    Activity,
    Choice,
    Claim,
    ClaimActivity,
    ClaimExpense,
    ExpenseKind,
    PaymentChoice,
)
from .selectors import APPROVE, person_of

MAX_EXPENSE_PENCE = 50_000  # £500 for one expense
MAX_MILES = Decimal(1000)
MAX_HOURS = Decimal(12)


def require_claimant_or_approver(actor, person, programme) -> None:
    own = person_of(actor, programme)
    if own is None or own.pk != person.pk:
        access.require(actor, APPROVE, programme)


def _require_editable(actor, claim) -> None:
    require_claimant_or_approver(actor, claim.person, claim.programme)
    if not claim.is_editable:
        raise ServiceError(f"This claim is {status_words(claim)}, so it cannot be changed.")


def status_words(claim) -> str:
    """Say a claim's status inside a sentence: 'a draft', 'waiting for approval'."""
    return "a draft" if claim.status == "draft" else claim.get_status_display().lower()


def _check_date(on, field="on") -> None:
    if on is None:
        raise ServiceError("Enter the date.", field=field)
    if on > timezone.localdate():
        raise ServiceError("The date must be today or in the past.", field=field)


def _check_hours(hours, field: str, what: str) -> Decimal:
    hours = Decimal(hours or 0)
    if not Decimal(0) <= hours <= MAX_HOURS:
        raise ServiceError(f"Enter {what} from 0 to {MAX_HOURS} hours.", field=field)
    return hours


def claim_start(*, actor, programme, person, role) -> Claim:
    """Start a draft claim, by the person or by an approver on their behalf."""
    require_claimant_or_approver(actor, person, programme)
    if role.programme_id != programme.pk or not person.programmes.filter(pk=programme.pk):
        raise ServiceError("Choose a role and a person in this programme.")
    choice = PaymentChoice.objects.filter(person=person, role=role).first()
    if choice and choice.choice == Choice.DECLINED:
        raise ServiceError(
            f"{person} chose no payment and no expenses as {role}. Change the choice first."
        )
    with transaction.atomic():
        claim = Claim.objects.create(
            programme=programme, person=person, role=role, created_by=actor
        )
        audit.record(
            actor=actor,
            action="claim.create",
            target=claim,
            programme=programme,
            changes={"person": [None, person], "role": [None, role.name]},
        )
    return claim


def activity_add(
    *, actor, claim, kind, on=None, meeting=None, description="", hours=0, preparation_hours=0
) -> ClaimActivity:
    """Add time: a meeting the person attended, or a described activity on a date."""
    _require_editable(actor, claim)
    if kind not in Activity.values or kind == Activity.PREPARATION:
        raise ServiceError("Choose a full day, half day or meeting.", field="kind")
    hours = _check_hours(hours, "hours", "the meeting's length")
    preparation_hours = _check_hours(preparation_hours, "preparation_hours", "preparation time")
    description = (description or "").strip()[:200]
    if meeting is not None:
        attended = Attendance.objects.filter(
            meeting=meeting, person=claim.person, status=AttendanceStatus.ATTENDED
        ).exists()
        if meeting.programme_id != claim.programme_id or not attended:
            raise ServiceError(
                f"{claim.person} is not recorded as attending that meeting.", field="meeting"
            )
        on = timezone.localdate(meeting.start)
        hours = hours or Decimal(meeting.duration_minutes) / 60
    elif not description:
        raise ServiceError("Choose a meeting or describe what you did.", field="description")
    _check_date(on)
    try:
        with transaction.atomic():
            row = ClaimActivity.objects.create(
                claim=claim,
                person=claim.person,
                kind=kind,
                meeting=meeting,
                description=description,
                on=on,
                hours=hours,
                preparation_hours=preparation_hours,
            )
            audit.record(
                actor=actor,
                action="claim_activity.add",
                target=claim,
                programme=claim.programme,
                changes={"activity": [None, row.label], "on": [None, on]},
            )
    except IntegrityError as error:
        raise ServiceError(
            "This activity on this date is already claimed. It cannot be claimed twice.",
            field="meeting" if meeting else "on",
        ) from error
    return row


def expense_add(
    *, actor, claim, kind, on, description, amount_pence=0, miles=0, receipt=None
) -> ClaimExpense:
    """Add an expense: miles for travel by road, otherwise the amount spent."""
    _require_editable(actor, claim)
    if kind not in ExpenseKind.values:
        raise ServiceError("Choose the kind of expense.", field="kind")
    _check_date(on)
    description = (description or "").strip()
    if not description or len(description) > 200:
        raise ServiceError("Describe the expense in 200 characters or fewer.", field="description")
    miles = Decimal(miles or 0)
    if kind in MILEAGE_KINDS:
        if not Decimal(0) < miles <= MAX_MILES:
            raise ServiceError(f"Enter the miles, from 0.1 to {MAX_MILES}.", field="miles")
        amount_pence = 0
    elif not isinstance(amount_pence, int) or not 0 < amount_pence <= MAX_EXPENSE_PENCE:
        raise ServiceError("Enter an amount from 1p to £500.", field="amount")
    else:
        miles = Decimal(0)
    expense = ClaimExpense(
        claim=claim,
        kind=kind,
        on=on,
        description=description,
        amount_pence=amount_pence,
        miles=miles,
    )
    if receipt:
        expense.receipt_sha256 = receipts.fingerprint(receipt)
        if ClaimExpense.objects.filter(receipt_sha256=expense.receipt_sha256).exists():
            raise ServiceError(receipts.SAME_RECEIPT, field="receipt")
    try:
        with transaction.atomic():
            if receipt:
                expense.receipt_original_name = Path(receipt.name).name[:255]
                expense.receipt.save(receipt.name, receipt, save=False)
            expense.save()
            audit.record(
                actor=actor,
                action="claim_expense.add",
                target=claim,
                programme=claim.programme,
                changes={"expense": [None, description], "receipt": [None, bool(receipt)]},
            )
    except IntegrityError as error:
        expense.receipt.delete(save=False)
        raise ServiceError(receipts.SAME_RECEIPT, field="receipt") from error
    except Exception:
        if expense.receipt:
            expense.receipt.delete(save=False)  # no file left behind when nothing was saved
        raise
    return expense


def line_remove(*, actor, claim, activity_pk=None, expense_pk=None) -> None:
    """Take an activity or an expense off a claim that can still change."""
    _require_editable(actor, claim)
    rows = claim.activities if activity_pk else claim.expenses
    row = rows.filter(pk=activity_pk or expense_pk).first()
    if row is None:
        raise ServiceError("That line is not on this claim.")
    with transaction.atomic():
        label = str(row)
        row.delete()
        audit.record(
            actor=actor,
            action="claim_line.remove",
            target=claim,
            programme=claim.programme,
            changes={"line": [label, None]},
        )
    if expense_pk and row.receipt:
        row.receipt.delete(save=False)
