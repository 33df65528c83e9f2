"""API for feedback, decisions, actions and the figures that show influence.

The same services and selectors as the pages, so both refuse the same things.
"""

from django.utils import timezone
from ninja import Router, Status
from ninja.responses import codes_4xx

from touchstone.core.errors import ServiceError
from touchstone.programmes import selectors as programme_selectors
from touchstone.programmes.schemas import ErrorOut, Id, Slug

from . import capture, decisions, monitoring, selectors, services
from .choices import ActionStatus
from .schemas import (
    ActionOut,
    DecisionIn,
    DecisionOut,
    FeedbackIn,
    FeedbackOut,
    FiguresOut,
    ResponseIn,
)

router = Router(tags=["feedback"])
ERRORS = {codes_4xx: ErrorOut}
MANAGE = "manage_feedback"


def _programme(request, slug, ability="view"):
    return programme_selectors.programme_for(actor=request.auth, slug=slug, ability=ability)


def _item_out(item) -> dict:
    return {
        "id": item.pk,
        **{
            name: getattr(item, name)
            for name in ("text", "source", "received_on", "giver_kind", "status", "visibility")
        },
        **{name: getattr(item, name) for name in ("outcome", "response", "responded_at")},
        "event": item.event_id,
        "group": item.group_id,
        "themes": [t.name for t in item.themes.all()],
        "decisions": [d.pk for d in item.decisions.all()],
    }


def _one(model_set, pk, what: str, field: str):
    """Find an id within the programme, or refuse naming the field."""
    if pk is None:
        return None
    found = model_set.filter(pk=pk).first()
    if found is None:
        raise ServiceError(f"There is no {what} with this id in this programme.", field=field)
    return found


@router.get("/{slug}/feedback", response={200: list[FeedbackOut], **ERRORS})
def feedback_list(request, slug: Slug, status: str = "", limit: int = 500, offset: int = 0):
    """List feedback, newest first, optionally by status (new, considering, responded)."""
    programme = _programme(request, slug)
    items = selectors.item_list(programme=programme, status=status).prefetch_related("decisions")
    limit = max(1, min(limit, 1000))
    return [_item_out(i) for i in items[max(offset, 0) : max(offset, 0) + limit]]


@router.post("/{slug}/feedback", response={201: FeedbackOut, 200: FeedbackOut, **ERRORS})
def feedback_create(request, slug: Slug, payload: FeedbackIn):
    """Enter feedback on someone's behalf. A repeated submission_key returns the first (200)."""
    programme = _programme(request, slug, MANAGE)
    data = payload.dict()
    data["event"] = _one(selectors.event_list(programme=programme), data["event"], "event", "event")
    data["group"] = _one(programme.groups.all(), data["group"], "group", "group")
    item = capture.feedback_enter(actor=request.auth, programme=programme, **data)
    return Status(200 if item.was_repeat else 201, _item_out(item))


@router.post("/{slug}/feedback/{item_id}/response", response={200: FeedbackOut, **ERRORS})
def feedback_respond(request, slug: Slug, item_id: Id, payload: ResponseIn):
    """Say what was done about a piece of feedback; emails the giver if they asked."""
    programme = _programme(request, slug, MANAGE)
    item = selectors.item_get(programme=programme, pk=item_id)
    services.item_respond(
        actor=request.auth,
        item=item,
        base_url=request.build_absolute_uri("/"),
        **payload.dict(),
    )
    return _item_out(selectors.item_get(programme=programme, pk=item_id))


def _decision_out(decision, today) -> dict:
    names = ("title", "decided", "options", "dissent", "status", "decided_on")
    return {
        "id": decision.pk,
        **{name: getattr(decision, name) for name in names},
        "group": decision.group_id,
        "meeting": decision.meeting_id,
        "superseded_by": decision.superseded_by_id,
        "feedback": sorted(i.pk for i in decision.feedback.all()),
        "lay_contributors": sorted(p.pk for p in decision.lay_contributors.all()),
        "actions": [_action_out(a, today) for a in decision.actions.all()],
    }


@router.get("/{slug}/decisions", response={200: list[DecisionOut], **ERRORS})
def decision_list(request, slug: Slug):
    """List decisions, newest first, with what informed them and their actions."""
    programme = _programme(request, slug)
    decisions_ = selectors.decision_list(programme=programme).prefetch_related(
        "feedback", "lay_contributors", "actions__owner"
    )
    today = timezone.localdate()
    return [_decision_out(d, today) for d in decisions_]


@router.post("/{slug}/decisions", response={201: DecisionOut, **ERRORS})
def decision_create(request, slug: Slug, payload: DecisionIn):
    """Record a decision with the feedback and lay partners that informed it."""
    programme = _programme(request, slug, MANAGE)
    data = payload.dict()
    data["group"] = _one(programme.groups.all(), data["group"], "group", "group")
    data["meeting"] = _one(programme.meetings.all(), data["meeting"], "meeting", "meeting")
    feedback = list(programme.feedback_items.filter(pk__in=data.pop("feedback")))
    people = list(programme.people.filter(pk__in=data.pop("lay_contributors")))
    if len(feedback) != len(set(payload.feedback)):
        raise ServiceError("Some feedback ids are not in this programme.", field="feedback")
    if len(people) != len(set(payload.lay_contributors)):
        raise ServiceError(
            "Some people ids are not on this programme's register.", field="lay_contributors"
        )
    decision = decisions.decision_create(
        actor=request.auth,
        programme=programme,
        feedback=feedback,
        lay_contributors=people,
        **data,
    )
    decision = selectors.decision_get(programme=programme, pk=decision.pk)
    return Status(201, _decision_out(decision, timezone.localdate()))


def _action_out(action, today) -> dict:
    return {
        "id": action.pk,
        "decision": action.decision_id,
        "description": action.description,
        "owner": action.owner_id,
        "owner_name": action.owner.full_name,
        "due_on": action.due_on,
        "status": action.status,
        "overdue": action.status == ActionStatus.OPEN and action.due_on < today,
    }


@router.get("/{slug}/actions", response={200: list[ActionOut], **ERRORS})
def action_list(request, slug: Slug, overdue: bool = False, group: Id | None = None):
    """List actions, soonest due first; overdue=true for the overdue ones only."""
    programme = _programme(request, slug)
    chosen = _one(programme.groups.all(), group, "group", "group")
    today = timezone.localdate()
    actions = selectors.action_list(programme=programme, group=chosen, overdue_only=overdue)
    return [_action_out(a, today) for a in actions]


@router.get("/{slug}/feedback-figures", response={200: FiguresOut, **ERRORS})
def figures(request, slug: Slug):
    """Feedback responded to, median days to respond, decisions with lay input, overdue actions."""
    programme = _programme(request, slug)
    f = monitoring.figures_for(programme)
    return {name: getattr(f, name) for name in FiguresOut.model_fields}
