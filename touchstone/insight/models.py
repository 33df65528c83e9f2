"""Insight runs over feedback: the redacted rows, their themes and feeling, and corrections.

Only redacted text is ever stored here: personal data is taken out before a comment is
classified, so a quote on an insight page can be shown to anyone in the programme.
"""

from django.conf import settings
from django.db import models
from django.urls import reverse

from .choices import RunSource, RunStatus, Sentiment


class InsightRun(models.Model):
    """One look at a body of feedback: where it came from, how far it got, which model."""

    programme = models.ForeignKey(
        "programmes.Programme", on_delete=models.CASCADE, related_name="insight_runs"
    )
    source = models.CharField(max_length=16, choices=RunSource.choices)
    status = models.CharField(max_length=16, choices=RunStatus.choices, default=RunStatus.QUEUED)
    total = models.PositiveIntegerField(default=0)
    done = models.PositiveIntegerField(default=0)
    skipped_blank = models.PositiveIntegerField(default=0)
    # The uploaded file, kept privately under a random name until the run finishes.
    file_name = models.CharField(max_length=200, blank=True)
    original_name = models.CharField(max_length=255, blank=True)
    encoding = models.CharField(max_length=16, blank=True)
    text_column = models.CharField(max_length=200, blank=True)
    date_column = models.CharField(max_length=200, blank=True)
    kind_column = models.CharField(max_length=200, blank=True)
    source_column = models.CharField(max_length=200, blank=True)
    rating_column = models.CharField(max_length=200, blank=True)
    question_column = models.CharField(max_length=200, blank=True)
    model_name = models.CharField(max_length=300, blank=True)
    themes_offered = models.JSONField(default=list, blank=True)
    error = models.TextField(blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("insight:run_detail", args=[self.programme.slug, self.pk])

    @property
    def title(self) -> str:
        if self.source == RunSource.CSV:
            return f"Comments from {self.original_name}"
        return "The programme's feedback"

    @property
    def is_working(self) -> bool:
        return self.status in (RunStatus.QUEUED, RunStatus.RUNNING)


class InsightRow(models.Model):
    """One comment, redacted, with the themes and feeling the model found in it."""

    run = models.ForeignKey(InsightRun, on_delete=models.CASCADE, related_name="rows")
    position = models.PositiveIntegerField()
    item = models.ForeignKey(
        "feedback.FeedbackItem", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    text = models.TextField()
    received_on = models.DateField(null=True, blank=True)
    source = models.CharField(max_length=100, blank=True)
    kind = models.CharField(max_length=100, blank=True)
    themes = models.JSONField(default=list)
    sentiment = models.CharField(max_length=16, choices=Sentiment.choices, blank=True)
    corrected = models.BooleanField(default=False)

    class Meta:
        ordering = ["position"]
        constraints = [models.UniqueConstraint(fields=["run", "position"], name="insight_row_once")]

    def __str__(self) -> str:
        return self.text[:60]


class ThemeCorrection(models.Model):
    """Someone's better set of themes for a redacted comment, kept to retrain the model."""

    programme = models.ForeignKey(
        "programmes.Programme", on_delete=models.CASCADE, related_name="theme_corrections"
    )
    row = models.ForeignKey(
        InsightRow, null=True, blank=True, on_delete=models.SET_NULL, related_name="corrections"
    )
    text = models.TextField()
    themes = models.JSONField(default=list)
    corrected_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    corrected_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-corrected_at", "-id"]

    def __str__(self) -> str:
        return self.text[:60]


class ModelTraining(models.Model):
    """Training a programme's own model: the NHS examples plus the corrections so far."""

    programme = models.ForeignKey(
        "programmes.Programme", on_delete=models.CASCADE, related_name="insight_trainings"
    )
    status = models.CharField(max_length=16, choices=RunStatus.choices, default=RunStatus.QUEUED)
    corrections = models.PositiveIntegerField(default=0)
    error = models.TextField(blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return f"Model with {self.corrections} corrections"

    @property
    def label(self) -> str:
        plural = "" if self.corrections == 1 else "s"
        return (
            f"this programme's model (the NHS framework plus {self.corrections} correction{plural})"
        )
