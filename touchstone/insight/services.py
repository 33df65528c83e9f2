"""Starting and resuming runs, correcting a comment's themes, retraining: each audited.

Checks come first and nothing is stored when one fails; an uploaded file is kept only
once it has been read through and found usable, under a random name, and is deleted
when its run finishes.
"""

import secrets

from django.core.files.storage import default_storage
from django.db import transaction
from django.db.models import Q

from touchstone.accounts import access
from touchstone.core import audit
from touchstone.core.errors import ServiceError
from touchstone.feedback.models import FeedbackItem

from . import tasks
from .choices import RunSource, RunStatus
from .csv_upload import Columns, CsvProblem, check
from .models import InsightRun, ModelTraining, ThemeCorrection

MANAGE = "manage_feedback"


def _queue(run: InsightRun) -> None:
    transaction.on_commit(lambda: tasks.insight_run_task.enqueue(run_id=run.pk))


@transaction.atomic
def run_start_feedback(*, actor, programme) -> InsightRun:
    """Start a run over the programme's feedback as it stands now."""
    access.require(actor, MANAGE, programme)
    total = FeedbackItem.objects.filter(programme=programme).exclude(text__regex=r"^\s*$").count()
    if not total:
        raise ServiceError("There is no feedback to look at yet.")
    run = InsightRun.objects.create(
        programme=programme, source=RunSource.FEEDBACK, total=total, created_by=actor
    )
    audit.record(
        actor=actor,
        action="insight_run.start",
        target=run,
        programme=programme,
        changes={"source": [None, "feedback"], "comments": [None, total]},
    )
    _queue(run)
    return run


def run_start_csv(*, actor, programme, upload, columns: Columns) -> InsightRun:
    """Check the whole file, then keep it privately and start a run over its comments."""
    access.require(actor, MANAGE, programme)
    name = (upload.name or "the file").rsplit("/", 1)[-1][:255]
    try:
        checked = check(upload.file, columns, name, upload.size)
    except CsvProblem as problem:
        raise ServiceError(str(problem), field="file") from None
    stored = default_storage.save(f"insight/{secrets.token_hex(16)}.csv", upload)
    try:
        with transaction.atomic():
            run = InsightRun.objects.create(
                programme=programme,
                source=RunSource.CSV,
                total=checked.comments,
                skipped_blank=checked.skipped_blank,
                file_name=stored,
                original_name=name,
                encoding=checked.encoding,
                text_column=columns.text,
                date_column=columns.date,
                kind_column=columns.kind,
                source_column=columns.source,
                rating_column=columns.rating,
                question_column=columns.question,
                created_by=actor,
            )
            audit.record(
                actor=actor,
                action="insight_run.start",
                target=run,
                programme=programme,
                changes={"source": [None, name], "comments": [None, checked.comments]},
            )
            _queue(run)
    except Exception:
        default_storage.delete(stored)  # no file left behind when nothing was saved
        raise
    return run


@transaction.atomic
def run_resume(*, actor, run: InsightRun) -> InsightRun:
    """Queue a stopped run again; it carries on after the rows already stored."""
    access.require(actor, MANAGE, run.programme)
    if run.status != RunStatus.FAILED:
        raise ServiceError("Only a run that stopped part-way can be resumed.")
    run.status = RunStatus.QUEUED
    run.save(update_fields=["status"])
    audit.record(
        actor=actor,
        action="insight_run.resume",
        target=run,
        programme=run.programme,
        changes={"done": [None, run.done]},
    )
    _queue(run)
    return run


@transaction.atomic
def themes_correct(*, actor, row, themes: list[str]) -> ThemeCorrection:
    """Keep someone's corrected themes for a comment, and show them on the row."""
    run = row.run
    access.require(actor, MANAGE, run.programme)
    unknown = [name for name in themes if name not in run.themes_offered]
    if unknown:
        raise ServiceError(f"Choose themes from the list: {', '.join(unknown)} is not one.")
    before = list(row.themes)
    row.themes, row.corrected = list(themes), True
    row.save(update_fields=["themes", "corrected"])
    correction = ThemeCorrection.objects.create(
        programme=run.programme, row=row, text=row.text, themes=list(themes), corrected_by=actor
    )
    audit.record(
        actor=actor,
        action="insight.correct",
        target=correction,
        programme=run.programme,
        changes={"themes": [before, list(themes)]},
    )
    return correction


@transaction.atomic
def retrain_start(*, actor, programme) -> ModelTraining:
    """Start training the programme's model with the corrections made so far."""
    access.require(actor, MANAGE, programme)
    corrections = ThemeCorrection.objects.filter(programme=programme)
    if not corrections.exists():
        raise ServiceError("Correct the themes of at least one comment before retraining.")
    working = Q(status=RunStatus.QUEUED) | Q(status=RunStatus.RUNNING)
    if ModelTraining.objects.filter(working, programme=programme).exists():
        raise ServiceError("A model is already being trained: wait for it to finish.")
    training = ModelTraining.objects.create(
        programme=programme,
        corrections=corrections.values("text").distinct().count(),
        created_by=actor,
    )
    audit.record(
        actor=actor,
        action="insight_model.retrain",
        target=training,
        programme=programme,
        changes={"corrections": [None, training.corrections]},
    )
    transaction.on_commit(lambda: tasks.retrain_task.enqueue(training_id=training.pk))
    return training
