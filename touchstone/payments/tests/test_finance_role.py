"""The finance officer: approves, pays and exports claims, and does nothing else."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from touchstone.accounts import access
from touchstone.accounts.invitations import seat_access_sync
from touchstone.accounts.models import Role
from touchstone.core.errors import AccessDenied, ServiceError
from touchstone.core.tests import factories
from touchstone.payments import claims, exports, policy, workflow
from touchstone.payments.models import Choice, Status

LAST_WEEK = timezone.localdate() - datetime.timedelta(days=7)


@pytest.fixture
def finance(programme):
    user = factories.UserFactory(email="finance@example.org")
    factories.RoleFactory(user=user, programme=programme, role=Role.FINANCE)
    return user


@pytest.fixture
def submitted(draft, member):
    claims.expense_add(
        actor=member, claim=draft, kind="parking", on=LAST_WEEK, description="P", amount_pence=500
    )
    return workflow.claim_submit(actor=member, claim=draft)


def test_finance_approves_pays_and_exports_claims(submitted, finance, programme):
    claim = workflow.claim_approve(actor=finance, claim=submitted)
    assert claim.status == Status.APPROVED and claim.approved_by == finance
    batch = exports.export_approved(actor=finance, programme=programme)
    assert batch.claim_count == 1
    claim = workflow.claim_mark_paid(
        actor=finance, claim=claim, reference="F1", paid_on=timezone.localdate()
    )
    assert claim.status == Status.PAID


def test_finance_cannot_set_the_payment_policy_or_manage_the_programme(finance, programme):
    with pytest.raises(AccessDenied):
        policy.role_add(actor=finance, programme=programme, name="Sneaky", is_paid=True)
    for ability in ("change", "view_contact_details", "view_sensitive", "view_people"):
        assert not access.can(finance, ability, programme), ability


def test_finance_reads_the_policy_page_but_cannot_change_it(client, finance, strategic, programme):
    client.force_login(finance)
    address = reverse("payments:policy", args=[programme.slug])
    assert client.get(address).status_code == 200
    response = client.post(address, {"form": "role", "role-name": "Sneaky"})
    assert response.status_code == 403


def test_finance_cannot_approve_their_own_claim(finance, strategic, programme):
    own = factories.PersonFactory(full_name="Fin Ance", user=finance, programmes=[programme])
    policy.choice_set(actor=finance, person=own, role=strategic, choice=Choice.PAID)
    claim = claims.claim_start(actor=finance, programme=programme, person=own, role=strategic)
    claims.expense_add(
        actor=finance, claim=claim, kind="parking", on=LAST_WEEK, description="P", amount_pence=1
    )
    workflow.claim_submit(actor=finance, claim=claim)
    with pytest.raises(ServiceError, match="cannot approve or pay your own claim"):
        workflow.claim_approve(actor=finance, claim=claim)
    claim.refresh_from_db()
    assert claim.status == Status.SUBMITTED


def test_joining_a_group_does_not_take_the_finance_role_away(finance, programme, manager):
    person = factories.PersonFactory(user=finance, programmes=[programme])
    seat_access_sync(
        actor=manager, programme=programme, person=person, wanted=Role.GROUP_MEMBER, lower=True
    )
    assert access.role_in(finance, programme) == Role.FINANCE
