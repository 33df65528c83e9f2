"""The calendar as iCalendar: one event per meeting, in UK time, with UIDs stable across runs."""

from __future__ import annotations

import json
from datetime import datetime
from zoneinfo import ZoneInfo

from icalendar import Calendar as ICalendar

from engines.scheduling import propose
from engines.scheduling.ics import as_ics

from .example import example_plan
from .test_cli import DATA, run

LONDON = ZoneInfo("Europe/London")


def events(text: str) -> list:
    return list(ICalendar.from_ical(text).walk("VEVENT"))


def test_ics_output_has_one_event_per_meeting_with_times_venue_and_name():
    result = run(DATA / "small_plan.json", "--format", "ics")
    assert result.returncode == 0, result.stderr
    golden = json.loads((DATA / "small_calendar.json").read_text(encoding="utf-8"))["meetings"]

    found = events(result.stdout)

    assert len(found) == len(golden)
    for vevent, meeting in zip(found, golden, strict=True):
        start, end = vevent.decoded("dtstart"), vevent.decoded("dtend")
        assert start == datetime.fromisoformat(meeting["start"]).replace(tzinfo=LONDON)
        assert end == datetime.fromisoformat(meeting["end"]).replace(tzinfo=LONDON)
        assert str(vevent["dtstart"].params["TZID"]) == "Europe/London"
        assert str(vevent["summary"]) == meeting["group"]
        assert str(vevent["location"]) == meeting["venue"]
    assert "BEGIN:VTIMEZONE" in result.stdout and "TZID:Europe/London" in result.stdout


def test_ics_uids_are_unique_and_the_same_when_the_plan_is_run_again():
    first = [str(e["uid"]) for e in events(as_ics(propose(example_plan())))]
    again = [str(e["uid"]) for e in events(as_ics(propose(example_plan())))]

    assert len(set(first)) == len(first)
    assert first == again
    assert first[0].startswith("core-design-team-1-")


def test_ics_output_is_rfc_5545_shaped():
    text = as_ics(propose(example_plan()))
    lines = text.split("\r\n")
    assert lines[0] == "BEGIN:VCALENDAR" and "VERSION:2.0" in lines
    assert any(line.startswith("PRODID:") for line in lines)
    assert all(len(line.encode("utf-8")) <= 75 for line in lines)
    assert all("DTSTAMP" in e for e in events(text))
