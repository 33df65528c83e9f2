"""Payment policy, people's payment choices, and claims with their activities and expenses.

Money is whole pence in integer fields. Files are private: stored under a random name
and only served by a view that checks the person may see the claim.
"""

import uuid
from pathlib import Path

from django.conf import settings
from django.db import models
from django.db.models import Q

from . import calculation as calc

DEFAULT_THRESHOLD_PENCE = 100_000  # £1,000 a tax year


class Activity(models.TextChoices):
    FULL_DAY = calc.FULL_DAY, "Full day"
    HALF_DAY = calc.HALF_DAY, "Half day"
    MEETING = calc.MEETING, "Meeting"
    PREPARATION = calc.PREPARATION, "Preparation, per hour"


class ExpenseKind(models.TextChoices):
    CAR = "car", "Travel by car (miles)"
    MOTORBIKE = "motorbike", "Travel by motorbike (miles)"
    BICYCLE = "bicycle", "Travel by bicycle (miles)"
    PUBLIC_TRANSPORT = "public_transport", "Public transport"
    PARKING = "parking", "Parking"
    TAXI = "taxi", "Taxi"
    SUBSISTENCE = "subsistence", "Food and drink"
    REPLACEMENT_CARE = "replacement_care", "Replacement care"
    SUPPORT_WORKER = "support_worker", "Support worker"
    PHONE_INTERNET = "phone_internet", "Phone and internet"


MILEAGE_KINDS = (ExpenseKind.CAR, ExpenseKind.MOTORBIKE, ExpenseKind.BICYCLE)


class PaymentPolicy(models.Model):
    """A programme's payment settings that are not rates: the yearly warning threshold."""

    programme = models.OneToOneField(
        "programmes.Programme", on_delete=models.CASCADE, related_name="payment_policy"
    )
    annual_threshold_pence = models.PositiveIntegerField(default=DEFAULT_THRESHOLD_PENCE)

    def __str__(self) -> str:
        return f"Payment policy of {self.programme}"


class RoleCategory(models.Model):
    """A kind of involvement: some are paid, some have expenses only."""

    programme = models.ForeignKey(
        "programmes.Programme", on_delete=models.CASCADE, related_name="payment_roles"
    )
    name = models.CharField(max_length=100)
    is_paid = models.BooleanField(default=True)

    class Meta:
        ordering = ["name", "id"]
        constraints = [
            models.UniqueConstraint(fields=["programme", "name"], name="payments_role_name_unique")
        ]

    def __str__(self) -> str:
        return self.name


class Rate(models.Model):
    """What an activity in a role pays from a date. A change is a new row, never an edit."""

    role = models.ForeignKey(RoleCategory, on_delete=models.CASCADE, related_name="rates")
    activity = models.CharField(max_length=20, choices=Activity.choices)
    pence = models.PositiveIntegerField()
    effective_from = models.DateField()
    max_hours = models.DecimalField(max_digits=4, decimal_places=1, null=True, blank=True)

    class Meta:
        ordering = ["role", "activity", "effective_from"]
        constraints = [
            models.UniqueConstraint(
                fields=["role", "activity", "effective_from"], name="payments_rate_once_a_day"
            )
        ]

    def __str__(self) -> str:
        return f"{self.get_activity_display()}: {calc.pounds(self.pence)}"


class ExpenseRule(models.Model):
    """An allowed kind of expense from a date, with its mileage rate for travel by road."""

    programme = models.ForeignKey(
        "programmes.Programme", on_delete=models.CASCADE, related_name="expense_rules"
    )
    kind = models.CharField(max_length=20, choices=ExpenseKind.choices)
    effective_from = models.DateField()
    pence_per_mile = models.PositiveIntegerField(default=0)
    needs_approval = models.BooleanField(default=False)

    class Meta:
        ordering = ["kind", "effective_from"]
        constraints = [
            models.UniqueConstraint(
                fields=["programme", "kind", "effective_from"], name="payments_rule_once_a_day"
            )
        ]

    def __str__(self) -> str:
        return self.get_kind_display()


class Choice(models.TextChoices):
    PAID = "paid", "Paid for my time and my expenses"
    EXPENSES_ONLY = "expenses_only", "Expenses only"
    DECLINED = "declined", "No payment and no expenses"


class PaymentChoice(models.Model):
    """Whether a person takes payment in a role. People on benefits may choose not to."""

    person = models.ForeignKey("people.Person", on_delete=models.CASCADE, related_name="+")
    role = models.ForeignKey(RoleCategory, on_delete=models.CASCADE, related_name="choices")
    choice = models.CharField(max_length=16, choices=Choice.choices)
    chosen_on = models.DateField()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["person", "role"], name="payments_one_choice_per_role")
        ]

    def __str__(self) -> str:
        return f"{self.person}: {self.get_choice_display()} ({self.role})"


