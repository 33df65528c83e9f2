"""Ways in: role profiles, and candidates who apply, are nominated, invited or imported.

Every new candidate comes through here, so each one gets a first stage in the history
the funnel report counts, and an audit entry. Public forms call these services with an
anonymous actor: they may only apply or nominate, and only for an open role.
"""

from django.db import IntegrityError, transaction
from django.utils import timezone

from touchstone.accounts import access
from touchstone.core import audit
from touchstone.core.errors import ServiceError
from touchstone.people.models import ContactMethod, Organisation

from . import intake_csv, services
from .choices import Payment, Quality, Route, Stage
from .demographics import CONSENT_VERSION
from .models import Candidate, Demographics, RoleProfile, StageChange

ROLE_PROFILE_FIELDS = [
    "group",
    "title",
    "involves",
    "hours_per_month",
    "meetings",
    "payment",
    "qualities",
    "contact",
    "is_open",
]
CANDIDATE_AUDIT_FIELDS = ["role_profile", "route", "stage", "reference", "full_name"]
# Where each way in starts. Invited people were asked straight to the induction workshop.
FIRST_STAGE = {
    Route.APPLIED: Stage.APPLIED,
    Route.NOMINATED: Stage.NOMINATED,
    Route.INVITED: Stage.INVITED_TO_WORKSHOP,
}


def _check_role_values(*, programme, group, payment: str, qualities) -> list[str]:
    if group.programme_id != programme.pk:
        raise ServiceError("Choose a group of this programme.", field="group")
    if payment not in Payment.values:
        raise ServiceError("Choose whether the role is paid or expenses only.", field="payment")
    unknown = [q for q in qualities if q not in Quality.values]
    if unknown:
        raise ServiceError(f"'{unknown[0]}' is not one of the qualities.", field="qualities")
    return [q for q in Quality.values if q in qualities]


@transaction.atomic
def role_profile_create(
    *,
    actor,
    programme,
    group,
    title: str,
    involves: str,
    hours_per_month: int,
    meetings: str,
    payment: str,
    qualities=(),
    contact: str = "",
    is_open: bool = True,
) -> RoleProfile:
    """Describe a lay partner role in a group, so people can apply or be nominated."""
    access.require(actor, "change", programme)
    qualities = _check_role_values(
        programme=programme, group=group, payment=payment, qualities=qualities
    )
    role = RoleProfile.objects.create(
        programme=programme,
        group=group,
        title=title.strip(),
        involves=involves.strip(),
        hours_per_month=hours_per_month,
        meetings=meetings.strip(),
        payment=payment,
        qualities=qualities,
        contact=contact.strip(),
        is_open=is_open,
    )
    audit.record(
        actor=actor,
        action="role_profile.create",
        target=role,
        programme=programme,
        changes=audit.snapshot(role, ROLE_PROFILE_FIELDS),
    )
    return role


@transaction.atomic
def role_profile_update(*, actor, role_profile: RoleProfile, **values) -> RoleProfile:
    """Change a role profile; closing it stops new applications and nominations."""
    programme = role_profile.programme
    access.require(actor, "change", programme)
    unknown = set(values) - set(ROLE_PROFILE_FIELDS)
    if unknown:
        raise ServiceError(f"A role profile has no field called {sorted(unknown)[0]}.")
    merged = {name: getattr(role_profile, name) for name in ROLE_PROFILE_FIELDS} | values
    merged["qualities"] = _check_role_values(
        programme=programme,
        group=merged["group"],
        payment=merged["payment"],
        qualities=merged["qualities"],
    )
    before = audit.snapshot(role_profile, ROLE_PROFILE_FIELDS)
    for name, value in merged.items():
        setattr(role_profile, name, value.strip() if isinstance(value, str) else value)
    changes = audit.diff(before, audit.snapshot(role_profile, ROLE_PROFILE_FIELDS))
    if changes:
        role_profile.save()
        audit.record(
            actor=actor,
            action="role_profile.update",
            target=role_profile,
            programme=programme,
            changes=changes,
        )
    return role_profile


