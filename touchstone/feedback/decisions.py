"""Recording decisions, the feedback and lay partners behind them, and replacing them.

A decision may link only feedback from its own programme and lay partners on its
register, so the 'you said, we did' chain can be trusted.
"""

from django.db import transaction

from touchstone.accounts import access
from touchstone.core import audit
from touchstone.core.errors import ServiceError
from touchstone.people.models import PersonKind

from .choices import DecisionStatus
from .models import Decision

MANAGE = "manage_feedback"
FIELDS = ["group", "meeting", "title", "decided", "options", "dissent", "status", "decided_on"]


def _check(programme, values: dict, feedback, lay_contributors) -> dict:
    for name in ("title", "decided", "options", "dissent"):
        values[name] = (values.get(name) or "").strip()
    if not values["title"]:
        raise ServiceError("Enter a short title for the decision.", field="title")
    if not values["decided"]:
        raise ServiceError("Say what was decided, and why.", field="decided")
    if values.get("group") is None or values["group"].programme_id != programme.pk:
        raise ServiceError("Choose the group that made the decision.", field="group")
    meeting = values.get("meeting")
    if meeting is not None and meeting.programme_id != programme.pk:
        raise ServiceError("Choose a meeting in this programme.", field="meeting")
    if values.get("decided_on") is None:
        raise ServiceError("Enter the date of the decision.", field="decided_on")
    if values.get("status") not in (DecisionStatus.PROPOSED, DecisionStatus.AGREED):
        raise ServiceError("Choose whether it is proposed or agreed.", field="status")
    if any(item.programme_id != programme.pk for item in feedback):
        raise ServiceError("Link feedback from this programme only.", field="feedback")
    register = set(programme.people.values_list("pk", flat=True))
    for person in lay_contributors:
        if person.pk not in register or person.kind != PersonKind.LAY_PARTNER:
            raise ServiceError(
                f"{person.full_name} is not a lay partner in this programme.",
                field="lay_contributors",
            )
    return values


def _links(decision) -> dict:
    return {
        "feedback": sorted(decision.feedback.values_list("pk", flat=True)),
        "lay_contributors": sorted(decision.lay_contributors.values_list("pk", flat=True)),
    }


def decision_create(*, actor, programme, feedback=(), lay_contributors=(), **values) -> Decision:
    """Record a decision with what informed it."""
    access.require(actor, MANAGE, programme)
    values = _check(programme, values, feedback, lay_contributors)
    with transaction.atomic():
        decision = Decision.objects.create(programme=programme, **values)
        decision.feedback.set(feedback)
        decision.lay_contributors.set(lay_contributors)
        audit.record(
            actor=actor,
            action="decision.create",
            target=decision,
            programme=programme,
            changes=audit.diff({}, audit.snapshot(decision, FIELDS) | _links(decision)),
        )
    return decision


def decision_update(*, actor, decision: Decision, feedback, lay_contributors, **values):
    """Change a decision that has not been replaced."""
    programme = decision.programme
    access.require(actor, MANAGE, programme)
    if decision.status == DecisionStatus.SUPERSEDED:
        raise ServiceError(
            "This decision has been replaced by a later one, so it is kept as it was. "
            "Change the later decision instead."
        )
    values = _check(programme, values, feedback, lay_contributors)
    before = audit.snapshot(decision, FIELDS) | _links(decision)
    with transaction.atomic():
        for name, value in values.items():
            setattr(decision, name, value)
        decision.save()
        decision.feedback.set(feedback)
        decision.lay_contributors.set(lay_contributors)
        after = audit.snapshot(decision, FIELDS) | _links(decision)
        audit.record(
            actor=actor,
            action="decision.update",
            target=decision,
            programme=programme,
            changes=audit.diff(before, after),
        )
    return decision


def decision_supersede(*, actor, decision: Decision, by: Decision) -> Decision:
    """Mark a decision as replaced by a later one; it stays on record, linked to it."""
    programme = decision.programme
    access.require(actor, MANAGE, programme)
    if by.programme_id != programme.pk or by.pk == decision.pk:
        raise ServiceError("Choose another decision in this programme.", field="by")
    if by.status == DecisionStatus.SUPERSEDED:
        raise ServiceError(
            "That decision has itself been replaced. Choose a current one.", field="by"
        )
    if decision.status == DecisionStatus.SUPERSEDED:
        raise ServiceError("This decision has already been replaced.")
    with transaction.atomic():
        before = {"status": decision.status, "superseded_by": None}
        decision.status, decision.superseded_by = DecisionStatus.SUPERSEDED, by
        decision.save(update_fields=["status", "superseded_by"])
        audit.record(
            actor=actor,
            action="decision.supersede",
            target=decision,
            programme=programme,
            changes=audit.diff(before, {"status": decision.status, "superseded_by": str(by)}),
        )
    return decision
