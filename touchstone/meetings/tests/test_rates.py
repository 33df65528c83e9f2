"""Attendance rates for lay partners and professionals, quarter by quarter."""

import datetime

import pytest
from django.utils import timezone

from touchstone.core.errors import AccessDenied
from touchstone.core.tests import factories
from touchstone.meetings import rates

from .factories import AttendanceFactory, MeetingFactory


def at(year, month, day):
    return timezone.make_aware(datetime.datetime(year, month, day, 18, 0))


@pytest.fixture
def history(programme, group):
    """Two lay partners and a clinician over two quarters, with one cancelled meeting."""
    lay_a = factories.PersonFactory(full_name="Ada Lay", kind="lay_partner")
    lay_b = factories.PersonFactory(full_name="Bea Lay", kind="lay_partner")
    doctor = factories.PersonFactory(full_name="Dr Cal", kind="clinician")
    plan = {
        at(2026, 2, 10): {lay_a: "attended", lay_b: "attended", doctor: "absent"},
        at(2026, 3, 10): {lay_a: "apologies", lay_b: "attended", doctor: "attended"},
        at(2026, 5, 12): {lay_a: "attended", lay_b: "invited", doctor: "attended"},
    }
    for start, statuses in plan.items():
        meeting = MeetingFactory(programme=programme, group=group, start=start)
        for person, status in statuses.items():
            AttendanceFactory(meeting=meeting, person=person, status=status)
    cancelled = MeetingFactory(
        programme=programme, group=group, start=at(2026, 5, 26), status="cancelled"
    )
    AttendanceFactory(meeting=cancelled, person=lay_a, status="absent")
    return lay_a, lay_b, doctor


def test_rates_by_kind_count_only_recorded_places_in_meetings_that_happened(
    manager, programme, history
):
    rows = rates.rates_by_kind_for(actor=manager, programme=programme)
    table = [
        (
            r.quarter,
            r.lay.attended,
            r.lay.recorded,
            r.professionals.attended,
            r.professionals.recorded,
        )
        for r in rows
    ]
    assert table == [
        ("January to March 2026", 3, 4, 1, 2),
        ("April to June 2026", 1, 1, 1, 1),
    ]
    assert rows[0].lay.percent == 75
    assert rows[0].professionals.percent == 50


def test_rates_by_person_name_each_person_overall_and_by_quarter(manager, programme, history):
    quarters, people = rates.rates_by_person_for(actor=manager, programme=programme)
    assert quarters == ["January to March 2026", "April to June 2026"]
    found = {
        p.overall.label: (
            (p.overall.attended, p.overall.recorded),
            {q: (r.attended, r.recorded) for q, r in p.quarters.items()},
        )
        for p in people
    }
    assert found["Ada Lay"] == (
        (2, 3),
        {"January to March 2026": (1, 2), "April to June 2026": (1, 1)},
    )
    # Bea's place in May was never recorded, so that quarter has no rate for her.
    assert found["Bea Lay"] == ((2, 2), {"January to March 2026": (2, 2)})
    assert found["Dr Cal"][0] == (2, 3)


def test_a_meeting_still_to_come_is_not_counted(manager, programme, group):
    person = factories.PersonFactory(kind="lay_partner")
    meeting = MeetingFactory(programme=programme, group=group)
    AttendanceFactory(meeting=meeting, person=person, status="apologies")
    assert rates.rates_by_kind_for(actor=manager, programme=programme) == []


def test_rates_for_one_group_leave_out_other_groups(manager, programme, group, history):
    other = factories.GroupFactory(programme=programme)
    assert rates.rates_by_kind_for(actor=manager, programme=programme, group=other) == []


def test_names_need_the_view_people_ability(programme, history):
    observer = factories.UserFactory()
    factories.RoleFactory(user=observer, programme=programme, role="observer")
    assert rates.rates_by_kind_for(actor=observer, programme=programme)
    with pytest.raises(AccessDenied):
        rates.rates_by_person_for(actor=observer, programme=programme)
