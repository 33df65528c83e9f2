"""Programme figures for approvers: spend by role, claims waiting, days to payment."""

import statistics
from collections import defaultdict

from django.utils import timezone

from touchstone.accounts import access

from . import calculation as calc
from .models import Claim, Status
from .selectors import APPROVE


def figures_for(*, actor, programme) -> dict:
    """Sum approved and paid claims by role, count those waiting, and time to payment."""
    access.require(actor, APPROVE, programme)
    claims = Claim.objects.filter(programme=programme).select_related("role")
    by_role: dict[str, int] = defaultdict(int)
    days = []
    for claim in claims.filter(status__in=[Status.APPROVED, Status.PAID]):
        by_role[claim.role.name] += claim.total_pence
        if claim.paid_on and claim.submitted_at:
            days.append((claim.paid_on - timezone.localdate(claim.submitted_at)).days)
    return {
        "by_role": [(name, calc.pounds(pence)) for name, pence in sorted(by_role.items())],
        "waiting": claims.filter(status=Status.SUBMITTED).count(),
        "median_days": statistics.median(days) if days else None,
    }
