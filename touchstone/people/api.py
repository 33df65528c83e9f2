"""API for organisations, people and their memberships of a programme's groups.

Every handler starts from the programme (404 for anyone with no role in it) and reads
through the selectors, which scope each id to that programme: an id from elsewhere is
a 404, and an unknown id in a request body is a 400 naming the field.
"""

from django.http import Http404
from ninja import Field, Query, Router, Schema, Status
from ninja.responses import codes_4xx

from touchstone.accounts import access
from touchstone.core.errors import ServiceError
from touchstone.programmes import selectors as programme_selectors
from touchstone.programmes.schemas import ErrorOut, Slug, text

from . import selectors, services
from .models import PersonKind
from .schemas import (
    CONTACT_FIELDS,
    SENSITIVE_FIELDS,
    MembershipEndIn,
    MembershipIn,
    MembershipOut,
    MembershipPatch,
    OrganisationIn,
    OrganisationOut,
    OrganisationPatch,
    PersonIn,
    PersonOut,
    PersonPatch,
)

router = Router(tags=["people"])
ERRORS = {codes_4xx: ErrorOut}


def _programme(request, slug: str, ability: str = "view", *, change: bool = False):
    """Find the programme (404 for outsiders), then insist on the ability (403)."""
    programme = programme_selectors.programme_get_for(actor=request.auth, slug=slug)
    access.require(request.auth, ability, programme)
    if change:
        access.require(request.auth, "change", programme)
    return programme


# Organisations ---------------------------------------------------------------------------


def _organisation_out(engagement) -> dict:
    organisation = engagement.organisation
    return {
        "id": organisation.pk,
        "name": organisation.name,
        "category": organisation.category,
        "website": organisation.website,
        "status": engagement.status,
    }


@router.get("/{slug}/organisations", response={200: list[OrganisationOut], **ERRORS})
def organisation_list(request, slug: Slug):
    """List the organisations on the programme's list, with how far engagement has got."""
    programme = _programme(request, slug)
    rows = selectors.organisation_coverage_for(actor=request.auth, programme=programme)
    engagements = [engagement for row in rows for engagement in row.engagements]
    engagements.sort(key=lambda engagement: (engagement.organisation.name, engagement.pk))
    return [_organisation_out(engagement) for engagement in engagements]


@router.post("/{slug}/organisations", response={201: OrganisationOut, **ERRORS})
def organisation_create(request, slug: Slug, payload: OrganisationIn):
    """Add an organisation and the programme's engagement with it."""
    programme = _programme(request, slug, change=True)
    organisation = services.organisation_create(
        actor=request.auth, programme=programme, **payload.dict()
    )
    engagement = selectors.engagement_get_for(
        actor=request.auth, programme=programme, pk=organisation.pk
    )
    return Status(201, _organisation_out(engagement))


@router.get("/{slug}/organisations/{organisation_id}", response={200: OrganisationOut, **ERRORS})
def organisation_get(request, slug: Slug, organisation_id: int):
    """Show one organisation the programme is engaging."""
    programme = _programme(request, slug)
    return _organisation_out(
        selectors.engagement_get_for(actor=request.auth, programme=programme, pk=organisation_id)
    )


@router.patch("/{slug}/organisations/{organisation_id}", response={200: OrganisationOut, **ERRORS})
def organisation_update(request, slug: Slug, organisation_id: int, payload: OrganisationPatch):
    """Change an organisation's details or this programme's engagement status."""
    programme = _programme(request, slug)
    engagement = selectors.engagement_get_for(
        actor=request.auth, programme=programme, pk=organisation_id
    )
    access.require(request.auth, "change", programme)
    services.organisation_update(
        actor=request.auth,
        programme=programme,
        organisation=engagement.organisation,
        **payload.dict(exclude_unset=True),
    )
    return _organisation_out(
        selectors.engagement_get_for(actor=request.auth, programme=programme, pk=organisation_id)
    )


# People ----------------------------------------------------------------------------------


def _person_out(request, programme, person) -> dict:
    """Shape a person, leaving out contact details and lived experience for those who may not."""
    out = {
        name: getattr(person, name)
        for name in PersonOut.model_fields
        if name not in ("organisation", "organisation_name")
    }
    out["organisation"] = person.organisation_id
    out["organisation_name"] = person.organisation.name if person.organisation_id else None
    if not access.can(request.auth, "view_contact_details", programme):
        out.update(dict.fromkeys(CONTACT_FIELDS))
    if not access.can(request.auth, "view_sensitive", programme):
        out.update(dict.fromkeys(SENSITIVE_FIELDS))
    return out


