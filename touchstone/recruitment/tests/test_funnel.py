"""The funnel report: counts at each step from the stage history, and small counts hidden."""

import datetime

import pytest
from django.contrib.auth.models import AnonymousUser
from django.urls import reverse
from django.utils import timezone

from touchstone.recruitment import intake, services
from touchstone.recruitment.funnel import funnel_for
from touchstone.recruitment.models import StageChange
from touchstone.recruitment.tests.factories import RoleProfileFactory

PATH = ["invited_to_workshop", "attended", "interested", "in_pool", "selected", "active"]


@pytest.fixture
def role(programme):
    return RoleProfileFactory(programme=programme)


def candidate_reaching(manager, role, steps: int, n: int, *, then_withdraw: str = ""):
    """Add n applicants who go `steps` steps along the funnel, perhaps then withdrawing."""
    made = []
    for index in range(n):
        candidate = intake.candidate_create(
            actor=AnonymousUser(),
            role_profile=role,
            route="applied",
            full_name=f"Person {steps}-{index}",
            email=f"p{steps}-{index}-{then_withdraw}@example.org",
        )
        for stage in PATH[:steps]:
            services.candidate_move(actor=manager, candidate=candidate, to_stage=stage)
        if then_withdraw:
            services.candidate_move(
                actor=manager, candidate=candidate, to_stage="withdrawn", reason=then_withdraw
            )
        made.append(candidate)
    return made


@pytest.fixture
def forty(manager, role):
    """The North West London shape: 40 came, 25 interested, 15 active, some left."""
    candidate_reaching(manager, role, 2, 10)  # attended the workshop, no further
    candidate_reaching(manager, role, 3, 7)  # interested
    candidate_reaching(manager, role, 3, 3, then_withdraw="payment")
    candidate_reaching(manager, role, 6, 15)  # active
    candidate_reaching(manager, role, 0, 5, then_withdraw="time")


def test_each_step_counts_everyone_who_reached_it_or_beyond(manager, programme, forty):
    funnel = funnel_for(actor=manager, programme=programme)
    assert [step.count for step in funnel.steps] == [40, 35, 35, 25, 15, 15, 15]
    assert [step.conversion for step in funnel.steps] == [None, 88, 100, 71, 60, 100, 100]
    assert funnel.summary.startswith("40 people applied or were nominated. 15 of them became")
    assert "from 'interested' to 'in the pool': 60% went on" in funnel.summary


def test_withdrawals_are_counted_by_reason_and_quarter(manager, programme, forty):
    early = StageChange.objects.filter(to_stage="withdrawn", reason="time")[:2]
    StageChange.objects.filter(pk__in=[c.pk for c in early]).update(
        at=timezone.make_aware(datetime.datetime(2026, 2, 10))
    )
    funnel = funnel_for(actor=manager, programme=programme)
    rows = dict(funnel.withdrawals)
    reasons = ["time", "payment", "health", "caring", "other"]
    assert dict(zip(reasons, rows["January to March 2026"], strict=True))["time"] == 2
    this_quarter = dict(zip(reasons, list(rows.values())[-1], strict=True))
    assert (this_quarter["time"], this_quarter["payment"]) == (3, 3)


def test_counts_under_five_are_hidden_from_members(manager, member, programme, role):
    candidate_reaching(manager, role, 6, 3)
    candidate_reaching(manager, role, 1, 4, then_withdraw="health")
    for_member = funnel_for(actor=member, programme=programme)
    assert [step.count for step in for_member.steps] == [7, 7, None, None, None, None, None]
    assert for_member.steps[2].conversion is None
    assert all(count in (0, None) for _, counts in for_member.withdrawals for count in counts)
    for_manager = funnel_for(actor=manager, programme=programme)
    assert [step.count for step in for_manager.steps] == [7, 7, 3, 3, 3, 3, 3]


def test_the_funnel_page_hides_small_counts_from_members(client, programme, manager, member, role):
    candidate_reaching(manager, role, 6, 3)
    url = reverse("recruitment:funnel_report", args=[programme.slug])
    client.force_login(member)
    member_html = client.get(url).content.decode()
    assert "fewer than 5" in member_html and "counts under 5 are not shown" in member_html
    assert "Fewer than 5 people have applied" in member_html
    client.force_login(manager)
    manager_html = client.get(url).content.decode()
    assert "3 people applied or were nominated" in manager_html


def test_an_empty_programme_says_so(manager, programme):
    assert funnel_for(actor=manager, programme=programme).summary == (
        "Nobody has applied or been nominated yet."
    )


def test_one_applicant_is_described_in_the_singular(manager, programme, role):
    candidate_reaching(manager, role, 0, 1)
    assert funnel_for(actor=manager, programme=programme).summary.startswith(
        "1 person applied or was nominated. 0 of them became active"
    )
