"""Recruiting lay partners: role profiles, candidates and their stages, selection runs.

Demographic answers live in their own table (`Demographics`), apart from a candidate's
other details, and are read only by programme managers: they are special category data.
"""

from django.conf import settings
from django.db import models
from django.utils import timezone

from touchstone.people.models import ContactMethod

from .choices import OfferResponse, Payment, Route, RunStatus, Stage, WithdrawalReason


class RoleProfile(models.Model):
    """What a lay partner role in one group involves, and who the programme is looking for."""

    programme = models.ForeignKey(
        "programmes.Programme", on_delete=models.CASCADE, related_name="role_profiles"
    )
    group = models.ForeignKey(
        "programmes.Group", on_delete=models.PROTECT, related_name="role_profiles"
    )
    title = models.CharField(max_length=200)
    involves = models.TextField(help_text="What the role involves, in plain English.")
    hours_per_month = models.PositiveSmallIntegerField()
    meetings = models.CharField(
        max_length=300, help_text="For example: one 2-hour meeting a fortnight, in the evening."
    )
    payment = models.CharField(max_length=16, choices=Payment.choices)
    qualities = models.JSONField(default=list, blank=True)
    contact = models.CharField(
        max_length=300,
        blank=True,
        help_text="How to reach the team to apply on paper or by phone, or to ask a question.",
    )
    is_open = models.BooleanField(
        default=True, help_text="Open roles take applications and nominations."
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["title", "id"]

    def __str__(self) -> str:
        return self.title


class Candidate(models.Model):
    """Someone nominated, applying or invited for a role, as they move through the stages."""

    programme = models.ForeignKey(
        "programmes.Programme", on_delete=models.CASCADE, related_name="candidates"
    )
    role_profile = models.ForeignKey(
        RoleProfile, on_delete=models.PROTECT, related_name="candidates"
    )
    route = models.CharField(max_length=16, choices=Route.choices)
    stage = models.CharField(max_length=32, choices=Stage.choices)
    reference = models.CharField(
        max_length=64, blank=True, help_text="An id from an imported list, kept to match rows."
    )
    full_name = models.CharField(max_length=200)
    email = models.EmailField(blank=True)
    phone = models.CharField(max_length=32, blank=True)
    postal_address = models.TextField(blank=True)
    postcode = models.CharField(max_length=10, blank=True)
    preferred_contact = models.CharField(
        max_length=8, choices=ContactMethod.choices, default=ContactMethod.EMAIL
    )
    about = models.TextField(blank=True, help_text="Why they are interested, in their words.")
    qualities = models.JSONField(default=list, blank=True)
    nominated_by = models.ForeignKey(
        "people.Organisation",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="nominations",
    )
    nominator_name = models.CharField(max_length=200, blank=True)
    nominator_email = models.EmailField(blank=True)
    community = models.CharField(
        max_length=200, blank=True, help_text="The community the engagement team reached out to."
    )
    entered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="The member of staff who entered it from paper or a phone call.",
    )
    person = models.ForeignKey(
        "people.Person",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="candidacies",
    )
    withdrawal_reason = models.CharField(
        max_length=16, choices=WithdrawalReason.choices, blank=True
    )
    withdrawal_note = models.CharField(max_length=300, blank=True)
    submission_key = models.CharField(
        max_length=64,
        blank=True,
        help_text="Sent with a public form so a retry is not a duplicate.",
    )
    created_at = models.DateTimeField(default=timezone.now)
    stage_changed_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["full_name", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["programme", "reference"],
                condition=~models.Q(reference=""),
                name="one_candidate_per_reference",
            ),
            models.UniqueConstraint(
                fields=["programme", "submission_key"],
                condition=~models.Q(submission_key=""),
                name="one_candidate_per_submission",
            ),
        ]

    def __str__(self) -> str:
        return self.full_name

    @property
    def household(self) -> str:
        """A key shared by people at one address: the postcode and first line, normalised."""
        first_line = self.postal_address.strip().splitlines()[0] if self.postal_address else ""
        postcode = self.postcode.replace(" ", "").upper()
        return f"{postcode}|{' '.join(first_line.lower().split())}" if postcode else ""


