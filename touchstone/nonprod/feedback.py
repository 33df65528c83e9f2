"""The demo's 'you said, we did' story: what people told Better Together at four events and
by letter, phone and email, the decisions it informed, the actions that followed, and the
draft model of care that changed because of it. The words are in feedback_data.

Everything goes through the feedback services, so the record of changes shows each step.
The services stamp today on things that happened weeks ago (a comment sent through an
event's link, a response, a finished action, a document version); those dates are moved
back afterwards with plain updates, so the demo's history reads as it would have happened.
No comment asks for a reply, so responding emails nobody.
"""

import datetime

from django.utils import timezone

from touchstone.feedback import actions, capture, decisions, documents, services
from touchstone.feedback.choices import ActionStatus, FeedbackStatus, GiverKind, Visibility
from touchstone.feedback.models import (
    Action,
    Decision,
    DesignDocument,
    DocumentVersion,
    FeedbackEvent,
    FeedbackItem,
    ResultsPage,
    Theme,
    VersionChange,
)
from touchstone.people.models import Person, PersonKind

from . import feedback_data as data

# Used only in the email to someone who asked for a reply, and no demo comment asks.
BASE_URL = "http://localhost:8000"
DAYS_TO_RESPOND = 14


def add_feedback(*, actor, programme, groups, people) -> None:
    """Load the events, comments, decisions, actions and document, and publish the page."""
    story = _Story(actor, programme, groups, people)
    story.add_events()
    story.add_comments()
    story.add_decisions()
    story.add_document()
    for key, event in story.events.items():
        if key != data.OPEN_EVENT:
            services.event_set_open(actor=actor, event=event, is_open=False)
    services.results_page_update(
        actor=actor, programme=programme, is_published=True, introduction=data.INTRODUCTION
    )


def remove_feedback(programme) -> None:
    """Delete the programme's feedback rows, which protect its groups and people."""
    VersionChange.objects.filter(version__document__programme=programme).delete()
    DesignDocument.objects.filter(programme=programme).delete()
    Action.objects.filter(programme=programme).delete()
    Decision.objects.filter(programme=programme).delete()
    FeedbackItem.objects.filter(programme=programme).delete()
    FeedbackEvent.objects.filter(programme=programme).delete()
    Theme.objects.filter(programme=programme).delete()
    ResultsPage.objects.filter(programme=programme).delete()


class _Story:
    """Tell the story in order, keeping what was made so later steps can link to it."""

    def __init__(self, actor, programme, groups, people):
        self.actor, self.programme, self.groups, self.people = actor, programme, groups, people
        self.today = timezone.localdate()
        self.forum = list(
            Person.objects.filter(
                memberships__group=groups["forum"], kind=PersonKind.LAY_PARTNER
            ).order_by("pk")
        )
        self.events: dict[str, FeedbackEvent] = {}
        self.items: dict[str, FeedbackItem] = {}
        self.decided: dict[str, Decision] = {}

    def day(self, days_ago: int) -> datetime.date:
        return self.today - datetime.timedelta(days=days_ago)

    def moment(self, day: datetime.date) -> datetime.datetime:
        return timezone.make_aware(datetime.datetime.combine(day, datetime.time(10)))

    def person(self, key: str) -> Person:
        """A register key such as 'A3' or 'pm', or 'forum:N' for the Nth forum member."""
        if key.startswith("forum:"):
            return self.forum[int(key.removeprefix("forum:"))]
        return self.people[key]

    def add_events(self) -> None:
        for key, (title, days_ago, source, group, question) in data.EVENTS.items():
            self.events[key] = services.event_create(
                actor=self.actor,
                programme=self.programme,
                title=title,
                held_on=self.day(days_ago),
                source=source,
                question=question,
                group=self.groups[group] if group else None,
            )

    def add_comments(self) -> None:
        themes = {
            code: services.theme_get_or_create(
                actor=self.actor, programme=self.programme, name=name
            )
            for code, name in data.THEMES.items()
        }
        for said in data.ITEMS:
            item = self.items[said.key] = self._take(said)
            if not said.outcome:
                continue  # nobody has looked at it yet
            services.item_triage(
                actor=self.actor,
                item=item,
                themes=[themes[code] for code in said.themes],
                status=FeedbackStatus.CONSIDERING,
                visibility=Visibility.PUBLIC if said.public else Visibility.INTERNAL,
            )
            if said.outcome != data.CONSIDERING:
                services.item_respond(
                    actor=self.actor,
                    item=item,
                    outcome=said.outcome,
                    response=said.response,
                    base_url=BASE_URL,
                )
                answered = item.received_on + datetime.timedelta(days=DAYS_TO_RESPOND)
                answered = min(answered, self.day(1))
                FeedbackItem.objects.filter(pk=item.pk).update(responded_at=self.moment(answered))

    def _take(self, said: data.Said) -> FeedbackItem:
        """Take a comment in the way it arrived: the event's link, or typed in by staff."""
        event = self.events.get(said.where)
        if event is not None and said.who == "form":
            item = capture.feedback_give(event=event, text=said.text)
            # The link dates a comment the day it is sent; these were sent on the event's day.
            FeedbackItem.objects.filter(pk=item.pk).update(received_on=event.held_on)
            item.received_on = event.held_on
            return item
        return capture.feedback_enter(
            actor=self.actor,
            programme=self.programme,
            text=said.text,
            source=event.source if event else said.where,
            received_on=event.held_on if event else self.day(said.days_ago),
            giver_kind=GiverKind.PUBLIC,
            event=event,
            giver=None if said.who == "staff" else self.person(said.who),
        )

    def add_decisions(self) -> None:
        for spec in data.DECISIONS:
            self.decided[spec.key] = decisions.decision_create(
                actor=self.actor,
                programme=self.programme,
                feedback=[self.items[key] for key in spec.feedback],
                lay_contributors=[self.person(key) for key in spec.lay],
                group=self.groups[spec.group],
                title=spec.title,
                decided=spec.decided,
                options=spec.options,
                dissent=spec.dissent,
                status=spec.status,
                decided_on=self.day(spec.days_ago),
            )
        for key, description, owner, due_in, state in data.ACTIONS:
            action = actions.action_create(
                actor=self.actor,
                decision=self.decided[key],
                description=description,
                owner=self.person(owner),
                due_on=self.today + datetime.timedelta(days=due_in),
            )
            if state != ActionStatus.OPEN:
                actions.action_set_status(actor=self.actor, action=action, status=state)
            if state == ActionStatus.DONE:
                # Marked done today by the service; it was finished just before it was due.
                done_on = min(action.due_on - datetime.timedelta(days=2), self.today)
                Action.objects.filter(pk=action.pk).update(completed_on=done_on)
        # Replaced last: an action cannot be added to a decision that has been replaced.
        for earlier, later in data.SUPERSEDED:
            decisions.decision_supersede(
                actor=self.actor, decision=self.decided[earlier], by=self.decided[later]
            )

    def add_document(self) -> None:
        document = documents.document_create(
            actor=self.actor,
            programme=self.programme,
            title=data.DOCUMENT,
            group=self.groups["core"],
        )
        for days_ago, summary, changes in data.VERSIONS:
            version = documents.version_add(
                actor=self.actor,
                document=document,
                summary=summary,
                changes=[(self.items[key], how) for key, how in changes],
            )
            # A version is dated when it is added; these were written weeks apart.
            DocumentVersion.objects.filter(pk=version.pk).update(
                created_at=self.moment(self.day(days_ago))
            )
