"""Building a claim: activities, expenses and receipts, and what is refused."""

import datetime

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from touchstone.core.errors import AccessDenied, ServiceError
from touchstone.meetings.models import Attendance
from touchstone.payments import claims
from touchstone.payments.models import ClaimActivity, ClaimExpense
from touchstone.payments.selectors import breakdown_for

PDF = b"%PDF-1.4 receipt for a bus fare"
LAST_WEEK = timezone.localdate() - datetime.timedelta(days=7)


def receipt(content=PDF, name="receipt.pdf"):
    return SimpleUploadedFile(name, content, content_type="application/pdf")


def test_a_meeting_attended_is_priced_at_the_meeting_rate_with_preparation(draft, member, meeting):
    claims.activity_add(
        actor=member, claim=draft, kind="meeting", meeting=meeting, preparation_hours=1
    )
    result = breakdown_for(draft)
    assert [line.pence for line in result.lines] == [3000, 2000]
    assert result.total_pence == 5000


def test_a_meeting_the_person_did_not_attend_is_refused(draft, member, meeting):
    Attendance.objects.filter(meeting=meeting).update(status="apologies")
    with pytest.raises(ServiceError, match="not recorded as attending"):
        claims.activity_add(actor=member, claim=draft, kind="meeting", meeting=meeting)
    assert not ClaimActivity.objects.exists()


def test_the_same_meeting_cannot_be_claimed_twice_even_on_two_claims(
    draft, member, meeting, programme, paid_lay, strategic
):
    claims.activity_add(actor=member, claim=draft, kind="meeting", meeting=meeting)
    second = claims.claim_start(actor=member, programme=programme, person=paid_lay, role=strategic)
    with pytest.raises(ServiceError, match="already claimed"):
        claims.activity_add(actor=member, claim=second, kind="meeting", meeting=meeting)
    assert ClaimActivity.objects.count() == 1


def test_the_same_described_activity_on_the_same_day_cannot_be_claimed_twice(draft, member):
    claims.activity_add(actor=member, claim=draft, kind="full_day", on=LAST_WEEK, description="A")
    with pytest.raises(ServiceError, match="already claimed"):
        claims.activity_add(
            actor=member, claim=draft, kind="full_day", on=LAST_WEEK, description="B"
        )


def test_a_date_in_the_future_is_refused(draft, member):
    tomorrow = timezone.localdate() + datetime.timedelta(days=1)
    with pytest.raises(ServiceError, match="today or in the past"):
        claims.activity_add(
            actor=member, claim=draft, kind="full_day", on=tomorrow, description="A"
        )
    with pytest.raises(ServiceError, match="today or in the past"):
        claims.expense_add(
            actor=member, claim=draft, kind="parking", on=tomorrow, description="P", amount_pence=1
        )
    assert not draft.activities.exists() and not draft.expenses.exists()


@pytest.mark.parametrize("pence", [-100, 0, 50_001, 10**9])
def test_negative_or_absurd_expenses_are_refused(draft, member, pence):
    with pytest.raises(ServiceError, match="from 1p to £500"):
        claims.expense_add(
            actor=member,
            claim=draft,
            kind="parking",
            on=LAST_WEEK,
            description="P",
            amount_pence=pence,
        )
    assert not ClaimExpense.objects.exists()


@pytest.mark.parametrize("hours", [-1, 13, 100])
def test_absurd_preparation_time_is_refused(draft, member, hours):
    with pytest.raises(ServiceError, match="preparation time"):
        claims.activity_add(
            actor=member,
            claim=draft,
            kind="half_day",
            on=LAST_WEEK,
            description="A",
            preparation_hours=hours,
        )


def test_mileage_is_claimed_in_miles(draft, member):
    claims.expense_add(
        actor=member, claim=draft, kind="car", on=LAST_WEEK, description="Drive", miles="12"
    )
    assert breakdown_for(draft).total_pence == 540


def test_a_receipt_is_kept_privately_under_a_random_name(draft, member):
    expense = claims.expense_add(
        actor=member,
        claim=draft,
        kind="public_transport",
        on=LAST_WEEK,
        description="Bus",
        amount_pence=340,
        receipt=receipt(),
    )
    assert (
        expense.receipt.name.startswith("receipts/") and "receipt" not in expense.receipt.name[9:]
    )
    assert expense.receipt_original_name == "receipt.pdf"
    assert len(expense.receipt_sha256) == 64


