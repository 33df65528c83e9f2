"""'You said, we did': feedback grouped by theme, with what was decided and done about it.

One builder serves the signed-in page, the public page and every export. The public
form shows only feedback marked public, with personal data redacted from its words, and
names nobody: not who gave it, not who owns an action.
"""

from dataclasses import dataclass, field

from django.db.models import Prefetch

from . import adapters
from .choices import ActionStatus, DecisionStatus, FeedbackStatus, Outcome, Visibility
from .models import Action, Decision, FeedbackItem

NO_THEME = "Other feedback"


@dataclass
class ActionLine:
    description: str
    status: str
    due_on: object
    owner: str  # blank on the public page


@dataclass
class DecisionLine:
    title: str
    decided: str
    decided_on: object
    status: str
    actions: list[ActionLine]


@dataclass
class Entry:
    pk: int
    text: str
    source: str
    received_on: object
    outcome: str
    outcome_code: str
    response: str
    decisions: list[DecisionLine]


@dataclass
class ThemeSection:
    name: str
    entries: list[Entry] = field(default_factory=list)

    @property
    def changed(self) -> int:
        return sum(e.outcome_code in (Outcome.CHANGED, Outcome.PARTLY) for e in self.entries)

    @property
    def not_changed(self) -> int:
        return sum(e.outcome_code == Outcome.NOT_CHANGED for e in self.entries)


@dataclass
class Results:
    title: str
    public: bool
    sections: list[ThemeSection]
    waiting: int  # feedback in scope with no response yet

    @property
    def responded(self) -> int:
        return len({e.pk for s in self.sections for e in s.entries})


def _decision_line(decision: Decision, public: bool) -> DecisionLine:
    actions = [
        ActionLine(
            description=a.description,
            status=ActionStatus(a.status).label,
            due_on=a.due_on,
            owner="" if public else a.owner.full_name,
        )
        for a in decision.actions.all()
        if a.status != ActionStatus.DROPPED
    ]
    return DecisionLine(
        title=decision.title,
        decided=decision.decided,
        decided_on=decision.decided_on,
        status=DecisionStatus(decision.status).label,
        actions=actions,
    )


def _entry(item: FeedbackItem, public: bool) -> Entry:
    decisions = [d for d in item.decisions.all() if not public or d.status != "proposed"]
    return Entry(
        pk=item.pk,
        text=adapters.public_text(item.text) if public else item.text,
        source=item.get_source_display(),
        received_on=item.received_on,
        outcome=item.get_outcome_display(),
        outcome_code=item.outcome,
        response=item.response,
        decisions=[_decision_line(d, public) for d in decisions],
    )


def results_for(programme, *, public: bool, group=None, event=None, title: str) -> Results:
    """Build the page for a programme, or one group or one event in it."""
    scope = FeedbackItem.objects.filter(programme=programme)
    if group is not None:
        scope = scope.filter(group=group)
    if event is not None:
        scope = scope.filter(event=event)
    if public:
        scope = scope.filter(visibility=Visibility.PUBLIC)
    waiting = scope.exclude(status=FeedbackStatus.RESPONDED).count()
    actions = Action.objects.select_related("owner").order_by("due_on", "pk")
    decisions = Decision.objects.prefetch_related(Prefetch("actions", actions)).order_by(
        "decided_on", "pk"
    )
    items = (
        scope.filter(status=FeedbackStatus.RESPONDED)
        .prefetch_related("themes", Prefetch("decisions", decisions))
        .order_by("received_on", "pk")
    )
    sections: dict[str, ThemeSection] = {}
    for item in items:
        entry = _entry(item, public)
        names = [t.name for t in item.themes.all()] or [NO_THEME]
        for name in names:
            sections.setdefault(name, ThemeSection(name)).entries.append(entry)
    ordered = sorted(sections.values(), key=lambda s: (s.name == NO_THEME, s.name.lower()))
    return Results(title=title, public=public, sections=ordered, waiting=waiting)
