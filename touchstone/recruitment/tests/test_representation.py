"""Representativeness: make-up against the population, and privacy for small counts."""

import pytest
from django.urls import reverse

from touchstone.core.tests.factories import GroupFactory, PersonFactory
from touchstone.people.models import Membership, PersonKind
from touchstone.recruitment.models import PopulationProfile
from touchstone.recruitment.representation import representation_for

from .factories import CandidateFactory, DemographicsFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def group(programme):
    """A group of 9 lay partners: 7 women and 2 men, seated through recruitment."""
    PopulationProfile.objects.create(
        programme=programme, source="Census", shares={"gender": {"Woman": 0.5, "Man": 0.5}}
    )
    group = GroupFactory(programme=programme, name="Lay forum")
    for i in range(9):
        person = PersonFactory(kind=PersonKind.LAY_PARTNER)
        person.programmes.add(programme)
        Membership.objects.create(person=person, group=group, started_on="2026-01-01")
        candidate = CandidateFactory(programme=programme, person=person, stage="active")
        gender = "Woman" if i < 7 else "Man"
        DemographicsFactory(candidate=candidate, answers={"gender": gender})
    return group


def url(programme, group):
    return reverse("recruitment:representation", args=[programme.slug]) + f"?group={group.pk}"


def test_a_manager_sees_every_count_and_the_under_represented_flag(
    manager, manager_client, programme, group
):
    answered, reports = representation_for(actor=manager, programme=programme, group=group)
    men = next(r for r in reports[0].rows if r.value == "Man")
    assert answered == 9 and men.count == 2 and men.under
    page = manager_client.get(url(programme, group))
    assert "Under-represented: reach out" in page.text
    assert "<svg" in page.text


def test_a_value_too_rare_to_expect_in_a_group_this_size_is_not_flagged(manager, programme, group):
    profile = programme.population_profile
    profile.shares = {"gender": {"Woman": 0.49, "Man": 0.46, "Non-binary": 0.05}}
    profile.save()
    _, reports = representation_for(actor=manager, programme=programme, group=group)
    flags = {r.value: r.under for r in reports[0].rows}
    assert flags["Non-binary"] is False  # 5% of 9 people is less than one person
    assert flags["Man"] is True


def test_a_member_sees_no_count_under_5(member, member_client, programme, group):
    _, reports = representation_for(actor=member, programme=programme, group=group)
    rows = {r.value: r for r in reports[0].rows}
    assert rows["Man"].count is None and rows["Man"].share is None
    # 9 answered: showing the 7 women would give away the 2 men, so it is hidden too.
    assert rows["Woman"].count is None
    page = member_client.get(url(programme, group))
    assert page.status_code == 200
    assert "Fewer than 5" in page.text
    assert "22%" not in page.text and "78%" not in page.text


def test_a_members_page_holds_no_ones_answers_or_names(member_client, programme, group):
    page = member_client.get(url(programme, group))
    for membership in Membership.objects.filter(group=group).select_related("person"):
        assert membership.person.full_name not in page.text


def test_an_outsider_finds_nothing(outsider_client, programme, group):
    assert outsider_client.get(url(programme, group)).status_code == 404
