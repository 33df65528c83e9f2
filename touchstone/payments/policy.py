"""Changing a programme's payment policy and recording people's payment choices.

Rates are never edited: a change is a new rate from a date, so activities before that
date keep the rate they had. Every change is audited in the same transaction.
"""

from decimal import Decimal

from django.db import IntegrityError, transaction
from django.utils import timezone

from touchstone.accounts import access
from touchstone.core import audit
from touchstone.core.errors import ServiceError

from .models import (
    Activity,
    Choice,
    ExpenseKind,
    ExpenseRule,
    PaymentChoice,
    PaymentPolicy,
    Rate,
    RoleCategory,
)
from .selectors import APPROVE, SET_POLICY, person_of

MAX_RATE_PENCE = 100_000  # £1,000 for one activity is surely a typing mistake
MAX_MILEAGE_PENCE = 200  # £2 a mile
MAX_THRESHOLD_PENCE = 10_000_000


def _check_pence(pence, most: int, field: str, what: str) -> None:
    if not isinstance(pence, int) or not 0 <= pence <= most:
        raise ServiceError(f"Enter {what} from £0 to £{most // 100:,}.", field=field)


def threshold_set(*, actor, programme, pence: int) -> PaymentPolicy:
    """Set the yearly total above which pages warn (tax and benefits may be affected)."""
    access.require(actor, SET_POLICY, programme)
    _check_pence(pence, MAX_THRESHOLD_PENCE, "threshold", "a yearly amount")
    with transaction.atomic():
        policy, _ = PaymentPolicy.objects.get_or_create(programme=programme)
        before = audit.snapshot(policy, ["annual_threshold_pence"])
        policy.annual_threshold_pence = pence
        policy.save()
        audit.record(
            actor=actor,
            action="payment_policy.set",
            target=policy,
            programme=programme,
            changes=audit.diff(before, audit.snapshot(policy, ["annual_threshold_pence"])),
        )
    return policy


def role_add(*, actor, programme, name: str, is_paid: bool) -> RoleCategory:
    access.require(actor, SET_POLICY, programme)
    name = (name or "").strip()
    if not name or len(name) > 100:
        raise ServiceError("Enter the role's name, 100 characters or fewer.", field="name")
    if RoleCategory.objects.filter(programme=programme, name__iexact=name).exists():
        raise ServiceError("There is already a role with this name.", field="name")
    with transaction.atomic():
        role = RoleCategory.objects.create(programme=programme, name=name, is_paid=is_paid)
        audit.record(
            actor=actor,
            action="payment_role.add",
            target=role,
            programme=programme,
            changes={"name": [None, name], "paid": [None, is_paid]},
        )
    return role


def rate_add(*, actor, role, activity, pence, effective_from, max_hours=None) -> Rate:
    """Add a rate from a date. Activities before the date keep the earlier rate."""
    programme = role.programme
    access.require(actor, SET_POLICY, programme)
    if activity not in Activity.values:
        raise ServiceError("Choose an activity.", field="activity")
    _check_pence(pence, MAX_RATE_PENCE, "pence", "an amount")
    if activity == Activity.MEETING and not (max_hours and 0 < max_hours <= 12):
        raise ServiceError("Enter the most hours a meeting may last, up to 12.", field="max_hours")
    if activity != Activity.MEETING:
        max_hours = None
    try:
        with transaction.atomic():
            rate = Rate.objects.create(
                role=role,
                activity=activity,
                pence=pence,
                effective_from=effective_from,
                max_hours=Decimal(max_hours) if max_hours else None,
            )
            audit.record(
                actor=actor,
                action="payment_rate.add",
                target=rate,
                programme=programme,
                changes={"role": [None, role.name], "from": [None, effective_from]},
            )
    except IntegrityError as error:
        raise ServiceError(
            "This activity already has a rate from that date.", field="effective_from"
        ) from error
    return rate


def expense_rule_add(
    *, actor, programme, kind, effective_from, pence_per_mile=0, needs_approval=False
) -> ExpenseRule:
    """Allow a kind of expense from a date, with its mileage rate for travel by road."""
    access.require(actor, SET_POLICY, programme)
    if kind not in ExpenseKind.values:
        raise ServiceError("Choose a kind of expense.", field="kind")
    _check_pence(pence_per_mile or 0, MAX_MILEAGE_PENCE, "pence_per_mile", "a rate a mile")
    try:
        with transaction.atomic():
            rule = ExpenseRule.objects.create(
                programme=programme,
                kind=kind,
                effective_from=effective_from,
                pence_per_mile=pence_per_mile or 0,
                needs_approval=needs_approval,
            )
            audit.record(
                actor=actor,
                action="expense_rule.add",
                target=rule,
                programme=programme,
                changes={"kind": [None, kind], "from": [None, effective_from]},
            )
    except IntegrityError as error:
        raise ServiceError(
            "This expense already has a rule from that date.", field="effective_from"
        ) from error
    return rule


def choice_set(*, actor, person, role, choice: str) -> PaymentChoice:
    """Record a person's choice for a role: their own, or by an approver on their behalf."""
    programme = role.programme
    own = person_of(actor, programme)
    if own is None or own.pk != person.pk:
        access.require(actor, APPROVE, programme)
    if choice not in Choice.values:
        raise ServiceError("Choose how you want to be paid.", field="choice")
    with transaction.atomic():
        row = PaymentChoice.objects.filter(person=person, role=role).first()
        before = row.choice if row else None
        row = row or PaymentChoice(person=person, role=role)
        row.choice, row.chosen_on = choice, timezone.localdate()
        row.save()
        audit.record(
            actor=actor,
            action="payment_choice.set",
            target=row,
            programme=programme,
            changes={"role": [None, role.name], "choice": [before, choice]},
        )
    return row
