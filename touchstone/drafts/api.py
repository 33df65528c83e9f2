"""API for checking writing and for a programme's own terms.

Every handler starts from the programme (404 for anyone with no role in it). Checking is
open to everyone in the programme; changing the terms needs the change ability (403).
"""

from ninja import Router, Status
from ninja.responses import codes_4xx

from touchstone.accounts import access
from touchstone.core.errors import ServiceError
from touchstone.programmes import selectors as programme_selectors
from touchstone.programmes.schemas import ErrorOut, Id, Slug

from . import adapters, selectors, services
from .schemas import ProgrammeTermIn, ProgrammeTermOut, WritingCheckIn, WritingCheckOut

router = Router(tags=["writing"])
ERRORS = {codes_4xx: ErrorOut, 422: ErrorOut}


def _programme(request, slug: str):
    return programme_selectors.programme_get_for(actor=request.auth, slug=slug)


@router.post("/{slug}/writing-check", response={200: WritingCheckOut, **ERRORS})
def writing_check(request, slug: Slug, payload: WritingCheckIn):
    """Check writing for jargon, labels and hard reading, with the programme's own terms."""
    programme = _programme(request, slug)
    try:
        report = adapters.check_text(actor=request.auth, programme=programme, text=payload.text)
    except ServiceError as error:
        return Status(
            422, {"detail": "Some values are not right.", "errors": {"text": [error.message]}}
        )
    return adapters.report_data(report)


@router.get("/{slug}/writing-terms", response={200: list[ProgrammeTermOut], **ERRORS})
def programme_term_list(request, slug: Slug):
    """List the terms this programme has added to the checker."""
    programme = _programme(request, slug)
    return selectors.programme_term_list_for(actor=request.auth, programme=programme)


@router.post("/{slug}/writing-terms", response={201: ProgrammeTermOut, **ERRORS})
def programme_term_add(request, slug: Slug, payload: ProgrammeTermIn):
    """Add a term for the checker to point out in this programme's writing."""
    programme = _programme(request, slug)
    access.require(request.auth, "change", programme)
    term = services.programme_term_add(actor=request.auth, programme=programme, **payload.dict())
    return Status(201, term)


@router.delete("/{slug}/writing-terms/{term_id}", response={204: None, **ERRORS})
def programme_term_remove(request, slug: Slug, term_id: Id):
    """Take a term off the programme's list."""
    programme = _programme(request, slug)
    term = selectors.programme_term_get_for(actor=request.auth, programme=programme, pk=term_id)
    services.programme_term_remove(actor=request.auth, term=term)
    return Status(204, None)
