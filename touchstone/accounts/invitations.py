"""Let a person on a programme's register sign in, and take that away again.

Lay partners never choose a password: they get an invitation that tells them to ask
for a sign-in link with the address we hold. Staff do this for them.
"""

from django.db import transaction
from django.urls import reverse

from touchstone.core import audit
from touchstone.core.errors import AccessDenied, ServiceError
from touchstone.programmes.selectors import active_q, seated_q

from . import access
from .models import ProgrammeRole, Role, User
from .tasks import send_email_task

ROLE_RANK = {
    Role.OBSERVER: 0,
    Role.GROUP_MEMBER: 1,
    Role.CORE_TEAM_MEMBER: 2,
    Role.PROGRAMME_MANAGER: 3,
}


def role_for_seat(membership) -> str:
    """Return the least role one seat needs: observers only look; core team sees more."""
    if membership.role == "observer":
        return Role.OBSERVER
    if membership.group.kind == "core_design_team":
        return Role.CORE_TEAM_MEMBER
    return Role.GROUP_MEMBER


def seat_access_sync(*, actor, programme, person, wanted: str, lower: bool) -> None:
    """Raise (or, when a seat ends, lower) a member's role to what their seats need.

    Programme managers and finance officers are never changed here (finance is not a
    step on the seat ladder); every change is audited.
    """
    if person.user_id is None:
        return
    grant = ProgrammeRole.objects.filter(user_id=person.user_id, programme=programme).first()
    current = grant.role if grant else None
    if current in (Role.PROGRAMME_MANAGER, Role.FINANCE):
        return
    rank = ROLE_RANK[wanted] - (ROLE_RANK[current] if current else -1)
    if (rank > 0) or (lower and rank < 0):
        ProgrammeRole.objects.update_or_create(
            user_id=person.user_id, programme=programme, defaults={"role": wanted}
        )
        access.forget_cached_roles(person.user)
        audit.record(
            actor=actor,
            action="role.grant",
            target=person,
            programme=programme,
            changes={"role": [current, wanted], "because": "seats changed"},
        )


def suggested_role(person, programme) -> str:
    """Suggest the least role a person's seats need: core team, group member or observer."""
    seats = person.memberships.filter(active_q(), seated_q(), group__programme=programme)
    if seats.filter(group__kind="core_design_team").exists():
        return Role.CORE_TEAM_MEMBER
    return Role.GROUP_MEMBER if seats.exists() else Role.OBSERVER


@transaction.atomic
def sign_in_access_grant(*, actor, programme, person, role: str, base_url: str) -> ProgrammeRole:
    """Give a person an account (if they have none) and a role, and email an invitation."""
    access.require(actor, "change", programme)
    if role not in Role.values:
        raise ServiceError("Choose what they may do.", field="role")
    if not person.programmes.filter(pk=programme.pk).exists():
        raise ServiceError("This person is not on this programme's register.")
    user = person.user
    if user is None:
        if not person.email:
            raise ServiceError(
                "Add an email address to their details first: sign-in links are sent by email.",
                field="role",
            )
        user = User.objects.filter(email__iexact=person.email).first()
        if user is not None and hasattr(user, "person") and user.person.pk != person.pk:
            raise ServiceError(
                f"{person.email} already belongs to someone else. Check their email address.",
                field="role",
            )
        if user is None:
            user = User.objects.create_user(person.email, full_name=person.full_name)
        person.user = user
        person.save(update_fields=["user"])
    if user.pk == actor.pk and role != Role.PROGRAMME_MANAGER:
        raise AccessDenied("You cannot lower your own access.")
    grant, created = ProgrammeRole.objects.update_or_create(
        user=user, programme=programme, defaults={"role": role}
    )
    access.forget_cached_roles(user)
    audit.record(
        actor=actor,
        action="access.grant",
        target=person,
        programme=programme,
        changes={"role": role, "account": user.email},
    )
    if created:
        _invite(user, programme, base_url)
    return grant


def _invite(user, programme, base_url: str) -> None:
    link = base_url.rstrip("/") + reverse("accounts:sign_in")
    body = (
        f"Hello {user.get_short_name()},\n\n"
        f"You can now see {programme.name} on Touchstone.\n\n"
        f"To sign in, go to {link} and enter this email address. We will send you a link "
        "that signs you in. You do not need a password.\n"
    )
    subject = f"You can now sign in to see {programme.name}"
    transaction.on_commit(
        lambda: send_email_task.enqueue(subject=subject, body=body, to=[user.email])
    )


@transaction.atomic
def sign_in_access_revoke(*, actor, programme, person) -> None:
    """Stop a person seeing the programme; their account and history stay."""
    access.require(actor, "change", programme)
    if person.user_id is None:
        raise ServiceError("This person cannot sign in already.")
    if person.user_id == actor.pk:
        raise AccessDenied("You cannot remove your own access.")
    deleted, _ = ProgrammeRole.objects.filter(user_id=person.user_id, programme=programme).delete()
    if not deleted:
        raise ServiceError("This person cannot see this programme already.")
    access.forget_cached_roles(person.user)
    audit.record(actor=actor, action="access.revoke", target=person, programme=programme)


def access_list_for(*, actor, programme):
    """Return who can sign in to the programme, with their role and register entry."""
    access.require(actor, "change", programme)
    return (
        ProgrammeRole.objects.filter(programme=programme)
        .select_related("user__person")
        .order_by("role", "user__full_name", "user__email")
    )
