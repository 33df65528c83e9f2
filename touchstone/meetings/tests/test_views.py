"""The meeting pages, as a programme manager, a group member and an outsider use them."""

import datetime
import re

import pytest
from django.urls import reverse
from django.utils import timezone

from touchstone.core.models import AuditEntry
from touchstone.core.tests import factories
from touchstone.meetings import services
from touchstone.meetings.models import Attendance, Meeting

from .conftest import meeting_values
from .factories import AttendanceFactory, MeetingFactory


@pytest.fixture
def meeting(manager, programme, group, seated):
    return services.meeting_create(
        actor=manager, programme=programme, group=group, **meeting_values()
    )


def page(response) -> str:
    assert response.status_code == 200, response.status_code
    return response.content.decode()


def form_data(meeting_group, day: datetime.date, **changes) -> dict:
    data = {
        "group": meeting_group.pk,
        "kind": "advisory_group",
        "title": "Advisory group: step 4",
        "day-day": day.day,
        "day-month": day.month,
        "day-year": day.year,
        "time": "6:30pm",
        "duration_minutes": "120",
        "address": "Willesden Library\n95 High Road",
        "access": ["step_free", "hearing_loop"],
        "online_link": "",
        "chair": "",
    }
    return data | changes


NEXT_MONTH = timezone.localdate() + datetime.timedelta(days=30)


def test_a_manager_schedules_a_meeting_in_the_evening(manager_client, programme, group, seated):
    response = manager_client.post(
        reverse("meetings:meeting_create", args=[programme.slug]), form_data(group, NEXT_MONTH)
    )
    meeting = Meeting.objects.get()
    assert response.status_code == 302
    assert response["Location"] == meeting.get_absolute_url()
    local = timezone.localtime(meeting.start)
    assert (local.date(), local.hour, local.minute) == (NEXT_MONTH, 18, 30)
    assert meeting.step_free and meeting.hearing_loop and not meeting.parking
    assert meeting.attendances.count() == 3
    html = page(manager_client.get(meeting.get_absolute_url()))
    assert "6:30pm to 8:30pm" in html
    assert "Hearing loop" in html
    assert "3 people have been invited" in html


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"time": "25:00"}, "Enter a real time, like 18:30 or 6:30pm."),
        ({"time": ""}, "Enter the time the meeting starts."),
        ({"day-month": "13"}, "Date must be a real date."),
        ({"day-year": "2020"}, "The meeting cannot start in the past. Enter a later date."),
        ({"address": ""}, "Give the address of the place, an online link, or both."),
        ({"duration_minutes": "two hours"}, "as a whole number of minutes"),
        ({"online_link": "not a link"}, "Enter a full web address"),
        ({"group": ""}, "Choose the group that is meeting."),
    ],
)
def test_bad_input_shows_a_clear_message_and_stores_nothing(
    manager_client, programme, group, seated, changes, message
):
    response = manager_client.post(
        reverse("meetings:meeting_create", args=[programme.slug]),
        form_data(group, NEXT_MONTH, **changes),
    )
    html = page(response)
    assert "There is a problem" in html
    assert message in html
    assert not Meeting.objects.exists()
    assert not Attendance.objects.exists()
    assert not AuditEntry.objects.filter(action="meeting.create").exists()


def test_a_time_the_clocks_skip_is_refused(manager_client, programme, group):
    skipped = datetime.date(2027, 3, 28)  # British Summer Time starts at 1am
    response = manager_client.post(
        reverse("meetings:meeting_create", args=[programme.slug]),
        form_data(group, skipped, time="1:30am"),
    )
    assert "The clocks go forward at this time" in page(response)
    assert not Meeting.objects.exists()


