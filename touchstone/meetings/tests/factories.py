"""Factories for meetings tests."""

import datetime

import factory
from django.utils import timezone

from touchstone.core.tests.factories import GroupFactory, PersonFactory, ProgrammeFactory
from touchstone.meetings.models import Attendance, Meeting, MeetingKind


class MeetingFactory(factory.django.DjangoModelFactory):
    """A meeting saved directly, for tests that need one in the past or already set up."""

    class Meta:
        model = Meeting

    programme = factory.SubFactory(ProgrammeFactory)
    group = factory.SubFactory(GroupFactory, programme=factory.SelfAttribute("..programme"))
    kind = MeetingKind.ADVISORY_GROUP
    title = factory.Sequence(lambda n: f"Advisory group meeting {n}")
    start = factory.LazyFunction(lambda: timezone.now() + datetime.timedelta(days=14))
    duration_minutes = 120
    address = "Brent Civic Centre\n32 Engineers Way\nWembley HA9 0FJ"
    step_free = True
    hearing_loop = True


class AttendanceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Attendance

    meeting = factory.SubFactory(MeetingFactory)
    person = factory.SubFactory(PersonFactory)
