"""Write operations on organisations, people and memberships.

Every change to who sits in a group goes through here, so the audit log and the
co-production checks never miss one.
"""

import phonenumbers
from django.db import IntegrityError, transaction
from django.db.models import Exists, OuterRef
from django.utils import timezone

from touchstone.accounts import access, invitations
from touchstone.core import audit
from touchstone.core.errors import ServiceError

from .models import (
    ContactMethod,
    Engagement,
    Membership,
    MembershipRole,
    Organisation,
    Person,
)

ORGANISATION_FIELDS = ["name", "category", "website"]
PERSON_FIELDS = [
    "full_name",
    "kind",
    "patient_experience",
    "carer_experience",
    "organisation",
    "email",
    "phone",
    "postal_address",
    "preferred_contact",
]
MEMBERSHIP_FIELDS = ["person", "group", "role", "started_on", "ended_on", "end_reason"]


# Organisations ---------------------------------------------------------------------------


@transaction.atomic
def organisation_create(
    *, actor, programme, name: str, category: str, website: str = "", status: str = "identified"
) -> Organisation:
    """Record the programme's engagement with an organisation, adding it to the directory.

    The directory is shared (ADR-003): when another programme has already added an
    organisation of this name, this programme is linked to it instead. The returned
    organisation's `was_in_directory` says which happened, so pages can say so.
    """
    access.require(actor, "change", programme)
    name = name.strip()
    engaged_here = Engagement.objects.filter(programme=programme, organisation=OuterRef("pk"))
    existing = (
        Organisation.objects.filter(name__iexact=name)
        .annotate(engaged_here=Exists(engaged_here))
        .order_by("-engaged_here", "pk")
        .first()
    )
    if existing is not None:
        if existing.engaged_here:
            raise ServiceError(f"This programme already engages {existing.name}.", field="name")
        return _organisation_engage(
            actor=actor,
            programme=programme,
            organisation=existing,
            details={"category": category, "website": website},
            status=status,
        )
    try:
        with transaction.atomic():
            organisation = Organisation.objects.create(
                name=name, category=category, website=website
            )
    except IntegrityError as error:
        raise ServiceError(
            "Someone added an organisation with this name a moment ago. Try again.", field="name"
        ) from error
    Engagement.objects.create(programme=programme, organisation=organisation, status=status)
    audit.record(
        actor=actor,
        action="organisation.create",
        target=organisation,
        programme=programme,
        changes={**audit.snapshot(organisation, ORGANISATION_FIELDS), "status": status},
    )
    organisation.was_in_directory = False
    return organisation


def _organisation_engage(
    *, actor, programme, organisation: Organisation, details: dict, status: str
) -> Organisation:
    """Link the programme to an organisation already in the directory.

    Its shared details are kept, since other programmes rely on them; only blank
    ones are filled in from what this programme gave.
    """
    before = audit.snapshot(organisation, ORGANISATION_FIELDS)
    kept = []
    for field, value in details.items():
        current = getattr(organisation, field)
        if value and not current:
            setattr(organisation, field, value)
        elif value and value != current:
            kept.append(field)
    filled = audit.diff(before, audit.snapshot(organisation, ORGANISATION_FIELDS))
    if filled:
        organisation.save(update_fields=list(filled))
    try:
        with transaction.atomic():
            Engagement.objects.create(programme=programme, organisation=organisation, status=status)
    except IntegrityError as error:
        raise ServiceError(
            f"This programme already engages {organisation.name}.", field="name"
        ) from error
    note = "Already in the directory, so linked to this programme"
    note += f"; kept its existing {' and '.join(kept)}." if kept else "."
    audit.record(
        actor=actor,
        action="organisation.engage",
        target=organisation,
        programme=programme,
        changes={"note": note, **filled, "status": status},
    )
    _record_elsewhere(actor=actor, programme=programme, organisation=organisation, changes=filled)
    organisation.was_in_directory = True
    return organisation