def _engaged_organisation(programme, name: str) -> Organisation | None:
    """Find an organisation the programme engages by its name, ignoring case."""
    name = " ".join(name.split())
    if not name:
        return None
    return Organisation.objects.filter(name__iexact=name, engagements__programme=programme).first()


def _check_entry(*, actor, role_profile: RoleProfile, route: str) -> bool:
    """Check who may add this candidate; return whether staff are entering it."""
    if getattr(actor, "is_authenticated", False):
        access.require(actor, "change", role_profile.programme)
        if route not in Route.values:
            raise ServiceError("Choose how they came to us.", field="route")
        return True
    if not role_profile.is_open:
        raise ServiceError("This role is not taking applications or nominations now.")
    if route not in (Route.APPLIED, Route.NOMINATED):
        raise ServiceError("Only staff can record an invitation.", field="route")
    return False


@transaction.atomic
def candidate_create(
    *,
    actor,
    role_profile: RoleProfile,
    route: str,
    full_name: str,
    email: str = "",
    phone: str = "",
    postal_address: str = "",
    postcode: str = "",
    preferred_contact: str = ContactMethod.EMAIL,
    about: str = "",
    qualities=(),
    organisation_name: str = "",
    nominator_name: str = "",
    nominator_email: str = "",
    community: str = "",
    submission_key: str = "",
) -> Candidate:
    """Add someone who applied, was nominated or was invited, at their route's first stage.

    A public form sends a `submission_key`; sending the same key again returns the
    candidate the first send created (with `was_repeat` set), so a double click or a
    retry never makes a second record.
    """
    programme = role_profile.programme
    by_staff = _check_entry(actor=actor, role_profile=role_profile, route=route)
    if submission_key:
        earlier = Candidate.objects.filter(programme=programme, submission_key=submission_key)
        if earlier.exists():
            repeat = earlier.get()
            repeat.was_repeat = True
            return repeat
    if not full_name.strip():
        raise ServiceError("Enter their full name.", field="full_name")
    if preferred_contact not in ContactMethod.values:
        raise ServiceError("Choose how they prefer to be contacted.", field="preferred_contact")
    contact = {ContactMethod.EMAIL: email, ContactMethod.PHONE: phone}
    if preferred_contact == ContactMethod.POST:
        contact[ContactMethod.POST] = postal_address
    if not (contact[preferred_contact] or "").strip():
        field = {"email": "email", "phone": "phone", "post": "postal_address"}[preferred_contact]
        label = {"email": "an email address", "phone": "a phone number", "post": "an address"}
        raise ServiceError(
            f"Give {label[preferred_contact]}, or choose another way to be contacted.",
            field=field,
        )
    unknown = [q for q in qualities if q not in Quality.values]
    if unknown:
        raise ServiceError(f"'{unknown[0]}' is not one of the qualities.", field="qualities")
    organisation = None
    if route == Route.NOMINATED:
        if not organisation_name.strip() or not nominator_name.strip():
            raise ServiceError(
                "Give the name of the organisation and of the person nominating.",
                field="organisation_name",
            )
        organisation = _engaged_organisation(programme, organisation_name)
        if organisation is None:
            nominator_name = f"{nominator_name.strip()}, {' '.join(organisation_name.split())}"
    now = timezone.now()
    candidate = Candidate(
        programme=programme,
        role_profile=role_profile,
        route=route,
        stage=FIRST_STAGE[route],
        full_name=full_name.strip(),
        email=email.strip(),
        phone=phone.strip(),
        postal_address=postal_address.strip(),
        postcode=" ".join(postcode.upper().split()),
        preferred_contact=preferred_contact,
        about=about.strip(),
        qualities=[q for q in Quality.values if q in qualities],
        nominated_by=organisation,
        nominator_name=nominator_name.strip()[:200] if route == Route.NOMINATED else "",
        nominator_email=nominator_email.strip() if route == Route.NOMINATED else "",
        community=community.strip() if route == Route.INVITED else "",
        entered_by=actor if by_staff else None,
        submission_key=submission_key,
        created_at=now,
        stage_changed_at=now,
    )
    try:
        with transaction.atomic():
            candidate.save()
    except IntegrityError:
        # The same form arrived twice at once: the other request made the candidate.
        repeat = Candidate.objects.get(programme=programme, submission_key=submission_key)
        repeat.was_repeat = True
        return repeat
    services.record_entry(actor=actor, candidate=candidate)
    audit.record(
        actor=actor,
        action="candidate.create",
        target=candidate,
        programme=programme,
        changes={
            **audit.snapshot(candidate, CANDIDATE_AUDIT_FIELDS),
            "entered by staff": by_staff,
        },
    )
    candidate.was_repeat = False
    return candidate


