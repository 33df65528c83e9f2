"""Turn a programme into the co-production engine's snapshot, and run the checks.

Three queries whatever the programme's size: groups, memberships with their people,
and engagements with their organisations.
"""

from django.utils import timezone

from engines import coproduction as engine
from touchstone.people.categories import checklist
from touchstone.people.models import Engagement, EngagementStatus, Membership, PersonKind

from .models import Group, Programme


def snapshot_of(programme: Programme, as_of=None) -> engine.Snapshot:
    """Build the engine's view of a programme as it stands on a date (today by default).

    Plain values, not model objects: a large programme has thousands of memberships.
    """
    groups = (
        Group.objects.filter(programme=programme)
        .order_by("pk")
        .values_list("pk", "name", "kind", "min_lay_partners", "min_members", "max_members")
    )
    memberships = list(
        Membership.objects.filter(group__programme=programme)
        .order_by("pk")
        .values_list(
            "person_id",
            "person__full_name",
            "person__kind",
            "group_id",
            "role",
            "started_on",
            "ended_on",
        )
    )
    engagements = Engagement.objects.filter(programme=programme).values_list(
        "organisation_id", "organisation__name", "organisation__category", "status"
    )
    people = {row[0]: (row[1], row[2]) for row in memberships}
    return engine.Snapshot(
        programme=programme.name,
        as_of=as_of or timezone.localdate(),
        groups=tuple(
            engine.Group(
                id=str(pk),
                name=name,
                kind=kind,
                min_lay_partners=min_lay,
                min_members=low,
                max_members=high,
            )
            for pk, name, kind, min_lay, low, high in groups
        ),
        people=tuple(
            engine.Person(id=str(pk), name=name, is_lay=kind == PersonKind.LAY_PARTNER)
            for pk, (name, kind) in people.items()
        ),
        memberships=tuple(
            engine.Membership(
                person_id=str(person_id),
                group_id=str(group_id),
                role=role,
                started_on=started_on,
                ended_on=ended_on,
            )
            for person_id, _, _, group_id, role, started_on, ended_on in memberships
        ),
        organisations=tuple(
            engine.Organisation(
                id=str(pk), name=name, category=category, engaged=status == EngagementStatus.ENGAGED
            )
            for pk, name, category, status in engagements
        ),
        categories=checklist(),
    )


def findings_for(programme: Programme, snapshot: engine.Snapshot | None = None):
    """Return the programme's co-production findings, most serious first."""
    return engine.check(snapshot or snapshot_of(programme))


def has_blocking(findings) -> bool:
    """Say whether any finding must be fixed before the programme is sound."""
    return any(f.severity == engine.Severity.BLOCKING for f in findings)