def _record_elsewhere(*, actor, programme, organisation: Organisation, changes: dict) -> None:
    """Log a change to shared details in every other programme engaging the organisation.

    The directory is shared, so without this a programme's record would miss changes
    made from another programme to an organisation it engages.
    """
    if not changes:
        return
    others = (
        Engagement.objects.filter(organisation=organisation)
        .exclude(programme=programme)
        .select_related("programme")
        .order_by("programme_id")
    )
    for engagement in others:
        audit.record(
            actor=actor,
            action="organisation.update",
            target=organisation,
            programme=engagement.programme,
            changes={**changes, "changed_in": programme.name},
        )


@transaction.atomic
def organisation_update(
    *, actor, programme, organisation: Organisation, status: str | None = None, **values
) -> Organisation:
    """Change an organisation's shared details and this programme's engagement status.

    The name, category and website are shared, so a change to them is logged in every
    programme that engages the organisation; the status belongs to this programme only.
    """
    access.require(actor, "change", programme)
    if not organisation.engagements.filter(programme=programme).exists():
        raise ServiceError("This organisation is not part of this programme.")
    before = audit.snapshot(organisation, ORGANISATION_FIELDS)
    for name, value in values.items():
        if name not in ORGANISATION_FIELDS:
            raise ServiceError(f"The field '{name}' cannot be changed.")
        setattr(organisation, name, value)
    clash = Organisation.objects.filter(name__iexact=organisation.name).exclude(pk=organisation.pk)
    if clash.exists():
        raise ServiceError("Another organisation already has this name.", field="name")
    organisation.save()
    shared = audit.diff(before, audit.snapshot(organisation, ORGANISATION_FIELDS))
    changes = dict(shared)
    if status is not None:
        engagement = organisation.engagements.get(programme=programme)
        if engagement.status != status:
            changes["status"] = [engagement.status, status]
            engagement.status = status
            engagement.save(update_fields=["status", "updated_at"])
    audit.record(
        actor=actor,
        action="organisation.update",
        target=organisation,
        programme=programme,
        changes=changes,
    )
    _record_elsewhere(actor=actor, programme=programme, organisation=organisation, changes=shared)
    return organisation


# People ----------------------------------------------------------------------------------


BAD_PHONE = "Enter a UK phone number, like 020 7946 0000, or an international one starting with +."


def _clean_person(values: dict) -> dict:
    """Normalise contact details and check the preferred method can be used."""
    phone = (values.get("phone") or "").strip()
    if phone:
        try:
            number = phonenumbers.parse(phone, "GB")
        except phonenumbers.NumberParseException as error:
            raise ServiceError(BAD_PHONE, field="phone") from error
        if not phonenumbers.is_valid_number(number):
            raise ServiceError(BAD_PHONE, field="phone")
        values["phone"] = phonenumbers.format_number(
            number,
            phonenumbers.PhoneNumberFormat.INTERNATIONAL
            if number.country_code != 44
            else phonenumbers.PhoneNumberFormat.NATIONAL,
        )
        if len(values["phone"]) > Person._meta.get_field("phone").max_length:
            raise ServiceError(
                "This phone number is too long. Leave out any extension.", field="phone"
            )
    if "email" in values:
        values["email"] = (values["email"] or "").strip().lower()
    method = values.get("preferred_contact")
    needed = {
        ContactMethod.EMAIL: "email",
        ContactMethod.PHONE: "phone",
        ContactMethod.POST: "postal_address",
    }.get(method)
    if needed and not (values.get(needed) or "").strip():
        label = {
            "email": "an email address",
            "phone": "a phone number",
            "postal_address": "a postal address",
        }[needed]
        raise ServiceError(f"Enter {label}, or choose another way to contact them.", field=needed)
    return values


@transaction.atomic
def person_create(*, actor, programme, full_name: str, kind: str, **values) -> Person:
    """Add a person to the programme's register, whether or not they will ever sign in."""
    access.require(actor, "change", programme)
    values = _clean_person({"full_name": full_name.strip(), "kind": kind, **values})
    person = Person.objects.create(**values)
    person.programmes.add(programme)
    audit.record(
        actor=actor,
        action="person.create",
        target=person,
        programme=programme,
        changes=audit.snapshot(person, PERSON_FIELDS),
    )
    return person


