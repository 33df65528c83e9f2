"""Decisions, what informed them, replacing them; actions and their reminders; documents."""

import datetime
from io import StringIO

import pytest
from django.core import mail
from django.core.management import call_command

from touchstone.core.errors import ServiceError
from touchstone.core.tests.factories import GroupFactory, PersonFactory
from touchstone.feedback import actions, decisions, documents
from touchstone.feedback.choices import ActionStatus, DecisionStatus
from touchstone.feedback.models import Decision

from .factories import ActionFactory, DecisionFactory, ItemFactory

pytestmark = pytest.mark.django_db
BASE = "https://touchstone.example.org/"


def _values(group, **extra):
    return {
        "group": group,
        "meeting": None,
        "title": "Evening clinic",
        "decided": "Open until 8pm on Thursdays.",
        "options": "Saturday mornings",
        "dissent": "",
        "status": DecisionStatus.AGREED,
        "decided_on": datetime.date(2026, 11, 10),
    } | extra


def test_a_decision_links_the_feedback_and_lay_partners_that_informed_it(programme, manager):
    group = GroupFactory(programme=programme)
    item = ItemFactory(programme=programme)
    lay = PersonFactory(programmes=[programme], kind="lay_partner")
    decision = decisions.decision_create(
        actor=manager,
        programme=programme,
        feedback=[item],
        lay_contributors=[lay],
        **_values(group),
    )
    assert list(decision.feedback.all()) == [item]
    assert list(item.decisions.all()) == [decision]
    assert list(decision.lay_contributors.all()) == [lay]


def test_only_lay_partners_count_as_lay_contributors(programme, manager):
    group = GroupFactory(programme=programme)
    clinician = PersonFactory(programmes=[programme], kind="clinician", full_name="Dr Bee")
    with pytest.raises(ServiceError, match="Dr Bee is not a lay partner"):
        decisions.decision_create(
            actor=manager, programme=programme, lay_contributors=[clinician], **_values(group)
        )
    assert not Decision.objects.exists()


def test_feedback_from_another_programme_cannot_be_linked(programme, other_programme, manager):
    group = GroupFactory(programme=programme)
    with pytest.raises(ServiceError, match="this programme only"):
        decisions.decision_create(
            actor=manager,
            programme=programme,
            feedback=[ItemFactory(programme=other_programme)],
            **_values(group),
        )


def test_a_replaced_decision_is_kept_linked_and_can_no_longer_change(programme, manager):
    old = DecisionFactory(programme=programme)
    new = DecisionFactory(programme=programme, group=old.group, title="Evening and weekend")
    decisions.decision_supersede(actor=manager, decision=old, by=new)
    old.refresh_from_db()
    assert (old.status, old.superseded_by) == (DecisionStatus.SUPERSEDED, new)
    with pytest.raises(ServiceError, match="replaced"):
        decisions.decision_update(
            actor=manager, decision=old, feedback=[], lay_contributors=[], **_values(old.group)
        )
    with pytest.raises(ServiceError, match="itself been replaced"):
        decisions.decision_supersede(actor=manager, decision=new, by=old)


def test_an_action_needs_an_owner_on_the_register(programme, other_programme, manager):
    decision = DecisionFactory(programme=programme)
    stranger = PersonFactory(programmes=[other_programme])
    with pytest.raises(ServiceError, match="register"):
        actions.action_create(
            actor=manager,
            decision=decision,
            description="Book the room",
            owner=stranger,
            due_on=datetime.date(2026, 12, 1),
        )


def test_marking_an_action_done_records_the_day(programme, manager):
    action = ActionFactory(programme=programme)
    actions.action_set_status(actor=manager, action=action, status=ActionStatus.DONE)
    action.refresh_from_db()
    assert action.completed_on is not None


def test_reminders_go_before_and_after_the_due_date_once_each(
    programme, django_capture_on_commit_callbacks
):
    today = datetime.date(2026, 11, 22)
    soon = ActionFactory(programme=programme, due_on=today + datetime.timedelta(days=2))
    late = ActionFactory(programme=programme, due_on=today - datetime.timedelta(days=1))
    ActionFactory(programme=programme, due_on=today + datetime.timedelta(days=30))
    ActionFactory(programme=programme, due_on=today - datetime.timedelta(days=1), status="done")
    with django_capture_on_commit_callbacks(execute=True):
        sent = actions.reminders_send(today=today, base_url=BASE)
    assert sent == {"before": 1, "after": 1}
    by_person = {m.to[0]: m.subject for m in mail.outbox}
    assert by_person[soon.owner.email].startswith("Due soon")
    assert by_person[late.owner.email].startswith("Overdue")
    with django_capture_on_commit_callbacks(execute=True):
        assert actions.reminders_send(today=today, base_url=BASE) == {"before": 0, "after": 0}
    assert len(mail.outbox) == 2


def test_each_version_records_which_feedback_changed_it_and_how(programme, manager):
    document = documents.document_create(
        actor=manager, programme=programme, title="Draft model of care"
    )
    item = ItemFactory(programme=programme)
    first = documents.version_add(actor=manager, document=document, summary="First draft")
    second = documents.version_add(
        actor=manager,
        document=document,
        summary="Added evening clinics",
        changes=[(item, "Section 3 now offers evening appointments")],
    )
    assert (first.number, second.number) == (1, 2)
    change = second.changes.get()
    assert (change.item, change.how) == (item, "Section 3 now offers evening appointments")


def test_a_version_linking_feedback_without_saying_how_is_refused(programme, manager):
    document = documents.document_create(actor=manager, programme=programme, title="Draft")
    with pytest.raises(ServiceError, match="Say how feedback"):
        documents.version_add(
            actor=manager,
            document=document,
            summary="x",
            changes=[(ItemFactory(programme=programme), " ")],
        )
    assert not document.versions.exists()


def test_the_daily_command_sends_due_reminders_and_says_how_many(
    programme, settings, django_capture_on_commit_callbacks
):
    settings.SITE_URL = "https://touchstone.example.org"
    ActionFactory(programme=programme, due_on=datetime.date(2020, 1, 1))
    out = StringIO()
    with django_capture_on_commit_callbacks(execute=True):
        call_command("send_action_reminders", stdout=out)
    assert "0 reminder(s) before the due date and 1 after it" in out.getvalue()
    assert "https://touchstone.example.org/programmes/" in mail.outbox[0].body
