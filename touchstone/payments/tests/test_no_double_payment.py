"""Property: whatever people press, in any order, a claim is paid at most once."""

import contextlib
import datetime

from django.utils import timezone
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from touchstone.core.errors import AccessDenied, ServiceError
from touchstone.core.models import AuditEntry
from touchstone.payments import claims, workflow
from touchstone.payments.models import Claim, Status

TODAY = timezone.localdate()
# Repeats make the useful orders likely enough that many examples reach "paid".
STEPS = ["submit", "submit", "approve", "approve", "pay", "pay", "return", "cancel", "add_expense"]


def act(step, actor, claim):
    if step == "submit":
        workflow.claim_submit(actor=actor, claim=claim)
    elif step == "approve":
        workflow.claim_approve(actor=actor, claim=claim)
    elif step == "return":
        workflow.claim_return(actor=actor, claim=claim, reason="Please check.")
    elif step == "pay":
        workflow.claim_mark_paid(actor=actor, claim=claim, reference="REF", paid_on=TODAY)
    elif step == "cancel":
        workflow.claim_cancel(actor=actor, claim=claim)
    else:
        claims.expense_add(
            actor=actor,
            claim=claim,
            kind="parking",
            description="P",
            amount_pence=100,
            on=TODAY - datetime.timedelta(days=1),
        )


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(steps=st.lists(st.tuples(st.sampled_from(STEPS), st.booleans()), min_size=4, max_size=20))
def test_no_sequence_of_actions_pays_a_claim_twice(
    steps, member, manager, programme, paid_lay, strategic
):
    claim = claims.claim_start(actor=member, programme=programme, person=paid_lay, role=strategic)
    act("add_expense", member, claim)
    for step, by_manager in steps:
        with contextlib.suppress(ServiceError, AccessDenied):
            act(step, manager if by_manager else member, Claim.objects.get(pk=claim.pk))
    claim.refresh_from_db()
    event(f"ends {claim.status}")
    payments = AuditEntry.objects.filter(
        action="claim.pay", target_type="payments.Claim", target_id=str(claim.pk)
    ).count()
    assert payments == (1 if claim.status == Status.PAID else 0)
    approvals = AuditEntry.objects.filter(
        action="claim.approve", target_type="payments.Claim", target_id=str(claim.pk)
    ).count()
    assert approvals <= 1
    if claim.status == Status.PAID:
        assert claim.approved_by == manager and claim.total_pence == 100 * claim.expenses.count()
