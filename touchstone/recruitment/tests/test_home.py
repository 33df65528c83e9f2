"""The recruitment home page: what needs doing, shown to each role as far as they may see."""

import pytest
from django.urls import reverse

from touchstone.accounts.models import Role
from touchstone.core.tests import factories
from touchstone.recruitment.choices import Stage
from touchstone.recruitment.tests.factories import CandidateFactory, RoleProfileFactory


@pytest.fixture
def short_group(programme):
    """A group that needs four lay partners and has none."""
    return factories.GroupFactory(programme=programme, name="Frailty group", min_lay_partners=4)


def home(client, programme):
    return client.get(reverse("recruitment:home", args=[programme.slug]))


def test_a_manager_sees_vacancies_candidates_by_stage_and_selection(
    manager_client, programme, short_group
):
    role = RoleProfileFactory(programme=programme, group=short_group)
    CandidateFactory.create_batch(3, programme=programme, role_profile=role, stage=Stage.IN_POOL)
    CandidateFactory(programme=programme, role_profile=role, stage=Stage.APPLIED)
    html = home(manager_client, programme).content.decode()
    assert "1 group needs lay partners" in html
    assert "Frailty group: 0 seated, minimum 4" in html
    assert "4 candidates by stage" in html
    assert "Start a selection" in html


def test_a_group_member_sees_roles_and_reports_but_no_candidates(
    member_client, programme, short_group
):
    role = RoleProfileFactory(programme=programme, group=short_group)
    CandidateFactory(programme=programme, role_profile=role, full_name="Ada Applicant")
    response = home(member_client, programme)
    html = response.content.decode()
    assert response.status_code == 200
    assert "1 role, 1 taking applications" in html
    assert "candidates by stage" not in html and "Ada Applicant" not in html
    assert "Start a selection" not in html


def test_the_core_team_sees_candidate_counts_but_cannot_select(client, programme):
    core = factories.UserFactory(email="core@example.org")
    factories.RoleFactory(user=core, programme=programme, role=Role.CORE_TEAM_MEMBER)
    CandidateFactory(programme=programme)
    client.force_login(core)
    html = home(client, programme).content.decode()
    assert "1 candidate by stage" in html
    assert "Start a selection" not in html


def test_outsiders_get_not_found(outsider_client, programme):
    assert home(outsider_client, programme).status_code == 404
