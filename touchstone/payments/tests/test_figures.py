"""Programme figures: spend by role and by activity, claims waiting, days to payment."""

import datetime
from decimal import Decimal

import pytest
from django.urls import reverse
from django.utils import timezone

from touchstone.core.errors import AccessDenied
from touchstone.payments import claims, policy, workflow
from touchstone.payments.figures import figures_for
from touchstone.payments.models import Choice, Claim

TODAY = timezone.localdate()
LAST_WEEK = TODAY - datetime.timedelta(days=7)


@pytest.fixture
def paid_meeting_claim(draft, member, manager, meeting):
    """A meeting (£30), 1.5 hours preparing (£30) and parking (£7), sent 4 days before paid."""
    claims.activity_add(
        actor=member, claim=draft, kind="meeting", meeting=meeting, preparation_hours=Decimal("1.5")
    )
    claims.expense_add(
        actor=member, claim=draft, kind="parking", on=LAST_WEEK, description="P", amount_pence=700
    )
    workflow.claim_submit(actor=member, claim=draft)
    Claim.objects.filter(pk=draft.pk).update(
        submitted_at=timezone.now() - datetime.timedelta(days=4)
    )
    draft.refresh_from_db()
    workflow.claim_approve(actor=manager, claim=draft)
    return workflow.claim_mark_paid(actor=manager, claim=draft, reference="R1", paid_on=TODAY)


@pytest.fixture
def waiting_claim(paid_lay, strategic, member, programme):
    claim = claims.claim_start(actor=member, programme=programme, person=paid_lay, role=strategic)
    claims.expense_add(
        actor=member, claim=claim, kind="parking", on=TODAY, description="Q", amount_pence=300
    )
    return workflow.claim_submit(actor=member, claim=claim)


def test_spend_is_split_by_role_and_by_kind_of_activity(
    paid_meeting_claim, waiting_claim, manager, programme
):
    figures = figures_for(actor=manager, programme=programme)
    assert figures["by_role"] == [("Strategic partner", "£67.00")]
    assert figures["by_activity"] == [
        ("Meeting", "£30.00"),
        ("Preparation, per hour", "£30.00"),
        ("Expenses: Parking", "£7.00"),
    ]
    assert figures["total"] == "£67.00"
    assert figures["waiting"] == 1
    assert figures["median_days"] == 4


def test_spend_by_activity_still_adds_up_when_a_choice_changes_after_approval(
    paid_meeting_claim, manager, member, programme, paid_lay, strategic
):
    policy.choice_set(actor=member, person=paid_lay, role=strategic, choice=Choice.EXPENSES_ONLY)
    figures = figures_for(actor=manager, programme=programme)
    assert ("Changed since approval", "£60.00") in figures["by_activity"]
    assert figures["total"] == "£67.00"


def test_only_approvers_have_programme_figures(member, programme):
    with pytest.raises(AccessDenied):
        figures_for(actor=member, programme=programme)


def test_the_payments_overview_shows_figures_to_approvers_only(
    paid_meeting_claim, manager_client, client, member, programme
):
    address = reverse("payments:home", args=[programme.slug])
    page = manager_client.get(address).content.decode()
    assert "Programme figures" in page and "Expenses: Parking" in page
    client.force_login(member)
    assert "Programme figures" not in client.get(address).content.decode()
