"""Background work for insight, on Django's tasks framework.

Nothing here names a backend: with the Redis/RQ backend configured in TASKS, runs and
trainings spread over as many worker machines as are started, with no code changes.
A run claims itself before working (queued to running in one update), so a task
delivered twice does the work once; the tests run tasks at once (ImmediateBackend).
"""

from django.tasks import task

from . import processing


@task
def insight_run_task(run_id: int) -> str:
    """Redact, classify and store one run's comments; the run page shows progress."""
    return processing.run_execute(run_id).status


@task
def retrain_task(training_id: int) -> str:
    """Train a programme's model with its corrections; later runs then use it."""
    return processing.retrain_execute(training_id).status
