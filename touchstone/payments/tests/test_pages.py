"""The payments pages: who sees what, the breakdown before sending, and refusals."""

import datetime

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone

from touchstone.accounts.models import Role
from touchstone.core.tests import factories
from touchstone.payments import claims, workflow
from touchstone.payments.models import Claim, ClaimExpense, Rate, Status

SLUG = "healthier-together"
TODAY = timezone.localdate()
LAST_WEEK = TODAY - datetime.timedelta(days=7)


def at(name, *args):
    return reverse(f"payments:{name}", args=[SLUG, *args])


def day(prefix, on):
    return {f"{prefix}-day": on.day, f"{prefix}-month": on.month, f"{prefix}-year": on.year}


@pytest.fixture
def other_member_client(client, programme):
    user = factories.UserFactory(email="other@example.org")
    factories.RoleFactory(user=user, programme=programme, role=Role.GROUP_MEMBER)
    client.force_login(user)
    return client


def test_a_lay_partner_claims_for_a_meeting_and_a_bus_fare_and_sees_the_breakdown(
    member_client, paid_lay, strategic, meeting
):
    response = member_client.post(at("claim_new"), {"role": strategic.pk})
    claim = Claim.objects.get()
    assert response.url == at("claim_detail", claim.pk)
    member_client.post(
        at("activity_add", claim.pk),
        {
            "activity-kind": "meeting",
            "activity-meeting": meeting.pk,
            "activity-preparation_hours": "1",
        },
    )
    receipt = SimpleUploadedFile("bus.png", b"\x89PNG\r\n\x1a\n photo", content_type="image/png")
    member_client.post(
        at("expense_add", claim.pk),
        {
            "expense-kind": "public_transport",
            **day("expense-on", LAST_WEEK),
            "expense-description": "Bus there and back",
            "expense-amount": "3.40",
            "expense-receipt": receipt,
        },
    )
    page = member_client.get(at("claim_detail", claim.pk)).content.decode()
    assert "Advisory group" in page and "£30.00" in page and "£20.00" in page
    assert "£3.40" in page and "£53.40" in page
    member_client.post(at("claim_move", claim.pk, "submit"))
    claim.refresh_from_db()
    assert claim.status == Status.SUBMITTED and claim.total_pence == 5340


def test_a_manager_returns_approves_and_records_payment(manager_client, draft, member):
    claims.expense_add(
        actor=member, claim=draft, kind="parking", on=LAST_WEEK, description="P", amount_pence=500
    )
    workflow.claim_submit(actor=member, claim=draft)
    manager_client.post(at("claim_return", draft.pk), {"reason": "Add the receipt."})
    assert Claim.objects.get().status == Status.RETURNED
    workflow.claim_submit(actor=member, claim=draft)
    manager_client.post(at("claim_move", draft.pk, "approve"))
    manager_client.post(at("claim_pay", draft.pk), {"reference": "BACS-9", **day("paid_on", TODAY)})
    claim = Claim.objects.get()
    assert (claim.status, claim.payment_reference) == (Status.PAID, "BACS-9")


def test_editing_a_paid_claim_is_refused_with_a_message(manager, member_client, draft, member):
    claims.expense_add(
        actor=member, claim=draft, kind="parking", on=LAST_WEEK, description="P", amount_pence=500
    )
    workflow.claim_submit(actor=member, claim=draft)
    workflow.claim_approve(actor=manager, claim=draft)
    workflow.claim_mark_paid(actor=manager, claim=draft, reference="R", paid_on=TODAY)
    expense = draft.expenses.get()
    response = member_client.post(at("line_remove", draft.pk, "expense", expense.pk))
    assert response.status_code == 400
    assert "This claim is paid, so it cannot be changed." in response.content.decode()
    assert ClaimExpense.objects.filter(pk=expense.pk).exists()


def test_a_negative_amount_is_refused_with_a_message(member_client, draft):
    response = member_client.post(
        at("expense_add", draft.pk),
        {
            "expense-kind": "parking",
            **day("expense-on", LAST_WEEK),
            "expense-description": "P",
            "expense-amount": "-4.00",
        },
    )
    assert response.status_code == 400
    assert "Enter an amount from 1p to £500." in response.content.decode()
    assert not ClaimExpense.objects.exists()


@pytest.mark.parametrize(
    ("amount", "message"),
    [
        ("1.255", "Enter an amount in pounds and pence, like 12.50."),
        ("123456789012", "Enter a smaller amount."),
        ("twelve", "Enter an amount in pounds, like 12.50."),
        ("9999.00", "Enter an amount from 1p to £500."),
    ],
)
def test_an_absurd_amount_is_refused_with_a_plain_message(member_client, draft, amount, message):
    response = member_client.post(
        at("expense_add", draft.pk),
        {
            "expense-kind": "parking",
            **day("expense-on", LAST_WEEK),
            "expense-description": "P",
            "expense-amount": amount,
        },
    )
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not ClaimExpense.objects.exists()


def test_a_meeting_not_attended_is_not_offered_and_is_refused(member_client, draft, meeting):
    meeting.attendances.update(status="absent")
    response = member_client.post(
        at("activity_add", draft.pk), {"activity-kind": "meeting", "activity-meeting": meeting.pk}
    )
    assert response.status_code == 400
    assert not draft.activities.exists()


