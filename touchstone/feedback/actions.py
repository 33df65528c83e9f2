"""Actions that serve decisions: add, finish or drop them, and remind their owners.

Reminders go a few days before the due date and the day after it passes, once each:
the dates they went are stored, so running the job twice sends nothing twice.
"""

import datetime

from django.db import transaction
from django.utils import timezone

from touchstone.accounts import access
from touchstone.accounts.tasks import send_email_task
from touchstone.core import audit
from touchstone.core.errors import ServiceError

from .choices import ActionStatus, DecisionStatus
from .models import Action, Decision

MANAGE = "manage_feedback"
REMIND_DAYS_BEFORE = 3


def action_create(*, actor, decision: Decision, description: str, owner, due_on) -> Action:
    """Give someone on the register a job to do for a decision, by a date."""
    programme = decision.programme
    access.require(actor, MANAGE, programme)
    description = (description or "").strip()
    if not description:
        raise ServiceError("Say what needs to be done.", field="description")
    if len(description) > 300:
        raise ServiceError("Use 300 characters or fewer.", field="description")
    if owner is None or not owner.programmes.filter(pk=programme.pk).exists():
        raise ServiceError("Choose who will do it from the programme's register.", field="owner")
    if due_on is None:
        raise ServiceError("Enter the date it is due.", field="due_on")
    if decision.status == DecisionStatus.SUPERSEDED:
        raise ServiceError(
            "That decision has been replaced. Add the action to the decision that replaced it."
        )
    with transaction.atomic():
        action = Action.objects.create(
            programme=programme,
            decision=decision,
            description=description,
            owner=owner,
            due_on=due_on,
        )
        audit.record(
            actor=actor,
            action="action.create",
            target=action,
            programme=programme,
            changes={"owner": [None, str(owner)], "due_on": [None, due_on.isoformat()]},
        )
    return action


def action_set_status(*, actor, action: Action, status: str) -> Action:
    """Mark an action done, dropped, or back to do."""
    programme = action.programme
    access.require(actor, MANAGE, programme)
    if status not in ActionStatus.values:
        raise ServiceError("Choose a status.", field="status")
    if status == action.status:
        return action
    with transaction.atomic():
        before = action.status
        action.status = status
        action.completed_on = timezone.localdate() if status == ActionStatus.DONE else None
        action.save(update_fields=["status", "completed_on"])
        audit.record(
            actor=actor,
            action="action.status",
            target=action,
            programme=programme,
            changes={"status": [before, status]},
        )
    return action


def _email(action: Action, *, overdue: bool, base_url: str) -> None:
    owner = action.owner
    when = action.due_on.strftime("%-d %B %Y")
    link = base_url.rstrip("/") + action.decision.get_absolute_url()
    opening = (
        f"This action was due on {when} and is not marked done yet"
        if overdue
        else f"This action is due on {when}"
    )
    send_email_task.enqueue(
        subject=f"{'Overdue' if overdue else 'Due soon'}: {action.description}",
        body=(
            f"Dear {owner.full_name},\n\n{opening}:\n\n    {action.description}\n\n"
            f"It serves the decision '{action.decision.title}' of "
            f"{action.programme.name}.\n{link}\n\nIf it is done, please tell the core team "
            "so they can mark it done.\n"
        ),
        to=[owner.email],
    )


def reminders_send(*, today: datetime.date | None = None, base_url: str) -> dict[str, int]:
    """Send each open action's reminders that are due and not yet sent; return the counts."""
    today = today or timezone.localdate()
    soon = today + datetime.timedelta(days=REMIND_DAYS_BEFORE)
    open_actions = Action.objects.filter(status=ActionStatus.OPEN).exclude(owner__email="")
    open_actions = open_actions.select_related("owner", "decision", "programme")
    due = {
        "before": ("reminded_before_on", open_actions.filter(due_on__gte=today, due_on__lte=soon)),
        "after": ("reminded_after_on", open_actions.filter(due_on__lt=today)),
    }
    sent = {"before": 0, "after": 0}
    for which, (field, actions) in due.items():
        for action in actions.filter(**{f"{field}__isnull": True}):
            # Claim the reminder first: a second run at the same moment claims nothing.
            with transaction.atomic():
                claimed = Action.objects.filter(pk=action.pk, **{f"{field}__isnull": True})
                if not claimed.update(**{field: today}):
                    continue
                transaction.on_commit(
                    lambda a=action, late=which == "after": _email(
                        a, overdue=late, base_url=base_url
                    )
                )
            sent[which] += 1
    return sent
