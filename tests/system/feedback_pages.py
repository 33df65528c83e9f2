"""One feedback, decision and action page of each kind, for the every-page axe check."""

import datetime

from django.urls import reverse

from touchstone.feedback.models import (
    Action,
    Decision,
    DesignDocument,
    DocumentVersion,
    FeedbackEvent,
    FeedbackItem,
    ResultsPage,
    VersionChange,
)


def _sample(programme):
    """An event with a responded piece of feedback, a decision, an action and a document."""
    group = programme.groups.order_by("pk").first()
    event = FeedbackEvent.objects.create(
        programme=programme,
        title="Axe check event",
        held_on=datetime.date(2026, 11, 20),
        source="community_event",
        question="What would help?",
    )
    item = FeedbackItem.objects.create(
        programme=programme,
        event=event,
        text="Nurse Julie was lovely, but the letters are hard to read.",
        source="community_event",
        received_on=datetime.date(2026, 11, 20),
        giver_kind="public",
        status="responded",
        visibility="public",
        outcome="changed",
        response="We rewrote the letters in plain English.",
    )
    decision = Decision.objects.create(
        programme=programme,
        group=group,
        title="Plain English letters",
        decided="Rewrite every appointment letter.",
        decided_on=datetime.date(2026, 11, 21),
        status="agreed",
    )
    decision.feedback.add(item)
    Action.objects.create(
        programme=programme,
        decision=decision,
        description="Rewrite the letters",
        owner=programme.people.order_by("pk").first(),
        due_on=datetime.date(2026, 11, 1),
    )
    document = DesignDocument.objects.create(programme=programme, title="Axe check model of care")
    version = DocumentVersion.objects.create(document=document, number=1, summary="First draft")
    VersionChange.objects.create(version=version, item=item, how="Plainer letters")
    ResultsPage.objects.update_or_create(programme=programme, defaults={"is_published": True})
    return group, event, item, decision, document


def feedback_pages(programme) -> dict[str, tuple[str, list]]:
    slug = programme.slug
    group, event, item, decision, document = _sample(programme)
    return {
        "feedback home": ("feedback:home", [slug]),
        "all feedback": ("feedback:item_list", [slug]),
        "one piece of feedback": ("feedback:item_detail", [slug, item.pk]),
        "type in feedback": ("feedback:item_enter", [slug]),
        "events taking feedback": ("feedback:event_list", [slug]),
        "open an event form": ("feedback:event_create", [slug]),
        "event page": ("feedback:event_detail", [slug, event.pk]),
        "event poster": ("feedback:event_poster", [slug, event.pk]),
        "type in feedback from an event": ("feedback:event_enter", [slug, event.pk]),
        "you said, we did": ("feedback:results", [slug]),
        "you said, we did for a group": ("feedback:group_results", [slug, group.pk]),
        "you said, we did for an event": ("feedback:event_results", [slug, event.pk]),
        "publish you said, we did": ("feedback:results_settings", [slug]),
        "decisions": ("feedback:decision_list", [slug]),
        "decisions of a group": ("feedback:group_decisions", [slug, group.pk]),
        "record a decision form": ("feedback:decision_create", [slug]),
        "decision page": ("feedback:decision_detail", [slug, decision.pk]),
        "change decision form": ("feedback:decision_edit", [slug, decision.pk]),
        "actions": ("feedback:action_list", [slug]),
        "design documents": ("feedback:document_list", [slug]),
        "design document": ("feedback:document_detail", [slug, document.pk]),
    }


def public_feedback_pages(programme) -> dict[str, tuple[str, int]]:
    """What the public reach: an event's form and thanks, and the published results."""
    event = programme.feedback_events.order_by("pk").first()
    return {
        "give feedback form": (reverse("give:form", args=[event.code]), 200),
        "feedback sent": (reverse("give:thanks", args=[event.code]), 200),
        "feedback link that does not exist": (reverse("give:form", args=["zzzzzz"]), 404),
        "public you said, we did": (reverse("give:results", args=[programme.slug]), 200),
        "public you said, we did for an event": (
            reverse("give:event_results", args=[programme.slug, event.code]),
            200,
        ),
    }
