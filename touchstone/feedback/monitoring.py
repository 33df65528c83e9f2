"""The figures that show whether feedback is heard: for the overview and the API."""

from dataclasses import dataclass
from statistics import median

from django.db.models import Q
from django.utils import timezone

from .choices import FeedbackStatus, GiverKind
from .models import Action, FeedbackItem
from .selectors import live_decisions, overdue_q


@dataclass(frozen=True)
class FeedbackFigures:
    feedback: int
    responded: int
    median_days_to_response: float | None
    decisions: int
    decisions_with_lay_input: int
    actions_open: int
    actions_overdue: int

    @property
    def share_responded(self) -> float | None:
        return self.responded / self.feedback if self.feedback else None

    @property
    def share_decisions_with_lay_input(self) -> float | None:
        return self.decisions_with_lay_input / self.decisions if self.decisions else None


def lay_input_q() -> Q:
    """A decision has lay input when a lay partner spoke to it or lay feedback informed it."""
    lay_kinds = [GiverKind.LAY_PARTNER, GiverKind.PUBLIC]
    return Q(lay_contributors__isnull=False) | Q(feedback__giver_kind__in=lay_kinds)


def figures_for(programme, *, today=None) -> FeedbackFigures:
    """Count feedback, responses, decisions and actions; six queries whatever the size."""
    items = FeedbackItem.objects.filter(programme=programme)
    waits = [
        (timezone.localtime(responded).date() - received).days
        for received, responded in items.filter(status=FeedbackStatus.RESPONDED).values_list(
            "received_on", "responded_at"
        )
        if responded is not None
    ]
    decisions = live_decisions(programme)
    actions = Action.objects.filter(programme=programme)
    return FeedbackFigures(
        feedback=items.count(),
        responded=len(waits),
        median_days_to_response=median(waits) if waits else None,
        decisions=decisions.count(),
        decisions_with_lay_input=decisions.filter(lay_input_q()).distinct().count(),
        actions_open=actions.filter(status="open").count(),
        actions_overdue=actions.filter(overdue_q(today)).count(),
    )
