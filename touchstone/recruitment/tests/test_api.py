"""The recruitment API, as a script or a finance system would use it."""

import pytest

from touchstone.core.models import AuditEntry
from touchstone.core.tests import factories
from touchstone.core.tests.api_client import client_as
from touchstone.recruitment.models import Candidate, SelectionRun

from .factories import CandidateFactory, DemographicsFactory, RoleProfileFactory
from .selection_helpers import FEATURES, make_pool, open_quotas


@pytest.fixture
def group(programme):
    return factories.GroupFactory(programme=programme, name="Lay partners advisory group")


@pytest.fixture
def role(programme, group):
    return RoleProfileFactory(programme=programme, group=group)


def api(user, programme):
    return client_as(user, f"/api/v1/programmes/{programme.slug}")


def test_a_manager_creates_a_role_profile(manager, programme, group):
    response = api(manager, programme).post(
        "/role-profiles",
        {
            "group": group.pk,
            "title": "Advisory group lay partner",
            "involves": "Advising the core team on every design step.",
            "hours_per_month": 6,
            "meetings": "One 2-hour meeting a fortnight",
            "payment": "paid",
            "qualities": ["listening", "lived_carer"],
        },
    )
    assert response.status_code == 201, response.content
    assert response.json()["qualities"] == ["lived_carer", "listening"]
    assert AuditEntry.objects.filter(programme=programme).exists()


def test_a_role_in_another_programmes_group_is_not_found(manager, programme, other_programme):
    elsewhere = factories.GroupFactory(programme=other_programme)
    response = api(manager, programme).post(
        "/role-profiles",
        {
            "group": elsewhere.pk,
            "title": "x",
            "involves": "x",
            "hours_per_month": 1,
            "meetings": "x",
            "payment": "paid",
        },
    )
    assert response.status_code == 404


def test_staff_enter_a_phone_application_and_move_it_on(manager, programme, role):
    client = api(manager, programme)
    response = client.post(
        "/candidates",
        {
            "role_profile": role.pk,
            "route": "applied",
            "full_name": "Edna Lewis",
            "phone": "0117 496 0123",
            "preferred_contact": "phone",
        },
    )
    assert response.status_code == 201, response.content
    candidate = response.json()
    assert candidate["stage"] == "applied" and candidate["phone"] == "0117 496 0123"
    moved = client.post(f"/candidates/{candidate['id']}/stage", {"stage": "in_pool"})
    assert moved.json()["stage"] == "in_pool"
    refused = client.post(f"/candidates/{candidate['id']}/stage", {"stage": "active"})
    assert refused.status_code == 400
    assert Candidate.objects.get(pk=candidate["id"]).stage == "in_pool"


def test_withdrawing_without_a_reason_changes_nothing(manager, programme, role):
    candidate = CandidateFactory(programme=programme, role_profile=role)
    response = api(manager, programme).post(
        f"/candidates/{candidate.pk}/stage", {"stage": "withdrawn"}
    )
    assert response.status_code == 400
    assert "why they withdrew" in response.json()["detail"]
    candidate.refresh_from_db()
    assert candidate.stage == "in_pool"


def test_answers_reach_managers_only(manager, programme, role):
    core = factories.UserFactory(email="core@example.org")
    factories.RoleFactory(user=core, programme=programme, role="core_team_member")
    candidate = CandidateFactory(programme=programme, role_profile=role)
    DemographicsFactory(candidate=candidate, answers={"age_band": "75 or over"})
    as_manager = api(manager, programme).get("/candidates").json()
    as_core = api(core, programme).get("/candidates").json()
    assert as_manager[0]["demographics"] == {"age_band": "75 or over"}
    assert as_core[0]["demographics"] is None and as_core[0]["email"] is None
    assert "75 or over" not in api(core, programme).get("/candidates").content.decode()


def test_group_members_cannot_list_candidates(member, programme, role):
    CandidateFactory(programme=programme, role_profile=role)
    assert api(member, programme).get("/candidates").status_code == 403


def test_outsiders_get_not_found(outsider, programme):
    assert api(outsider, programme).get("/role-profiles").status_code == 404


def test_a_selection_run_over_the_pool_gives_everyone_a_chance(
    manager, programme, group, django_capture_on_commit_callbacks
):
    make_pool(programme, n=12)
    client = api(manager, programme)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            "/selection-runs",
            {"group": group.pk, "k": 4, "features": FEATURES, "quotas": open_quotas(4), "seed": 11},
        )
    assert response.status_code == 202, response.content
    run = client.get(f"/selection-runs/{response.json()['id']}").json()
    assert run["status"] == "finished" and run["pool_size"] == 12
    assert len(run["panel"]) == 4 and run["seed"] == 11
    assert sum(run["probabilities"].values()) == pytest.approx(4)
    assert run["lowest_probability"] == pytest.approx(4 / 12, abs=1e-6)


def test_impossible_quotas_are_refused_and_nothing_is_stored(manager, programme, group):
    make_pool(programme, n=12)
    quotas = open_quotas(4, Woman=(5, 5))
    response = api(manager, programme).post(
        "/selection-runs", {"group": group.pk, "k": 4, "features": FEATURES, "quotas": quotas}
    )
    assert response.status_code == 400
    assert "minimums for gender" in response.json()["detail"]
    assert not SelectionRun.objects.exists()


def test_the_funnel_hides_small_counts_from_the_core_team(manager, programme, role):
    core = factories.UserFactory(email="core@example.org")
    factories.RoleFactory(user=core, programme=programme, role="core_team_member")
    CandidateFactory.create_batch(2, programme=programme, role_profile=role, stage="applied")
    seen = api(manager, programme).get("/recruitment-funnel").json()["steps"][0]["count"]
    hidden = api(core, programme).get("/recruitment-funnel").json()["steps"][0]["count"]
    assert seen == 2 and hidden is None
