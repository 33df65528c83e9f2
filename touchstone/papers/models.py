"""Papers sent round before a meeting, each group's notice for them, and the minutes.

Files are private: stored under a random name with Django's default storage and only
ever served by a view that checks the person has a role in the programme.
"""

import uuid
from pathlib import Path

from django.conf import settings
from django.db import models

DEFAULT_NOTICE_DAYS = 7


def private_name(instance, filename: str) -> str:
    """Store an upload under a random name, keeping only its type: names are not guessable."""
    return f"papers/{uuid.uuid4().hex}{Path(filename).suffix.lower()}"


class PaperNotice(models.Model):
    """How many days before a group's meetings papers must go round."""

    group = models.OneToOneField(
        "programmes.Group", on_delete=models.CASCADE, related_name="paper_notice"
    )
    days = models.PositiveSmallIntegerField(default=DEFAULT_NOTICE_DAYS)
    updated_at = models.DateTimeField(auto_now=True)

    def __str__(self) -> str:
        return f"Papers {self.days} days before meetings of {self.group}"


class Paper(models.Model):
    """One paper for a meeting: an uploaded file or text written here.

    The plain-language summary is worked out once, when the paper is added, so listing
    papers never reads files again.
    """

    meeting = models.ForeignKey("meetings.Meeting", on_delete=models.CASCADE, related_name="papers")
    title = models.CharField(max_length=200)
    text = models.TextField(blank=True)
    file = models.FileField(upload_to=private_name, blank=True, max_length=200)
    original_name = models.CharField(max_length=255, blank=True)
    size = models.PositiveIntegerField(default=0)
    deadline = models.DateTimeField(help_text="When papers were due, as it stood when added.")
    is_late = models.BooleanField(default=False)
    reading_age = models.FloatField(null=True, blank=True)
    findings = models.JSONField(default=dict, blank=True, help_text="Findings by severity.")
    check_note = models.CharField(max_length=300, blank=True, help_text="Why it was not checked.")
    added_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    added_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["meeting", "added_at", "id"]

    def __str__(self) -> str:
        return self.title

    @property
    def is_file(self) -> bool:
        return bool(self.file)


class MinutesStatus(models.TextChoices):
    DRAFTED = "drafted", "Draft"
    CIRCULATED = "circulated", "Sent to attendees"
    APPROVED = "approved", "Approved"


class Minutes(models.Model):
    """The record of one meeting: drafted, sent to those who attended, then approved."""

    meeting = models.OneToOneField(
        "meetings.Meeting", on_delete=models.CASCADE, related_name="minutes"
    )
    text = models.TextField()
    status = models.CharField(
        max_length=16, choices=MinutesStatus.choices, default=MinutesStatus.DRAFTED
    )
    circulated_at = models.DateTimeField(null=True, blank=True)
    approved_at = models.DateTimeField(null=True, blank=True)
    approved_at_meeting = models.ForeignKey(
        "meetings.Meeting", null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name_plural = "minutes"

    def __str__(self) -> str:
        return f"Minutes of {self.meeting}"

    @property
    def is_approved(self) -> bool:
        return self.status == MinutesStatus.APPROVED
