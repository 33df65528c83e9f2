"""Reads for programmes and groups, always scoped to the person asking."""

from dataclasses import dataclass

from django.db.models import Count, F, Q, QuerySet
from django.http import Http404
from django.utils import timezone

from touchstone.accounts import access
from touchstone.people.models import Engagement, EngagementStatus, Membership, PersonKind

from . import adapters
from .models import Group, Programme


def active_q(prefix: str = "", on=None) -> Q:
    """Match memberships that are running on a date (today by default)."""
    on = on or timezone.localdate()
    return Q(**{f"{prefix}started_on__lte": on}) & (
        Q(**{f"{prefix}ended_on__isnull": True}) | Q(**{f"{prefix}ended_on__gt": on})
    )


def seated_q(prefix: str = "") -> Q:
    """Match memberships that give a seat in the group (not observers)."""
    return Q(**{f"{prefix}role__in": ["member", "chair", "co_chair"]})


def programme_list_for(*, actor) -> QuerySet[Programme]:
    """Return the programmes the actor belongs to, with counts for the list page."""
    return (
        access.programmes_visible_to(actor, Programme.objects.all())
        .annotate(
            group_count=Count("groups", distinct=True),
            people_count=Count("people", distinct=True),
        )
        .order_by("name")
    )


def programme_get_for(*, actor, slug: str) -> Programme:
    """Return one programme, or 404 when it does not exist or the actor has no role in it.

    Both cases look the same, so nobody can learn which programmes exist.
    """
    programme = Programme.objects.filter(slug=slug).first()
    if programme is None or not access.can(actor, "view", programme):
        raise Http404("Programme not found")
    return programme


def programme_for(*, actor, slug: str, ability: str) -> Programme:
    """Find the programme (404 for anyone with no role in it), then insist on the ability (403)."""
    programme = programme_get_for(actor=actor, slug=slug)
    access.require(actor, ability, programme)
    return programme


def group_list_for(*, actor, programme: Programme) -> QuerySet[Group]:
    """Return the programme's groups with active member and lay partner counts."""
    access.require(actor, "view", programme)
    seated_now = active_q("memberships__") & seated_q("memberships__")
    return (
        Group.objects.filter(programme=programme)
        .select_related("programme", "module", "parent")
        .annotate(
            member_count=Count("memberships", filter=seated_now, distinct=True),
            lay_count=Count(
                "memberships",
                filter=seated_now & Q(memberships__person__kind=PersonKind.LAY_PARTNER),
                distinct=True,
            ),
        )
        .order_by("kind", "name")
    )


def group_get_for(*, actor, programme: Programme, pk) -> Group:
    """Return one group of the programme, or 404."""
    group = group_list_for(actor=actor, programme=programme).filter(pk=pk).first()
    if group is None:
        raise Http404("Group not found")
    return group


def members_of(*, actor, group: Group, include_ended: bool = False) -> QuerySet[Membership]:
    """Return a group's memberships with their people, current first."""
    access.require(actor, "view", group.programme)
    queryset = Membership.objects.filter(group=group).select_related("person__organisation")
    if not include_ended:
        queryset = queryset.filter(active_q())
    # Databases disagree on where NULL sorts (first on SQLite, last on PostgreSQL), so say.
    return queryset.order_by(F("ended_on").asc(nulls_first=True), "person__full_name")


@dataclass(frozen=True)
class Overview:
    """Everything the programme overview page shows."""

    programme: Programme
    findings: tuple
    groups: list
    counts: dict


def overview_for(*, actor, programme: Programme) -> Overview:
    """Gather findings, groups and headline counts in a fixed number of queries."""
    access.require(actor, "view", programme)
    snapshot = adapters.snapshot_of(programme)
    findings = adapters.findings_for(programme, snapshot)
    groups = list(group_list_for(actor=actor, programme=programme))
    engagements = Engagement.objects.filter(programme=programme)
    engaged = engagements.filter(status=EngagementStatus.ENGAGED)
    lay_ids = {p.id for p in snapshot.people if p.is_lay}
    seated_lay = {
        m.person_id
        for m in snapshot.memberships
        if m.person_id in lay_ids
        and m.started_on <= snapshot.as_of
        and (m.ended_on is None or m.ended_on > snapshot.as_of)
        and m.role in ("member", "chair", "co_chair")
    }
    counts = {
        "groups": len(groups),
        "people": programme.people.count(),
        "lay_partners_seated": len(seated_lay),
        "organisations_engaged": engaged.count(),
        "categories_covered": engaged.values("organisation__category").distinct().count(),
        "categories_total": len(snapshot.categories),
    }
    return Overview(programme=programme, findings=findings, groups=groups, counts=counts)