def test_editing_a_meeting_keeps_its_uid_and_raises_its_sequence(
    manager_client, programme, group, meeting
):
    data = form_data(group, NEXT_MONTH, title="Advisory group: moved", time="10:00")
    data.pop("group")
    response = manager_client.post(
        reverse("meetings:meeting_edit", args=[programme.slug, meeting.pk]), data
    )
    assert response.status_code == 302
    uid = meeting.uid
    meeting.refresh_from_db()
    assert (meeting.uid, meeting.sequence, meeting.title) == (uid, 1, "Advisory group: moved")
    assert timezone.localtime(meeting.start).hour == 10


def test_the_edit_form_shows_the_meeting_as_it_is(manager_client, programme, meeting):
    html = page(
        manager_client.get(reverse("meetings:meeting_edit", args=[programme.slug, meeting.pk]))
    )
    assert 'value="18:30"' in html
    assert "Advisory group: step 2" in html


def test_cancelling_from_the_page(manager_client, programme, meeting):
    url = reverse("meetings:meeting_cancel", args=[programme.slug, meeting.pk])
    assert "Cancel Advisory group: step 2" in page(manager_client.get(url))
    response = manager_client.post(url, {"reason": "Venue closed"})
    assert response.status_code == 302
    meeting.refresh_from_db()
    assert meeting.is_cancelled
    html = page(manager_client.get(meeting.get_absolute_url()))
    assert "This meeting has been cancelled." in html
    assert "Change meeting details" not in html


def test_the_list_splits_upcoming_from_past_and_filters_by_group(
    manager_client, programme, group, meeting
):
    other = factories.GroupFactory(programme=programme, name="Core design team")
    MeetingFactory(
        programme=programme,
        group=group,
        title="Last month's meeting",
        start=timezone.now() - datetime.timedelta(days=30),
    )
    MeetingFactory(programme=programme, group=other, title="Core team weekly")
    html = page(manager_client.get(reverse("meetings:meeting_list", args=[programme.slug])))
    upcoming, past = html.split("Past meetings")
    assert "Advisory group: step 2" in upcoming and "Core team weekly" in upcoming
    assert "Last month&#39;s meeting" in past
    filtered = page(
        manager_client.get(
            reverse("meetings:meeting_list", args=[programme.slug]), {"group": other.pk}
        )
    )
    assert "Core team weekly" in filtered and "Advisory group: step 2" not in filtered
    per_group = page(
        manager_client.get(reverse("meetings:group_meetings", args=[programme.slug, group.pk]))
    )
    assert "Meetings of Lay partners advisory group" in per_group
    assert "Core team weekly" not in per_group


def test_the_detail_page_names_the_invited_but_shows_no_contact_details(
    member_client, programme, meeting, seated
):
    html = page(member_client.get(meeting.get_absolute_url()))
    for name, person in seated.items():
        assert name in html
        assert person.email not in html
    assert "Invited, no reply yet" in html
    assert "Change meeting details" not in html


def test_an_observer_sees_counts_of_replies_not_names(programme, client, meeting, seated):
    observer = factories.UserFactory()
    factories.RoleFactory(user=observer, programme=programme, role="observer")
    client.force_login(observer)
    html = page(client.get(meeting.get_absolute_url()))
    assert "Invited, no reply yet: 3" in html
    assert "Ada Lay" not in html


def test_an_outsider_cannot_find_the_meetings(outsider_client, programme, meeting):
    for name, args in [
        ("meetings:meeting_list", [programme.slug]),
        ("meetings:meeting_detail", [programme.slug, meeting.pk]),
        ("meetings:meeting_ics", [programme.slug, meeting.pk]),
        ("meetings:meeting_edit", [programme.slug, meeting.pk]),
    ]:
        assert outsider_client.get(reverse(name, args=args)).status_code == 404, name


def test_a_meeting_of_another_programme_is_not_found(manager_client, programme, other_programme):
    elsewhere = MeetingFactory(programme=other_programme)
    url = reverse("meetings:meeting_detail", args=[programme.slug, elsewhere.pk])
    assert manager_client.get(url).status_code == 404


