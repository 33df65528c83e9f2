"""The calendar as iCalendar (RFC 5545), to load into Outlook, Google or Apple calendars.

One VEVENT per meeting, in Europe/London time with its VTIMEZONE (the plan's wall-clock
times are UK times). Each UID is made from the group and the meeting's place in the group's
run (its first, second, ... meeting), so re-running the same plan gives the same UIDs and a
calendar app updates the meetings it already has instead of adding copies.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from icalendar import Calendar as ICalendar
from icalendar import Event

from .model import Calendar, Meeting

LONDON = ZoneInfo("Europe/London")
PRODID = "-//Touchstone//Schedule engine//EN"
UID_DOMAIN = "scheduling.touchstone"


def as_ics(calendar: Calendar, stamp: datetime | None = None) -> str:
    """The calendar as an iCalendar text; `stamp` (DTSTAMP) defaults to now, in UTC."""
    stamp = stamp or datetime.now(UTC).replace(microsecond=0)
    ical = ICalendar()
    ical.add("prodid", PRODID)
    ical.add("version", "2.0")
    ical.add("calscale", "GREGORIAN")
    seen: Counter[str] = Counter()
    for meeting in calendar.meetings:
        seen[meeting.group] += 1
        ical.add_component(event(meeting, seen[meeting.group], stamp))
    if calendar.meetings:
        first, last = calendar.meetings[0].start, calendar.meetings[-1].end
        ical.add_missing_timezones(date(first.year, 1, 1), date(last.year + 1, 12, 31))
    return ical.to_ical().decode("utf-8")


def event(meeting: Meeting, occurrence: int, stamp: datetime) -> Event:
    result = Event()
    result.add("uid", meeting_uid(meeting.group, occurrence))
    result.add("dtstamp", stamp)
    result.add("dtstart", meeting.start.replace(tzinfo=LONDON))
    result.add("dtend", meeting.end.replace(tzinfo=LONDON))
    result.add("summary", meeting.group)
    result.add("location", meeting.venue)
    step = f" for the design step '{meeting.step}'" if meeting.step else ""
    result.add("description", f"{meeting.kind.capitalize()}{step}. {meeting.attendance} expected.")
    result.add("categories", [meeting.kind])
    return result


def meeting_uid(group: str, occurrence: int) -> str:
    """'core-team-3-1a2b3c4d@…': readable, and unique even when two names slug alike."""
    slug = re.sub(r"[^a-z0-9]+", "-", group.lower()).strip("-") or "group"
    digest = hashlib.sha256(group.encode("utf-8")).hexdigest()[:8]
    return f"{slug}-{occurrence}-{digest}@{UID_DOMAIN}"
