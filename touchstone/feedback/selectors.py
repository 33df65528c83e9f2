"""Reads for feedback, decisions and actions, scoped to the programme asked about."""

from django.core.cache import cache
from django.db.models import Count, Prefetch, Q, QuerySet
from django.http import Http404
from django.utils import timezone

from .choices import ActionStatus, DecisionStatus, FeedbackStatus
from .models import Action, Decision, DesignDocument, FeedbackEvent, FeedbackItem, Theme


def event_list(*, programme) -> QuerySet[FeedbackEvent]:
    return FeedbackEvent.objects.filter(programme=programme).annotate(item_count=Count("items"))


def event_get(*, programme, pk) -> FeedbackEvent:
    event = FeedbackEvent.objects.filter(programme=programme, pk=pk).first()
    if event is None:
        raise Http404("Event not found")
    return event


# Everyone at an event opens and sends the same form within minutes: keep the event that
# far from the database. Opening or closing it forgets it at once (in every worker when the
# cache is shared through REDIS_URL; other workers' own caches within these seconds).
PUBLIC_EVENT_SECONDS = 10


def _event_cache_key(code: str) -> str:
    return f"feedback:event:{code.lower()}"


def event_by_code(code: str) -> FeedbackEvent | None:
    """Find an event from its short link, typed in capitals or not."""
    key = _event_cache_key(code)
    event = cache.get(key)
    if event is None:
        event = FeedbackEvent.objects.select_related("programme").filter(code=code.lower()).first()
        if event is not None:
            cache.set(key, event, PUBLIC_EVENT_SECONDS)
    return event


def event_forget(event: FeedbackEvent) -> None:
    """Drop the kept copy of an event after it changes, so its link shows the change."""
    cache.delete(_event_cache_key(event.code))


def theme_list(*, programme) -> QuerySet[Theme]:
    return Theme.objects.filter(programme=programme)


def item_list(*, programme, status="", theme=None, event=None) -> QuerySet[FeedbackItem]:
    items = (
        FeedbackItem.objects.filter(programme=programme)
        .select_related("event", "group", "giver")
        .prefetch_related("themes")
    )
    if status in FeedbackStatus.values:
        items = items.filter(status=status)
    if theme is not None:
        items = items.filter(themes=theme)
    if event is not None:
        items = items.filter(event=event)
    return items


def recent_items(*, programme, limit=300, also=()) -> QuerySet[FeedbackItem]:
    """The latest feedback to choose from on a form, plus any already chosen (`also`).

    A filterable queryset, not a slice, so a form can check what was sent against it.
    """
    mine = FeedbackItem.objects.filter(programme=programme)
    ids = list(mine.order_by("-received_on", "-pk").values_list("pk", flat=True)[:limit])
    chosen = Q(pk__in=[int(pk) for pk in also if str(pk).isdigit()])
    return mine.filter(Q(pk__in=ids) | chosen).order_by("-received_on", "-pk")


def item_get(*, programme, pk) -> FeedbackItem:
    item = item_list(programme=programme).filter(pk=pk).first()
    if item is None:
        raise Http404("Feedback not found")
    return item


def decision_list(*, programme, group=None) -> QuerySet[Decision]:
    decisions = Decision.objects.filter(programme=programme).select_related("group", "meeting")
    if group is not None:
        decisions = decisions.filter(group=group)
    return decisions.annotate(
        feedback_count=Count("feedback", distinct=True),
        lay_count=Count("lay_contributors", distinct=True),
    )


def decision_get(*, programme, pk) -> Decision:
    decision = (
        Decision.objects.filter(programme=programme, pk=pk)
        .select_related("group", "meeting", "superseded_by")
        .prefetch_related(
            "lay_contributors",
            Prefetch("feedback", FeedbackItem.objects.prefetch_related("themes")),
            Prefetch("actions", Action.objects.select_related("owner")),
            "supersedes",
        )
        .first()
    )
    if decision is None:
        raise Http404("Decision not found")
    return decision


def action_list(*, programme, group=None, owner=None, overdue_only=False) -> QuerySet[Action]:
    actions = Action.objects.filter(programme=programme).select_related(
        "owner", "decision", "decision__group"
    )
    if group is not None:
        actions = actions.filter(decision__group=group)
    if owner is not None:
        actions = actions.filter(owner=owner)
    if overdue_only:
        actions = actions.filter(overdue_q())
    return actions


def overdue_q(today=None) -> Q:
    return Q(status=ActionStatus.OPEN, due_on__lt=today or timezone.localdate())


def action_get(*, programme, pk) -> Action:
    action = action_list(programme=programme).filter(pk=pk).first()
    if action is None:
        raise Http404("Action not found")
    return action


def document_list(*, programme) -> QuerySet[DesignDocument]:
    return DesignDocument.objects.filter(programme=programme).annotate(
        version_count=Count("versions")
    )


def document_get(*, programme, pk) -> DesignDocument:
    document = (
        DesignDocument.objects.filter(programme=programme, pk=pk)
        .prefetch_related("versions__changes__item", "versions__created_by")
        .first()
    )
    if document is None:
        raise Http404("Document not found")
    return document


def live_decisions(programme) -> QuerySet[Decision]:
    return Decision.objects.filter(programme=programme).exclude(status=DecisionStatus.SUPERSEDED)