def test_a_member_may_not_use_the_manager_pages(member_client, programme, group, meeting):
    for name, args in [
        ("meetings:meeting_create", [programme.slug]),
        ("meetings:meeting_edit", [programme.slug, meeting.pk]),
        ("meetings:meeting_cancel", [programme.slug, meeting.pk]),
        ("meetings:attendance_record", [programme.slug, meeting.pk]),
        ("meetings:group_feed", [programme.slug, group.pk]),
    ]:
        assert member_client.get(reverse(name, args=args)).status_code == 403, name
    response = member_client.post(
        reverse("meetings:agenda_item_add", args=[programme.slug, meeting.pk]), {"title": "Hi"}
    )
    assert response.status_code == 403
    assert not meeting.agenda_items.exists()


def test_a_manager_builds_the_agenda_on_the_meeting_page(manager_client, programme, meeting):
    add = reverse("meetings:agenda_item_add", args=[programme.slug, meeting.pk])
    manager_client.post(add, {"title": "Welcome", "lead": "Bea Lay", "minutes": "10"})
    manager_client.post(add, {"title": "Ideas so far", "lead": "", "minutes": ""})
    html = page(manager_client.get(meeting.get_absolute_url()))
    assert "Welcome" in html and "Bea Lay, 10 minutes" in html
    item = meeting.agenda_items.get(title="Welcome")
    manager_client.post(
        reverse("meetings:agenda_item_remove", args=[programme.slug, meeting.pk, item.pk])
    )
    assert [i.title for i in meeting.agenda_items.all()] == ["Ideas so far"]


def test_an_empty_agenda_item_shows_an_error_on_the_page(manager_client, programme, meeting):
    response = manager_client.post(
        reverse("meetings:agenda_item_add", args=[programme.slug, meeting.pk]), {"title": ""}
    )
    html = page(response)
    assert "There is a problem" in html
    assert "Enter what the agenda item is about." in html
    assert not meeting.agenda_items.exists()


def test_staff_record_attendance_after_the_meeting(manager_client, programme, group, seated):
    past = MeetingFactory(
        programme=programme, group=group, start=timezone.now() - datetime.timedelta(days=1)
    )
    rows = {name: AttendanceFactory(meeting=past, person=p) for name, p in seated.items()}
    url = reverse("meetings:attendance_record", args=[programme.slug, past.pk])
    html = page(manager_client.get(url))
    assert "Ada Lay" in html and "Did not attend" in html
    response = manager_client.post(
        url,
        {f"person_{row.person_id}": "attended" for row in rows.values()}
        | {f"person_{rows['Bea Lay'].person_id}": "apologies"},
    )
    assert response.status_code == 302
    statuses = dict(past.attendances.values_list("person__full_name", "status"))
    assert statuses == {
        "Ada Lay": "attended",
        "Bea Lay": "apologies",
        "Dr Cal Clinician": "attended",
    }


def test_attended_before_the_meeting_is_refused_on_the_form(
    manager_client, programme, meeting, seated
):
    url = reverse("meetings:attendance_record", args=[programme.slug, meeting.pk])
    data = {f"person_{p.pk}": "invited" for p in seated.values()}
    data[f"person_{seated['Ada Lay'].pk}"] = "attended"
    html = page(manager_client.post(url, data))
    assert "once the meeting has started" in html
    assert set(meeting.attendances.values_list("status", flat=True)) == {"invited"}


def test_the_attendance_report_has_a_table_by_quarter(manager_client, programme, group, seated):
    start = timezone.make_aware(datetime.datetime(2026, 2, 10, 18, 0))
    past = MeetingFactory(programme=programme, group=group, start=start)
    AttendanceFactory(meeting=past, person=seated["Ada Lay"], status="attended")
    AttendanceFactory(meeting=past, person=seated["Dr Cal Clinician"], status="absent")
    html = page(manager_client.get(reverse("meetings:attendance_report", args=[programme.slug])))
    assert "Lay partners and professionals, by quarter" in html
    assert "January to March 2026" in html
    assert "100% (1 of 1)" in html and "0% (0 of 1)" in html
    person_table = html.split("Each person, overall and by quarter")[1]
    assert "Dr Cal Clinician" in person_table and "January to March 2026" in person_table


