"""API for meetings: list, schedule, read one, and record attendance.

The same services and selectors as the pages, so both refuse the same things. Every
handler finds the programme first (404 for anyone with no role in it), then checks the
ability (403); ids are looked up within that programme only.
"""

from django.http import HttpResponse
from django.urls import reverse
from django.utils import timezone
from ninja import Router, Status
from ninja.responses import codes_4xx

from touchstone.accounts import access
from touchstone.core.errors import ServiceError
from touchstone.programmes import selectors as programme_selectors
from touchstone.programmes.schemas import ErrorOut, Id, Slug

from . import calendars, feeds, selectors, services
from .models import ACCESS_FEATURES
from .rates import rates_by_kind_for
from .schemas import (
    AttendanceIn,
    AttendanceOut,
    FeedOut,
    MeetingIn,
    MeetingOut,
    QuarterRatesOut,
)

router = Router(tags=["meetings"])
ERRORS = {codes_4xx: ErrorOut}


def _attendance_out(attendance) -> dict:
    person = attendance.person
    return {
        "person": person.pk,
        "name": person.full_name,
        "kind": person.kind,
        "status": attendance.status,
    }


def _meeting_out(request, meeting) -> dict:
    out = {
        name: getattr(meeting, name)
        for name in ("id", "uid", "kind", "title", "start", "end", "duration_minutes")
    }
    out |= {
        name: getattr(meeting, name) for name in ("address", "online_link", "status", "sequence")
    }
    out |= {
        "group": meeting.group_id,
        "group_name": meeting.group.name,
        "access": [name for name in ACCESS_FEATURES if getattr(meeting, name)],
        "chair": meeting.chair_id,
        "agenda": [
            {"title": item.title, "lead": item.lead, "minutes": item.minutes}
            for item in meeting.agenda_items.all()
        ],
        "attendances": None,
    }
    if access.can(request.auth, "view_people", meeting.programme):
        out["attendances"] = [
            _attendance_out(a)
            for a in selectors.attendance_list_for(actor=request.auth, meeting=meeting)
        ]
    return out


@router.get("/{slug}/meetings", response={200: list[MeetingOut], **ERRORS})
def meeting_list(request, slug: Slug, group: Id | None = None):
    """List the programme's meetings, soonest upcoming first, then past ones."""
    programme = programme_selectors.programme_for(actor=request.auth, slug=slug, ability="view")
    chosen = None
    if group is not None:
        chosen = programme_selectors.group_get_for(
            actor=request.auth, programme=programme, pk=group
        )
    upcoming, past = selectors.meeting_list_for(
        actor=request.auth, programme=programme, group=chosen
    )
    return [_meeting_out(request, meeting) for meeting in [*upcoming, *past]]


@router.post("/{slug}/meetings", response={201: MeetingOut, **ERRORS})
def meeting_create(request, slug: Slug, payload: MeetingIn):
    """Schedule a meeting of one of the programme's groups and invite its members."""
    programme = programme_selectors.programme_for(actor=request.auth, slug=slug, ability="change")
    data = payload.dict()
    group = programme.groups.filter(pk=data.pop("group")).first()
    if group is None:
        raise ServiceError("There is no group with this id in this programme.", field="group")
    chair_id = data.pop("chair")
    data["chair"] = None
    if chair_id is not None:
        data["chair"] = selectors.register_person_for(programme=programme, pk=chair_id)
        if data["chair"] is None:
            raise ServiceError(
                "There is no person with this id on this programme's register.", field="chair"
            )
    if timezone.is_naive(data["start"]):
        data["start"] = timezone.make_aware(data["start"])
    access_features = set(data.pop("access"))
    data |= {name: name in access_features for name in ACCESS_FEATURES}
    meeting = services.meeting_create(actor=request.auth, programme=programme, group=group, **data)
    meeting = selectors.meeting_get_for(actor=request.auth, programme=programme, pk=meeting.pk)
    return Status(201, _meeting_out(request, meeting))


def _rate_out(rate) -> dict:
    return {"attended": rate.attended, "recorded": rate.recorded, "percent": rate.percent}


@router.get("/{slug}/attendance-rates", response={200: list[QuarterRatesOut], **ERRORS})
def attendance_rates(request, slug: Slug, group: Id | None = None):
    """Attendance of lay partners and of professionals, quarter by quarter, oldest first."""
    programme = programme_selectors.programme_for(actor=request.auth, slug=slug, ability="view")
    chosen = None
    if group is not None:
        chosen = programme_selectors.group_get_for(
            actor=request.auth, programme=programme, pk=group
        )
    return [
        {
            "quarter": row.quarter,
            "lay_partners": _rate_out(row.lay),
            "professionals": _rate_out(row.professionals),
        }
        for row in rates_by_kind_for(actor=request.auth, programme=programme, group=chosen)
    ]


@router.get("/{slug}/meetings/{meeting_id}", response={200: MeetingOut, **ERRORS})
def meeting_get(request, slug: Slug, meeting_id: Id):
    """Show one meeting, with its agenda and, for those who may see people, its invitations."""
    programme = programme_selectors.programme_for(actor=request.auth, slug=slug, ability="view")
    meeting = selectors.meeting_get_for(actor=request.auth, programme=programme, pk=meeting_id)
    return _meeting_out(request, meeting)


@router.post("/{slug}/meetings/{meeting_id}/attendance", response={200: AttendanceOut, **ERRORS})
def attendance_record(request, slug: Slug, meeting_id: Id, payload: AttendanceIn):
    """Record one invited person's reply or attendance."""
    programme = programme_selectors.programme_for(actor=request.auth, slug=slug, ability="view")
    meeting = selectors.meeting_get_for(actor=request.auth, programme=programme, pk=meeting_id)
    access.require(request.auth, "change", programme)
    person = selectors.register_person_for(programme=programme, pk=payload.person)
    if person is None:
        raise ServiceError(
            "There is no person with this id on this programme's register.", field="person"
        )
    attendance = services.attendance_record(
        actor=request.auth, meeting=meeting, person=person, status=payload.status
    )
    return _attendance_out(attendance)


@router.post("/{slug}/groups/{group_id}/calendar-feed", response={201: FeedOut, **ERRORS})
def group_feed_create(request, slug: Slug, group_id: Id):
    """Make a new secret calendar address for a group's meetings; the old one stops working."""
    programme = programme_selectors.programme_for(actor=request.auth, slug=slug, ability="change")
    group = programme_selectors.group_get_for(actor=request.auth, programme=programme, pk=group_id)
    token = feeds.group_feed_create(actor=request.auth, group=group)
    return Status(201, {"url": request.build_absolute_uri(reverse("calendar:feed", args=[token]))})


@router.get("/{slug}/meetings/{meeting_id}/ics")
def meeting_ics(request, slug: Slug, meeting_id: Id):
    """One meeting as an iCalendar file (text/calendar), for calendar apps and scripts."""
    programme = programme_selectors.programme_for(actor=request.auth, slug=slug, ability="view")
    meeting = selectors.meeting_get_for(actor=request.auth, programme=programme, pk=meeting_id)
    body = calendars.calendar_for(
        [meeting],
        name=meeting.title,
        link_for=lambda m: request.build_absolute_uri(m.get_absolute_url()),
    )
    return HttpResponse(body, content_type="text/calendar; charset=utf-8")
