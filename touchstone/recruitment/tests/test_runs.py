"""Selection runs: the form, the background task, the stored result and bad input."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from touchstone.core.errors import ServiceError
from touchstone.core.tests.factories import GroupFactory
from touchstone.recruitment import runs
from touchstone.recruitment.choices import RunStatus
from touchstone.recruitment.models import SelectionRun

from .selection_helpers import make_pool, open_quotas, start_run

pytestmark = pytest.mark.django_db


@pytest.fixture
def group(programme):
    return GroupFactory(programme=programme, name="Frailty working group", min_lay_partners=4)


def run_now(django_capture_on_commit_callbacks, *args, **kwargs) -> SelectionRun:
    with django_capture_on_commit_callbacks(execute=True):
        run = start_run(*args, **kwargs)
    run.refresh_from_db()
    return run


def test_a_run_gives_probabilities_summing_to_k_and_a_panel_meeting_quotas(
    manager, programme, group, django_capture_on_commit_callbacks
):
    people = make_pool(programme, n=12)
    quotas = open_quotas(4, Woman=(2, 2), Man=(2, 2), **{"65 to 74": (2, 4)})
    run = run_now(django_capture_on_commit_callbacks, manager, programme, group, quotas=quotas)
    assert run.status == RunStatus.FINISHED
    assert sum(run.probabilities.values()) == pytest.approx(4)
    answers = {str(c.pk): c.demographics.answers for c in people}
    panel = [answers[i] for i in run.panel]
    assert len(panel) == 4
    assert sum(a["gender"] == "Woman" for a in panel) == 2
    assert sum(a["age_band"] == "65 to 74" for a in panel) >= 2
    assert len(run.reserves) == 8 and not set(run.reserves) & set(run.panel)
    assert run.engine_version == "leximin-1"


def test_the_same_seed_repeats_the_same_panel(
    manager, programme, group, django_capture_on_commit_callbacks
):
    make_pool(programme, n=15)
    first = run_now(django_capture_on_commit_callbacks, manager, programme, group, seed=2026)
    second = run_now(django_capture_on_commit_callbacks, manager, programme, group, seed=2026)
    assert first.panel == second.panel
    assert first.reserves == second.reserves


@pytest.mark.parametrize(
    ("k", "bounds", "message"),
    [
        (4, {"Woman": (3, 4), "Man": (3, 4)}, "The minimums for gender add up to 6"),
        (40, {}, "larger than the pool of 12"),
        (6, {"65 to 74": (5, 6)}, "minimum for age .65 to 74."),
    ],
)
def test_bad_input_is_refused_with_the_engines_message_and_nothing_stored(
    manager, programme, group, k, bounds, message
):
    make_pool(programme, n=12)
    with pytest.raises(ServiceError, match=message):
        start_run(manager, programme, group, k=k, quotas=open_quotas(k, **bounds))
    assert not SelectionRun.objects.exists()


def test_a_value_no_quota_names_is_refused(manager, programme, group):
    make_pool(programme, n=12)
    quotas = [q for q in open_quotas(4) if q["value"] != "Man"]
    with pytest.raises(ServiceError, match="which no quota names"):
        start_run(manager, programme, group, quotas=quotas)
    assert not SelectionRun.objects.exists()


def test_a_run_that_cannot_finish_is_marked_failed_with_the_reason(
    manager, programme, group, django_capture_on_commit_callbacks, monkeypatch
):
    make_pool(programme, n=8)

    def refuse(run, progress=None):
        raise ServiceError("The selection did not finish within the time limit.")

    monkeypatch.setattr(runs.adapters, "run_engine", refuse)
    run = run_now(django_capture_on_commit_callbacks, manager, programme, group)
    assert run.status == RunStatus.FAILED
    assert run.error == "The selection did not finish within the time limit."


@settings(max_examples=8, deadline=None)
@given(seed=st.integers(min_value=0, max_value=2**31 - 1))
def test_a_stored_run_repeats_exactly_from_its_seed(seed):
    pool = [
        {"id": str(i), "features": {"gender": ("Woman", "Man")[i % 2]}, "household": ""}
        for i in range(9)
    ]
    quotas = [
        {"feature": "gender", "value": "Woman", "minimum": 1, "maximum": 2},
        {"feature": "gender", "value": "Man", "minimum": 1, "maximum": 2},
    ]
    stored = SelectionRun(k=3, seed=seed, pool=pool, quotas=quotas, one_per_household=False)
    first = runs.adapters.run_engine(stored)
    again = runs.adapters.run_engine(stored)
    assert first.panel == again.panel
    assert sum(first.probabilities.values()) == pytest.approx(3)


def test_one_per_household_never_seats_two_people_from_one_address(
    manager, programme, group, django_capture_on_commit_callbacks
):
    people = make_pool(programme, n=6)
    for candidate in people[:2]:
        candidate.postal_address, candidate.postcode = "1 High Street", "HA0 1AA"
        candidate.save()
    run = run_now(
        django_capture_on_commit_callbacks, manager, programme, group, k=4, one_per_household=True
    )
    together = {str(people[0].pk), str(people[1].pk)}
    assert len(together & set(run.panel)) <= 1
    assert sum(run.probabilities[i] for i in together) <= 1 + 1e-6


def test_the_engines_progress_is_written_to_the_run(manager, programme, group):
    make_pool(programme, n=6)
    run = start_run(manager, programme, group, k=2)
    runs._progress_writer(run.pk)("Settled 3 of 5 levels")
    run.refresh_from_db()
    assert run.progress == "Settled 3 of 5 levels"
    runs._progress_writer(run.pk)(0.5)
    run.refresh_from_db()
    assert run.progress == "About 50% done."


def test_a_run_for_another_programmes_group_is_refused(manager, programme, other_programme):
    make_pool(programme, n=6)
    elsewhere = GroupFactory(programme=other_programme)
    with pytest.raises(ServiceError, match="Choose a group of this programme"):
        start_run(manager, programme, elsewhere, k=2)
    assert not SelectionRun.objects.exists()


def test_a_run_executes_only_once(manager, programme, group, django_capture_on_commit_callbacks):
    make_pool(programme, n=6)
    run = run_now(django_capture_on_commit_callbacks, manager, programme, group, k=2)
    finished_at = run.finished_at
    again = runs.selection_run_execute(run_id=run.pk)
    assert again.finished_at == finished_at and again.status == RunStatus.FINISHED
