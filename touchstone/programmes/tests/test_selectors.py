"""Reads for programmes and groups give the same answers on SQLite and PostgreSQL."""

import datetime

from touchstone.core.tests import factories
from touchstone.programmes import selectors


def test_members_of_lists_current_members_before_past_ones(programme, manager):
    group = factories.GroupFactory(programme=programme)
    for name, ended_on in (
        ("Ann Left", datetime.date(2026, 2, 1)),
        ("Cal Current", None),
        ("Bea Left", datetime.date(2026, 1, 20)),
        ("Abe Current", None),
    ):
        factories.MembershipFactory(
            person=factories.PersonFactory(full_name=name),
            group=group,
            ended_on=ended_on,
            end_reason="Moved away" if ended_on else "",
        )
    members = selectors.members_of(actor=manager, group=group, include_ended=True)
    assert [m.person.full_name for m in members] == [
        "Abe Current",
        "Cal Current",
        "Bea Left",
        "Ann Left",
    ]
