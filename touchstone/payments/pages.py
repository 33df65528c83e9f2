"""Render the claim page with its breakdown and whichever forms the reader may use."""

from django.shortcuts import render

from touchstone.meetings.models import Attendance, AttendanceStatus

from . import calculation as calc
from . import selectors
from .forms import ActivityForm, ExpenseForm, PaidForm, ReturnForm
from .models import Status


def attended_meetings(claim):
    """Meetings of the programme the claim's person is recorded as attending, latest first."""
    rows = Attendance.objects.filter(
        person=claim.person,
        status=AttendanceStatus.ATTENDED,
        meeting__programme=claim.programme,
    ).select_related("meeting")
    return sorted((row.meeting for row in rows), key=lambda m: m.start, reverse=True)


def claim_page(request, claim, *, error_form=None, status=200, **forms):
    """Show the claim, the money line by line, and the next steps open to this reader."""
    meetings = attended_meetings(claim)
    result = selectors.breakdown_for(claim)
    is_approver = selectors.can_approve(request.user, claim.programme)
    is_own = claim.person.user_id == request.user.pk
    context = {
        "programme": claim.programme,
        "claim": claim,
        "lines": [(line, calc.pounds(line.pence)) for line in result.lines],
        "problems": result.problems,
        "total": calc.pounds(result.total_pence),
        "activities": claim.activities.select_related("meeting"),
        "expenses": claim.expenses.all(),
        "can_edit": claim.is_editable,
        "can_decide": is_approver and not is_own and claim.status == Status.SUBMITTED,
        "can_pay": is_approver and not is_own and claim.status == Status.APPROVED,
        "can_cancel": claim.status in (Status.DRAFT, Status.SUBMITTED, Status.RETURNED),
        "choice": selectors.choice_for(claim.person, claim.role),
        "activity_form": forms.get("activity_form")
        or ActivityForm(prefix="activity", meetings=meetings),
        "expense_form": forms.get("expense_form") or ExpenseForm(prefix="expense"),
        "return_form": forms.get("return_form") or ReturnForm(),
        "paid_form": forms.get("paid_form") or PaidForm(),
        "error_form": error_form,
    }
    return render(request, "payments/claim_detail.jinja", context, status=status)