def test_a_person_gets_their_own_calendar_link(client, programme, seated):
    user = factories.UserFactory()
    seated["Ada Lay"].user = user
    seated["Ada Lay"].save()
    client.force_login(user)
    url = reverse("calendar:my_feed")
    assert "There is no calendar link for your meetings yet" in page(client.get(url))
    html = page(client.post(url))
    assert "http://testserver/calendar/" in html
    assert "was made on" in page(client.get(url))


def test_someone_with_no_register_entry_is_told_why_there_is_no_link(client, db):
    user = factories.UserFactory()
    client.force_login(user)
    html = page(client.post(reverse("calendar:my_feed")))
    assert "not linked to anyone on a programme" in html


def test_a_manager_gets_a_group_calendar_link(manager_client, programme, group):
    url = reverse("meetings:group_feed", args=[programme.slug, group.pk])
    html = page(manager_client.post(url))
    link = html.split('id="feed-link" type="text" readonly value="')[1].split('"')[0]
    assert manager_client.get(link.removeprefix("http://testserver")).status_code == 200


def test_an_invited_lay_partner_replies_for_themselves(client, programme, meeting, seated, member):
    seated["Ada Lay"].user = member
    seated["Ada Lay"].save()
    client.force_login(member)
    html = page(client.get(meeting.get_absolute_url()))
    assert "Your reply" in html and "Yes, I am coming" in html
    url = reverse("meetings:attendance_reply", args=[programme.slug, meeting.pk])
    response = client.post(url, {"status": "apologies"})
    assert response.status_code == 302
    assert meeting.attendances.get(person=seated["Ada Lay"]).status == "apologies"
    assert AuditEntry.objects.get(action="attendance.reply").changes == {
        "was": "Invited, no reply yet",
        "now": "Sent apologies",
    }


def test_a_reply_with_no_choice_says_what_to_do(client, programme, meeting, seated, member):
    seated["Ada Lay"].user = member
    seated["Ada Lay"].save()
    client.force_login(member)
    url = reverse("meetings:attendance_reply", args=[programme.slug, meeting.pk])
    html = page(client.post(url, {}))
    assert "There is a problem" in html and "Choose whether you are coming." in html
    assert meeting.attendances.get(person=seated["Ada Lay"]).status == "invited"


def test_someone_not_invited_cannot_reply(member_client, programme, meeting):
    url = reverse("meetings:attendance_reply", args=[programme.slug, meeting.pk])
    html = page(member_client.post(url, {"status": "accepted"}))
    assert "You are not invited to this meeting" in html
    assert "Your reply" not in html


def test_meetings_of_another_programmes_group_are_not_found(
    manager_client, programme, other_programme
):
    elsewhere = factories.GroupFactory(programme=other_programme)
    url = reverse("meetings:group_meetings", args=[programme.slug, elsewhere.pk])
    assert manager_client.get(url).status_code == 404
    url = reverse("meetings:group_feed", args=[programme.slug, elsewhere.pk])
    assert manager_client.post(url).status_code == 404


def test_a_nonsense_group_filter_shows_every_meeting(manager_client, programme, meeting):
    url = reverse("meetings:meeting_list", args=[programme.slug])
    assert "Advisory group: step 2" in page(manager_client.get(url, {"group": "'; drop"}))


def test_the_list_takes_a_fixed_number_of_queries(
    manager_client, programme, group, seated, django_assert_max_num_queries
):
    for days in (-20, -5, 3, 9, 30):
        meeting = MeetingFactory(
            programme=programme, group=group, start=timezone.now() + datetime.timedelta(days=days)
        )
        for person in seated.values():
            AttendanceFactory(meeting=meeting, person=person, status="accepted")
    with django_assert_max_num_queries(12):
        html = page(manager_client.get(reverse("meetings:meeting_list", args=[programme.slug])))
    assert len(re.findall(r"Advisory group meeting \d+</a>", html)) == 5
