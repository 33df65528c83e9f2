"""The work of a run, done in the background: redact, classify and store, chunk by chunk.

Each chunk of comments is stored with the run's count in one transaction, so the rows
kept are always a whole prefix of the work. A run that stops part-way can be started
again and carries on after the rows already stored; nothing is done twice.
"""

import logging
from collections.abc import Iterator
from itertools import batched

from django.core.files.storage import default_storage
from django.db import transaction
from django.utils import timezone

from touchstone.feedback.models import FeedbackItem

from . import adapters
from .choices import RunSource, RunStatus
from .csv_upload import Columns, Comment, CsvProblem, comments
from .models import InsightRow, InsightRun, ModelTraining, ThemeCorrection

CHUNK = 1_000
logger = logging.getLogger(__name__)


def model_for(programme) -> tuple[adapters.themes.Model, str]:
    """Return the model a run of this programme uses, and words saying which it is."""
    training = ModelTraining.objects.filter(programme=programme, status=RunStatus.FINISHED).first()
    if training is not None:
        model = adapters.programme_model(programme.pk)
        if model is not None:
            when = timezone.localtime(training.finished_at).strftime("%-d %B %Y")
            return model, f"{training.label[0].upper()}{training.label[1:]}, trained {when}"
    model = adapters.base_model()
    return model, f"The standard model ({model.framework.name})"


def feedback_comments(run: InsightRun) -> Iterator[tuple[int | None, Comment]]:
    """Yield the programme's feedback as it was when the run started, not yet stored."""
    stored = set(run.rows.exclude(item=None).values_list("item_id", flat=True))
    items = (
        FeedbackItem.objects.filter(programme=run.programme, created_at__lte=run.created_at)
        .select_related("event")
        .order_by("pk")
    )
    for item in items.iterator():
        if item.pk not in stored and item.text.strip():
            kind, source = item.get_giver_kind_display(), item.get_source_display()
            question = item.event.question if item.event else ""
            yield item.pk, Comment(item.text, item.received_on, kind, source, "", question)


def file_comments(run: InsightRun, skip: int) -> Iterator[tuple[int | None, Comment]]:
    """Yield the uploaded file's comments after the first `skip`, which are stored."""
    columns = Columns(
        run.text_column,
        run.date_column,
        run.kind_column,
        run.source_column,
        run.rating_column,
        run.question_column,
    )
    try:
        handle = default_storage.open(run.file_name, "rb")
    except (FileNotFoundError, ValueError):
        raise CsvProblem("The uploaded file is no longer kept: upload it again.") from None
    with handle:
        for index, comment in enumerate(comments(handle, run.encoding, columns, "The file", {})):
            if index >= skip:
                yield None, comment


def run_execute(run_id: int) -> InsightRun:
    """Do a queued run's work, or carry on with it after the rows already stored."""
    claimed = InsightRun.objects.filter(pk=run_id, status=RunStatus.QUEUED).update(
        status=RunStatus.RUNNING, error=""
    )
    run = InsightRun.objects.select_related("programme").get(pk=run_id)
    if not claimed:
        return run  # already running or done elsewhere: a repeated task does nothing
    done = run.rows.count()
    try:
        model, run.model_name = model_for(run.programme)
        classifier = adapters.Classifier(model, run.total)
        run.model_name = f"{run.model_name}, {classifier.reading}"
        run.themes_offered = classifier.names
        run.save(update_fields=["model_name", "themes_offered"])
        pending = (
            feedback_comments(run) if run.source == RunSource.FEEDBACK else file_comments(run, done)
        )
        for chunk in batched(pending, CHUNK):
            done = _store_chunk(run, chunk, done, classifier)
    except Exception as error:
        logger.exception("Insight run %s stopped after %s rows", run_id, done)
        return _stopped(run, done, error)
    if run.file_name:
        default_storage.delete(run.file_name)
    InsightRun.objects.filter(pk=run_id).update(
        status=RunStatus.FINISHED, done=done, file_name="", finished_at=timezone.now()
    )
    run.refresh_from_db()
    return run


def _store_chunk(run, chunk, done: int, classifier: adapters.Classifier) -> int:
    texts = [adapters.redacted(comment.text) for _, comment in chunk]
    findings = classifier.classify(
        texts, [comment.rating for _, comment in chunk], [comment.question for _, comment in chunk]
    )
    rows = [
        InsightRow(
            run=run,
            position=done + offset,
            item_id=item_id,
            text=text,
            received_on=comment.received_on,
            source=comment.source,
            kind=comment.kind,
            themes=finding.themes,
            sentiment=finding.sentiment,
        )
        for offset, ((item_id, comment), text, finding) in enumerate(
            zip(chunk, texts, findings, strict=True)
        )
    ]
    with transaction.atomic():
        InsightRow.objects.bulk_create(rows)
        InsightRun.objects.filter(pk=run.pk).update(done=done + len(rows))
    return done + len(rows)


def _stopped(run: InsightRun, done: int, error: Exception) -> InsightRun:
    if isinstance(error, (CsvProblem, adapters.ModelError)):
        reason = str(error)
    else:
        reason = f"Something went wrong after {done:,} comments ({type(error).__name__}: {error})."
    run.status, run.done = RunStatus.FAILED, done
    run.error = (
        f"{reason} The {done:,} comments already done are kept: choose Resume to carry on "
        "from where it stopped."
    )
    run.save(update_fields=["status", "done", "error"])
    return run


def retrain_execute(training_id: int) -> ModelTraining:
    """Train the programme's model on the NHS examples plus its corrections."""
    claimed = ModelTraining.objects.filter(pk=training_id, status=RunStatus.QUEUED).update(
        status=RunStatus.RUNNING
    )
    training = ModelTraining.objects.get(pk=training_id)
    if not claimed:
        return training
    latest: dict[str, list[str]] = {}
    for text, themes in (
        ThemeCorrection.objects.filter(programme=training.programme)
        .order_by("corrected_at", "pk")
        .values_list("text", "themes")
    ):
        latest[text] = themes  # a comment corrected twice counts once, as last corrected
    try:
        adapters.train_with_corrections(list(latest.items()), training.programme_id)
    except Exception as error:
        logger.exception("Training a model for programme %s failed", training.programme_id)
        training.status, training.error = (
            RunStatus.FAILED,
            f"The model could not be trained: {error}",
        )
    else:
        training.status, training.corrections = RunStatus.FINISHED, len(latest)
    training.finished_at = timezone.now()
    training.save()
    return training
