"""Who may do what in a programme. Deny by default: no role, no access.

Every view, API handler and service asks here, so the pages and the API can never
disagree about access.
"""

from django.db.models import QuerySet

from touchstone.core.errors import AccessDenied

from .models import ProgrammeRole, Role

# What each role may do. Programme managers may do everything.
ALL_ROLES = frozenset(Role)
ABILITIES: dict[str, frozenset[str]] = {
    "view": ALL_ROLES,
    "view_people": frozenset({Role.PROGRAMME_MANAGER, Role.CORE_TEAM_MEMBER, Role.GROUP_MEMBER}),
    # People who applied or were nominated but sit in no group yet: the team recruiting them.
    "view_candidates": frozenset({Role.PROGRAMME_MANAGER, Role.CORE_TEAM_MEMBER}),
    # Feedback, decisions and actions: the core team folds feedback into the next session.
    "manage_feedback": frozenset({Role.PROGRAMME_MANAGER, Role.CORE_TEAM_MEMBER}),
    "view_contact_details": frozenset({Role.PROGRAMME_MANAGER}),
    # Special-category data (UK GDPR art. 9), such as lived experience as a patient or carer.
    "view_sensitive": frozenset({Role.PROGRAMME_MANAGER}),
    "view_audit": frozenset({Role.PROGRAMME_MANAGER}),
    "change": frozenset({Role.PROGRAMME_MANAGER}),
    # Payments: approve claims, mark them paid, export to finance, claim for someone else.
    # The finance role may do this and nothing else beyond looking.
    "approve_claims": frozenset({Role.PROGRAMME_MANAGER, Role.FINANCE}),
    # Payment policy (roles, rates, allowed expenses, yearly total) is programme management.
    "set_payment_policy": frozenset({Role.PROGRAMME_MANAGER}),
}


def role_in(user, programme) -> str | None:
    """Return the user's role in the programme, or None when they have none."""
    if not getattr(user, "is_authenticated", False) or not user.is_active:
        return None
    if user.is_superuser:
        return Role.PROGRAMME_MANAGER
    cache = getattr(user, "_programme_roles", None)
    if cache is None:
        cache = dict(ProgrammeRole.objects.filter(user=user).values_list("programme_id", "role"))
        user._programme_roles = cache
    return cache.get(programme.pk)


def can(user, ability: str, programme) -> bool:
    """Say whether the user may do this in the programme."""
    role = role_in(user, programme)
    return role is not None and role in ABILITIES[ability]


def require(user, ability: str, programme) -> None:
    """Raise AccessDenied unless the user may do this in the programme."""
    if not can(user, ability, programme):
        raise AccessDenied(f"You do not have permission to {ability.replace('_', ' ')} here.")


def can_create_programmes(user) -> bool:
    """Only staff start new programmes; they become its first programme manager."""
    return bool(getattr(user, "is_authenticated", False) and user.is_active and user.is_staff)


def programmes_visible_to(user, queryset: QuerySet) -> QuerySet:
    """Narrow a programme queryset to those the user has a role in."""
    if not getattr(user, "is_authenticated", False) or not user.is_active:
        return queryset.none()
    if user.is_superuser:
        return queryset
    return queryset.filter(roles__user=user)


def forget_cached_roles(user) -> None:
    """Drop the per-request role cache after a role changes."""
    if hasattr(user, "_programme_roles"):
        del user._programme_roles
