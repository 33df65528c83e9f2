"""Moving a claim along: submit, approve or return, mark paid, cancel.

Each move locks the claim row (`select_for_update`) and checks its status inside the
lock, so two people pressing the same button at once give one approval, one payment.
"""

from django.db import transaction
from django.utils import timezone

from touchstone.accounts import access
from touchstone.core import audit
from touchstone.core.errors import ServiceError

from .claims import require_claimant_or_approver, status_words
from .models import Claim, Status
from .selectors import APPROVE, breakdown_for

CANCELLABLE = (Status.DRAFT, Status.SUBMITTED, Status.RETURNED)


def _locked(claim, *, allowed, doing: str) -> Claim:
    """Lock the claim's row and refuse the move unless its status allows it."""
    locked = (
        Claim.objects.select_for_update(of=("self",))
        .select_related("person", "role")
        .get(pk=claim.pk)
    )
    if locked.status not in allowed:
        raise ServiceError(f"This claim is {status_words(locked)}, so it cannot be {doing}.")
    return locked


def _move(actor, claim, status, action, **changes) -> None:
    before = claim.status
    claim.status = status
    claim.save()
    audit.record(
        actor=actor,
        action=action,
        target=claim,
        programme=claim.programme,
        changes={"status": [before, status], **changes},
    )


def claim_submit(*, actor, claim) -> Claim:
    """Send the claim for approval once every line is priced and nothing is wrong."""
    require_claimant_or_approver(actor, claim.person, claim.programme)
    with transaction.atomic():
        claim = _locked(claim, allowed=(Status.DRAFT, Status.RETURNED), doing="submitted")
        result = breakdown_for(claim)
        if not claim.activities.exists() and not claim.expenses.exists():
            raise ServiceError("Add an activity or an expense before submitting.")
        if result.problems:
            raise ServiceError(" ".join(result.problems))
        claim.total_pence = result.total_pence
        claim.submitted_at = timezone.now()
        claim.return_reason = ""
        _move(actor, claim, Status.SUBMITTED, "claim.submit", total=[None, claim.total_pence])
    return claim


def _require_approver_not_claimant(actor, claim) -> None:
    access.require(actor, APPROVE, claim.programme)
    if claim.person.user_id and claim.person.user_id == actor.pk:
        raise ServiceError("You cannot approve or pay your own claim. Ask another approver.")


def claim_approve(*, actor, claim) -> Claim:
    """Approve a submitted claim at the total its policy gives now."""
    with transaction.atomic():
        claim = _locked(claim, allowed=(Status.SUBMITTED,), doing="approved")
        _require_approver_not_claimant(actor, claim)
        claim.total_pence = breakdown_for(claim).total_pence
        claim.approved_by, claim.approved_at = actor, timezone.now()
        _move(actor, claim, Status.APPROVED, "claim.approve", total=[None, claim.total_pence])
    return claim


def claim_return(*, actor, claim, reason: str) -> Claim:
    """Send a submitted claim back to the person with the reason, to fix and resubmit."""
    reason = (reason or "").strip()
    if not reason:
        raise ServiceError("Say why the claim is going back.", field="reason")
    with transaction.atomic():
        claim = _locked(claim, allowed=(Status.SUBMITTED,), doing="returned")
        _require_approver_not_claimant(actor, claim)
        claim.return_reason = reason[:1000]
        _move(actor, claim, Status.RETURNED, "claim.return", reason=[None, claim.return_reason])
    return claim


def claim_mark_paid(*, actor, claim, reference: str, paid_on) -> Claim:
    """Record that finance paid an approved claim. A paid claim never changes again."""
    reference = (reference or "").strip()
    if not reference or len(reference) > 100:
        raise ServiceError(
            "Enter the payment reference, 100 characters or fewer.", field="reference"
        )
    if paid_on is None or paid_on > timezone.localdate():
        raise ServiceError("Enter the date it was paid, today or in the past.", field="paid_on")
    with transaction.atomic():
        claim = _locked(claim, allowed=(Status.APPROVED,), doing="paid")
        _require_approver_not_claimant(actor, claim)
        if paid_on < timezone.localdate(claim.approved_at):
            raise ServiceError("The payment date cannot be before the approval.", field="paid_on")
        claim.payment_reference, claim.paid_on = reference, paid_on
        _move(actor, claim, Status.PAID, "claim.pay", reference=[None, reference])
    return claim


def claim_cancel(*, actor, claim) -> Claim:
    """Withdraw a claim not yet approved; its activities may then be claimed again."""
    require_claimant_or_approver(actor, claim.person, claim.programme)
    with transaction.atomic():
        claim = _locked(claim, allowed=CANCELLABLE, doing="cancelled")
        claim.activities.update(live=False)
        _move(actor, claim, Status.CANCELLED, "claim.cancel")
    return claim
