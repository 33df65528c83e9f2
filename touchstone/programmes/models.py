"""Programmes, the population groups they serve, and the governance groups that run them."""

from django.db import models
from django.urls import reverse


class Programme(models.Model):
    """A piece of co-production work: a system of care designed with the people it serves."""

    slug = models.SlugField(max_length=80, unique=True)
    name = models.CharField(max_length=200)
    area = models.CharField(max_length=200, help_text="The place it covers.")
    purpose = models.TextField()
    starts_on = models.DateField()
    ends_on = models.DateField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("programmes:overview", args=[self.slug])


class PopulationGroup(models.Model):
    """People with broadly similar needs whom the programme is designed around."""

    programme = models.ForeignKey(
        Programme, on_delete=models.CASCADE, related_name="population_groups"
    )
    name = models.CharField(max_length=200)
    shared_needs = models.TextField(blank=True)
    position = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["position", "id"]

    def __str__(self) -> str:
        return self.name


class DesignModule(models.Model):
    """An area of the design with its own working group (population and outcomes, ...)."""

    programme = models.ForeignKey(Programme, on_delete=models.CASCADE, related_name="modules")
    name = models.CharField(max_length=200)
    position = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["position", "id"]

    def __str__(self) -> str:
        return self.name


class DesignStep(models.Model):
    """One step of the co-design process, in order."""

    programme = models.ForeignKey(Programme, on_delete=models.CASCADE, related_name="steps")
    name = models.CharField(max_length=200)
    position = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["position", "id"]

    def __str__(self) -> str:
        return self.name


class GroupKind(models.TextChoices):
    CORE_DESIGN_TEAM = "core_design_team", "Core design team"
    WORKING_GROUP = "working_group", "Working group"
    LAY_ADVISORY_GROUP = "lay_advisory_group", "Lay partners advisory group"
    LAY_FORUM = "lay_forum", "Lay partners forum"
    OVERSIGHT_GROUP = "oversight_group", "Oversight group"
    OTHER = "other", "Other group"


class Cadence(models.TextChoices):
    WEEKLY = "weekly", "Weekly"
    FORTNIGHTLY = "fortnightly", "Fortnightly"
    MONTHLY = "monthly", "Monthly"
    QUARTERLY = "quarterly", "Quarterly"
    AS_NEEDED = "as_needed", "When needed"


class Group(models.Model):
    """A governance group: who decides, who advises, and where lay partners sit."""

    programme = models.ForeignKey(Programme, on_delete=models.CASCADE, related_name="groups")
    name = models.CharField(max_length=200)
    kind = models.CharField(max_length=32, choices=GroupKind.choices)
    parent = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.PROTECT, related_name="children"
    )
    module = models.ForeignKey(
        DesignModule, null=True, blank=True, on_delete=models.PROTECT, related_name="groups"
    )
    purpose = models.TextField(blank=True, help_text="Purpose and terms of reference.")
    cadence = models.CharField(max_length=16, choices=Cadence.choices, default=Cadence.MONTHLY)
    min_members = models.PositiveIntegerField(null=True, blank=True)
    max_members = models.PositiveIntegerField(null=True, blank=True)
    min_lay_partners = models.PositiveIntegerField(default=0)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["programme", "kind", "name"]
        constraints = [
            models.UniqueConstraint(fields=["programme", "name"], name="group_name_unique"),
        ]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("programmes:group_detail", args=[self.programme.slug, self.pk])
