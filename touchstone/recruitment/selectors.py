"""Reads for recruitment, scoped to the person asking and the programme.

Demographic answers are handed out only to those with the view_sensitive ability
(programme managers); everyone else gets counts, with any count under 5 suppressed.
"""

from django.db.models import QuerySet
from django.http import Http404

from touchstone.accounts import access

from .models import Candidate, RoleProfile

SMALL = 5  # counts below this are never shown to anyone but programme managers


def suppress(count: int, *, sensitive: bool) -> int | None:
    """Return the count, or None where it is under 5 and the viewer may not see it."""
    return count if sensitive or count == 0 or count >= SMALL else None


def role_profile_list_for(*, actor, programme) -> QuerySet[RoleProfile]:
    access.require(actor, "view_people", programme)
    return RoleProfile.objects.filter(programme=programme).select_related("group")


def role_profile_get_for(*, actor, programme, pk) -> RoleProfile:
    try:
        return role_profile_list_for(actor=actor, programme=programme).get(pk=pk)
    except (RoleProfile.DoesNotExist, ValueError, TypeError) as error:
        raise Http404("No such role") from error


def candidate_list_for(*, actor, programme, stage: str = "", role_profile=None):
    """Return the programme's candidates, optionally at one stage or for one role."""
    access.require(actor, "view_candidates", programme)
    candidates = Candidate.objects.filter(programme=programme).select_related(
        "role_profile", "nominated_by"
    )
    if stage:
        candidates = candidates.filter(stage=stage)
    if role_profile is not None:
        candidates = candidates.filter(role_profile=role_profile)
    return candidates


def candidate_get_for(*, actor, programme, pk) -> Candidate:
    try:
        return candidate_list_for(actor=actor, programme=programme).get(pk=pk)
    except (Candidate.DoesNotExist, ValueError, TypeError) as error:
        raise Http404("No such candidate") from error


def answers_for(*, actor, programme, candidates) -> dict[int, dict[str, str]]:
    """Return {candidate id: answers} for those who consented; managers only."""
    access.require(actor, "view_sensitive", programme)
    ids = [c.pk for c in candidates]
    rows = Candidate.objects.filter(pk__in=ids, demographics__isnull=False).values_list(
        "pk", "demographics__answers"
    )
    return {pk: answers or {} for pk, answers in rows}


def open_role_get(*, slug: str, pk) -> RoleProfile:
    """Return a role taking applications, for the public pages; 404 when closed or unknown."""
    try:
        return RoleProfile.objects.select_related("programme", "group").get(
            programme__slug=slug, pk=pk, is_open=True
        )
    except (RoleProfile.DoesNotExist, ValueError, TypeError) as error:
        raise Http404("No such role") from error


def submission_seen(*, programme, key: str) -> bool:
    """Say whether a public form with this key has already been stored."""
    return bool(key) and Candidate.objects.filter(programme=programme, submission_key=key).exists()
