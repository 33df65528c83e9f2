"""The fixed vocabularies of insight runs."""

from django.db import models


class RunStatus(models.TextChoices):
    QUEUED = "queued", "Waiting to start"
    RUNNING = "running", "Running"
    FINISHED = "finished", "Finished"
    FAILED = "failed", "Stopped part-way"


class RunSource(models.TextChoices):
    FEEDBACK = "feedback", "The programme's feedback"
    CSV = "csv", "An uploaded CSV file"


class Sentiment(models.TextChoices):
    """Three levels, in the order the page shows them."""

    NEGATIVE = "negative", "Negative"
    NEUTRAL = "neutral", "Neutral or mixed"
    POSITIVE = "positive", "Positive"
    NONE = "", "No feeling found"
