"""Times typed as people write them, and UK clock changes, on the meeting form."""

import datetime

import pytest
from django import forms
from hypothesis import given
from hypothesis import strategies as st

from touchstone.meetings.forms import TimeOfDayField, local_start
from touchstone.meetings.models import clock

field = TimeOfDayField(required=False)
times = st.builds(datetime.time, st.integers(0, 23), st.integers(0, 59))


@given(times)
def test_a_24_hour_time_reads_back_as_itself(time):
    assert field.clean(f"{time.hour}:{time.minute:02d}") == time
    assert field.clean(f"{time.hour:02d}.{time.minute:02d}") == time


@given(times)
def test_the_way_pages_write_a_time_reads_back_as_the_same_time(time):
    written = clock(time)
    assert (
        field.clean("12pm" if written == "midday" else "12am" if written == "midnight" else written)
        == time
    )


@pytest.mark.parametrize("typed", ["25:00", "13pm", "0am", "6:60", "half six", "18:3"])
def test_times_that_cannot_be_right_are_refused(typed):
    with pytest.raises(forms.ValidationError, match="Enter a real time"):
        field.clean(typed)


@given(st.dates(datetime.date(2026, 1, 1), datetime.date(2035, 12, 31)), times)
def test_a_uk_time_is_kept_unless_the_clocks_skip_it(day, time):
    start = local_start(day, time)
    if start is None:  # only the hour the clocks go forward, on a Sunday in March
        assert (day.month, day.weekday(), time.hour) == (3, 6, 1)
    else:
        assert (start.date(), start.time()) == (day, time)
