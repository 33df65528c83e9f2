"""Reads for people, organisations and memberships, always scoped to one programme.

Every lookup is filtered by the programme, so a person, organisation or membership
that belongs elsewhere is a 404 here, whatever its id.
"""

from dataclasses import dataclass

from django.db.models import Count, Q, QuerySet
from django.http import Http404
from django.utils import timezone

from touchstone.accounts import access
from touchstone.accounts.models import ProgrammeRole
from touchstone.programmes.selectors import active_q

from .categories import checklist
from .models import Engagement, EngagementStatus, Membership, Organisation, Person


def person_list_for(*, actor, programme, kind: str = "", q: str = "") -> QuerySet[Person]:
    """Return the programme's register, with each person's count of current groups."""
    access.require(actor, "view_people", programme)
    current = active_q("memberships__") & Q(memberships__group__programme=programme)
    people = (
        Person.objects.filter(programmes=programme)
        .select_related("organisation")
        .annotate(group_count=Count("memberships", filter=current, distinct=True))
        .order_by("full_name", "id")
    )
    if kind:
        people = people.filter(kind=kind)
    if q.strip():
        people = people.filter(full_name__icontains=q.strip())
    return people


def person_get_for(*, actor, programme, pk) -> Person:
    """Return one person on the programme's register, or 404."""
    access.require(actor, "view_people", programme)
    person = (
        Person.objects.filter(programmes=programme, pk=pk).select_related("organisation").first()
    )
    if person is None:
        raise Http404("Person not found")
    return person


def memberships_of_person(*, actor, programme, person: Person) -> tuple[list, list]:
    """Return a person's current and past seats in this programme's groups only."""
    access.require(actor, "view_people", programme)
    today = timezone.localdate()
    memberships = (
        Membership.objects.filter(person=person, group__programme=programme)
        .select_related("group__programme")
        .order_by("group__name", "started_on", "id")
    )
    current = [m for m in memberships if m.ended_on is None or m.ended_on > today]
    past = [m for m in memberships if m.ended_on is not None and m.ended_on <= today]
    past.sort(key=lambda m: m.ended_on, reverse=True)
    return current, past


def people_available_for(*, actor, group) -> QuerySet[Person]:
    """Return register people who could join the group: not already seated or due to be."""
    access.require(actor, "view_people", group.programme)
    today = timezone.localdate()
    seated = Membership.objects.filter(group=group).filter(
        Q(ended_on__isnull=True) | Q(ended_on__gt=today)
    )
    return (
        Person.objects.filter(programmes=group.programme)
        .exclude(pk__in=seated.values("person_id"))
        .order_by("full_name", "id")
    )


def membership_get_for(*, actor, programme, pk) -> Membership:
    """Return one membership of one of the programme's groups, or 404."""
    access.require(actor, "view", programme)
    membership = (
        Membership.objects.filter(group__programme=programme, pk=pk)
        .select_related("person", "group__programme")
        .first()
    )
    if membership is None:
        raise Http404("Membership not found")
    return membership


def organisation_options_for(*, programme, including=None) -> QuerySet[Organisation]:
    """Return the organisations on the programme's list, for choosing someone's employer.

    `including` keeps a person's current organisation choosable when it is not on the list.
    """
    wanted = Q(engagements__programme=programme)
    if including:
        wanted |= Q(pk=including)
    return Organisation.objects.filter(wanted).distinct().order_by("name")


def engagement_get_for(*, actor, programme, pk) -> Engagement:
    """Return the programme's engagement with one organisation (by its id), or 404."""
    access.require(actor, "view", programme)
    engagement = (
        Engagement.objects.filter(programme=programme, organisation_id=pk)
        .select_related("organisation")
        .first()
    )
    if engagement is None:
        raise Http404("Organisation not found")
    return engagement


@dataclass(frozen=True)
class CategoryRow:
    """One kind of organisation: its engagements here and whether any is engaged."""

    code: str
    label: str
    engagements: tuple
    engaged: bool


def organisation_coverage_for(*, actor, programme) -> list[CategoryRow]:
    """Return every checklist category, in checklist order, with the programme's engagements."""
    access.require(actor, "view", programme)
    engagements = (
        Engagement.objects.filter(programme=programme)
        .select_related("organisation")
        .order_by("organisation__name")
    )
    by_category: dict[str, list] = {}
    for engagement in engagements:
        by_category.setdefault(engagement.organisation.category, []).append(engagement)
    rows = []
    for code, label in checklist().items():
        found = tuple(by_category.get(code, ()))
        engaged = any(e.status == EngagementStatus.ENGAGED for e in found)
        rows.append(CategoryRow(code=code, label=label, engagements=found, engaged=engaged))
    return rows


def sign_in_role_of(*, person, programme) -> str | None:
    """Return the plain name of the person's role in the programme, if they can sign in."""
    if person.user_id is None:
        return None
    grant = ProgrammeRole.objects.filter(user_id=person.user_id, programme=programme).first()
    return grant.get_role_display() if grant else None
