"""The demo has a payment policy to look at, a few people's choices, and claims to approve."""

import datetime
from io import StringIO

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from touchstone.accounts.models import User
from touchstone.nonprod import demo_data
from touchstone.nonprod.demo import demo_programme
from touchstone.payments.models import (
    Claim,
    ClaimActivity,
    ClaimExpense,
    ExpenseRule,
    ExportBatch,
    PaymentChoice,
    Rate,
    RoleCategory,
)
from touchstone.payments.selectors import breakdown_for

pytestmark = pytest.mark.django_db
PAYMENT_MODELS = (
    RoleCategory,
    Rate,
    ExpenseRule,
    PaymentChoice,
    Claim,
    ClaimActivity,
    ClaimExpense,
    ExportBatch,
)


def seed(*args) -> str:
    out = StringIO()
    call_command("seed_demo", *args, stdout=out)
    return out.getvalue()


def payment_counts() -> dict[str, int]:
    return {model.__name__: model.objects.count() for model in PAYMENT_MODELS}


@pytest.fixture
def programme():
    seed()
    return demo_programme()


def test_a_paid_lay_role_and_an_expenses_only_forum_role(programme):
    roles = {role.name: role.is_paid for role in programme.payment_roles.all()}
    assert roles == {"Lay partner, advisory group": True, "Forum member": False}


def test_rates_start_with_the_last_tax_year_and_the_meeting_rate_rises_in_october(programme):
    today = timezone.localdate()
    start_year = today.year - 1 if (today.month, today.day) >= (4, 6) else today.year - 2
    rates = Rate.objects.filter(role__programme=programme)
    meeting = list(rates.filter(activity="meeting").values_list("effective_from", "pence"))
    assert meeting == [
        (datetime.date(start_year, 4, 6), 3000),
        (datetime.date(today.year, 10, 1), 3500),
    ]
    first = {r.activity: r.pence for r in rates.filter(effective_from__year=start_year)}
    assert first == {"meeting": 3000, "half_day": 7500, "full_day": 15000, "preparation_hour": 2000}


def test_expense_rules_pay_mileage_and_taxis_need_approval(programme):
    rules = {rule.kind: rule for rule in programme.expense_rules.all()}
    assert set(rules) == {
        "car",
        "public_transport",
        "parking",
        "taxi",
        "replacement_care",
        "subsistence",
    }
    assert rules["car"].pence_per_mile == 45
    assert [kind for kind, rule in rules.items() if rule.needs_approval] == ["taxi"]


def test_some_lay_partners_chose_and_the_demo_lay_partner_has_not(programme):
    choices = PaymentChoice.objects.filter(role__programme=programme)
    assert {"paid", "declined", "expenses_only"} == set(choices.values_list("choice", flat=True))
    assert not choices.filter(person__email=demo_data.LAY_EMAIL).exists()
    assert not Claim.objects.filter(person__email=demo_data.LAY_EMAIL).exists()


def test_one_claim_waits_for_approval_and_one_was_paid_after_its_meeting(programme):
    claims = Claim.objects.filter(programme=programme)
    assert sorted(claims.values_list("status", flat=True)) == ["paid", "submitted"]
    for claim in claims:
        activity = claim.activities.get()
        assert activity.meeting.group.kind == "lay_advisory_group"
        assert claim.total_pence == breakdown_for(claim).total_pence > 0
    paid = claims.get(status="paid")
    assert paid.export_batch.claim_count == 1
    meeting_day = paid.activities.get().on
    assert meeting_day < timezone.localdate(paid.approved_at) <= paid.paid_on
    assert paid.paid_on <= timezone.localdate()


def test_the_programme_manager_sees_the_policy_and_the_waiting_claim(programme, client):
    client.force_login(User.objects.get(email=demo_data.PM_EMAIL))
    policy_page = client.get(reverse("payments:policy", args=[programme.slug]))
    assert "Lay partner, advisory group" in policy_page.content.decode()
    assert "£35.00" in policy_page.content.decode()
    home = client.get(reverse("payments:home", args=[programme.slug])).content.decode()
    waiting = Claim.objects.get(programme=programme, status="submitted")
    assert waiting.person.full_name in home


def test_running_twice_adds_no_payments(programme):
    before = payment_counts()
    assert "already loaded" in seed()
    assert payment_counts() == before


def test_reset_removes_the_payments_and_loads_them_again(programme):
    before = payment_counts()
    seed("--reset")
    assert payment_counts() == before
    assert not RoleCategory.objects.filter(programme=programme.pk).exists()
