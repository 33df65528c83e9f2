"""Fill the demo's Lay Partners Forum in bulk, and say so in the record of changes.

A hundred people through the services would make the demo slow to load; bulk writes
skip their audit entries, so one entry records the import as a whole instead.
"""

import datetime

from touchstone.core import audit
from touchstone.people.models import Membership, Person

# Two forum members left; people who joined later took their places.
FORUM_LEAVERS = {
    3: (45, "Found the quarterly meetings too far to travel to."),
    11: (75, "Health no longer allows them to take part."),
}
JOINING_SPREAD_DAYS = 200


def add_forum(*, actor, programme, group, fictional, start: datetime.date, size: int) -> int:
    """Register `size` lay partners and seat them in the forum; return how many sit there now."""
    people = Person.objects.bulk_create([Person(**fictional.lay_partner()) for _ in range(size)])
    Person.programmes.through.objects.bulk_create(
        [Person.programmes.through(person_id=p.pk, programme_id=programme.pk) for p in people]
    )
    memberships = []
    for n, person in enumerate(people):
        # Most joined at the first meeting; the rest through continuous recruitment.
        offset = 0 if n < size * 0.6 else fictional.random.randint(1, JOINING_SPREAD_DAYS)
        started_on = start + datetime.timedelta(days=offset)
        ended_on, reason = None, ""
        if n in FORUM_LEAVERS:
            days, reason = FORUM_LEAVERS[n]
            ended_on = start + datetime.timedelta(days=days)
        memberships.append(
            Membership(
                person=person,
                group=group,
                started_on=started_on,
                ended_on=ended_on,
                end_reason=reason,
            )
        )
    Membership.objects.bulk_create(memberships)
    sitting = sum(1 for m in memberships if m.ended_on is None)
    audit.record(
        actor=actor,
        action="membership.import",
        target=group,
        programme=programme,
        changes={
            "people_added": len(people),
            "memberships_added": len(memberships),
            "memberships_ended": len(memberships) - sitting,
            "source": "demo data, written in bulk",
        },
    )
    return sitting
