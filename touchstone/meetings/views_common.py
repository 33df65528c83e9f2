"""Finding a programme and one of its meetings, shared by the page and calendar views."""

from touchstone.programmes import selectors as programme_selectors

from . import selectors


def programme_for(request, slug, ability):
    """Find the programme (404 for anyone with no role in it), then insist on the ability."""
    return programme_selectors.programme_for(actor=request.user, slug=slug, ability=ability)


def meeting_for(request, slug, pk, ability):
    """Find one meeting within the programme only, so an id from elsewhere is a 404."""
    programme = programme_for(request, slug, ability)
    return selectors.meeting_get_for(actor=request.user, programme=programme, pk=pk)
