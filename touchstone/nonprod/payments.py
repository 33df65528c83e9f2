"""The demo's payment policy, a few lay partners' payment choices, and two example claims.

Everything goes through the payments services, so the record of changes shows the policy
being set up. The services stamp today on a claim's steps; the paid claim's dates are moved
back afterwards with plain updates, so its history reads as it would have happened. The
demo lay partner has no choice and no claim: they make both when they try the demo.
"""

import datetime

from django.utils import timezone

from touchstone.meetings.models import Attendance, AttendanceStatus
from touchstone.payments import claims, exports, policy, workflow
from touchstone.payments.calculation import tax_year_of
from touchstone.payments.models import Claim, ClaimExpense, ExportBatch, RoleCategory

LAY_ROLE = "Lay partner, advisory group"
FORUM_ROLE = "Forum member"
# Pence: a meeting of up to two hours, half and full days, and an hour's preparation.
RATES = {"meeting": 3000, "half_day": 7500, "full_day": 15000, "preparation_hour": 2000}
MEETING_HOURS = 2
MEETING_RISE = 3500  # from 1 October this year, so the policy page shows a rate's dates
# Kind, pence a mile, needs approval.
EXPENSE_RULES = [
    ("car", 45, False),
    ("public_transport", 0, False),
    ("parking", 0, False),
    ("taxi", 0, True),
    ("replacement_care", 0, False),
    ("subsistence", 0, False),
]
# Advisory group members' choices; the demo lay partner (A7) chooses for themselves.
CHOICES = {"A0": "paid", "A1": "paid", "A2": "declined", "A4": "expenses_only", "A5": "paid"}
SUBMITTED_BY, PAID_TO = "A0", "A1"
DAY = datetime.timedelta(days=1)


def add_payments(*, actor, programme, people) -> None:
    """Set the policy, record some choices, and add a claim waiting and a claim paid."""
    today = timezone.localdate()
    start = datetime.date(tax_year_of(today) - 1, 4, 6)  # the last tax year's first day
    lay = policy.role_add(actor=actor, programme=programme, name=LAY_ROLE, is_paid=True)
    policy.role_add(actor=actor, programme=programme, name=FORUM_ROLE, is_paid=False)
    for activity, pence in RATES.items():
        hours = MEETING_HOURS if activity == "meeting" else None
        policy.rate_add(
            actor=actor, role=lay, activity=activity, pence=pence, effective_from=start,
            max_hours=hours,
        )  # fmt: skip
    policy.rate_add(
        actor=actor, role=lay, activity="meeting", pence=MEETING_RISE,
        effective_from=datetime.date(today.year, 10, 1), max_hours=MEETING_HOURS,
    )  # fmt: skip
    for kind, per_mile, needs_approval in EXPENSE_RULES:
        policy.expense_rule_add(
            actor=actor, programme=programme, kind=kind, effective_from=start,
            pence_per_mile=per_mile, needs_approval=needs_approval,
        )  # fmt: skip
    for key, choice in CHOICES.items():
        policy.choice_set(actor=actor, person=people[key], role=lay, choice=choice)
    waiting = _claim(actor, programme, people[SUBMITTED_BY], lay, car_miles=14)
    workflow.claim_submit(actor=actor, claim=waiting)
    paid = _claim(actor, programme, people[PAID_TO], lay, bus_pence=460)
    workflow.claim_submit(actor=actor, claim=paid)
    workflow.claim_approve(actor=actor, claim=paid)
    batch = exports.export_approved(actor=actor, programme=programme)
    workflow.claim_mark_paid(actor=actor, claim=paid, reference="BT-0001", paid_on=today)
    _move_back(paid, batch, today)


def remove_payments(programme) -> None:
    """Delete the programme's claims, which protect its people, meetings and roles."""
    found = Claim.objects.filter(programme=programme)
    for expense in ClaimExpense.objects.filter(claim__in=found).exclude(receipt=""):
        expense.receipt.delete(save=False)  # a receipt someone uploaded while trying the demo
    found.delete()  # activities and expenses go with them
    ExportBatch.objects.filter(programme=programme).delete()
    RoleCategory.objects.filter(programme=programme).delete()  # rates and choices go too


def _claim(actor, programme, person, role, *, car_miles=0, bus_pence=0) -> Claim:
    """A claim for the last advisory group meeting the person came to, and their travel."""
    meeting = (
        Attendance.objects.filter(
            person=person,
            status=AttendanceStatus.ATTENDED,
            meeting__programme=programme,
            meeting__kind="advisory_group",
            meeting__start__lt=timezone.now(),
        )
        .order_by("-meeting__start")
        .first()
        .meeting
    )
    on = timezone.localdate(meeting.start)
    claim = claims.claim_start(actor=actor, programme=programme, person=person, role=role)
    claims.activity_add(
        actor=actor, claim=claim, kind="meeting", meeting=meeting, preparation_hours=1
    )
    if car_miles:
        claims.expense_add(
            actor=actor, claim=claim, kind="car", on=on, miles=car_miles,
            description="Drove to Millbrook and back",
        )  # fmt: skip
    if bus_pence:
        claims.expense_add(
            actor=actor, claim=claim, kind="public_transport", on=on, amount_pence=bus_pence,
            description="Bus to Millbrook and back",
        )  # fmt: skip
    return claim


def _move_back(claim, batch, today) -> None:
    """Date the paid claim's steps over the days after its meeting, not all today."""
    meeting_day = claim.activities.get().on
    submitted = timezone.make_aware(datetime.datetime.combine(meeting_day + DAY, datetime.time(9)))
    approved = min(submitted + 3 * DAY, timezone.now())
    Claim.objects.filter(pk=claim.pk).update(
        submitted_at=submitted,
        approved_at=approved,
        exported_at=approved,
        paid_on=min(timezone.localdate(approved) + 4 * DAY, today),
    )
    ExportBatch.objects.filter(pk=batch.pk).update(created_at=approved)
