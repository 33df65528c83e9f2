"""Access and support needs: recorded with consent, and turned into a checklist per meeting.

A person records their own needs, or a programme manager records them on their behalf
(from a phone call or a paper form) and says that the person agreed. Without consent
nothing is kept; withdrawing it deletes what was kept. The audit log says that needs
changed, never what they are.
"""

from dataclasses import dataclass, field

from django.db import transaction
from django.utils import timezone

from touchstone.accounts import access
from touchstone.core import audit
from touchstone.core.errors import ServiceError

from .models import SUPPORT_NEEDS, AttendanceStatus, Meeting, SupportNeeds

# Venue features that answer a need; a need with no matching feature is flagged.
VENUE_ANSWERS = {"step_free": "step_free", "hearing_loop": "hearing_loop"}


def _may_record(actor, person, programme) -> bool:
    own = getattr(person, "user_id", None) and person.user_id == getattr(actor, "pk", None)
    return bool(own) or access.can(actor, "change", programme)


def needs_record(*, actor, programme, person, needs, dietary="", other="", consent: bool):
    """Keep what a person needs to take part, only when they have agreed to it being kept."""
    if not _may_record(actor, person, programme):
        access.require(actor, "change", programme)
    if not person.programmes.filter(pk=programme.pk).exists():
        raise ServiceError("This person is not on the programme's register.")
    unknown = [code for code in needs if code not in SUPPORT_NEEDS]
    if unknown:
        raise ServiceError(f"'{unknown[0]}' is not one of the needs we can arrange.", field="needs")
    if not consent:
        raise ServiceError(
            "We can keep these needs only if the person agrees. Tick the box to say they "
            "agree, or leave the needs empty.",
            field="consent",
        )
    ordered = [code for code in SUPPORT_NEEDS if code in needs]
    dietary = (dietary or "").strip()[:200] if "dietary" in ordered else ""
    with transaction.atomic():
        row, _ = SupportNeeds.objects.update_or_create(
            person=person,
            defaults={
                "needs": ordered,
                "dietary": dietary,
                "other": (other or "").strip()[:500],
                "consent_at": timezone.now(),
                "consent_recorded_by": actor if getattr(actor, "pk", None) else None,
            },
        )
        audit.record(
            actor=actor,
            action="support_needs.record",
            target=person,
            programme=programme,
            changes={"support needs": ["(not shown)", "(changed, not shown)"]},
        )
    return row


def needs_erase(*, actor, programme, person) -> None:
    """Delete a person's needs when they withdraw consent or ask for them to go."""
    if not _may_record(actor, person, programme):
        access.require(actor, "change", programme)
    with transaction.atomic():
        deleted, _ = SupportNeeds.objects.filter(person=person).delete()
        if deleted:
            audit.record(
                actor=actor, action="support_needs.erase", target=person, programme=programme
            )


@dataclass
class ChecklistLine:
    code: str
    label: str
    arrange: str
    count: int
    names: list[str] = field(default_factory=list)  # empty unless the viewer arranges support
    venue_lacks: bool = False
    details: list[str] = field(default_factory=list)


def checklist_for(*, actor, meeting: Meeting) -> list[ChecklistLine] | None:
    """What to arrange for the people coming or invited, or None for those who may not see it.

    Programme managers arrange support and see names; the core team sees counts only.
    People who sent apologies or did not come are left out.
    """
    programme = meeting.programme
    if not access.can(actor, "view_candidates", programme):
        return None
    organiser = access.can(actor, "change", programme)
    coming = (AttendanceStatus.INVITED, AttendanceStatus.ACCEPTED, AttendanceStatus.ATTENDED)
    expected = meeting.attendances.filter(status__in=coming)
    rows = SupportNeeds.objects.filter(person__in=expected.values("person")).select_related(
        "person"
    )
    lines: dict[str, ChecklistLine] = {}
    for row in sorted(rows, key=lambda r: r.person.full_name):
        for code in row.needs:
            label, arrange = SUPPORT_NEEDS[code]
            line = lines.setdefault(code, ChecklistLine(code, label, arrange, 0))
            line.count += 1
            if organiser:
                line.names.append(row.person.full_name)
                if code == "dietary" and row.dietary:
                    line.details.append(f"{row.person.full_name}: {row.dietary}")
    for code, line in lines.items():
        feature = VENUE_ANSWERS.get(code)
        line.venue_lacks = bool(feature and meeting.address and not getattr(meeting, feature))
    return [lines[code] for code in SUPPORT_NEEDS if code in lines]
