"""Emails and letters about meetings: invitations, changes, cancellations, reminders."""

import datetime
from io import StringIO

import pytest
from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from icalendar import Calendar

from touchstone.core.tests import factories
from touchstone.meetings import needs, services

from .conftest import soon
from .factories import AttendanceFactory, MeetingFactory

pytestmark = pytest.mark.django_db


def _schedule(manager, programme, group):
    return services.meeting_create(
        actor=manager,
        programme=programme,
        group=group,
        kind="advisory_group",
        title="Advisory group",
        start=soon(),
        duration_minutes=120,
        address="Willesden Library",
    )


def test_everyone_seated_with_email_is_invited_with_a_calendar_file(
    manager, programme, group, seated, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        meeting = _schedule(manager, programme, group)
    assert sorted(m.to[0] for m in mail.outbox) == sorted(p.email for p in seated.values())
    message = mail.outbox[0]
    assert message.subject.startswith("Invitation: Advisory group")
    filename, content, kind = message.attachments[0]
    event = Calendar.from_ical(content).walk("VEVENT")[0]
    assert (filename, kind) == ("meeting.ics", "text/calendar")
    assert str(event["uid"]) == meeting.uid


def test_people_who_asked_for_post_get_a_letter_not_an_email(
    manager, manager_client, programme, group, seated, django_capture_on_commit_callbacks
):
    ada = seated["Ada Lay"]
    ada.preferred_contact, ada.postal_address = "post", "1 High Street\nWyvern WY1 1AA"
    ada.save()
    bea = seated["Bea Lay"]
    needs.needs_record(
        actor=manager, programme=programme, person=bea, needs=["papers_by_post"], consent=True
    )
    with django_capture_on_commit_callbacks(execute=True):
        meeting = _schedule(manager, programme, group)
    assert [m.to[0] for m in mail.outbox] == [seated["Dr Cal Clinician"].email]
    page = manager_client.get(
        reverse("meetings:meeting_letters", args=[programme.slug, meeting.pk])
    )
    assert "Dear Ada Lay" in page.text and "1 High Street" in page.text
    assert "Dear Bea Lay" in page.text and "No postal address for Bea Lay" in page.text


def test_a_change_of_time_is_emailed_but_a_new_title_is_not(
    manager, programme, group, seated, django_capture_on_commit_callbacks
):
    meeting = _schedule(manager, programme, group)
    with django_capture_on_commit_callbacks(execute=True):
        services.meeting_update(actor=manager, meeting=meeting, title="Advisory group (March)")
    assert mail.outbox == []
    with django_capture_on_commit_callbacks(execute=True):
        services.meeting_update(actor=manager, meeting=meeting, start=soon(days=15))
    assert len(mail.outbox) == 3 and mail.outbox[0].subject.startswith("Changed")


def test_cancelling_tells_everyone_who_was_coming(
    manager, programme, group, seated, django_capture_on_commit_callbacks
):
    meeting = _schedule(manager, programme, group)
    with django_capture_on_commit_callbacks(execute=True):
        services.meeting_cancel(actor=manager, meeting=meeting)
    assert len(mail.outbox) == 3
    assert "has been cancelled" in mail.outbox[0].body


def test_reminders_go_once_to_people_invited_in_the_next_two_days(
    programme, django_capture_on_commit_callbacks
):
    tomorrow = MeetingFactory(
        programme=programme, start=timezone.now() + datetime.timedelta(days=1)
    )
    AttendanceFactory(meeting=tomorrow, person=factories.PersonFactory(), status="accepted")
    AttendanceFactory(meeting=tomorrow, person=factories.PersonFactory(), status="apologies")
    later = MeetingFactory(programme=programme, start=timezone.now() + datetime.timedelta(days=9))
    AttendanceFactory(meeting=later, person=factories.PersonFactory())
    out = StringIO()
    with django_capture_on_commit_callbacks(execute=True):
        call_command("send_meeting_reminders", stdout=out)
        call_command("send_meeting_reminders", stdout=StringIO())
    assert "Sent 1 meeting reminder(s)." in out.getvalue()
    assert len(mail.outbox) == 1 and mail.outbox[0].subject.startswith("Reminder")
