"""Write meetings as iCalendar (RFC 5545), for downloads and subscribed feeds.

Each meeting keeps one UID for life and its SEQUENCE goes up on every change, so a
calendar app updates the entry it already has. Cancelled meetings stay in, marked
STATUS:CANCELLED, so the app removes or strikes them out rather than keeping a stale copy.
Times are written in UTC, which every calendar app reads without a VTIMEZONE block.
"""

import datetime
from collections.abc import Callable, Iterable

from icalendar import Calendar, Event

from .models import Meeting

PRODID = "-//Touchstone//Meetings//EN"


def description_of(meeting: Meeting) -> str:
    """Return the plain-text body of a calendar entry: place, access, link and agenda."""
    parts = [f"{meeting.get_kind_display()} of {meeting.group.name}."]
    if meeting.is_cancelled:
        parts.insert(0, "This meeting has been cancelled.")
    if meeting.access_features:
        parts.append("Access: " + ", ".join(meeting.access_features) + ".")
    if meeting.online_link:
        parts.append(f"Join online: {meeting.online_link}")
    items = list(meeting.agenda_items.all())
    if items:
        lines = ["Agenda:"]
        for number, item in enumerate(items, start=1):
            extra = ", ".join(
                part
                for part in (item.lead, f"{item.minutes} minutes" if item.minutes else "")
                if part
            )
            lines.append(f"{number}. {item.title}" + (f" ({extra})" if extra else ""))
        parts.append("\n".join(lines))
    return "\n\n".join(parts)


def event_for(meeting: Meeting, *, link: str) -> Event:
    """Return one VEVENT for a meeting; `link` is the full address of its page."""
    event = Event()
    event.add("uid", meeting.uid)
    event.add("sequence", meeting.sequence)
    event.add("dtstamp", meeting.updated_at.astimezone(datetime.UTC))
    event.add("created", meeting.created_at.astimezone(datetime.UTC))
    event.add("last-modified", meeting.updated_at.astimezone(datetime.UTC))
    event.add("dtstart", meeting.start.astimezone(datetime.UTC))
    event.add("dtend", meeting.end.astimezone(datetime.UTC))
    event.add("summary", meeting.title)
    location = ", ".join(line.strip() for line in meeting.address.splitlines() if line.strip())
    event.add("location", location or meeting.online_link)
    event.add("url", link)
    event.add("description", description_of(meeting))
    event.add("status", "CANCELLED" if meeting.is_cancelled else "CONFIRMED")
    return event


def calendar_for(
    meetings: Iterable[Meeting], *, name: str, link_for: Callable[[Meeting], str]
) -> bytes:
    """Return a whole calendar, ready to send as text/calendar."""
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", name)
    for meeting in meetings:
        calendar.add_component(event_for(meeting, link=link_for(meeting)))
    return calendar.to_ical()
