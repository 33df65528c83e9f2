"""Payments and expenses pages, for the every-page axe check, with the rows they show."""

import datetime

from django.urls import reverse
from django.utils import timezone

from touchstone.accounts.models import User
from touchstone.nonprod import demo_data
from touchstone.payments import claims, exports, policy, workflow
from touchstone.people.models import Person


def _policy(programme, manager):
    role = policy.role_add(
        actor=manager, programme=programme, name="Strategic partner", is_paid=True
    )
    start = datetime.date(2025, 4, 6)
    policy.rate_add(
        actor=manager, role=role, activity="full_day", pence=15000, effective_from=start
    )
    policy.rate_add(
        actor=manager, role=role, activity="meeting", pence=3000, effective_from=start, max_hours=2
    )
    policy.rate_add(
        actor=manager, role=role, activity="preparation_hour", pence=2000, effective_from=start
    )
    for kind, per_mile in (("car", 45), ("public_transport", 0)):
        if not programme.expense_rules.filter(kind=kind).exists():  # the demo's policy has them
            policy.expense_rule_add(
                actor=manager,
                programme=programme,
                kind=kind,
                effective_from=start,
                pence_per_mile=per_mile,
            )
    return role


def _claim(programme, manager, person, role, days_ago):
    on = timezone.localdate() - datetime.timedelta(days=days_ago)
    claim = claims.claim_start(actor=manager, programme=programme, person=person, role=role)
    claims.activity_add(
        actor=manager,
        claim=claim,
        kind="full_day",
        on=on,
        description="Axe check workshop",
        preparation_hours=2,
    )
    claims.expense_add(
        actor=manager,
        claim=claim,
        kind="public_transport",
        on=on,
        description="Bus fares",
        amount_pence=340,
    )
    return claim


def payments_pages(programme) -> dict[str, tuple[str, int]]:
    """Name each payments page with its address: a draft, a waiting and an approved claim."""
    slug = programme.slug
    manager = User.objects.get(email=demo_data.PM_EMAIL)
    lay = Person.objects.get(email=demo_data.LAY_EMAIL)
    role = _policy(programme, manager)
    policy.choice_set(actor=manager, person=lay, role=role, choice="paid")
    draft = _claim(programme, manager, lay, role, 20)
    waiting = _claim(programme, manager, lay, role, 14)
    workflow.claim_submit(actor=manager, claim=waiting)
    returned = _claim(programme, manager, lay, role, 12)
    workflow.claim_submit(actor=manager, claim=returned)
    workflow.claim_return(actor=manager, claim=returned, reason="Add the bus receipt, please.")
    approved = _claim(programme, manager, lay, role, 7)
    workflow.claim_submit(actor=manager, claim=approved)
    workflow.claim_approve(actor=manager, claim=approved)
    exports.export_approved(actor=manager, programme=programme)
    pages = {
        "payments and expenses": ("payments:home", [slug]),
        "payment policy": ("payments:policy", [slug]),
        "totals for each tax year": ("payments:totals", [slug]),
        "claims waiting": ("payments:claim_list", [slug]),
        "start a claim": ("payments:claim_new", [slug]),
        "draft claim with its forms": ("payments:claim_detail", [slug, draft.pk]),
        "claim waiting for approval": ("payments:claim_detail", [slug, waiting.pk]),
        "claim returned for changes": ("payments:claim_detail", [slug, returned.pk]),
        "approved claim to record as paid": ("payments:claim_detail", [slug, approved.pk]),
        "payment choices of a person": ("payments:choices", [slug, lay.pk]),
        "statement of a person's claims": ("payments:statement", [slug, lay.pk]),
        "send claims to finance": ("payments:export_list", [slug]),
    }
    return {name: (reverse(view, args=args), 200) for name, (view, args) in pages.items()}
