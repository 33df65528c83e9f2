"""Programme figures for approvers: spend by role and by activity, claims waiting, days to pay.

Spend counts approved and paid claims at the total fixed when each was approved. Spend by
activity prices each claim's lines again from the dated rates; if a claim's lines no
longer add up to its approved total (its person changed their payment choice since, say),
the difference shows as its own line, so both views always add up to the same money.
"""

import statistics
from collections import defaultdict

from django.utils import timezone

from touchstone.accounts import access

from . import calculation as calc
from .models import Activity, Claim, ExpenseKind, Status
from .selectors import APPROVE, breakdown_for

SPENT = (Status.APPROVED, Status.PAID)
CHANGED = "Changed since approval"


def kind_words(kind: str) -> str:
    """Name a line's kind: 'Meeting', 'Preparation, per hour', 'Expenses: Parking'."""
    if kind in Activity.values:
        return Activity(kind).label
    if kind in ExpenseKind.values:
        return f"Expenses: {ExpenseKind(kind).label}"
    return CHANGED


def _order(kinds) -> list[str]:
    """Time first in the order of the activity list, then expenses, then any difference."""
    every = [*Activity.values, *ExpenseKind.values, CHANGED]
    return sorted(kinds, key=lambda kind: every.index(kind) if kind in every else len(every))


def figures_for(*, actor, programme) -> dict:
    """Sum approved and paid claims by role and by activity, count those waiting, and time
    to payment. Money is summed in whole pence and only written as pounds at the end."""
    access.require(actor, APPROVE, programme)
    claims = Claim.objects.filter(programme=programme).select_related("role", "person")
    by_role: dict[str, int] = defaultdict(int)
    by_kind: dict[str, int] = defaultdict(int)
    days = []
    for claim in claims.filter(status__in=SPENT):
        by_role[claim.role.name] += claim.total_pence
        lines = breakdown_for(claim).lines
        for line in lines:
            by_kind[line.kind] += line.pence
        difference = claim.total_pence - sum(line.pence for line in lines)
        if difference:
            by_kind[CHANGED] += difference
        if claim.paid_on and claim.submitted_at:
            days.append((claim.paid_on - timezone.localdate(claim.submitted_at)).days)
    return {
        "by_role": [(name, calc.pounds(pence)) for name, pence in sorted(by_role.items())],
        "by_activity": [
            (kind_words(kind), calc.pounds(by_kind[kind]))
            for kind in _order(by_kind)
            if by_kind[kind]
        ],
        "total": calc.pounds(sum(by_role.values())),
        "waiting": claims.filter(status=Status.SUBMITTED).count(),
        "median_days": statistics.median(days) if days else None,
    }
