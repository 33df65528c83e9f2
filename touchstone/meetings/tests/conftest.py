"""Fixtures for meetings: a group with seated members, a past member and an observer."""

import datetime

import pytest
from django.utils import timezone

from touchstone.core.tests import factories


def soon(days: int = 14, hour: int = 18, minute: int = 30) -> datetime.datetime:
    """Return a UK evening time a few days ahead, aware, as the forms would make it."""
    day = timezone.localdate() + datetime.timedelta(days=days)
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(hour, minute)))


@pytest.fixture
def group(programme):
    return factories.GroupFactory(
        programme=programme, name="Lay partners advisory group", kind="lay_advisory_group"
    )


@pytest.fixture
def seated(programme, group):
    """Two lay partners and a clinician chair, seated now; their Person rows, by name."""
    people = {}
    for name, kind, role in (
        ("Ada Lay", "lay_partner", "member"),
        ("Bea Lay", "lay_partner", "co_chair"),
        ("Dr Cal Clinician", "clinician", "chair"),
    ):
        person = factories.PersonFactory(full_name=name, kind=kind, programmes=[programme])
        factories.MembershipFactory(person=person, group=group, role=role)
        people[name] = person
    return people


@pytest.fixture
def not_seated(programme, group):
    """An observer and someone whose seat has ended: neither is invited."""
    observer = factories.PersonFactory(full_name="Olive Observer", programmes=[programme])
    factories.MembershipFactory(person=observer, group=group, role="observer")
    former = factories.PersonFactory(full_name="Fay Former", programmes=[programme])
    factories.MembershipFactory(
        person=former,
        group=group,
        started_on=datetime.date(2026, 1, 5),
        ended_on=datetime.date(2026, 2, 1),
    )
    return [observer, former]


def meeting_values(**changes) -> dict:
    values = {
        "kind": "advisory_group",
        "title": "Advisory group: step 2",
        "start": soon(),
        "duration_minutes": 120,
        "address": "Willesden Library\n95 High Road\nLondon NW10 2SF",
        "step_free": True,
        "hearing_loop": True,
        "online_link": "https://meet.example.org/advisory",
    }
    return values | changes
