"""Minutes: drafted, sent to those who attended, approved at the group's next meeting."""

import datetime

import pytest
from django.core import mail
from django.utils import timezone

from touchstone.core.errors import AccessDenied, ServiceError
from touchstone.core.models import AuditEntry
from touchstone.core.tests.factories import PersonFactory
from touchstone.meetings.models import AttendanceStatus
from touchstone.meetings.tests.factories import AttendanceFactory, MeetingFactory
from touchstone.papers import minutes as service
from touchstone.papers.models import Minutes, MinutesStatus

pytestmark = pytest.mark.django_db
BASE = "https://touchstone.example.org/"


@pytest.fixture
def meeting(programme):
    return MeetingFactory(programme=programme, start=timezone.now() - datetime.timedelta(days=2))


@pytest.fixture
def next_meeting(meeting):
    return MeetingFactory(
        programme=meeting.programme,
        group=meeting.group,
        start=meeting.start + datetime.timedelta(days=28),
    )


def _attended(meeting, **person):
    return AttendanceFactory(
        meeting=meeting, person=PersonFactory(**person), status=AttendanceStatus.ATTENDED
    ).person


def _circulated(manager, meeting, django_capture_on_commit_callbacks):
    _attended(meeting)
    minutes = service.minutes_save(actor=manager, meeting=meeting, text="We agreed.")
    with django_capture_on_commit_callbacks(execute=True):
        service.minutes_circulate(actor=manager, minutes=minutes, base_url=BASE)
    return minutes


def test_a_manager_drafts_and_changes_minutes(manager, meeting):
    minutes = service.minutes_save(actor=manager, meeting=meeting, text="First go.")
    minutes = service.minutes_save(actor=manager, meeting=meeting, text="Second go.")
    assert Minutes.objects.get().text == "Second go."
    assert minutes.status == MinutesStatus.DRAFTED
    actions = list(AuditEntry.objects.values_list("action", flat=True).order_by("pk"))
    assert actions == ["minutes.draft", "minutes.edit"]


def test_empty_minutes_are_refused(manager, meeting):
    with pytest.raises(ServiceError, match="Write the minutes"):
        service.minutes_save(actor=manager, meeting=meeting, text="   ")
    assert not Minutes.objects.exists()


def test_members_cannot_write_minutes(member, meeting):
    with pytest.raises(AccessDenied):
        service.minutes_save(actor=member, meeting=meeting, text="Words.")


def test_circulating_emails_each_attendee_and_lists_who_needs_post(
    manager, meeting, django_capture_on_commit_callbacks
):
    emailed = _attended(meeting, email="ann@example.org", full_name="Ann Email")
    by_post = _attended(
        meeting, email="bob@example.org", full_name="Bob Post", preferred_contact="post"
    )
    no_email = _attended(meeting, email="", full_name="Cy Noemail")
    AttendanceFactory(meeting=meeting, status=AttendanceStatus.APOLOGIES)
    minutes = service.minutes_save(actor=manager, meeting=meeting, text="We agreed.")
    with django_capture_on_commit_callbacks(execute=True):
        to_print = service.minutes_circulate(actor=manager, minutes=minutes, base_url=BASE)
    assert [m.to for m in mail.outbox] == [[emailed.email]]
    assert "We agreed." in mail.outbox[0].body
    assert to_print == [by_post, no_email]
    minutes.refresh_from_db()
    assert minutes.status == MinutesStatus.CIRCULATED and minutes.circulated_at


def test_minutes_cannot_go_to_a_meeting_nobody_attended(manager, meeting):
    minutes = service.minutes_save(actor=manager, meeting=meeting, text="We agreed.")
    with pytest.raises(ServiceError, match="Nobody is recorded as attending"):
        service.minutes_circulate(actor=manager, minutes=minutes, base_url=BASE)
    minutes.refresh_from_db()
    assert minutes.status == MinutesStatus.DRAFTED and mail.outbox == []


def test_changing_circulated_minutes_makes_them_a_draft_again(
    manager, meeting, django_capture_on_commit_callbacks
):
    minutes = _circulated(manager, meeting, django_capture_on_commit_callbacks)
    minutes = service.minutes_save(actor=manager, meeting=meeting, text="Corrected.")
    assert minutes.status == MinutesStatus.DRAFTED


def test_minutes_are_approved_at_the_groups_next_meeting_and_then_fixed(
    manager, meeting, next_meeting, django_capture_on_commit_callbacks
):
    minutes = _circulated(manager, meeting, django_capture_on_commit_callbacks)
    service.minutes_approve(actor=manager, minutes=minutes, at_meeting=next_meeting)
    minutes.refresh_from_db()
    assert minutes.status == MinutesStatus.APPROVED
    assert minutes.approved_at_meeting == next_meeting and minutes.approved_at
    with pytest.raises(ServiceError, match="cannot be changed"):
        service.minutes_save(actor=manager, meeting=meeting, text="Sneaky change.")
    assert Minutes.objects.get().text == "We agreed."


def test_draft_minutes_cannot_be_approved(manager, meeting, next_meeting):
    minutes = service.minutes_save(actor=manager, meeting=meeting, text="We agreed.")
    with pytest.raises(ServiceError, match="Send the minutes"):
        service.minutes_approve(actor=manager, minutes=minutes, at_meeting=next_meeting)
    minutes.refresh_from_db()
    assert minutes.status == MinutesStatus.DRAFTED


def test_minutes_are_approved_only_at_a_later_meeting_of_the_same_group(
    manager, meeting, django_capture_on_commit_callbacks
):
    minutes = _circulated(manager, meeting, django_capture_on_commit_callbacks)
    other_group = MeetingFactory(
        programme=meeting.programme, start=meeting.start + datetime.timedelta(days=7)
    )
    earlier = MeetingFactory(
        programme=meeting.programme,
        group=meeting.group,
        start=meeting.start - datetime.timedelta(days=28),
    )
    for wrong in (other_group, earlier, meeting, None):
        with pytest.raises(ServiceError, match="later meeting of the same group"):
            service.minutes_approve(actor=manager, minutes=minutes, at_meeting=wrong)
    minutes.refresh_from_db()
    assert minutes.status == MinutesStatus.CIRCULATED
