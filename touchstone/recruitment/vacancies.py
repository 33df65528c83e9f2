"""Where lay partner seats are empty: recruitment never stops (seed 003).

A group needs attention when it has fewer seated lay partners than its minimum, or
when a lay partner left in the last year and nobody has joined since to take the
place; either way the reserves of its last selection can top it up.
"""

import datetime
from dataclasses import dataclass

from django.db.models import Count, Min, Q
from django.utils import timezone

from touchstone.accounts import access
from touchstone.people.models import PersonKind
from touchstone.programmes.models import Group
from touchstone.programmes.selectors import active_q, seated_q

from .runs import latest_finished_run

RECENT = datetime.timedelta(days=365)


@dataclass(frozen=True)
class Vacancy:
    group: Group
    seated: int  # lay partners seated now
    minimum: int
    left: int  # lay partners who left in the last year and have not been replaced
    has_reserves: bool  # a finished selection exists whose reserves can top it up

    @property
    def places(self) -> int:
        """Return how many places to fill: up to the minimum, or one for each who left."""
        return max(self.minimum - self.seated, 0) or self.left


def vacancy_list_for(*, actor, programme) -> list[Vacancy]:
    """Return the groups of the programme short of lay partners, most places first."""
    access.require(actor, "view_people", programme)
    lay = Q(memberships__person__kind=PersonKind.LAY_PARTNER)
    since = timezone.localdate() - RECENT
    groups = Group.objects.filter(programme=programme).annotate(
        seated_lay=Count(
            "memberships",
            filter=lay & active_q("memberships__") & seated_q("memberships__"),
            distinct=True,
        ),
        left_lay=Count("memberships", filter=lay & _left_since(since), distinct=True),
        first_left=Min("memberships__ended_on", filter=lay & _left_since(since)),
    )
    vacancies = [
        Vacancy(
            group=group,
            seated=group.seated_lay,
            minimum=group.min_lay_partners,
            left=_unreplaced(group),
            has_reserves=latest_finished_run(group) is not None,
        )
        for group in groups
        if group.seated_lay < group.min_lay_partners or _unreplaced(group)
    ]
    return sorted(vacancies, key=lambda v: (-v.places, v.group.name))


def _left_since(since) -> Q:
    return Q(memberships__ended_on__gte=since, memberships__ended_on__lte=timezone.localdate())


def _unreplaced(group) -> int:
    """Return how many lay partners who left have not been replaced by someone joining since."""
    if not group.left_lay:
        return 0
    joined = group.memberships.filter(
        seated_q(), person__kind=PersonKind.LAY_PARTNER, started_on__gte=group.first_left
    ).count()
    return max(group.left_lay - joined, 0)
