"""Planning a calendar with the schedule engine, publishing it, and the forum's poll."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from touchstone.core.errors import ServiceError
from touchstone.core.tests import factories
from touchstone.meetings import planning, preferences
from touchstone.meetings.models import Meeting, MeetingPreference

pytestmark = pytest.mark.django_db


@pytest.fixture
def groups(programme):
    """A core team, an advisory group and a forum, with people seated in them."""
    core = factories.GroupFactory(
        programme=programme, name="Core team", kind="core_design_team", cadence="weekly"
    )
    advisory = factories.GroupFactory(
        programme=programme, name="Advisers", kind="lay_advisory_group", cadence="fortnightly"
    )
    forum = factories.GroupFactory(
        programme=programme, name="Forum", kind="lay_forum", cadence="quarterly"
    )
    pat = factories.PersonFactory(programmes=[programme], full_name="Pat Lay")
    for group in (core, advisory, forum):
        factories.MembershipFactory(person=pat, group=group)
    return {"core": core, "advisory": advisory, "forum": forum, "pat": pat}


def _plan(programme, groups, start, weeks=6, **overrides):
    settings = {
        groups["core"].pk: {"weekdays": [0, 2], "time": "daytime", "duration": 120},
        groups["advisory"].pk: {"weekdays": [1], "time": "evening", "duration": 120},
    }
    values = {
        "programme": programme,
        "start": start,
        "end": start + datetime.timedelta(weeks=weeks) - datetime.timedelta(days=1),
        "region": "ENG",
        "venues": [("Willesden Library", 30), ("Town Hall", 80)],
        "settings": settings,
        "community_events": 0,
    }
    return planning.plan_for(**(values | overrides))


def _monday_ahead(weeks=2):
    today = timezone.localdate()
    return today + datetime.timedelta(days=7 * weeks - today.weekday())


def test_a_proposal_keeps_each_group_to_its_days_and_times(programme, manager, groups):
    schedule = planning.propose(
        actor=manager, programme=programme, plan=_plan(programme, groups, _monday_ahead())
    )
    meetings = schedule.proposal["meetings"]
    core = [m for m in meetings if m["group"] == groups["core"].pk]
    advisers = [m for m in meetings if m["group"] == groups["advisory"].pk]
    assert len(core) == 6 and len(advisers) == 3
    assert all(datetime.datetime.fromisoformat(m["start"]).weekday() in (0, 2) for m in core)
    assert all(datetime.datetime.fromisoformat(m["start"]).hour >= 18 for m in advisers)


def test_publishing_schedules_and_invites_once(programme, manager, groups):
    schedule = planning.propose(
        actor=manager, programme=programme, plan=_plan(programme, groups, _monday_ahead())
    )
    count = planning.publish(actor=manager, schedule=schedule)
    assert Meeting.objects.filter(programme=programme).count() == count == 9
    assert all(m.attendances.filter(person=groups["pat"]).exists() for m in Meeting.objects.all())
    with pytest.raises(ServiceError, match="already been published"):
        planning.publish(actor=manager, schedule=schedule)
    assert Meeting.objects.count() == 9


def test_a_plan_that_cannot_work_says_why_and_stores_nothing(programme, manager, groups):
    plan = _plan(programme, groups, _monday_ahead(), venues=[("Cupboard", 0)])
    plan["venues"] = [{"name": "Cupboard", "capacity": 0}]
    with pytest.raises(ServiceError):
        planning.propose(actor=manager, programme=programme, plan=plan)
    assert not programme.schedule_plans.exists()


def test_a_plan_starting_today_or_earlier_is_refused(programme, manager, groups):
    with pytest.raises(ServiceError, match="tomorrow or later"):
        planning.propose(
            actor=manager, programme=programme, plan=_plan(programme, groups, timezone.localdate())
        )


def test_the_forum_poll_sets_the_forum_s_days_and_time(programme, manager, groups):
    forum, pat = groups["forum"], groups["pat"]
    preferences.preference_save(
        actor=manager, group=forum, person=pat, weekdays=["5"], times=["evening"], place="Library"
    )
    assert planning.poll_answer(forum) == ((5,), "evening")
    assert preferences.poll_summary(forum)["answers"] == 1


def test_only_members_answer_a_group_s_poll(programme, manager, groups):
    stranger = factories.PersonFactory(programmes=[programme])
    with pytest.raises(ServiceError, match="Only members"):
        preferences.preference_save(
            actor=manager, group=groups["forum"], person=stranger, weekdays=[5], times=["daytime"]
        )
    assert not MeetingPreference.objects.exists()


def test_the_plan_page_proposes_and_shows_the_calendar(manager_client, programme, groups):
    start = _monday_ahead()
    end = start + datetime.timedelta(days=27)
    data = {
        "start-day": start.day,
        "start-month": start.month,
        "start-year": start.year,
        "end-day": end.day,
        "end-month": end.month,
        "end-year": end.year,
        "region": "ENG",
        "venues": "Willesden Library, 30",
        "community_events": "0",
    }
    for group in (groups["core"], groups["advisory"], groups["forum"]):
        data |= {
            f"g{group.pk}_include": "on",
            f"g{group.pk}_weekdays": ["1", "3"],
            f"g{group.pk}_time": "daytime",
            f"g{group.pk}_duration": "120",
        }
    response = manager_client.post(reverse("meetings:plan_create", args=[programme.slug]), data)
    assert response.status_code == 302, response.text[:3000]
    page = manager_client.get(response["Location"])
    assert "Proposed calendar" in page.text and "Willesden Library" in page.text


def test_a_bad_venue_line_is_refused_with_its_line_number(manager_client, programme, groups):
    response = manager_client.post(
        reverse("meetings:plan_create", args=[programme.slug]), {"venues": "Library\nHall, 20"}
    )
    assert response.status_code == 400
    assert "Line 1 must be a name, a comma and a number of people" in response.text
