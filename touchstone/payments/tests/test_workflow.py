"""A claim's journey: submit, return with a reason, approve, pay, cancel. All audited."""

import datetime
import threading

import pytest
from django.db import connection
from django.utils import timezone

from touchstone.core.errors import AccessDenied, ServiceError
from touchstone.core.models import AuditEntry
from touchstone.core.tests import factories
from touchstone.payments import claims, workflow
from touchstone.payments.models import Claim, ClaimActivity, Status

TODAY = timezone.localdate()
LAST_WEEK = TODAY - datetime.timedelta(days=7)


@pytest.fixture
def submitted(draft, member, meeting):
    claims.activity_add(actor=member, claim=draft, kind="meeting", meeting=meeting)
    claims.expense_add(
        actor=member,
        claim=draft,
        kind="public_transport",
        on=LAST_WEEK,
        description="Bus",
        amount_pence=340,
    )
    return workflow.claim_submit(actor=member, claim=draft)


def test_submitting_stores_the_total_of_the_breakdown(submitted):
    assert submitted.status == Status.SUBMITTED
    assert submitted.total_pence == 3340


def test_an_empty_claim_cannot_be_submitted(draft, member):
    with pytest.raises(ServiceError, match="Add an activity or an expense"):
        workflow.claim_submit(actor=member, claim=draft)
    draft.refresh_from_db()
    assert draft.status == Status.DRAFT


def test_a_returned_claim_is_fixed_and_approved(submitted, manager, member):
    workflow.claim_return(actor=manager, claim=submitted, reason="Add the bus receipt.")
    claim = Claim.objects.get(pk=submitted.pk)
    assert claim.status == Status.RETURNED and claim.return_reason == "Add the bus receipt."
    claims.expense_add(
        actor=member,
        claim=claim,
        kind="parking",
        on=LAST_WEEK,
        description="Car park",
        amount_pence=500,
    )
    workflow.claim_submit(actor=member, claim=claim)
    approved = workflow.claim_approve(actor=manager, claim=claim)
    assert approved.status == Status.APPROVED and approved.total_pence == 3840
    assert approved.approved_by == manager


def test_returning_needs_a_reason(submitted, manager):
    with pytest.raises(ServiceError, match="Say why"):
        workflow.claim_return(actor=manager, claim=submitted, reason="  ")


def test_only_programme_managers_approve(submitted, member, outsider):
    for actor in (member, outsider):
        with pytest.raises(AccessDenied):
            workflow.claim_approve(actor=actor, claim=submitted)
    assert Claim.objects.get(pk=submitted.pk).status == Status.SUBMITTED


def test_nobody_approves_their_own_claim(programme, manager, strategic):
    own = factories.PersonFactory(user=manager, programmes=[programme])
    claim = claims.claim_start(actor=manager, programme=programme, person=own, role=strategic)
    claims.expense_add(
        actor=manager, claim=claim, kind="parking", on=LAST_WEEK, description="P", amount_pence=1
    )
    workflow.claim_submit(actor=manager, claim=claim)
    with pytest.raises(ServiceError, match="your own claim"):
        workflow.claim_approve(actor=manager, claim=claim)


def test_paying_records_the_reference_and_date_and_the_claim_is_then_frozen(
    submitted, manager, member
):
    workflow.claim_approve(actor=manager, claim=submitted)
    paid = workflow.claim_mark_paid(
        actor=manager, claim=submitted, reference="BACS-1", paid_on=TODAY
    )
    assert (paid.status, paid.payment_reference, paid.paid_on) == (Status.PAID, "BACS-1", TODAY)
    with pytest.raises(ServiceError, match="paid, so it cannot be changed"):
        claims.expense_add(
            actor=member,
            claim=paid,
            kind="parking",
            on=LAST_WEEK,
            description="P",
            amount_pence=1,
        )
    with pytest.raises(ServiceError, match="paid, so it cannot be paid"):
        workflow.claim_mark_paid(actor=manager, claim=paid, reference="BACS-2", paid_on=TODAY)
    with pytest.raises(ServiceError, match="cannot be cancelled"):
        workflow.claim_cancel(actor=member, claim=paid)
    paid.refresh_from_db()
    assert paid.payment_reference == "BACS-1" and paid.expenses.count() == 1


