"""Taking feedback in: the public form's rules and staff typing it in."""

import datetime

import pytest

from touchstone.core.errors import AccessDenied, ServiceError
from touchstone.core.models import AuditEntry
from touchstone.core.tests.factories import PersonFactory
from touchstone.feedback import capture
from touchstone.feedback.choices import GiverKind, Source
from touchstone.feedback.models import FeedbackItem

from .factories import EventFactory

pytestmark = pytest.mark.django_db


def test_public_feedback_is_stored_against_the_event_and_audited(programme):
    event = EventFactory(programme=programme)
    item = capture.feedback_give(event=event, text="  More evening slots please.  ")
    assert item.text == "More evening slots please."
    assert (item.event, item.source, item.giver_kind) == (event, event.source, GiverKind.PUBLIC)
    assert AuditEntry.objects.filter(action="feedback.create", target_id=str(item.pk)).exists()


def test_the_same_key_twice_stores_one_item(programme):
    event = EventFactory(programme=programme)
    first = capture.feedback_give(event=event, text="Parking is hard.", submission_key="k1")
    again = capture.feedback_give(event=event, text="Parking is hard.", submission_key="k1")
    assert again.pk == first.pk and again.was_repeat and not first.was_repeat
    assert FeedbackItem.objects.count() == 1


def test_a_retry_after_the_event_closed_still_finds_the_first_send(programme):
    event = EventFactory(programme=programme)
    first = capture.feedback_give(event=event, text="Parking is hard.", submission_key="k2")
    event.is_open = False
    event.save()
    assert capture.feedback_give(event=event, text="x", submission_key="k2").pk == first.pk


@pytest.mark.parametrize(
    ("text", "message"),
    [("   ", "Enter your feedback."), ("x" * 2001, "Use 2,000 or fewer")],
)
def test_empty_or_oversized_feedback_is_refused_and_nothing_stored(programme, text, message):
    event = EventFactory(programme=programme)
    with pytest.raises(ServiceError, match=message):
        capture.feedback_give(event=event, text=text)
    assert not FeedbackItem.objects.exists()


def test_a_closed_event_refuses_new_feedback(programme):
    event = EventFactory(programme=programme, is_open=False)
    with pytest.raises(ServiceError, match="stopped taking feedback"):
        capture.feedback_give(event=event, text="Hello")
    assert not FeedbackItem.objects.exists()


def test_asking_to_hear_back_needs_an_email_address(programme):
    event = EventFactory(programme=programme)
    with pytest.raises(ServiceError, match="email address") as error:
        capture.feedback_give(event=event, text="Hello", wants_reply=True)
    assert error.value.field == "contact_email"


def test_contact_details_are_kept_only_when_the_person_asked_to_hear_back(programme):
    event = EventFactory(programme=programme)
    item = capture.feedback_give(
        event=event, text="Hello", contact_name="Ann", contact_email="ann@example.org"
    )
    assert (item.contact_name, item.contact_email, item.wants_reply) == ("", "", False)


def test_staff_type_in_a_letter_on_someone_s_behalf(programme, manager):
    person = PersonFactory(programmes=[programme], kind="lay_partner")
    item = capture.feedback_enter(
        actor=manager,
        programme=programme,
        text="I could not get to the meeting by bus.",
        source=Source.LETTER,
        received_on=datetime.date(2026, 11, 2),
        giver_kind=GiverKind.PUBLIC,
        giver=person,
    )
    assert item.entered_by == manager
    assert item.giver_kind == GiverKind.LAY_PARTNER  # follows the register, not the form


def test_members_cannot_type_in_feedback(programme, member):
    with pytest.raises(AccessDenied):
        capture.feedback_enter(
            actor=member,
            programme=programme,
            text="x",
            source=Source.PHONE,
            received_on=datetime.date(2026, 11, 2),
            giver_kind=GiverKind.PUBLIC,
        )


def test_feedback_dated_in_the_future_is_refused(programme, manager):
    with pytest.raises(ServiceError, match="today or earlier"):
        capture.feedback_enter(
            actor=manager,
            programme=programme,
            text="x",
            source=Source.PHONE,
            received_on=datetime.date.today() + datetime.timedelta(days=2),
            giver_kind=GiverKind.PUBLIC,
        )


def test_someone_from_another_programme_cannot_be_named_as_the_giver(
    programme, other_programme, manager
):
    stranger = PersonFactory(programmes=[other_programme])
    with pytest.raises(ServiceError, match="register"):
        capture.feedback_enter(
            actor=manager,
            programme=programme,
            text="x",
            source=Source.PHONE,
            received_on=datetime.date(2026, 11, 2),
            giver_kind=GiverKind.PUBLIC,
            giver=stranger,
        )
