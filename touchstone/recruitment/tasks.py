"""Background work for recruitment: selection runs can take a while, so no page waits."""

from django.tasks import task

from . import runs


@task
def execute_selection_run_task(run_id: int) -> str:
    """Run the selection engine for one stored run; the run page shows how it went."""
    return runs.selection_run_execute(run_id=run_id).status