def test_a_claim_is_paid_only_after_approval(submitted, manager):
    with pytest.raises(ServiceError, match="cannot be paid"):
        workflow.claim_mark_paid(actor=manager, claim=submitted, reference="X", paid_on=TODAY)


def test_a_payment_date_in_the_future_is_refused(submitted, manager):
    workflow.claim_approve(actor=manager, claim=submitted)
    with pytest.raises(ServiceError, match="today or in the past"):
        workflow.claim_mark_paid(
            actor=manager,
            claim=submitted,
            reference="X",
            paid_on=TODAY + datetime.timedelta(days=1),
        )


def test_cancelling_frees_the_activities_to_be_claimed_again(
    submitted, member, meeting, programme, paid_lay, strategic
):
    workflow.claim_cancel(actor=member, claim=submitted)
    again = claims.claim_start(actor=member, programme=programme, person=paid_lay, role=strategic)
    claims.activity_add(actor=member, claim=again, kind="meeting", meeting=meeting)
    assert ClaimActivity.objects.filter(live=True).count() == 1


def test_every_move_is_audited(submitted, manager):
    workflow.claim_approve(actor=manager, claim=submitted)
    workflow.claim_mark_paid(actor=manager, claim=submitted, reference="R", paid_on=TODAY)
    actions = list(
        AuditEntry.objects.filter(target_id=str(submitted.pk), target_type="payments.Claim")
        .order_by("pk")
        .values_list("action", flat=True)
    )
    assert actions[0] == "claim.create"
    assert actions[-3:] == ["claim.submit", "claim.approve", "claim.pay"]


@pytest.mark.django_db(transaction=True)
def test_two_approvals_at_once_give_one_approval(submitted, manager, programme):
    second = factories.UserFactory(email="second@example.org", is_staff=True)
    factories.RoleFactory(user=second, programme=programme, role="programme_manager")
    barrier, outcomes = threading.Barrier(2), []

    def approve(actor):
        try:
            barrier.wait()
            workflow.claim_approve(actor=actor, claim=Claim.objects.get(pk=submitted.pk))
            outcomes.append("approved")
        except Exception as error:  # the loser sees the claim approved, or a locked row
            outcomes.append(type(error).__name__)
        finally:
            connection.close()

    threads = [threading.Thread(target=approve, args=(who,)) for who in (manager, second)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert outcomes.count("approved") == 1
    assert AuditEntry.objects.filter(action="claim.approve").count() == 1


def test_nobody_can_change_a_paid_claim_by_any_route(submitted, manager, member):
    workflow.claim_approve(actor=manager, claim=submitted)
    paid = workflow.claim_mark_paid(actor=manager, claim=submitted, reference="B", paid_on=TODAY)
    expense = paid.expenses.get()
    for actor in (member, manager):
        with pytest.raises(ServiceError, match="paid, so it cannot be changed"):
            claims.activity_add(
                actor=actor, claim=paid, kind="half_day", on=LAST_WEEK, description="More"
            )
        with pytest.raises(ServiceError, match="paid, so it cannot be changed"):
            claims.line_remove(actor=actor, claim=paid, expense_pk=expense.pk)
        with pytest.raises(ServiceError, match="paid, so it cannot be submitted"):
            workflow.claim_submit(actor=actor, claim=paid)
    with pytest.raises(ServiceError, match="paid, so it cannot be returned"):
        workflow.claim_return(actor=manager, claim=paid, reason="Try again")
    paid.refresh_from_db()
    assert (paid.status, paid.total_pence, paid.payment_reference) == (Status.PAID, 3340, "B")
    assert list(paid.expenses.all()) == [expense] and paid.activities.count() == 1