@transaction.atomic
def person_update(*, actor, programme, person: Person, **values) -> Person:
    """Change a person's details; the change is audited field by field."""
    access.require(actor, "change", programme)
    if not person.programmes.filter(pk=programme.pk).exists():
        raise ServiceError("This person is not on this programme's register.")
    unknown = set(values) - set(PERSON_FIELDS)
    if unknown:
        raise ServiceError(f"These fields cannot be changed: {', '.join(sorted(unknown))}.")
    before = audit.snapshot(person, PERSON_FIELDS)
    merged = _clean_person({**{f: getattr(person, f) for f in PERSON_FIELDS}, **values})
    for name in PERSON_FIELDS:
        setattr(person, name, merged[name])
    person.save()
    audit.record(
        actor=actor,
        action="person.update",
        target=person,
        programme=programme,
        changes=audit.diff(before, audit.snapshot(person, PERSON_FIELDS)),
    )
    return person


# Memberships -----------------------------------------------------------------------------


@transaction.atomic
def membership_add(
    *, actor, group, person: Person, role: str = MembershipRole.MEMBER, started_on=None
) -> Membership:
    """Seat a person in a group; if they can sign in, they gain access to the programme."""
    programme = group.programme
    access.require(actor, "change", programme)
    if not person.programmes.filter(pk=programme.pk).exists():
        raise ServiceError("Add this person to the programme's register first.", field="person")
    started_on = started_on or timezone.localdate()
    if programme.ends_on and started_on > programme.ends_on:
        raise ServiceError("The start date is after the programme ends.", field="started_on")
    try:
        with transaction.atomic():
            membership = Membership.objects.create(
                person=person, group=group, role=role, started_on=started_on
            )
    except IntegrityError as error:
        raise ServiceError(f"{person} is already a member of {group}.", field="person") from error
    if person.user_id:
        invitations.seat_access_sync(
            actor=actor,
            programme=programme,
            person=person,
            wanted=invitations.role_for_seat(membership),
            lower=False,
        )
    audit.record(
        actor=actor,
        action="membership.add",
        target=membership,
        programme=programme,
        changes=audit.snapshot(membership, MEMBERSHIP_FIELDS),
    )
    return membership


@transaction.atomic
def membership_end(*, actor, membership: Membership, reason: str, ended_on=None) -> Membership:
    """End a membership, keeping its history, and record why."""
    programme = membership.group.programme
    access.require(actor, "change", programme)
    if membership.ended_on is not None:
        raise ServiceError("This membership has already ended.")
    ended_on = ended_on or timezone.localdate()
    if ended_on < membership.started_on:
        raise ServiceError("A membership cannot end before it started.", field="ended_on")
    if not reason.strip():
        raise ServiceError("Say why the membership is ending.", field="reason")
    membership.ended_on = ended_on
    membership.end_reason = reason.strip()
    membership.save(update_fields=["ended_on", "end_reason"])
    person = membership.person
    invitations.seat_access_sync(
        actor=actor,
        programme=programme,
        person=person,
        wanted=invitations.suggested_role(person, programme),
        lower=True,
    )
    audit.record(
        actor=actor,
        action="membership.end",
        target=membership,
        programme=programme,
        changes={"ended_on": ended_on.isoformat(), "reason": membership.end_reason},
    )
    return membership


@transaction.atomic
def membership_change_role(*, actor, membership: Membership, role: str) -> Membership:
    """Change someone's role in a group, for example to make a lay partner co-chair."""
    programme = membership.group.programme
    access.require(actor, "change", programme)
    if membership.ended_on is not None:
        raise ServiceError("This membership has ended; add the person again instead.")
    if role not in MembershipRole.values:
        raise ServiceError("Choose a role from the list.", field="role")
    old = membership.role
    membership.role = role
    membership.save(update_fields=["role"])
    audit.record(
        actor=actor,
        action="membership.change_role",
        target=membership,
        programme=programme,
        changes={"role": [old, role]},
    )
    return membership