def _person_values(programme, data: dict) -> dict:
    """Swap the organisation id for one on this programme's list, or say it is wrong."""
    if data.get("organisation") is not None:
        organisation = (
            selectors.organisation_options_for(programme=programme)
            .filter(pk=data["organisation"])
            .first()
        )
        if organisation is None:
            raise ServiceError(
                "There is no organisation with this id on this programme's "
                "list. Add the organisation first.",
                field="organisation",
            )
        data["organisation"] = organisation
    return data


class PersonFilter(Schema):
    kind: PersonKind | None = None
    q: text(200) = Field("", description="Part of a name.")


@router.get("/{slug}/people", response={200: list[PersonOut], **ERRORS})
def person_list(request, slug: Slug, filters: Query[PersonFilter]):
    """List the programme's register; filter by kind or part of a name."""
    programme = _programme(request, slug, "view_people")
    people = selectors.person_list_for(
        actor=request.auth, programme=programme, kind=filters.kind or "", q=filters.q
    )
    return [_person_out(request, programme, person) for person in people]


@router.post("/{slug}/people", response={201: PersonOut, **ERRORS})
def person_create(request, slug: Slug, payload: PersonIn):
    """Add a person to the programme's register."""
    programme = _programme(request, slug, "view_people", change=True)
    person = services.person_create(
        actor=request.auth, programme=programme, **_person_values(programme, payload.dict())
    )
    return Status(201, _person_out(request, programme, person))


@router.get("/{slug}/people/{person_id}", response={200: PersonOut, **ERRORS})
def person_get(request, slug: Slug, person_id: int):
    """Show one person on the register."""
    programme = _programme(request, slug, "view_people")
    person = selectors.person_get_for(actor=request.auth, programme=programme, pk=person_id)
    return _person_out(request, programme, person)


@router.patch("/{slug}/people/{person_id}", response={200: PersonOut, **ERRORS})
def person_update(request, slug: Slug, person_id: int, payload: PersonPatch):
    """Change a person's details; every change is audited."""
    programme = _programme(request, slug, "view_people")
    person = selectors.person_get_for(actor=request.auth, programme=programme, pk=person_id)
    access.require(request.auth, "change", programme)
    person = services.person_update(
        actor=request.auth,
        programme=programme,
        person=person,
        **_person_values(programme, payload.dict(exclude_unset=True)),
    )
    return _person_out(request, programme, person)


# Memberships -----------------------------------------------------------------------------


@router.get("/{slug}/groups/{group_id}/memberships", response={200: list[MembershipOut], **ERRORS})
def membership_list(request, slug: Slug, group_id: int, include_ended: bool = False):
    """List who sits in a group now; with include_ended, also who used to."""
    programme = _programme(request, slug)
    group = programme_selectors.group_get_for(actor=request.auth, programme=programme, pk=group_id)
    return programme_selectors.members_of(
        actor=request.auth, group=group, include_ended=include_ended
    ).select_related("group")


@router.post("/{slug}/groups/{group_id}/memberships", response={201: MembershipOut, **ERRORS})
def membership_create(request, slug: Slug, group_id: int, payload: MembershipIn):
    """Seat a person from the register in a group."""
    programme = _programme(request, slug, change=True)
    group = programme_selectors.group_get_for(actor=request.auth, programme=programme, pk=group_id)
    try:
        person = selectors.person_get_for(
            actor=request.auth, programme=programme, pk=payload.person
        )
    except Http404 as error:
        raise ServiceError(
            "There is no person with this id on this programme's register.", field="person"
        ) from error
    membership = services.membership_add(
        actor=request.auth,
        group=group,
        person=person,
        role=payload.role,
        started_on=payload.started_on,
    )
    return Status(201, membership)


@router.get("/{slug}/memberships/{membership_id}", response={200: MembershipOut, **ERRORS})
def membership_get(request, slug: Slug, membership_id: int):
    """Show one membership of one of the programme's groups."""
    programme = _programme(request, slug)
    return selectors.membership_get_for(actor=request.auth, programme=programme, pk=membership_id)


@router.patch("/{slug}/memberships/{membership_id}", response={200: MembershipOut, **ERRORS})
def membership_update(request, slug: Slug, membership_id: int, payload: MembershipPatch):
    """Change someone's role in a group, for example to co-chair."""
    programme = _programme(request, slug)
    membership = selectors.membership_get_for(
        actor=request.auth, programme=programme, pk=membership_id
    )
    return services.membership_change_role(
        actor=request.auth, membership=membership, role=payload.role
    )


@router.post("/{slug}/memberships/{membership_id}/end", response={200: MembershipOut, **ERRORS})
def membership_end(request, slug: Slug, membership_id: int, payload: MembershipEndIn):
    """End a membership, keeping its history, and record why."""
    programme = _programme(request, slug)
    membership = selectors.membership_get_for(
        actor=request.auth, programme=programme, pk=membership_id
    )
    return services.membership_end(
        actor=request.auth, membership=membership, reason=payload.reason, ended_on=payload.ended_on
    )
