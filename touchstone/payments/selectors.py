"""Reads for payments, always scoped to the person asking.

A lay partner sees only their own claims; approvers see every claim in their programme.
"""

from collections import defaultdict

from django.db.models import QuerySet
from django.http import Http404
from django.utils import timezone

from touchstone.accounts import access
from touchstone.people.models import Person

from . import calculation as calc
from .models import (
    Choice,
    Claim,
    ExpenseRule,
    PaymentChoice,
    PaymentPolicy,
    Rate,
    RoleCategory,
    Status,
)

APPROVE = "approve_claims"  # programme managers and the finance role
SET_POLICY = "set_payment_policy"  # programme managers only: rates, roles, the yearly total


def person_of(actor, programme) -> Person | None:
    """Return the actor's own entry on the programme's register, if they have one."""
    if not getattr(actor, "pk", None):
        return None
    return Person.objects.filter(user=actor, programmes=programme).first()


def can_approve(actor, programme) -> bool:
    return access.can(actor, APPROVE, programme)


def policy_for(programme) -> PaymentPolicy:
    """Return the programme's policy, or the default one (unsaved) when none is set."""
    return PaymentPolicy.objects.filter(programme=programme).first() or PaymentPolicy(
        programme=programme
    )


def roles_for(programme) -> QuerySet[RoleCategory]:
    return RoleCategory.objects.filter(programme=programme).prefetch_related("rates")


def rules_for(programme) -> QuerySet[ExpenseRule]:
    return ExpenseRule.objects.filter(programme=programme)


def choice_for(person, role) -> PaymentChoice | None:
    return PaymentChoice.objects.filter(person=person, role=role).first()


def claims_for(*, actor, programme) -> QuerySet[Claim]:
    """Every claim the actor may see: all for approvers, their own for anyone else."""
    claims = Claim.objects.filter(programme=programme).select_related("person", "role")
    if can_approve(actor, programme):
        return claims
    return claims.filter(person__user=actor)


def own_claims_for(*, actor, programme) -> QuerySet[Claim]:
    return claims_for(actor=actor, programme=programme).filter(person__user=actor)


def waiting_for(*, actor, programme) -> QuerySet[Claim]:
    """Claims waiting for an approver, oldest first."""
    access.require(actor, APPROVE, programme)
    return (
        claims_for(actor=actor, programme=programme)
        .filter(status=Status.SUBMITTED)
        .order_by("submitted_at", "id")
    )


def claim_get_for(*, actor, programme, pk) -> Claim:
    """Return one claim the actor may see, or 404 so nobody learns which claims exist."""
    claim = claims_for(actor=actor, programme=programme).filter(pk=pk).first()
    if claim is None:
        raise Http404("Claim not found")
    return claim


def is_paid_role_for(claim) -> bool:
    """Time is paid only in a paid role, and only when the person chose to be paid."""
    choice = choice_for(claim.person, claim.role)
    return claim.role.is_paid and choice is not None and choice.choice == Choice.PAID


def breakdown_for(claim) -> calc.Breakdown:
    """Price the claim from the rates in effect on each activity's date."""
    rates = [
        calc.Rate(r.activity, r.pence, r.effective_from, r.max_hours)
        for r in Rate.objects.filter(role=claim.role)
    ]
    rules = [
        calc.ExpenseRule(r.kind, r.effective_from, r.pence_per_mile, r.needs_approval)
        for r in rules_for(claim.programme)
    ]
    activities = [
        calc.Activity(a.kind, a.on, a.label, a.hours, a.preparation_hours)
        for a in claim.activities.select_related("meeting")
    ]
    expenses = [
        calc.Expense(e.kind, e.on, e.description, e.amount_pence, e.miles)
        for e in claim.expenses.all()
    ]
    return calc.breakdown(
        rates=rates,
        rules=rules,
        activities=activities,
        expenses=expenses,
        paid=is_paid_role_for(claim),
    )


def counted_on(claim):
    """The date a claim's money counts towards a tax year: paid, else approved."""
    if claim.paid_on:
        return claim.paid_on
    return timezone.localdate(claim.approved_at)


def tax_year_totals(*, actor, programme, person=None) -> list[dict]:
    """Approved and paid money per person per tax year, flagging totals over the threshold."""
    threshold = policy_for(programme).annual_threshold_pence
    sums: dict[tuple, int] = defaultdict(int)
    claims = claims_for(actor=actor, programme=programme).filter(
        status__in=[Status.APPROVED, Status.PAID]
    )
    if person is not None:
        claims = claims.filter(person=person)
    for claim in claims:
        sums[(claim.person, calc.tax_year_of(counted_on(claim)))] += claim.total_pence
    return [
        {
            "person": person,
            "tax_year": f"6 April {year} to 5 April {year + 1}",
            "total": calc.pounds(pence),
            "over": pence > threshold,
        }
        for (person, year), pence in sorted(sums.items(), key=lambda i: (-i[0][1], str(i[0][0])))
    ]
