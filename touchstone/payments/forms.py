"""Forms for payments. They only read what was typed; the services hold the rules."""

from decimal import Decimal

from django import forms

from touchstone.core.forms import DayMonthYearField, needs

from .models import Activity, Choice, ExpenseKind

MONEY_ERRORS = {
    "invalid": "Enter an amount in pounds, like 12.50.",
    "max_digits": "Enter a smaller amount.",
    "max_whole_digits": "Enter a smaller amount.",
    "max_decimal_places": "Enter an amount in pounds and pence, like 12.50.",
}
HOURS_ERRORS = {
    "invalid": "Enter hours as a number, like 1.5.",
    "max_digits": "Enter fewer hours.",
    "max_whole_digits": "Enter fewer hours.",
    "max_decimal_places": "Enter hours to one decimal place, like 1.5.",
}
MILES_ERRORS = {
    "invalid": "Enter miles as a number, like 12.5.",
    "max_digits": "Enter fewer miles.",
    "max_whole_digits": "Enter fewer miles.",
    "max_decimal_places": "Enter miles to one decimal place, like 12.5.",
}


def pence(amount) -> int | None:
    """Turn pounds typed as 12.50 into whole pence, exactly."""
    return None if amount is None else int(Decimal(amount) * 100)


def money(label, error_messages=None, **kwargs):
    return forms.DecimalField(
        label=label,
        max_digits=9,
        decimal_places=2,
        error_messages={**MONEY_ERRORS, **(error_messages or {})},
        **kwargs,
    )


def _choices(queryset, blank: str):
    return [("", blank)] + [(row.pk, str(row)) for row in queryset]


class PickForm(forms.Form):
    """A form with choices from rows; `chosen(name)` returns the row picked."""

    picks: dict = {}

    def pick(self, name, rows, blank):
        self.picks = {**self.picks, name: {row.pk: row for row in rows}}
        self.fields[name].choices = _choices(rows, blank)

    def chosen(self, name):
        value = self.cleaned_data.get(name)
        return self.picks[name].get(int(value)) if value else None


class ClaimStartForm(PickForm):
    role = forms.ChoiceField(
        label="Role", error_messages=needs("Choose the role you are claiming for.")
    )
    person = forms.ChoiceField(
        label="Who the claim is for", error_messages=needs("Choose who the claim is for.")
    )

    def __init__(self, *args, roles, people=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.pick("role", roles, "Choose a role")
        if people is None:
            del self.fields["person"]
        else:
            self.pick("person", people, "Choose a person")


class ActivityForm(PickForm):
    kind = forms.ChoiceField(
        label="What kind of activity",
        choices=[("", "Choose")] + [c for c in Activity.choices if c[0] != Activity.PREPARATION],
        error_messages=needs("Choose a full day, half day or meeting."),
    )
    meeting = forms.ChoiceField(label="Meeting you attended", required=False)
    description = forms.CharField(
        label="Or describe what you did",
        max_length=200,
        required=False,
        help_text="For example, reading panel for the care navigation leaflet.",
    )
    on = DayMonthYearField(label="Date", required=False, help_text="Leave empty for a meeting.")
    hours = forms.DecimalField(
        label="How long, in hours",
        required=False,
        max_digits=4,
        decimal_places=1,
        error_messages=HOURS_ERRORS,
        help_text="For a meeting not listed above.",
    )
    preparation_hours = forms.DecimalField(
        label="Preparation time, in hours",
        required=False,
        max_digits=4,
        decimal_places=1,
        error_messages=HOURS_ERRORS,
        help_text="Time reading papers or getting ready.",
    )

    def __init__(self, *args, meetings, **kwargs):
        super().__init__(*args, **kwargs)
        self.pick("meeting", meetings, "None of these")


class ExpenseForm(forms.Form):
    kind = forms.ChoiceField(
        label="Kind of expense",
        choices=[("", "Choose"), *ExpenseKind.choices],
        error_messages=needs("Choose the kind of expense."),
    )
    on = DayMonthYearField(label="Date", error_messages=needs("Enter the date of the expense."))
    description = forms.CharField(
        label="What it was for",
        max_length=200,
        error_messages=needs("Describe the expense, for example bus to Willesden and back."),
    )
    amount = money("Amount in pounds", required=False, help_text="Leave empty for miles.")
    miles = forms.DecimalField(
        label="Miles",
        required=False,
        max_digits=6,
        decimal_places=1,
        error_messages=MILES_ERRORS,
        help_text="Only for travel by car, motorbike or bicycle.",
    )
    receipt = forms.FileField(
        label="Receipt",
        required=False,
        help_text="A photo (JPEG or PNG) or a PDF, up to 10 MB.",
        error_messages={
            "invalid": "The file could not be sent. Choose it again.",
            "empty": "The receipt file is empty. Choose another.",
        },
    )


class ReturnForm(forms.Form):
    reason = forms.CharField(
        label="Why it is going back",
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages=needs("Say why the claim is going back."),
    )


class PaidForm(forms.Form):
    reference = forms.CharField(
        label="Payment reference",
        max_length=100,
        error_messages=needs("Enter the payment reference."),
    )
    paid_on = DayMonthYearField(
        label="Date paid", error_messages=needs("Enter the date it was paid.")
    )


class ChoiceForm(PickForm):
    role = forms.ChoiceField(label="Role", error_messages=needs("Choose the role."))
    choice = forms.ChoiceField(
        label="How do you want to be paid in this role?",
        choices=Choice.choices,
        widget=forms.RadioSelect,
        error_messages=needs("Choose how you want to be paid."),
    )

    def __init__(self, *args, roles, **kwargs):
        super().__init__(*args, **kwargs)
        self.pick("role", roles, "Choose a role")
