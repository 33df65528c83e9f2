"""Organisations, people, and their memberships of governance groups."""

from django.conf import settings
from django.db import models
from django.urls import reverse

from .categories import StakeholderCategory


class Organisation(models.Model):
    """An organisation that can take part: a GP practice, a council, a carers group, ..."""

    name = models.CharField(max_length=200, unique=True)
    category = models.CharField(max_length=32, choices=StakeholderCategory.choices)
    website = models.URLField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class EngagementStatus(models.TextChoices):
    IDENTIFIED = "identified", "Identified"
    CONTACTED = "contacted", "Contacted"
    ENGAGED = "engaged", "Engaged"
    DECLINED = "declined", "Declined"


class Engagement(models.Model):
    """How far a programme has got in engaging one organisation."""

    programme = models.ForeignKey(
        "programmes.Programme", on_delete=models.CASCADE, related_name="engagements"
    )
    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="engagements"
    )
    status = models.CharField(
        max_length=16, choices=EngagementStatus.choices, default=EngagementStatus.IDENTIFIED
    )
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["programme", "organisation"], name="one_engagement_per_organisation"
            )
        ]

    def __str__(self) -> str:
        return f"{self.organisation} ({self.get_status_display()})"


class PersonKind(models.TextChoices):
    LAY_PARTNER = "lay_partner", "Lay partner"
    CLINICIAN = "clinician", "Clinician"
    CARE_PROFESSIONAL = "care_professional", "Care professional"
    COMMISSIONER = "commissioner", "Commissioner"
    PROVIDER_MANAGER = "provider_manager", "Provider manager"
    VOLUNTARY_SECTOR = "voluntary_sector", "Voluntary and community sector"
    PROGRAMME_MANAGER = "programme_manager", "Programme manager"
    ENGAGEMENT_SPECIALIST = "engagement_specialist", "Engagement specialist"


class ContactMethod(models.TextChoices):
    EMAIL = "email", "Email"
    PHONE = "phone", "Phone"
    POST = "post", "Post"


class Person(models.Model):
    """Someone taking part in one or more programmes, with or without an account."""

    full_name = models.CharField(max_length=200)
    kind = models.CharField(max_length=32, choices=PersonKind.choices)
    patient_experience = models.BooleanField(
        default=False, help_text="Has lived experience as a patient or service user."
    )
    carer_experience = models.BooleanField(
        default=False, help_text="Has lived experience as a carer."
    )
    organisation = models.ForeignKey(
        Organisation, null=True, blank=True, on_delete=models.SET_NULL, related_name="people"
    )
    email = models.EmailField(blank=True)
    phone = models.CharField(max_length=32, blank=True)
    postal_address = models.TextField(blank=True)
    preferred_contact = models.CharField(
        max_length=8, choices=ContactMethod.choices, default=ContactMethod.EMAIL
    )
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="person",
    )
    programmes = models.ManyToManyField(
        "programmes.Programme",
        related_name="people",
        blank=True,
        help_text="The programmes whose register this person is on.",
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["full_name", "id"]
        verbose_name_plural = "people"

    def __str__(self) -> str:
        return self.full_name

    @property
    def is_lay(self) -> bool:
        return self.kind == PersonKind.LAY_PARTNER


class MembershipRole(models.TextChoices):
    MEMBER = "member", "Member"
    CHAIR = "chair", "Chair"
    CO_CHAIR = "co_chair", "Co-chair"
    PROGRAMME_MANAGER = "programme_manager", "Programme manager"
    OBSERVER = "observer", "Observer"


SEATED_ROLES = (MembershipRole.MEMBER, MembershipRole.CHAIR, MembershipRole.CO_CHAIR)


class Membership(models.Model):
    """A person's seat in a group. Ending it keeps the row, so history is never lost."""

    person = models.ForeignKey(Person, on_delete=models.PROTECT, related_name="memberships")
    group = models.ForeignKey(
        "programmes.Group", on_delete=models.PROTECT, related_name="memberships"
    )
    role = models.CharField(
        max_length=32, choices=MembershipRole.choices, default=MembershipRole.MEMBER
    )
    started_on = models.DateField()
    ended_on = models.DateField(null=True, blank=True)
    end_reason = models.CharField(max_length=300, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["group", "started_on", "id"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(ended_on__isnull=True)
                | models.Q(ended_on__gte=models.F("started_on")),
                name="membership_ends_after_it_starts",
            ),
            models.UniqueConstraint(
                fields=["person", "group"],
                condition=models.Q(ended_on__isnull=True),
                name="one_open_membership_per_group",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.person} in {self.group} ({self.get_role_display()})"

    def get_absolute_url(self) -> str:
        return reverse("programmes:group_detail", args=[self.group.programme.slug, self.group_id])