@pytest.mark.parametrize(
    ("content", "name"),
    [(b"MZ\x90\x00 a program", "receipt.pdf"), (b"hello", "receipt.txt"), (PDF, "receipt.exe")],
)
def test_a_receipt_that_is_not_an_image_or_pdf_is_refused_and_no_file_is_left(
    draft, member, content, name, media_in_tmp
):
    with pytest.raises(ServiceError, match=r"photo \(JPEG or PNG\) or a PDF"):
        claims.expense_add(
            actor=member,
            claim=draft,
            kind="parking",
            on=LAST_WEEK,
            description="P",
            amount_pence=100,
            receipt=receipt(content, name),
        )
    assert not list(media_in_tmp.rglob("*.*"))
    assert not ClaimExpense.objects.exists()


def test_a_receipt_over_10_mb_is_refused(draft, member):
    big = receipt(PDF + b"0" * (10 * 1024 * 1024))
    with pytest.raises(ServiceError, match="over 10 MB"):
        claims.expense_add(
            actor=member,
            claim=draft,
            kind="parking",
            on=LAST_WEEK,
            description="P",
            amount_pence=100,
            receipt=big,
        )
    assert not ClaimExpense.objects.exists()


def test_the_same_receipt_cannot_go_on_two_claims(draft, member, programme, paid_lay, strategic):
    claims.expense_add(
        actor=member,
        claim=draft,
        kind="parking",
        on=LAST_WEEK,
        description="P",
        amount_pence=100,
        receipt=receipt(),
    )
    second = claims.claim_start(actor=member, programme=programme, person=paid_lay, role=strategic)
    with pytest.raises(ServiceError, match="already attached to a claim"):
        claims.expense_add(
            actor=member,
            claim=second,
            kind="parking",
            on=LAST_WEEK,
            description="P again",
            amount_pence=100,
            receipt=receipt(name="copy.pdf"),
        )
    assert ClaimExpense.objects.count() == 1


def test_a_staff_member_claims_on_behalf_of_someone_without_a_computer(
    manager, programme, paid_lay, strategic
):
    claim = claims.claim_start(actor=manager, programme=programme, person=paid_lay, role=strategic)
    claims.activity_add(actor=manager, claim=claim, kind="half_day", on=LAST_WEEK, description="W")
    assert claim.created_by == manager and claim.activities.count() == 1


def test_nobody_else_claims_for_a_person(outsider, programme, paid_lay, strategic, draft):
    with pytest.raises(AccessDenied):
        claims.claim_start(actor=outsider, programme=programme, person=paid_lay, role=strategic)
    with pytest.raises(AccessDenied):
        claims.activity_add(
            actor=outsider, claim=draft, kind="half_day", on=LAST_WEEK, description="W"
        )


def test_someone_who_declined_payment_and_expenses_cannot_claim(member, programme, lay, strategic):
    from touchstone.payments import policy

    policy.choice_set(actor=member, person=lay, role=strategic, choice="declined")
    with pytest.raises(ServiceError, match="chose no payment and no expenses"):
        claims.claim_start(actor=member, programme=programme, person=lay, role=strategic)


@pytest.mark.parametrize("miles", ["-5", "0", "1000.1", "99999"])
def test_negative_or_absurd_miles_are_refused(draft, member, miles):
    with pytest.raises(ServiceError, match=r"Enter the miles, from 0\.1 to 1000"):
        claims.expense_add(
            actor=member, claim=draft, kind="car", on=LAST_WEEK, description="D", miles=miles
        )
    assert not ClaimExpense.objects.exists()


@pytest.mark.parametrize("hours", [-1, 13])
def test_an_absurd_meeting_length_is_refused(draft, member, hours):
    with pytest.raises(ServiceError, match="the meeting's length from 0 to 12 hours"):
        claims.activity_add(
            actor=member, claim=draft, kind="meeting", on=LAST_WEEK, description="M", hours=hours
        )
    assert not ClaimActivity.objects.exists()
