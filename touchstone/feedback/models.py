"""Feedback, the decisions it informs, the actions that follow, and design documents.

The chain "you said, we did" is built from links between these: a decision names the
feedback and the lay partners that informed it; an action serves a decision; a document
version names the feedback that changed it.
"""

import secrets

from django.conf import settings
from django.db import models
from django.urls import reverse

from .choices import (
    ActionStatus,
    DecisionStatus,
    FeedbackStatus,
    GiverKind,
    Outcome,
    Source,
    Visibility,
)

# Letters and digits nobody confuses when reading a link aloud or off a poster.
CODE_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"
CODE_LENGTH = 6
TEXT_LIMIT = 2000


def new_code() -> str:
    """Return a short random code for an event's link, like 'k7m2qp'."""
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


class Theme(models.Model):
    """A tag a programme puts on feedback, so it can be grouped on 'you said, we did'."""

    programme = models.ForeignKey(
        "programmes.Programme", on_delete=models.CASCADE, related_name="feedback_themes"
    )
    name = models.CharField(max_length=100)

    class Meta:
        ordering = ["name", "id"]
        constraints = [
            models.UniqueConstraint(fields=["programme", "name"], name="theme_name_once")
        ]

    def __str__(self) -> str:
        return self.name


class FeedbackEvent(models.Model):
    """Somewhere feedback is gathered: a session or event, with its own short link."""

    programme = models.ForeignKey(
        "programmes.Programme", on_delete=models.CASCADE, related_name="feedback_events"
    )
    title = models.CharField(max_length=200)
    held_on = models.DateField()
    source = models.CharField(max_length=32, choices=Source.choices)
    group = models.ForeignKey(
        "programmes.Group", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    meeting = models.ForeignKey(
        "meetings.Meeting", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    question = models.CharField(
        max_length=300,
        help_text="What you are asking people, shown at the top of the form.",
    )
    code = models.CharField(max_length=16, unique=True, default=new_code, editable=False)
    is_open = models.BooleanField(default=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-held_on", "-id"]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("feedback:event_detail", args=[self.programme.slug, self.pk])

    def public_path(self) -> str:
        return reverse("give:form", args=[self.code])


class FeedbackItem(models.Model):
    """One thing someone said, however it reached us, and what we did about it."""

    programme = models.ForeignKey(
        "programmes.Programme", on_delete=models.CASCADE, related_name="feedback_items"
    )
    event = models.ForeignKey(
        FeedbackEvent, null=True, blank=True, on_delete=models.PROTECT, related_name="items"
    )
    group = models.ForeignKey(
        "programmes.Group", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    text = models.TextField(max_length=TEXT_LIMIT)
    source = models.CharField(max_length=32, choices=Source.choices)
    received_on = models.DateField()
    giver = models.ForeignKey(
        "people.Person", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    giver_kind = models.CharField(max_length=16, choices=GiverKind.choices)
    # Left by people who want to hear back: used for that and nothing else.
    contact_name = models.CharField(max_length=200, blank=True)
    contact_email = models.EmailField(blank=True)
    wants_reply = models.BooleanField(default=False)
    themes = models.ManyToManyField(Theme, blank=True, related_name="items")
    status = models.CharField(
        max_length=16, choices=FeedbackStatus.choices, default=FeedbackStatus.NEW
    )
    visibility = models.CharField(
        max_length=16, choices=Visibility.choices, default=Visibility.INTERNAL
    )
    outcome = models.CharField(max_length=16, choices=Outcome.choices, blank=True)
    response = models.TextField(blank=True, help_text="What we did, or why it could not change.")
    responded_at = models.DateTimeField(null=True, blank=True)
    reply_sent_at = models.DateTimeField(null=True, blank=True)
    entered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    submission_key = models.CharField(max_length=64, blank=True)
    # The same words from the same browser to the same event: a resend after going back,
    # which carries a fresh form key. Hashed, so it says nothing about the sender.
    fingerprint = models.CharField(max_length=64, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-received_on", "-id"]
        constraints = [
            models.UniqueConstraint(
                fields=["programme", "submission_key"],
                condition=~models.Q(submission_key=""),
                name="feedback_submission_once",
            ),
            models.UniqueConstraint(
                fields=["programme", "fingerprint"],
                condition=~models.Q(fingerprint=""),
                name="feedback_words_once_per_browser",
            ),
        ]
        indexes = [models.Index(fields=["programme", "status"])]

    def __str__(self) -> str:
        return self.text[:60]

    def get_absolute_url(self) -> str:
        return reverse("feedback:item_detail", args=[self.programme.slug, self.pk])


class Decision(models.Model):
    """What a group decided and why, and the feedback and lay partners that informed it."""

    programme = models.ForeignKey(
        "programmes.Programme", on_delete=models.CASCADE, related_name="decisions"
    )
    group = models.ForeignKey("programmes.Group", on_delete=models.PROTECT, related_name="+")
    meeting = models.ForeignKey(
        "meetings.Meeting", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    title = models.CharField(max_length=200)
    decided = models.TextField(help_text="What was decided, and why.")
    options = models.TextField(blank=True, help_text="The options considered.")
    dissent = models.TextField(blank=True, help_text="Who disagreed, and why.")
    status = models.CharField(
        max_length=16, choices=DecisionStatus.choices, default=DecisionStatus.PROPOSED
    )
    decided_on = models.DateField()
    superseded_by = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="supersedes"
    )
    feedback = models.ManyToManyField(FeedbackItem, blank=True, related_name="decisions")
    lay_contributors = models.ManyToManyField("people.Person", blank=True, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-decided_on", "-id"]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("feedback:decision_detail", args=[self.programme.slug, self.pk])


class Action(models.Model):
    """Something someone must do because of a decision, by a date."""

    programme = models.ForeignKey(
        "programmes.Programme", on_delete=models.CASCADE, related_name="actions"
    )
    decision = models.ForeignKey(Decision, on_delete=models.PROTECT, related_name="actions")
    description = models.CharField(max_length=300)
    owner = models.ForeignKey("people.Person", on_delete=models.PROTECT, related_name="+")
    due_on = models.DateField()
    status = models.CharField(
        max_length=16, choices=ActionStatus.choices, default=ActionStatus.OPEN
    )
    completed_on = models.DateField(null=True, blank=True)
    # When each reminder went, so a rerun of the reminder job never sends it twice.
    reminded_before_on = models.DateField(null=True, blank=True)
    reminded_after_on = models.DateField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["due_on", "id"]
        indexes = [models.Index(fields=["programme", "status", "due_on"])]

    def __str__(self) -> str:
        return self.description


class DesignDocument(models.Model):
    """A document the programme designs together, such as the draft model of care."""

    programme = models.ForeignKey(
        "programmes.Programme", on_delete=models.CASCADE, related_name="design_documents"
    )
    group = models.ForeignKey(
        "programmes.Group", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    title = models.CharField(max_length=200)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["title", "id"]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("feedback:document_detail", args=[self.programme.slug, self.pk])


class DocumentVersion(models.Model):
    """One version of a design document, and the feedback that changed it."""

    document = models.ForeignKey(DesignDocument, on_delete=models.CASCADE, related_name="versions")
    number = models.PositiveIntegerField()
    summary = models.TextField(help_text="What changed in this version.")
    link = models.URLField(max_length=500, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-number"]
        constraints = [
            models.UniqueConstraint(fields=["document", "number"], name="version_number_once")
        ]

    def __str__(self) -> str:
        return f"{self.document} version {self.number}"


class VersionChange(models.Model):
    """How one piece of feedback changed one version of a document."""

    version = models.ForeignKey(DocumentVersion, on_delete=models.CASCADE, related_name="changes")
    item = models.ForeignKey(FeedbackItem, on_delete=models.PROTECT, related_name="version_changes")
    how = models.CharField(max_length=500)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["version", "item"], name="version_item_once")
        ]

    def __str__(self) -> str:
        return self.how


class ResultsPage(models.Model):
    """Whether a programme's 'you said, we did' page is open to the public, and its opening."""

    programme = models.OneToOneField(
        "programmes.Programme", on_delete=models.CASCADE, related_name="results_page"
    )
    is_published = models.BooleanField(default=False)
    introduction = models.TextField(blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    def __str__(self) -> str:
        return f"You said, we did: {self.programme}"
