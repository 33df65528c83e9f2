"""Selection runs: store the inputs, run the engine in the background, keep the result.

A run keeps everything needed to repeat it (pool snapshot, quotas, seed, engine
version), so anyone can check a draw later. Input the engine would refuse is refused
here, before anything is stored.
"""

import secrets
import time

from django.db import transaction
from django.utils import timezone

from touchstone.accounts import access
from touchstone.core import audit
from touchstone.core.errors import ServiceError
from touchstone.people.models import Membership, PersonKind
from touchstone.programmes.selectors import active_q, seated_q

from . import adapters, tasks
from .choices import RunStatus, Stage
from .models import Candidate, SelectionRun
from .pools import pool_build, snapshot_row

SEED_LIMIT = 2**31


def new_seed() -> int:
    """Return a random seed, shown on the form so a draw can be repeated."""
    return secrets.randbelow(SEED_LIMIT)


@transaction.atomic
def selection_run_create(
    *,
    actor,
    programme,
    group,
    k: int,
    features: list[str],
    quotas: list[dict],
    pool: list[dict],
    role_profile=None,
    seated: list[str] = (),
    one_per_household: bool = False,
    seed: int | None = None,
    is_top_up: bool = False,
) -> SelectionRun:
    """Store a run and queue it; refuse input the engine could not select from."""
    access.require(actor, "change", programme)
    if group.programme_id != programme.pk:
        raise ServiceError("Choose a group of this programme.", field="group")
    if role_profile is not None and role_profile.programme_id != programme.pk:
        raise ServiceError("Choose a role of this programme.", field="role_profile")
    if not features:
        raise ServiceError("Choose at least one thing to balance the panel on.", field="features")
    quotas = [q for q in quotas if q["feature"] in features]
    seated = [str(i) for i in seated]
    adapters.check(
        pool=pool, quotas=quotas, k=k, seated=seated, one_per_household=one_per_household
    )
    run = SelectionRun.objects.create(
        programme=programme,
        group=group,
        role_profile=role_profile,
        is_top_up=is_top_up,
        k=k,
        seed=new_seed() if seed is None else seed,
        features=list(features),
        quotas=quotas,
        pool=pool,
        seated=seated,
        one_per_household=one_per_household,
        engine_version=adapters.ENGINE_VERSION,
        progress="Waiting to start.",
        created_by=actor,
    )
    audit.record(
        actor=actor,
        action="selection_run.create",
        target=run,
        programme=programme,
        changes={"group": group.name, "k": k, "pool": len(pool), "seed": run.seed},
    )
    transaction.on_commit(lambda: tasks.execute_selection_run_task.enqueue(run_id=run.pk))
    return run


def _say(run_id: int, text: str) -> None:
    SelectionRun.objects.filter(pk=run_id).update(progress=text[:200])


def _progress_writer(run_id: int):
    """Return a callback that shows the engine's progress on the run page."""

    def report(*args, **kwargs) -> None:
        words = [str(a) for a in (*args, *kwargs.values()) if isinstance(a, str)]
        numbers = [a for a in args if isinstance(a, (int, float)) and not isinstance(a, bool)]
        if words:
            _say(run_id, " ".join(words))
        elif numbers and 0 <= numbers[0] <= 1:
            _say(run_id, f"About {round(numbers[0] * 100)}% done.")

    return report


def selection_run_execute(*, run_id: int) -> SelectionRun:
    """Run the engine for a queued run and store the result, or why it failed."""
    updated = SelectionRun.objects.filter(pk=run_id, status=RunStatus.QUEUED).update(
        status=RunStatus.RUNNING, progress="Finding the fairest way to choose."
    )
    run = SelectionRun.objects.get(pk=run_id)
    if not updated:
        return run  # already run, or running elsewhere: a retried task does nothing
    started = time.monotonic()
    try:
        selection = adapters.run_engine(run, progress=_progress_writer(run_id))
    except ServiceError as error:
        run.status, run.error, run.progress = RunStatus.FAILED, error.message, "Stopped."
    else:
        run.probabilities = dict(selection.probabilities)
        run.panel = list(selection.panel)
        run.reserves = list(selection.reserves)
        run.lottery = adapters.lottery_record(selection)
        run.status, run.progress = RunStatus.FINISHED, "Finished."
    run.seconds = round(time.monotonic() - started, 3)
    run.finished_at = timezone.now()
    run.save()
    return run


def latest_finished_run(group) -> SelectionRun | None:
    """Return the group's most recent finished run, whose reserves a top-up draws on."""
    return SelectionRun.objects.filter(group=group, status=RunStatus.FINISHED).first()


def seated_candidates(group) -> list[Candidate]:
    """Return one candidacy for each lay partner now seated in the group via recruitment."""
    seats = Membership.objects.filter(
        active_q(), seated_q(), group=group, person__kind=PersonKind.LAY_PARTNER
    )
    candidates = Candidate.objects.filter(
        programme=group.programme, person__in=seats.values("person")
    ).select_related("demographics")
    by_person = {}
    for candidate in candidates.order_by("pk"):
        by_person[candidate.person_id] = candidate  # the latest candidacy wins
    return list(by_person.values())


def _answers(candidate, known: dict) -> dict:
    row = known.get(str(candidate.pk))
    if row:
        return row["features"]
    demographics = getattr(candidate, "demographics", None)
    return demographics.answers if demographics else {}


def top_up_pool(group):
    """Return the earlier run, the top-up pool, the seated ids, and how many sit unbalanced.

    Seated members keep their seats; the reserves of the group's latest finished run who
    are still in the pool compete for the places left. Answers come from the earlier
    run's snapshot where it has them, so a top-up balances on the answers first used.
    """
    previous = latest_finished_run(group)
    if previous is None:
        raise ServiceError(
            f"{group.name} has had no finished selection to take reserves from. "
            "Start a new selection instead."
        )
    known = {row["id"]: row for row in previous.pool}
    rows, seated_ids, unanswered = [], [], 0
    for candidate in seated_candidates(group):
        answers = _answers(candidate, known)
        if all(answers.get(f) for f in previous.features):
            rows.append(snapshot_row(candidate, answers, previous.features))
            seated_ids.append(str(candidate.pk))
        else:
            unanswered += 1
    reserve_ids = [int(i) for i in previous.reserves]
    reserves = Candidate.objects.filter(pk__in=reserve_ids, stage=Stage.IN_POOL)
    pool = pool_build(reserves.order_by("pk"), previous.features, extra_rows=rows)
    return previous, pool, seated_ids, unanswered


def top_up_create(
    *, actor, group, places: int, quotas: list[dict], seed: int | None = None
) -> SelectionRun:
    """Start a top-up: keep everyone seated and fill `places` from the reserves."""
    access.require(actor, "change", group.programme)
    if places < 1:
        raise ServiceError("Enter how many places to fill: 1 or more.", field="places")
    previous, pool, seated, _ = top_up_pool(group)
    return selection_run_create(
        actor=actor,
        programme=group.programme,
        group=group,
        role_profile=previous.role_profile,
        k=len(seated) + places,
        features=previous.features,
        quotas=quotas,
        pool=pool.rows,
        seated=seated,
        one_per_household=previous.one_per_household,
        seed=seed,
        is_top_up=True,
    )
