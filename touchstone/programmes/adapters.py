"""Turn a programme into the co-production engine's snapshot, and run the checks.

Three queries whatever the programme's size: groups, memberships with their people,
and engagements with their organisations.
"""

from django.utils import timezone

from engines import coproduction as engine
from touchstone.people.categories import checklist
from touchstone.people.models import Engagement, EngagementStatus, Membership

from .models import Group, Programme


def snapshot_of(programme: Programme, as_of=None) -> engine.Snapshot:
    """Build the engine's view of a programme as it stands on a date (today by default)."""
    groups = list(Group.objects.filter(programme=programme).order_by("pk"))
    memberships = list(
        Membership.objects.filter(group__programme=programme)
        .select_related("person")
        .only(
            "person__id",
            "person__full_name",
            "person__kind",
            "group_id",
            "role",
            "started_on",
            "ended_on",
        )
        .order_by("pk")
    )
    engagements = list(
        Engagement.objects.filter(programme=programme).select_related("organisation")
    )
    people = {m.person.pk: m.person for m in memberships}
    return engine.Snapshot(
        programme=programme.name,
        as_of=as_of or timezone.localdate(),
        groups=tuple(
            engine.Group(
                id=str(g.pk),
                name=g.name,
                kind=g.kind,
                min_lay_partners=g.min_lay_partners,
                min_members=g.min_members,
                max_members=g.max_members,
            )
            for g in groups
        ),
        people=tuple(
            engine.Person(id=str(p.pk), name=p.full_name, is_lay=p.is_lay) for p in people.values()
        ),
        memberships=tuple(
            engine.Membership(
                person_id=str(m.person_id),
                group_id=str(m.group_id),
                role=m.role,
                started_on=m.started_on,
                ended_on=m.ended_on,
            )
            for m in memberships
        ),
        organisations=tuple(
            engine.Organisation(
                id=str(e.organisation.pk),
                name=e.organisation.name,
                category=e.organisation.category,
                engaged=e.status == EngagementStatus.ENGAGED,
            )
            for e in engagements
        ),
        categories=checklist(),
    )


def findings_for(programme: Programme, snapshot: engine.Snapshot | None = None):
    """Return the programme's co-production findings, most serious first."""
    return engine.check(snapshot or snapshot_of(programme))


def has_blocking(findings) -> bool:
    """Say whether any finding must be fixed before the programme is sound."""
    return any(f.severity == engine.Severity.BLOCKING for f in findings)