def test_a_lay_partner_sees_only_their_own_claims(other_member_client, draft):
    assert other_member_client.get(at("claim_detail", draft.pk)).status_code == 404
    assert other_member_client.get(at("claim_list")).status_code == 403
    assert "Claim " not in other_member_client.get(at("home")).content.decode()


def test_receipts_download_only_for_the_claimant_and_approvers(
    client, member, manager, draft, other_member_client
):
    receipt = SimpleUploadedFile("r.pdf", b"%PDF-1.4 r", content_type="application/pdf")
    expense = claims.expense_add(
        actor=member,
        claim=draft,
        kind="parking",
        on=LAST_WEEK,
        description="P",
        amount_pence=100,
        receipt=receipt,
    )
    address = at("receipt", draft.pk, expense.pk)
    assert other_member_client.get(address).status_code == 404
    for user in (member, manager):
        client.force_login(user)
        response = client.get(address)
        assert response.status_code == 200 and b"".join(response.streaming_content) == b"%PDF-1.4 r"
        assert "no-store" in response["Cache-Control"]


def test_an_outsider_finds_no_payments_pages(outsider_client, draft):
    assert outsider_client.get(at("home")).status_code == 404
    assert outsider_client.get(at("claim_detail", draft.pk)).status_code == 404


def test_the_choices_page_reminds_about_benefits_and_tax_without_advice(
    member_client, lay, strategic
):
    page = member_client.get(at("choices", lay.pk)).content.decode()
    assert "may affect your benefits" in page and "https://www.gov.uk/" in page
    member_client.post(
        at("choices", lay.pk),
        {"role": strategic.pk, "choice": "expenses_only"},
    )
    assert "Expenses only" in member_client.get(at("choices", lay.pk)).content.decode()


def test_totals_per_tax_year_warn_above_the_threshold(
    manager_client, manager, draft, member, programme
):
    from touchstone.payments import policy

    policy.threshold_set(actor=manager, programme=programme, pence=400)
    claims.expense_add(
        actor=member, claim=draft, kind="parking", on=LAST_WEEK, description="P", amount_pence=500
    )
    workflow.claim_submit(actor=member, claim=draft)
    workflow.claim_approve(actor=manager, claim=draft)
    page = manager_client.get(at("totals")).content.decode()
    assert "£5.00" in page and "Over the yearly total" in page


def test_a_manager_adds_a_rate_from_a_date_on_the_policy_page(manager_client, strategic):
    response = manager_client.post(
        at("policy"),
        {
            "form": "rate",
            "rate-role": strategic.pk,
            "rate-activity": "half_day",
            "rate-amount": "80.00",
            **day("rate-effective_from", datetime.date(2027, 4, 1)),
        },
    )
    assert response.status_code == 302
    assert Rate.objects.filter(role=strategic, activity="half_day", pence=8000).exists()


def test_a_member_cannot_change_the_policy_page(member_client, strategic):
    response = member_client.post(at("policy"), {"form": "role", "role-name": "Sneaky"})
    assert response.status_code == 403


def test_every_payments_page_opens_for_a_manager(manager_client, draft, lay):
    for address in (
        at("home"),
        at("policy"),
        at("totals"),
        at("claim_list"),
        at("claim_new"),
        at("claim_detail", draft.pk),
        at("choices", lay.pk),
        at("statement", lay.pk),
        at("claim_list") + "?status=all",
    ):
        assert manager_client.get(address).status_code == 200, address


def test_managers_see_spend_by_role_and_days_to_payment(manager_client, manager, draft, member):
    claims.expense_add(
        actor=member, claim=draft, kind="parking", on=LAST_WEEK, description="P", amount_pence=700
    )
    workflow.claim_submit(actor=member, claim=draft)
    workflow.claim_approve(actor=manager, claim=draft)
    workflow.claim_mark_paid(actor=manager, claim=draft, reference="R", paid_on=TODAY)
    page = manager_client.get(at("totals")).content.decode()
    assert "Approved or paid: Strategic partner" in page and "£7.00" in page
    assert "Typical days from sending a claim to payment" in page


def test_lay_partners_see_their_totals_but_not_programme_figures(member_client, draft):
    page = member_client.get(at("totals")).content.decode()
    assert "Programme figures" not in page


def test_a_person_reads_their_own_statement_with_payment_references(
    member_client, manager, draft, member, paid_lay
):
    claims.expense_add(
        actor=member, claim=draft, kind="parking", on=LAST_WEEK, description="P", amount_pence=900
    )
    workflow.claim_submit(actor=member, claim=draft)
    workflow.claim_approve(actor=manager, claim=draft)
    workflow.claim_mark_paid(actor=manager, claim=draft, reference="BACS-77", paid_on=TODAY)
    page = member_client.get(at("statement", paid_lay.pk)).content.decode()
    assert "BACS-77" in page and "£9.00" in page


def test_nobody_else_reads_a_persons_statement(other_member_client, paid_lay):
    assert other_member_client.get(at("statement", paid_lay.pk)).status_code == 404