@transaction.atomic
def candidates_import(*, actor, role_profile: RoleProfile, data: bytes) -> dict:
    """Add a pool of people from a CSV file, all or nothing, straight into the pool.

    Every row is checked before any is stored, so a bad row never leaves half a pool.
    Demographic answers are kept only for rows whose consent column says yes.
    Returns {"added": n, "with_answers": m}.
    """
    programme = role_profile.programme
    access.require(actor, "view_sensitive", programme)
    access.require(actor, "change", programme)
    rows = intake_csv.parse(data, areas=services.areas_of(programme))
    taken = set(
        Candidate.objects.filter(
            programme=programme, reference__in=[row.reference for row in rows]
        ).values_list("reference", flat=True)
    )
    problems = [
        f"Row {row.line}, column id: someone with id '{row.reference}' is already in this "
        "programme. Give this person a new id, or remove the row."
        for row in rows
        if row.reference in taken
    ]
    if problems:
        raise intake_csv.ImportProblems(problems)
    now = timezone.now()
    candidates = Candidate.objects.bulk_create(
        Candidate(
            programme=programme,
            role_profile=role_profile,
            route=Route.APPLIED,
            stage=Stage.IN_POOL,
            reference=row.reference,
            full_name=row.name,
            email=row.email,
            phone=row.phone,
            postcode=row.postcode,
            preferred_contact=ContactMethod.PHONE if row.phone and not row.email else "email",
            entered_by=actor,
            created_at=now,
            stage_changed_at=now,
        )
        for row in rows
    )
    if any(c.pk is None for c in candidates):  # a database that returns no ids
        candidates = list(
            Candidate.objects.filter(programme=programme, reference__in=[r.reference for r in rows])
        )
    by_reference = {c.reference: c for c in candidates}
    StageChange.objects.bulk_create(
        StageChange(candidate=c, to_stage=Stage.IN_POOL, at=now, by=actor) for c in candidates
    )
    answered = [row for row in rows if row.consent and row.answers]
    Demographics.objects.bulk_create(
        Demographics(
            candidate=by_reference[row.reference],
            answers=row.answers,
            consented_at=now,
            consent_version=CONSENT_VERSION,
            consent_recorded_by=actor,
        )
        for row in answered
    )
    audit.record(
        actor=actor,
        action="candidate.import",
        target=role_profile,
        programme=programme,
        changes={"people added": len(rows), "with demographic answers": len(answered)},
    )
    return {"added": len(rows), "with_answers": len(answered)}


@transaction.atomic
def application_submit(
    *, actor, role_profile: RoleProfile, answers: dict, consent: bool, **values
) -> Candidate:
    """Take an application with its optional demographic answers, together or not at all.

    On a repeated submission the answers are left as the first one stored them.
    """
    candidate = candidate_create(
        actor=actor, role_profile=role_profile, route=Route.APPLIED, **values
    )
    if not candidate.was_repeat:
        services.demographics_record(
            actor=actor, candidate=candidate, answers=answers, consent=consent
        )
    return candidate
