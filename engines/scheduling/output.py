"""Print a calendar for people (text, by design step) or for programs (JSON)."""

from __future__ import annotations

import json

from .model import Calendar, Meeting
from .wording import nice_date


def as_json(calendar: Calendar) -> str:
    return json.dumps(
        {
            "region": calendar.region,
            "bank_holidays": [
                {"date": day.isoformat(), "name": name} for day, name in calendar.bank_holidays
            ],
            "meetings": [meeting_record(m) for m in calendar.meetings],
        },
        indent=2,
        ensure_ascii=False,
    )


def meeting_record(meeting: Meeting) -> dict:
    return {
        "group": meeting.group,
        "kind": meeting.kind,
        "start": meeting.start.isoformat(timespec="minutes"),
        "end": meeting.end.isoformat(timespec="minutes"),
        "venue": meeting.venue,
        "step": meeting.step,
        "attendance": meeting.attendance,
    }


def as_text(calendar: Calendar) -> str:
    """Meetings under a heading per design step, with the bank holidays kept clear."""
    lines = [f"Proposed calendar: {len(calendar.meetings)} meetings."]
    if calendar.bank_holidays:
        kept = "; ".join(f"{name}, {nice_date(day)}" for day, name in calendar.bank_holidays)
        lines.append(f"Bank holidays kept clear ({calendar.region}): {kept}.")
    heading = object()
    for meeting in calendar.meetings:
        if meeting.step != heading:
            heading = meeting.step
            lines += ["", meeting.step or "Outside the design steps"]
        lines.append(
            f"  {nice_date(meeting.start.date())}, {meeting.start:%H:%M}–{meeting.end:%H:%M}: "
            f"{meeting.group} ({meeting.kind}) at {meeting.venue}, "
            f"{meeting.attendance} expected"
        )
    return "\n".join(lines)
