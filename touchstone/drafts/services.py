"""Write operations on a programme's own terms for the writing checker.

Adding and removing go through here so each change is checked for access and
written to the audit log in the same transaction.
"""

from django.db import transaction

from touchstone.accounts import access
from touchstone.core import audit
from touchstone.core.errors import ServiceError

from .models import ProgrammeTerm


@transaction.atomic
def programme_term_add(
    *, actor, programme, term: str, plain_alternative: str, note: str = ""
) -> ProgrammeTerm:
    """Add a term the checker should flag in this programme's writing."""
    access.require(actor, "change", programme)
    term, plain_alternative, note = term.strip(), plain_alternative.strip(), note.strip()
    if not term:
        raise ServiceError("Enter the term to look out for.", field="term")
    if not plain_alternative:
        raise ServiceError("Enter what to write instead.", field="plain_alternative")
    if ProgrammeTerm.objects.filter(programme=programme, term__iexact=term).exists():
        raise ServiceError(f"'{term}' is already on the list.", field="term")
    added = ProgrammeTerm.objects.create(
        programme=programme, term=term, plain_alternative=plain_alternative, note=note
    )
    audit.record(
        actor=actor,
        action="programme_term.add",
        target=added,
        programme=programme,
        changes={"term": term, "plain_alternative": plain_alternative, "note": note},
    )
    return added


@transaction.atomic
def programme_term_remove(*, actor, term: ProgrammeTerm) -> None:
    """Take a term off the programme's list; the audit log keeps what it was."""
    access.require(actor, "change", term.programme)
    audit.record(
        actor=actor,
        action="programme_term.remove",
        target=term,
        programme=term.programme,
        changes={"term": term.term, "plain_alternative": term.plain_alternative},
    )
    term.delete()
