"""Scheduling, changing and cancelling meetings, their agendas, and recording attendance."""

import datetime

import pytest
from django.utils import timezone

from touchstone.core.errors import AccessDenied, ServiceError
from touchstone.core.models import AuditEntry
from touchstone.core.tests import factories
from touchstone.meetings import services
from touchstone.meetings.models import Attendance, Meeting

from .conftest import meeting_values, soon
from .factories import MeetingFactory


def create(manager, programme, group, **changes):
    return services.meeting_create(
        actor=manager, programme=programme, group=group, **meeting_values(**changes)
    )


def test_scheduling_invites_everyone_seated_and_nobody_else(
    manager, programme, group, seated, not_seated
):
    meeting = create(manager, programme, group)
    invited = set(meeting.attendances.values_list("person__full_name", "status"))
    assert invited == {(name, "invited") for name in seated}
    entry = AuditEntry.objects.get(action="meeting.create")
    assert entry.changes["invited"] == 3
    assert entry.changes["title"] == "Advisory group: step 2"


def test_someone_seated_only_from_next_month_is_invited_to_a_meeting_then(
    manager, programme, group
):
    newcomer = factories.PersonFactory(full_name="Nia New", programmes=[programme])
    factories.MembershipFactory(
        person=newcomer, group=group, started_on=timezone.localdate() + datetime.timedelta(days=20)
    )
    early = create(manager, programme, group, start=soon(days=10))
    later = create(manager, programme, group, start=soon(days=40))
    assert not early.attendances.filter(person=newcomer).exists()
    assert later.attendances.filter(person=newcomer).exists()


@pytest.mark.parametrize(
    ("changes", "field", "words"),
    [
        ({"start": timezone.now() - datetime.timedelta(hours=1)}, "start", "in the past"),
        ({"address": "", "online_link": ""}, "address", "address of the place, an online link"),
        ({"duration_minutes": 0}, "duration_minutes", "from 1 to 720"),
        ({"title": "   "}, "title", "Enter a title"),
        ({"kind": "party"}, "kind", "kind of meeting"),
    ],
)
def test_bad_meeting_details_are_refused_and_nothing_is_stored(
    manager, programme, group, seated, changes, field, words
):
    with pytest.raises(ServiceError) as error:
        create(manager, programme, group, **changes)
    assert error.value.field == field
    assert words in error.value.message
    assert not Meeting.objects.exists()
    assert not Attendance.objects.exists()
    assert not AuditEntry.objects.filter(action="meeting.create").exists()


def test_a_group_from_another_programme_is_refused(manager, programme, other_programme):
    elsewhere = factories.GroupFactory(programme=other_programme)
    with pytest.raises(ServiceError, match="this programme's groups"):
        create(manager, programme, elsewhere)


def test_a_group_member_cannot_schedule_a_meeting(member, programme, group):
    with pytest.raises(AccessDenied):
        create(member, programme, group)


def test_changing_a_meeting_raises_its_sequence_and_records_what_changed(
    manager, programme, group, seated
):
    meeting = create(manager, programme, group)
    uid = meeting.uid
    services.meeting_update(actor=manager, meeting=meeting, title="Advisory group: step 3")
    meeting.refresh_from_db()
    assert (meeting.uid, meeting.sequence, meeting.title) == (uid, 1, "Advisory group: step 3")
    entry = AuditEntry.objects.get(action="meeting.update")
    assert entry.changes == {"title": ["Advisory group: step 2", "Advisory group: step 3"]}


def test_saving_a_meeting_unchanged_leaves_its_sequence(manager, programme, group):
    meeting = create(manager, programme, group)
    services.meeting_update(actor=manager, meeting=meeting, title=meeting.title)
    meeting.refresh_from_db()
    assert meeting.sequence == 0
    assert not AuditEntry.objects.filter(action="meeting.update").exists()


def test_a_meeting_cannot_be_moved_into_the_past(manager, programme, group):
    meeting = create(manager, programme, group)
    with pytest.raises(ServiceError, match="in the past"):
        services.meeting_update(
            actor=manager, meeting=meeting, start=timezone.now() - datetime.timedelta(days=1)
        )
    meeting.refresh_from_db()
    assert meeting.sequence == 0


