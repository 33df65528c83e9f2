"""Calendar files and feeds, read back with the icalendar package as a calendar app would."""

import pytest
from django.urls import reverse
from icalendar import Calendar

from touchstone.core.models import AuditEntry
from touchstone.meetings import feeds, services

from .conftest import meeting_values
from .factories import MeetingFactory


@pytest.fixture
def meeting(manager, programme, group, seated):
    meeting = services.meeting_create(
        actor=manager, programme=programme, group=group, **meeting_values()
    )
    services.agenda_item_add(
        actor=manager, meeting=meeting, title="Care navigation ideas", lead="Ada Lay", minutes=30
    )
    meeting.refresh_from_db()
    return meeting


def events_in(response) -> list:
    assert response.status_code == 200, response.status_code
    assert response["Content-Type"].startswith("text/calendar")
    calendar = Calendar.from_ical(response.content)
    assert calendar["VERSION"] == "2.0"
    return calendar.walk("VEVENT")


def download(client, meeting):
    return client.get(reverse("meetings:meeting_ics", args=[meeting.programme.slug, meeting.pk]))


def test_a_meeting_downloads_as_a_valid_calendar_entry(member_client, meeting):
    (event,) = events_in(download(member_client, meeting))
    assert str(event["UID"]) == meeting.uid
    assert str(event["SUMMARY"]) == "Advisory group: step 2"
    assert event.decoded("DTSTART") == meeting.start
    assert (event.decoded("DTEND") - event.decoded("DTSTART")).total_seconds() == 2 * 3600
    assert str(event["LOCATION"]) == "Willesden Library, 95 High Road, London NW10 2SF"
    assert str(event["STATUS"]) == "CONFIRMED"
    assert "1. Care navigation ideas (Ada Lay, 30 minutes)" in str(event["DESCRIPTION"])
    assert "Hearing loop" in str(event["DESCRIPTION"])
    assert str(event["URL"]).endswith(meeting.get_absolute_url())
    assert "DTSTAMP" in event


def test_the_uid_stays_and_the_sequence_rises_when_a_meeting_changes(
    manager, manager_client, meeting
):
    (before,) = events_in(download(manager_client, meeting))
    services.meeting_update(actor=manager, meeting=meeting, duration_minutes=90)
    (after,) = events_in(download(manager_client, meeting))
    assert str(after["UID"]) == str(before["UID"])
    assert int(after["SEQUENCE"]) > int(before["SEQUENCE"])


def test_a_cancelled_meeting_is_marked_cancelled(manager, manager_client, meeting):
    (before,) = events_in(download(manager_client, meeting))
    services.meeting_cancel(actor=manager, meeting=meeting)
    (event,) = events_in(download(manager_client, meeting))
    assert str(event["STATUS"]) == "CANCELLED"
    assert int(event["SEQUENCE"]) == int(before["SEQUENCE"]) + 1
    assert "This meeting has been cancelled." in str(event["DESCRIPTION"])


def test_someone_outside_the_programme_cannot_download_it(outsider_client, meeting):
    assert download(outsider_client, meeting).status_code == 404


def test_a_person_subscribes_without_signing_in_and_sees_their_meetings_only(
    client, manager, programme, group, meeting, seated
):
    ada = seated["Ada Lay"]
    ada.user = manager
    ada.save()
    token = feeds.person_feed_create(actor=manager)
    other = services.meeting_create(
        actor=manager,
        programme=programme,
        group=type(group).objects.create(programme=programme, name="Core team", kind="other"),
        **meeting_values(title="Core team weekly"),
    )
    client.logout()
    response = client.get(reverse("calendar:feed", args=[token]))
    events = events_in(response)
    assert [str(e["UID"]) for e in events] == [meeting.uid]
    assert other.uid not in response.content.decode()
    # Who else is invited is never in a feed.
    assert "Bea Lay" not in response.content.decode()


def test_a_group_feed_keeps_cancelled_meetings_marked_cancelled(client, manager, group, meeting):
    token = feeds.group_feed_create(actor=manager, group=group)
    services.meeting_cancel(actor=manager, meeting=meeting)
    (event,) = events_in(client.get(reverse("calendar:feed", args=[token])))
    assert str(event["STATUS"]) == "CANCELLED"


def test_a_new_link_stops_the_old_one_working(client, manager, group, meeting):
    old = feeds.group_feed_create(actor=manager, group=group)
    new = feeds.group_feed_create(actor=manager, group=group)
    assert client.get(reverse("calendar:feed", args=[old])).status_code == 404
    assert client.get(reverse("calendar:feed", args=[new])).status_code == 200
    actions = list(
        AuditEntry.objects.filter(action__startswith="calendar_feed")
        .values_list("action", flat=True)
        .order_by("pk")
    )
    assert actions == ["calendar_feed.create", "calendar_feed.replace"]


@pytest.mark.parametrize("token", ["short", "x" * 200, "not a token at all!!" * 3, "A" * 43])
def test_a_malformed_or_unknown_feed_address_is_not_found(client, meeting, token):
    response = client.get(f"/calendar/{token}.ics")
    assert response.status_code == 404


def test_only_a_hash_of_the_token_is_stored(manager, group):
    token = feeds.group_feed_create(actor=manager, group=group)
    feed = feeds.feed_exists(group=group)
    assert token not in feed.token_hash
    assert feed.token_hash == feeds.hash_feed_token(token)


def test_a_feed_of_many_meetings_takes_a_fixed_number_of_queries(
    client, manager, programme, group, django_assert_max_num_queries
):
    for _ in range(12):
        MeetingFactory(programme=programme, group=group)
    token = feeds.group_feed_create(actor=manager, group=group)
    with django_assert_max_num_queries(4):
        events = events_in(client.get(reverse("calendar:feed", args=[token])))
    assert len(events) == 12
