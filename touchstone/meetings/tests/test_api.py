"""The meetings API, as a script or another system would use it."""

import datetime

import pytest
from django.utils import timezone

from touchstone.core.tests import factories
from touchstone.core.tests.api_client import client_as
from touchstone.meetings.models import Meeting

from .factories import AttendanceFactory, MeetingFactory


def api(user, programme):
    return client_as(user, f"/api/v1/programmes/{programme.slug}")


def body(group, **changes) -> dict:
    start = (timezone.localdate() + datetime.timedelta(days=21)).isoformat() + "T18:00:00"
    values = {
        "group": group.pk,
        "kind": "forum",
        "title": "Quarterly forum",
        "start": start,
        "duration_minutes": 150,
        "address": "Harlesden Library",
        "access": ["step_free", "parking"],
    }
    return values | changes


def test_a_manager_schedules_a_meeting_and_the_group_is_invited(manager, programme, group, seated):
    response = api(manager, programme).post("/meetings", body(group))
    assert response.status_code == 201, response.json()
    out = response.json()
    assert out["title"] == "Quarterly forum"
    assert out["access"] == ["step_free", "parking"]
    assert out["sequence"] == 0 and out["uid"].endswith("@touchstone")
    assert {a["name"] for a in out["attendances"]} == set(seated)
    local = timezone.localtime(Meeting.objects.get().start)
    assert (local.hour, local.minute) == (18, 0)


@pytest.mark.parametrize(
    ("changes", "status", "field"),
    [
        ({"start": "2020-01-01T18:00:00"}, 400, "start"),
        ({"address": ""}, 400, "address"),
        ({"access": ["lift"]}, 422, "access"),
        ({"duration_minutes": 0}, 422, "duration_minutes"),
        ({"surprise": 1}, 422, "surprise"),
    ],
)
def test_bad_input_is_refused_and_nothing_is_stored(
    manager, programme, group, changes, status, field
):
    response = api(manager, programme).post("/meetings", body(group, **changes))
    assert response.status_code == status, response.json()
    assert field in response.json()["errors"]
    assert not Meeting.objects.exists()


def test_a_group_of_another_programme_is_refused(manager, programme, other_programme):
    elsewhere = factories.GroupFactory(programme=other_programme)
    response = api(manager, programme).post("/meetings", body(elsewhere))
    assert response.status_code == 400
    assert response.json()["errors"] == {
        "group": ["There is no group with this id in this programme."]
    }


def test_a_member_lists_meetings_but_may_not_schedule(member, programme, group):
    MeetingFactory(programme=programme, group=group, title="Advisory group")
    client = api(member, programme)
    assert [m["title"] for m in client.get("/meetings").json()] == ["Advisory group"]
    assert client.post("/meetings", body(group)).status_code == 403


def test_an_outsider_gets_not_found(outsider, programme, group):
    meeting = MeetingFactory(programme=programme, group=group)
    client = api(outsider, programme)
    assert client.get("/meetings").status_code == 404
    assert client.get(f"/meetings/{meeting.pk}").status_code == 404


def test_an_observer_gets_no_names(programme, group, seated):
    meeting = MeetingFactory(programme=programme, group=group)
    AttendanceFactory(meeting=meeting, person=seated["Ada Lay"])
    observer = factories.UserFactory()
    factories.RoleFactory(user=observer, programme=programme, role="observer")
    out = api(observer, programme).get(f"/meetings/{meeting.pk}").json()
    assert out["attendances"] is None
    assert "Ada Lay" not in str(out)


def test_a_manager_records_attendance(manager, programme, group, seated):
    meeting = MeetingFactory(
        programme=programme, group=group, start=timezone.now() - datetime.timedelta(hours=3)
    )
    ada = seated["Ada Lay"]
    AttendanceFactory(meeting=meeting, person=ada)
    client = api(manager, programme)
    response = client.post(
        f"/meetings/{meeting.pk}/attendance", {"person": ada.pk, "status": "attended"}
    )
    assert response.status_code == 200, response.json()
    assert response.json()["status"] == "attended"
    assert meeting.attendances.get(person=ada).status == "attended"
    refused = client.post(
        f"/meetings/{meeting.pk}/attendance", {"person": seated["Bea Lay"].pk, "status": "absent"}
    )
    assert refused.status_code == 400
    assert "was not invited" in refused.json()["detail"]


def test_the_list_can_be_narrowed_to_one_group(manager, programme, group):
    other = factories.GroupFactory(programme=programme)
    MeetingFactory(programme=programme, group=group, title="Ours")
    MeetingFactory(programme=programme, group=other, title="Theirs")
    out = api(manager, programme).get("/meetings", group=other.pk).json()
    assert [m["title"] for m in out] == ["Theirs"]


def test_attendance_rates_by_quarter_for_lay_partners_and_professionals(
    member, programme, group, seated
):
    start = timezone.make_aware(datetime.datetime(2026, 4, 14, 18, 0))
    meeting = MeetingFactory(programme=programme, group=group, start=start)
    AttendanceFactory(meeting=meeting, person=seated["Ada Lay"], status="attended")
    AttendanceFactory(meeting=meeting, person=seated["Bea Lay"], status="apologies")
    AttendanceFactory(meeting=meeting, person=seated["Dr Cal Clinician"], status="attended")
    out = api(member, programme).get("/attendance-rates").json()
    assert out == [
        {
            "quarter": "April to June 2026",
            "lay_partners": {"attended": 1, "recorded": 2, "percent": 50},
            "professionals": {"attended": 1, "recorded": 1, "percent": 100},
        }
    ]


def test_a_manager_makes_a_group_calendar_address_that_calendar_apps_can_read(
    manager, programme, group, seated
):
    response = api(manager, programme).post(f"/groups/{group.pk}/calendar-feed", {})
    assert response.status_code == 201
    url = response.json()["url"]
    assert "/calendar/" in url and url.endswith(".ics")


def test_one_meeting_as_an_icalendar_file(manager, programme, group):
    meeting = MeetingFactory(programme=programme, group=group)
    response = api(manager, programme).get(f"/meetings/{meeting.pk}/ics")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    assert meeting.uid in response.content.decode()


def test_members_cannot_make_a_group_calendar_address(member, programme, group):
    assert api(member, programme).post(f"/groups/{group.pk}/calendar-feed", {}).status_code == 403