def test_a_meeting_under_way_can_still_have_its_details_corrected(manager, programme, group):
    meeting = MeetingFactory(
        programme=programme, group=group, start=timezone.now() - datetime.timedelta(minutes=30)
    )
    services.meeting_update(actor=manager, meeting=meeting, duration_minutes=150)
    meeting.refresh_from_db()
    assert meeting.duration_minutes == 150


def test_cancelling_keeps_the_meeting_and_its_invitations(manager, programme, group, seated):
    meeting = create(manager, programme, group)
    services.meeting_cancel(actor=manager, meeting=meeting, reason="Venue flooded")
    meeting.refresh_from_db()
    assert meeting.status == "cancelled"
    assert meeting.sequence == 1
    assert meeting.attendances.count() == 3
    assert AuditEntry.objects.get(action="meeting.cancel").changes == {"reason": "Venue flooded"}
    with pytest.raises(ServiceError, match="cancelled"):
        services.meeting_update(actor=manager, meeting=meeting, title="Back on")
    with pytest.raises(ServiceError, match="cancelled"):
        services.meeting_cancel(actor=manager, meeting=meeting)


def test_agenda_items_go_in_order_and_each_change_raises_the_sequence(manager, programme, group):
    meeting = create(manager, programme, group)
    services.agenda_item_add(actor=manager, meeting=meeting, title="Welcome", minutes=10)
    second = services.agenda_item_add(
        actor=manager, meeting=meeting, title="Care navigation ideas", lead="Ada Lay"
    )
    services.agenda_item_add(actor=manager, meeting=meeting, title="Any other business")
    services.agenda_item_remove(actor=manager, item=second)
    meeting.refresh_from_db()
    assert [i.title for i in meeting.agenda_items.all()] == ["Welcome", "Any other business"]
    assert meeting.sequence == 4


def test_an_agenda_item_needs_words(manager, programme, group):
    meeting = create(manager, programme, group)
    with pytest.raises(ServiceError, match="what the agenda item is about"):
        services.agenda_item_add(actor=manager, meeting=meeting, title="  ")
    assert not meeting.agenda_items.exists()


def test_staff_record_a_reply_for_someone_who_phoned(manager, programme, group, seated):
    meeting = create(manager, programme, group)
    ada = seated["Ada Lay"]
    services.attendance_record(actor=manager, meeting=meeting, person=ada, status="accepted")
    assert meeting.attendances.get(person=ada).status == "accepted"
    entry = AuditEntry.objects.get(action="attendance.record")
    assert entry.changes == {"was": "Invited, no reply yet", "now": "Coming"}


def test_attendance_cannot_be_recorded_before_the_meeting(manager, programme, group, seated):
    meeting = create(manager, programme, group)
    with pytest.raises(ServiceError, match="once the meeting has started"):
        services.attendance_record(
            actor=manager, meeting=meeting, person=seated["Ada Lay"], status="attended"
        )
    assert meeting.attendances.get(person=seated["Ada Lay"]).status == "invited"


def test_someone_not_invited_cannot_be_marked(manager, programme, group, seated, not_seated):
    meeting = create(manager, programme, group)
    with pytest.raises(ServiceError, match="was not invited"):
        services.attendance_record(
            actor=manager, meeting=meeting, person=not_seated[0], status="accepted"
        )
    assert not meeting.attendances.filter(person=not_seated[0]).exists()


def test_recording_several_saves_all_or_none(manager, programme, group, seated, not_seated):
    meeting = create(manager, programme, group)
    statuses = {seated["Ada Lay"]: "accepted", not_seated[0]: "accepted"}
    with pytest.raises(ServiceError):
        services.attendance_record_many(actor=manager, meeting=meeting, statuses=statuses)
    assert meeting.attendances.get(person=seated["Ada Lay"]).status == "invited"
    changed = services.attendance_record_many(
        actor=manager,
        meeting=meeting,
        statuses={seated["Ada Lay"]: "accepted", seated["Bea Lay"]: "invited"},
    )
    assert changed == 1


def test_a_cancelled_meeting_has_no_attendance_to_record(manager, programme, group, seated):
    meeting = create(manager, programme, group)
    services.meeting_cancel(actor=manager, meeting=meeting)
    with pytest.raises(ServiceError, match="was cancelled"):
        services.attendance_record(
            actor=manager, meeting=meeting, person=seated["Ada Lay"], status="apologies"
        )
