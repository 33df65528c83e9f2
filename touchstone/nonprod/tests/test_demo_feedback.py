"""The demo shows 'you said, we did' end to end: what people said, and what came of it."""

import datetime
from io import StringIO

import pytest
from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from touchstone.accounts.models import User
from touchstone.core.models import AuditEntry
from touchstone.feedback.models import (
    Action,
    Decision,
    DesignDocument,
    FeedbackEvent,
    FeedbackItem,
    ResultsPage,
    Theme,
)
from touchstone.nonprod.demo import demo_programme

pytestmark = pytest.mark.django_db


def seed(*args) -> None:
    call_command("seed_demo", *args, stdout=StringIO())


@pytest.fixture
def programme():
    seed()
    return demo_programme()


def test_feedback_comes_from_events_letters_calls_and_lay_partners(programme):
    events = FeedbackEvent.objects.filter(programme=programme)
    assert 3 <= events.count() <= 4
    assert {e.source for e in events} >= {"community_event", "working_session", "forum"}
    assert events.filter(is_open=True).count() == 1  # last week's, still taking comments
    items = FeedbackItem.objects.filter(programme=programme)
    assert 40 <= items.count() <= 60
    assert {"letter", "phone", "email"} <= set(items.values_list("source", flat=True))
    from_register = items.filter(giver__isnull=False)
    assert from_register.filter(giver_kind="lay_partner").count() >= 10
    assert all(programme.people.filter(pk=i.giver_id).exists() for i in from_register)
    assert items.filter(entered_by__isnull=True, event__isnull=False).exists()  # the link
    assert all(i.received_on <= timezone.localdate() for i in items)


def test_feedback_is_tagged_and_answered_in_every_way(programme):
    items = FeedbackItem.objects.filter(programme=programme)
    assert 6 <= Theme.objects.filter(programme=programme).count() <= 8
    assert set(items.values_list("status", flat=True)) == {"new", "considering", "responded"}
    assert set(items.values_list("visibility", flat=True)) == {"public", "internal"}
    outcomes = set(items.filter(status="responded").values_list("outcome", flat=True))
    assert outcomes == {"changed", "partly", "not_changed", "already"}
    for item in items.filter(outcome="not_changed"):
        assert item.response.startswith("We could not change this.")
        assert len(item.response) > 120, "says why, not only that it could not"
    responded = items.filter(status="responded")
    assert all(i.themes.exists() and i.responded_at for i in responded)


def test_decisions_name_their_feedback_and_lay_partners_and_one_was_replaced(programme):
    decisions = Decision.objects.filter(programme=programme)
    assert 4 <= decisions.count() <= 6
    assert all(d.feedback.exists() and d.lay_contributors.exists() for d in decisions)
    replaced = decisions.get(status="superseded")
    assert replaced.superseded_by.status == "agreed"
    assert replaced.superseded_by.decided_on > replaced.decided_on


def test_actions_are_done_overdue_and_due_soon_with_owners_from_the_register(programme):
    today = timezone.localdate()
    actions = Action.objects.filter(programme=programme)
    open_actions = actions.filter(status="open")
    assert actions.filter(status="done", completed_on__lt=today).count() >= 3
    assert open_actions.filter(due_on__lt=today).count() >= 2
    assert open_actions.filter(due_on__range=(today, today + datetime.timedelta(days=7))).exists()
    assert all(programme.people.filter(pk=a.owner_id).exists() for a in actions)


def test_the_draft_model_of_care_has_three_versions_each_changed_by_feedback(programme):
    document = DesignDocument.objects.get(programme=programme, title="Draft model of care")
    versions = list(document.versions.order_by("number"))
    assert [v.number for v in versions] == [1, 2, 3]
    assert all(v.changes.exists() for v in versions)
    dates = [v.created_at for v in versions]
    assert dates == sorted(dates) and dates[0] < timezone.now() - datetime.timedelta(days=30)


def test_the_public_page_is_published_and_takes_out_staff_names(programme, client):
    page = ResultsPage.objects.get(programme=programme)
    assert page.is_published and page.introduction
    response = client.get(reverse("give:results", args=[programme.slug]))
    assert response.status_code == 200
    text = response.content.decode()
    assert "Nurse [NAME]" in text and "Julie" not in text
    assert "We could not change this." in text
    internal = FeedbackItem.objects.filter(programme=programme, visibility="internal")
    assert all(item.text[:40] not in text for item in internal.exclude(status="new"))


def test_the_programme_manager_finds_feedback_decisions_and_actions(programme, client):
    client.force_login(User.objects.get(email="pm@example.org"))
    for name in ("feedback:item_list", "feedback:decision_list", "feedback:action_list"):
        assert client.get(reverse(name, args=[programme.slug])).status_code == 200, name
    shown = [*Decision.objects.filter(programme=programme), *DesignDocument.objects.all()]
    shown += FeedbackEvent.objects.filter(programme=programme)
    for thing in shown:
        assert client.get(thing.get_absolute_url()).status_code == 200, str(thing)
    results = client.get(reverse("feedback:results", args=[programme.slug]))
    assert "Nurse Julie" in results.content.decode()  # staff see the words as given


def test_every_comment_is_in_the_record_of_changes_and_nobody_is_emailed(programme):
    items = FeedbackItem.objects.filter(programme=programme)
    created = AuditEntry.objects.filter(programme=programme, action="feedback.create")
    assert created.count() == items.count()
    assert not items.filter(wants_reply=True).exists()
    assert mail.outbox == []


def test_reset_removes_the_feedback_and_loads_it_once_again(programme):
    counts = {m: m.objects.count() for m in (FeedbackItem, Decision, Action, FeedbackEvent)}
    seed("--reset")
    again = demo_programme()
    assert again.pk != programme.pk
    assert {m: m.objects.count() for m in counts} == counts
    assert not FeedbackItem.objects.filter(programme_id=programme.pk).exists()
