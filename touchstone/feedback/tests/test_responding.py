"""Sorting feedback and responding to it, and telling the person who gave it."""

import pytest
from django.core import mail

from touchstone.core.errors import AccessDenied, ServiceError
from touchstone.core.models import AuditEntry
from touchstone.feedback import services
from touchstone.feedback.choices import FeedbackStatus, Outcome, Visibility

from .factories import ItemFactory, ThemeFactory

pytestmark = pytest.mark.django_db
BASE = "https://touchstone.example.org/"


def test_responding_marks_it_responded_and_emails_the_giver_once(
    programme, manager, django_capture_on_commit_callbacks
):
    item = ItemFactory(programme=programme, wants_reply=True, contact_email="ann@example.org")
    with django_capture_on_commit_callbacks(execute=True):
        services.item_respond(
            actor=manager,
            item=item,
            outcome=Outcome.CHANGED,
            response="We moved the clinic to the bus route.",
            base_url=BASE,
        )
    item.refresh_from_db()
    assert item.status == FeedbackStatus.RESPONDED and item.responded_at is not None
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["ann@example.org"]
    assert "We moved the clinic" in message.body
    assert f"{BASE}you-said-we-did/{programme.slug}/" in message.body
    with django_capture_on_commit_callbacks(execute=True):
        services.item_respond(
            actor=manager, item=item, outcome=Outcome.CHANGED, response="Edited.", base_url=BASE
        )
    assert len(mail.outbox) == 1  # an edit does not email again


def test_nobody_is_emailed_who_did_not_ask(programme, manager, django_capture_on_commit_callbacks):
    item = ItemFactory(programme=programme, contact_email="")
    with django_capture_on_commit_callbacks(execute=True):
        services.item_respond(
            actor=manager, item=item, outcome=Outcome.NOT_CHANGED, response="Budget.", base_url=BASE
        )
    assert mail.outbox == []


def test_a_response_without_words_is_refused(programme, manager):
    item = ItemFactory(programme=programme)
    with pytest.raises(ServiceError, match="Write what was done"):
        services.item_respond(
            actor=manager, item=item, outcome=Outcome.CHANGED, response="  ", base_url=BASE
        )
    item.refresh_from_db()
    assert item.status == FeedbackStatus.NEW


def test_members_may_not_respond(programme, member):
    item = ItemFactory(programme=programme)
    with pytest.raises(AccessDenied):
        services.item_respond(
            actor=member, item=item, outcome=Outcome.CHANGED, response="x", base_url=BASE
        )


def test_triage_sets_themes_and_visibility_and_audits_the_change(programme, manager):
    item = ItemFactory(programme=programme)
    transport = services.theme_get_or_create(actor=manager, programme=programme, name="Transport")
    services.item_triage(
        actor=manager,
        item=item,
        themes=[transport],
        status=FeedbackStatus.CONSIDERING,
        visibility=Visibility.PUBLIC,
    )
    item.refresh_from_db()
    assert [t.name for t in item.themes.all()] == ["Transport"]
    entry = AuditEntry.objects.get(action="feedback.triage")
    assert entry.changes["themes"] == [[], ["Transport"]]


def test_the_same_theme_typed_twice_is_one_theme(programme, manager):
    a = services.theme_get_or_create(actor=manager, programme=programme, name="Transport")
    b = services.theme_get_or_create(actor=manager, programme=programme, name="  transport ")
    assert a.pk == b.pk


def test_themes_from_another_programme_are_refused(programme, other_programme, manager):
    item = ItemFactory(programme=programme)
    with pytest.raises(ServiceError, match="this programme"):
        services.item_triage(
            actor=manager,
            item=item,
            themes=[ThemeFactory(programme=other_programme)],
            status=FeedbackStatus.NEW,
            visibility=Visibility.INTERNAL,
        )


def test_status_cannot_claim_a_response_that_does_not_exist(programme, manager):
    item = ItemFactory(programme=programme)
    with pytest.raises(ServiceError, match="Write the response first"):
        services.item_triage(
            actor=manager,
            item=item,
            themes=[],
            status=FeedbackStatus.RESPONDED,
            visibility=Visibility.INTERNAL,
        )
