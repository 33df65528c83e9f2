"""Reads for meetings, always scoped to one programme and the person asking."""

from django.db.models import Count, Q, QuerySet
from django.http import Http404
from django.utils import timezone

from touchstone.accounts import access
from touchstone.people.models import Person

from .models import AgendaItem, Attendance, AttendanceStatus, Meeting


def meeting_list_for(*, actor, programme, group=None) -> tuple[list[Meeting], list[Meeting]]:
    """Return the programme's upcoming meetings (soonest first) and past ones (latest first)."""
    access.require(actor, "view", programme)
    meetings = (
        Meeting.objects.filter(programme=programme)
        .select_related("group", "programme")
        .annotate(
            invited=Count("attendances"),
            coming=Count(
                "attendances",
                filter=Q(
                    attendances__status__in=[AttendanceStatus.ACCEPTED, AttendanceStatus.ATTENDED]
                ),
            ),
        )
    )
    if group is not None:
        meetings = meetings.filter(group=group)
    now = timezone.now()
    upcoming = list(meetings.filter(start__gte=now).order_by("start", "pk"))
    past = list(meetings.filter(start__lt=now).order_by("-start", "-pk"))
    return upcoming, past


def meeting_get_for(*, actor, programme, pk) -> Meeting:
    """Return one meeting of the programme, or 404 whatever the id."""
    access.require(actor, "view", programme)
    meeting = (
        Meeting.objects.filter(programme=programme, pk=pk)
        .select_related("group", "programme", "chair")
        .prefetch_related("agenda_items")
        .first()
    )
    if meeting is None:
        raise Http404("Meeting not found")
    return meeting


def agenda_item_get_for(*, actor, meeting: Meeting, pk) -> AgendaItem:
    """Return one item of the meeting's agenda, or 404."""
    access.require(actor, "view", meeting.programme)
    item = meeting.agenda_items.filter(pk=pk).select_related("meeting__programme").first()
    if item is None:
        raise Http404("Agenda item not found")
    return item


def attendance_list_for(*, actor, meeting: Meeting) -> QuerySet[Attendance]:
    """Return who was invited and their replies; names are for those who may see people."""
    access.require(actor, "view_people", meeting.programme)
    return meeting.attendances.select_related("person").order_by("person__full_name", "pk")


def reply_counts_for(*, actor, meeting: Meeting) -> list[tuple[str, int]]:
    """Return how many people have each status, with no names, for anyone who may view."""
    access.require(actor, "view", meeting.programme)
    counts = dict(meeting.attendances.values_list("status").annotate(n=Count("pk")))
    return [(label, counts.get(value, 0)) for value, label in AttendanceStatus.choices]


def own_attendance_for(*, actor, meeting: Meeting) -> Attendance | None:
    """Return the signed-in person's own invitation to the meeting, if they have one."""
    access.require(actor, "view", meeting.programme)
    person = getattr(actor, "person", None)
    if person is None:
        return None
    return meeting.attendances.filter(person=person).first()


def register_people_for(*, programme) -> QuerySet[Person]:
    """Return the people on the programme's register, by name, for choosing a chair.

    Only names are used from these rows; contact details never leave this module.
    """
    return (
        Person.objects.filter(programmes=programme)
        .only("id", "full_name", "kind")
        .order_by("full_name", "pk")
    )


def register_person_for(*, programme, pk) -> Person | None:
    """Return one person on the programme's register by id, or None."""
    return register_people_for(programme=programme).filter(pk=pk).first()
