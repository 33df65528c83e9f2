"""Forms that change the payment policy: roles, rates, allowed expenses, the threshold."""

from django import forms

from touchstone.core.forms import DayMonthYearField, needs

from .forms import PickForm, money
from .models import Activity, ExpenseKind

FROM_HINT = "Activities on or after this date use it; earlier ones keep the old rate."


class RoleForm(forms.Form):
    name = forms.CharField(
        label="Name of the role", max_length=100, error_messages=needs("Enter the role's name.")
    )
    is_paid = forms.BooleanField(
        label="Paid", required=False, help_text="People in this role may be paid for their time"
    )


class RateForm(PickForm):
    role = forms.ChoiceField(label="Role", error_messages=needs("Choose the role."))
    activity = forms.ChoiceField(
        label="Activity",
        choices=[("", "Choose"), *Activity.choices],
        error_messages=needs("Choose the activity."),
    )
    amount = money("Amount in pounds", error_messages=needs("Enter the amount."))
    max_hours = forms.DecimalField(
        label="Longest meeting, in hours",
        required=False,
        max_digits=4,
        decimal_places=1,
        help_text="Only for meetings.",
        error_messages={"invalid": "Enter hours as a number, like 2."},
    )
    effective_from = DayMonthYearField(
        label="From", help_text=FROM_HINT, error_messages=needs("Enter the date it starts.")
    )

    def __init__(self, *args, roles, **kwargs):
        super().__init__(*args, **kwargs)
        self.pick("role", roles, "Choose a role")


class ExpenseRuleForm(forms.Form):
    kind = forms.ChoiceField(
        label="Kind of expense",
        choices=[("", "Choose"), *ExpenseKind.choices],
        error_messages=needs("Choose the kind of expense."),
    )
    pence_per_mile = forms.IntegerField(
        label="Pence a mile",
        required=False,
        help_text="Only for travel by car, motorbike or bicycle.",
        error_messages={"invalid": "Enter whole pence, like 45."},
    )
    needs_approval = forms.BooleanField(
        label="Approval", required=False, help_text="Must be agreed before it is spent"
    )
    effective_from = DayMonthYearField(
        label="From",
        help_text="Expenses on or after this date are allowed.",
        error_messages=needs("Enter the date it starts."),
    )


class ThresholdForm(forms.Form):
    threshold = money(
        "Yearly total that shows a warning, in pounds",
        help_text="A person's total above this in a tax year shows a warning.",
        error_messages=needs("Enter the yearly total."),
    )
