"""Reads for programme terms, always scoped to the person asking."""

from django.db.models import QuerySet
from django.http import Http404

from touchstone.accounts import access
from touchstone.programmes.models import Programme

from .models import ProgrammeTerm


def programme_term_list_for(*, actor, programme: Programme) -> QuerySet[ProgrammeTerm]:
    """Return the programme's own terms, for anyone who may see the programme."""
    access.require(actor, "view", programme)
    return ProgrammeTerm.objects.filter(programme=programme)


def programme_term_get_for(*, actor, programme: Programme, pk: int) -> ProgrammeTerm:
    """Return one of the programme's terms, or 404 when it belongs to no term of this programme."""
    term = programme_term_list_for(actor=actor, programme=programme).filter(pk=pk).first()
    if term is None:
        raise Http404("Term not found")
    return term


def extra_terms_of(programme: Programme) -> dict[str, str]:
    """Return the programme's terms as the checker takes them: {term: plain alternative}."""
    return dict(
        ProgrammeTerm.objects.filter(programme=programme).values_list("term", "plain_alternative")
    )
