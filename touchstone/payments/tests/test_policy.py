"""Setting the payment policy and people's payment choices."""

import datetime

import pytest

from touchstone.core.errors import AccessDenied, ServiceError
from touchstone.core.models import AuditEntry
from touchstone.payments import policy
from touchstone.payments.models import Choice, PaymentChoice, Rate
from touchstone.payments.selectors import policy_for


def test_a_manager_sets_rates_that_are_audited(strategic, programme):
    assert Rate.objects.filter(role=strategic).count() == 5
    assert AuditEntry.objects.filter(action="payment_rate.add", programme=programme).count() == 5


def test_a_member_cannot_change_the_policy(programme, member, strategic):
    with pytest.raises(AccessDenied):
        policy.role_add(actor=member, programme=programme, name="Another", is_paid=True)
    with pytest.raises(AccessDenied):
        policy.threshold_set(actor=member, programme=programme, pence=1)


@pytest.mark.parametrize("pence", [-1, 100_001, "12"])
def test_negative_or_absurd_rates_are_refused(manager, strategic, pence):
    with pytest.raises(ServiceError, match="Enter an amount"):
        policy.rate_add(
            actor=manager,
            role=strategic,
            activity="half_day",
            pence=pence,
            effective_from=datetime.date(2027, 1, 1),
        )
    assert Rate.objects.filter(role=strategic).count() == 5


def test_two_rates_for_one_activity_from_the_same_date_are_refused(manager, strategic):
    with pytest.raises(ServiceError, match="already has a rate from that date"):
        policy.rate_add(
            actor=manager,
            role=strategic,
            activity="full_day",
            pence=1,
            effective_from=datetime.date(2026, 4, 1),
        )


def test_a_meeting_rate_needs_its_longest_length(manager, strategic):
    with pytest.raises(ServiceError, match="most hours"):
        policy.rate_add(
            actor=manager,
            role=strategic,
            activity="meeting",
            pence=100,
            effective_from=datetime.date(2027, 1, 1),
        )


def test_the_threshold_defaults_and_can_be_changed(manager, programme):
    assert policy_for(programme).annual_threshold_pence == 100_000
    policy.threshold_set(actor=manager, programme=programme, pence=50_000)
    assert policy_for(programme).annual_threshold_pence == 50_000


def test_a_person_records_their_own_choice_with_the_date(member, lay, strategic):
    row = policy.choice_set(actor=member, person=lay, role=strategic, choice=Choice.DECLINED)
    row = policy.choice_set(actor=member, person=lay, role=strategic, choice=Choice.EXPENSES_ONLY)
    assert PaymentChoice.objects.get().choice == Choice.EXPENSES_ONLY
    assert row.chosen_on == datetime.date.today()
    entry = AuditEntry.objects.filter(action="payment_choice.set").order_by("pk").last()
    assert entry.changes["choice"] == ["declined", "expenses_only"]


def test_nobody_else_but_an_approver_records_a_persons_choice(outsider, lay, strategic):
    with pytest.raises(AccessDenied):
        policy.choice_set(actor=outsider, person=lay, role=strategic, choice=Choice.PAID)
    assert not PaymentChoice.objects.exists()
