"""A programme with a payment policy, a lay partner who chose to be paid, and a meeting."""

import datetime

import pytest
from django.utils import timezone

from touchstone.core.tests import factories
from touchstone.meetings.models import Attendance, Meeting
from touchstone.payments import claims, policy
from touchstone.payments.models import Choice

RATE_CHANGE = datetime.date(2026, 4, 1)


@pytest.fixture(autouse=True)
def media_in_tmp(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


@pytest.fixture
def strategic(programme, manager):
    """A paid role: £150 a day, £75 a half day, £30 a meeting up to 2 hours, £20 an hour
    preparing; from 1 April 2026 a full day is £160."""
    role = policy.role_add(
        actor=manager, programme=programme, name="Strategic partner", is_paid=True
    )
    start = datetime.date(2025, 1, 1)
    for activity, pence in (("full_day", 15000), ("half_day", 7500), ("preparation_hour", 2000)):
        policy.rate_add(
            actor=manager, role=role, activity=activity, pence=pence, effective_from=start
        )
    policy.rate_add(
        actor=manager, role=role, activity="meeting", pence=3000, effective_from=start, max_hours=2
    )
    policy.rate_add(
        actor=manager, role=role, activity="full_day", pence=16000, effective_from=RATE_CHANGE
    )
    for kind in ("public_transport", "parking", "subsistence"):
        policy.expense_rule_add(actor=manager, programme=programme, kind=kind, effective_from=start)
    policy.expense_rule_add(
        actor=manager, programme=programme, kind="car", effective_from=start, pence_per_mile=45
    )
    policy.expense_rule_add(
        actor=manager, programme=programme, kind="taxi", effective_from=start, needs_approval=True
    )
    return role


@pytest.fixture
def lay(programme, member):
    """The member's own entry on the register."""
    return factories.PersonFactory(full_name="Lee Member", user=member, programmes=[programme])


@pytest.fixture
def paid_lay(lay, strategic, member):
    policy.choice_set(actor=member, person=lay, role=strategic, choice=Choice.PAID)
    return lay


@pytest.fixture
def meeting(programme, lay):
    """A 90-minute meeting last month that the lay partner attended."""
    group = factories.GroupFactory(programme=programme)
    start = timezone.now() - datetime.timedelta(days=30)
    meeting = Meeting.objects.create(
        programme=programme,
        group=group,
        kind="advisory_group",
        title="Advisory group",
        start=start,
        duration_minutes=90,
    )
    Attendance.objects.create(meeting=meeting, person=lay, status="attended")
    return meeting


@pytest.fixture
def draft(paid_lay, strategic, member, programme):
    return claims.claim_start(actor=member, programme=programme, person=paid_lay, role=strategic)
