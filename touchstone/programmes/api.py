"""API for programmes, their governance groups and co-production findings.

Thin, like the pages: find the programme through the selectors (404 for anyone with no
role in it), then call one service or selector, so the API and the pages never disagree.
"""

from ninja import Router, Status
from ninja.responses import codes_4xx

from touchstone.accounts import access
from touchstone.core.errors import ServiceError

from . import adapters, selectors, services
from .schemas import (
    ErrorOut,
    FindingsOut,
    GroupIn,
    GroupOut,
    GroupPatch,
    ProgrammeIn,
    ProgrammeOut,
    ProgrammePatch,
    Slug,
)

router = Router(tags=["programmes"])
ERRORS = {codes_4xx: ErrorOut}


def _with_role(request, programme):
    """Attach the caller's role, so a client knows what it may do without trying."""
    programme.role = access.role_in(request.auth, programme)
    return programme


def _programme_lists(data: dict) -> dict:
    """Turn population groups into the (name, shared needs) pairs the service takes."""
    if data.get("population_groups") is not None:
        data["population_groups"] = [
            (group["name"], group["shared_needs"]) for group in data["population_groups"]
        ]
    return data


@router.get("", response={200: list[ProgrammeOut], **ERRORS})
def programme_list(request):
    """List the programmes the caller has a role in."""
    programmes = selectors.programme_list_for(actor=request.auth).prefetch_related(
        "population_groups", "modules", "steps"
    )
    return [_with_role(request, programme) for programme in programmes]


@router.post("", response={201: ProgrammeOut, **ERRORS})
def programme_create(request, payload: ProgrammeIn):
    """Start a programme (staff only); the caller becomes its programme manager."""
    programme = services.programme_create(actor=request.auth, **_programme_lists(payload.dict()))
    return Status(201, _with_role(request, programme))


@router.get("/{slug}", response={200: ProgrammeOut, **ERRORS})
def programme_get(request, slug: Slug):
    """Show one programme, with its population groups, modules and steps."""
    return _with_role(request, selectors.programme_get_for(actor=request.auth, slug=slug))


@router.patch("/{slug}", response={200: ProgrammeOut, **ERRORS})
def programme_update(request, slug: Slug, payload: ProgrammePatch):
    """Change a programme's details (programme managers only)."""
    programme = selectors.programme_get_for(actor=request.auth, slug=slug)
    access.require(request.auth, "change", programme)
    services.programme_update(
        actor=request.auth,
        programme=programme,
        **_programme_lists(payload.dict(exclude_unset=True)),
    )
    return _with_role(request, selectors.programme_get_for(actor=request.auth, slug=slug))


@router.get("/{slug}/findings", response={200: FindingsOut, **ERRORS})
def finding_list(request, slug: Slug):
    """List the co-production findings, most serious first, with how many are blocking."""
    programme = selectors.programme_get_for(actor=request.auth, slug=slug)
    findings = adapters.findings_for(programme)
    blocking = sum(1 for finding in findings if finding.severity == "blocking")
    return {"blocking": blocking, "findings": findings}


# Groups ----------------------------------------------------------------------------------


def _group_values(programme, data: dict) -> dict:
    """Swap the parent and module ids for rows of this programme, or say which id is wrong."""
    if data.get("parent") is not None:
        parent = programme.groups.filter(pk=data["parent"]).first()
        if parent is None:
            raise ServiceError("There is no group with this id in this programme.", field="parent")
        data["parent"] = parent
    if data.get("module") is not None:
        module = programme.modules.filter(pk=data["module"]).first()
        if module is None:
            raise ServiceError(
                "There is no design module with this id in this programme.", field="module"
            )
        data["module"] = module
    return data


@router.get("/{slug}/groups", response={200: list[GroupOut], **ERRORS})
def group_list(request, slug: Slug):
    """List the programme's governance groups with their current member counts."""
    programme = selectors.programme_get_for(actor=request.auth, slug=slug)
    return selectors.group_list_for(actor=request.auth, programme=programme)


@router.post("/{slug}/groups", response={201: GroupOut, **ERRORS})
def group_create(request, slug: Slug, payload: GroupIn):
    """Add a governance group (programme managers only)."""
    programme = selectors.programme_get_for(actor=request.auth, slug=slug)
    access.require(request.auth, "change", programme)
    values = _group_values(programme, payload.dict())
    if values["min_lay_partners"] is None:
        del values["min_lay_partners"]  # the service fills in the usual number for the kind
    group = services.group_create(actor=request.auth, programme=programme, **values)
    return Status(
        201, selectors.group_get_for(actor=request.auth, programme=programme, pk=group.pk)
    )


@router.get("/{slug}/groups/{group_id}", response={200: GroupOut, **ERRORS})
def group_get(request, slug: Slug, group_id: int):
    """Show one group of the programme."""
    programme = selectors.programme_get_for(actor=request.auth, slug=slug)
    return selectors.group_get_for(actor=request.auth, programme=programme, pk=group_id)


@router.patch("/{slug}/groups/{group_id}", response={200: GroupOut, **ERRORS})
def group_update(request, slug: Slug, group_id: int, payload: GroupPatch):
    """Change a group's details (programme managers only)."""
    programme = selectors.programme_get_for(actor=request.auth, slug=slug)
    group = selectors.group_get_for(actor=request.auth, programme=programme, pk=group_id)
    access.require(request.auth, "change", programme)
    values = _group_values(programme, payload.dict(exclude_unset=True))
    services.group_update(actor=request.auth, group=group, **values)
    return selectors.group_get_for(actor=request.auth, programme=programme, pk=group_id)