class StageChange(models.Model):
    """One move between stages: the funnel and withdrawal reports are built from these."""

    candidate = models.ForeignKey(Candidate, on_delete=models.CASCADE, related_name="changes")
    from_stage = models.CharField(max_length=32, choices=Stage.choices, blank=True)
    to_stage = models.CharField(max_length=32, choices=Stage.choices)
    reason = models.CharField(max_length=16, choices=WithdrawalReason.choices, blank=True)
    at = models.DateTimeField(default=timezone.now)
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["at", "id"]

    def __str__(self) -> str:
        return f"{self.candidate}: {self.get_to_stage_display()}"


class Demographics(models.Model):
    """A candidate's answers to the demographic questions, held only with their consent."""

    candidate = models.OneToOneField(
        Candidate, on_delete=models.CASCADE, related_name="demographics"
    )
    answers = models.JSONField(default=dict, blank=True)
    consented_at = models.DateTimeField()
    consent_version = models.CharField(max_length=16)
    consent_recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Staff who recorded consent given on paper or by phone.",
    )
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name_plural = "demographics"

    def __str__(self) -> str:
        return f"Demographics of {self.candidate}"


class PopulationProfile(models.Model):
    """The local population's make-up: for each feature, each value's share (0 to 1)."""

    programme = models.OneToOneField(
        "programmes.Programme", on_delete=models.CASCADE, related_name="population_profile"
    )
    source = models.CharField(max_length=300, help_text="Where the figures come from.")
    shares = models.JSONField(default=dict)  # {feature: {value: share}}
    updated_at = models.DateTimeField(auto_now=True)

    def __str__(self) -> str:
        return f"Population profile of {self.programme}"


class SelectionRun(models.Model):
    """One run of the selection engine, kept whole so anyone can repeat and check it."""

    programme = models.ForeignKey(
        "programmes.Programme", on_delete=models.CASCADE, related_name="selection_runs"
    )
    group = models.ForeignKey(
        "programmes.Group", on_delete=models.PROTECT, related_name="selection_runs"
    )
    role_profile = models.ForeignKey(
        RoleProfile, null=True, blank=True, on_delete=models.SET_NULL, related_name="runs"
    )
    is_top_up = models.BooleanField(default=False)
    status = models.CharField(max_length=16, choices=RunStatus.choices, default=RunStatus.QUEUED)
    progress = models.CharField(max_length=200, blank=True)
    # Inputs: everything needed to repeat the run.
    k = models.PositiveSmallIntegerField(help_text="Panel size, seated people included.")
    seed = models.BigIntegerField()
    features = models.JSONField(default=list)
    quotas = models.JSONField(default=list)  # [{feature, value, minimum, maximum}]
    pool = models.JSONField(default=list)  # [{id, features, household}]
    seated = models.JSONField(default=list)  # candidate ids who keep their seats
    one_per_household = models.BooleanField(default=True)
    engine_version = models.CharField(max_length=40, blank=True)
    # Results.
    probabilities = models.JSONField(default=dict)  # {candidate id: probability}
    panel = models.JSONField(default=list)
    reserves = models.JSONField(default=list)
    lottery = models.JSONField(default=dict)  # panels and weights, publishable without names
    error = models.TextField(blank=True)
    seconds = models.FloatField(null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return f"Selection for {self.group} on {self.created_at:%d %B %Y}"


class SeatOffer(models.Model):
    """An offer of a seat to a selected candidate; the membership starts when they accept."""

    run = models.ForeignKey(SelectionRun, on_delete=models.PROTECT, related_name="offers")
    candidate = models.ForeignKey(Candidate, on_delete=models.PROTECT, related_name="offers")
    token_hash = models.CharField(max_length=64, unique=True)
    response = models.CharField(
        max_length=16, choices=OfferResponse.choices, default=OfferResponse.WAITING
    )
    sent_at = models.DateTimeField(default=timezone.now)
    responded_at = models.DateTimeField(null=True, blank=True)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Staff who recorded a reply given by phone or letter.",
    )
    membership = models.ForeignKey(
        "people.Membership", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["sent_at", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["run", "candidate"], name="one_offer_per_candidate_per_run"
            )
        ]

    def __str__(self) -> str:
        return f"Seat offer to {self.candidate}"