class Status(models.TextChoices):
    DRAFT = "draft", "Draft"
    SUBMITTED = "submitted", "Waiting for approval"
    RETURNED = "returned", "Returned for changes"
    APPROVED = "approved", "Approved"
    PAID = "paid", "Paid"
    CANCELLED = "cancelled", "Cancelled"


EDITABLE = (Status.DRAFT, Status.RETURNED)


class ExportBatch(models.Model):
    """Approved claims sent to finance together. The file is kept, so a re-export is exact."""

    programme = models.ForeignKey(
        "programmes.Programme", on_delete=models.CASCADE, related_name="payment_exports"
    )
    content = models.TextField()
    claim_count = models.PositiveIntegerField()
    total_pence = models.PositiveBigIntegerField()
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return f"Finance export {self.pk}"

    @property
    def total(self) -> str:
        return calc.pounds(self.total_pence)


class Claim(models.Model):
    """One claim by a person for their time and expenses in a role."""

    programme = models.ForeignKey(
        "programmes.Programme", on_delete=models.CASCADE, related_name="claims"
    )
    person = models.ForeignKey("people.Person", on_delete=models.PROTECT, related_name="+")
    role = models.ForeignKey(RoleCategory, on_delete=models.PROTECT, related_name="claims")
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.DRAFT)
    total_pence = models.PositiveIntegerField(default=0)
    return_reason = models.TextField(blank=True)
    payment_reference = models.CharField(max_length=100, blank=True)
    paid_on = models.DateField(null=True, blank=True)
    exported_at = models.DateTimeField(null=True, blank=True)
    export_batch = models.ForeignKey(
        ExportBatch, null=True, blank=True, on_delete=models.PROTECT, related_name="claims"
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    submitted_at = models.DateTimeField(null=True, blank=True)
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    approved_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return f"Claim {self.pk} by {self.person}"

    @property
    def is_editable(self) -> bool:
        return self.status in EDITABLE

    @property
    def total(self) -> str:
        return calc.pounds(self.total_pence)


class ClaimActivity(models.Model):
    """Time claimed: a meeting attended or a described activity, with preparation hours.

    `person` is copied from the claim so the database itself refuses the same person,
    activity and date twice while the claim is live (not cancelled).
    """

    claim = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="activities")
    person = models.ForeignKey("people.Person", on_delete=models.PROTECT, related_name="+")
    kind = models.CharField(max_length=20, choices=Activity.choices)
    meeting = models.ForeignKey(
        "meetings.Meeting", null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    description = models.CharField(max_length=200, blank=True)
    on = models.DateField()
    hours = models.DecimalField(max_digits=4, decimal_places=1, default=0)
    preparation_hours = models.DecimalField(max_digits=4, decimal_places=1, default=0)
    live = models.BooleanField(default=True)

    class Meta:
        ordering = ["on", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["person", "meeting"],
                condition=Q(live=True, meeting__isnull=False),
                name="payments_meeting_claimed_once",
            ),
            models.UniqueConstraint(
                fields=["person", "kind", "on"],
                condition=Q(live=True, meeting__isnull=True),
                name="payments_activity_day_claimed_once",
            ),
        ]

    def __str__(self) -> str:
        return self.label

    @property
    def label(self) -> str:
        if self.meeting_id:
            return self.meeting.title
        return f"{self.get_kind_display()}: {self.description}"


def receipt_name(instance, filename: str) -> str:
    """Store a receipt under a random name, keeping only its type: names are not guessable."""
    return f"receipts/{uuid.uuid4().hex}{Path(filename).suffix.lower()}"


class ClaimExpense(models.Model):
    """One expense, with its receipt. The same receipt file cannot go on two claims."""

    claim = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="expenses")
    kind = models.CharField(max_length=20, choices=ExpenseKind.choices)
    on = models.DateField()
    description = models.CharField(max_length=200)
    amount_pence = models.PositiveIntegerField(default=0)
    miles = models.DecimalField(max_digits=6, decimal_places=1, default=0)
    receipt = models.FileField(upload_to=receipt_name, blank=True, max_length=200)
    receipt_original_name = models.CharField(max_length=255, blank=True)
    receipt_sha256 = models.CharField(max_length=64, blank=True)

    class Meta:
        ordering = ["on", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["receipt_sha256"],
                condition=~Q(receipt_sha256=""),
                name="payments_receipt_used_once",
            )
        ]

    def __str__(self) -> str:
        return self.description
