"""Forms for meetings, agendas and attendance; the rules themselves live in services."""

import datetime
import re
import zoneinfo

from django import forms
from django.conf import settings
from django.utils import timezone

from touchstone.core.forms import DayMonthYearField, needs
from touchstone.people.models import Person

from .models import ACCESS_FEATURES, AttendanceStatus, MeetingKind

TIME = re.compile(r"\s*(\d{1,2})(?:[:.](\d{2}))?\s*(am|pm)?\s*", re.IGNORECASE)
BAD_TIME = "Enter a real time, like 18:30 or 6:30pm."


class TimeOfDayField(forms.Field):
    """A time typed as people write it: 18:30, 6.30pm, 9am or midday."""

    widget = forms.TextInput

    def to_python(self, value):
        value = str(value or "").strip()[:20]
        if not value:
            return None
        if value.strip().lower() in ("midday", "noon"):
            return datetime.time(12, 0)
        match = TIME.fullmatch(value)
        if match is None:
            raise forms.ValidationError(BAD_TIME)
        hour, minute = int(match[1]), int(match[2] or 0)
        suffix = (match[3] or "").lower()
        if suffix:
            if not 1 <= hour <= 12:
                raise forms.ValidationError(BAD_TIME)
            hour = hour % 12 + (12 if suffix == "pm" else 0)
        if hour > 23 or minute > 59:
            raise forms.ValidationError(BAD_TIME)
        return datetime.time(hour, minute)


def local_start(day: datetime.date, time: datetime.time) -> datetime.datetime | None:
    """Join a date and a UK clock time; None when the clocks skip that time (spring forward)."""
    zone = zoneinfo.ZoneInfo(settings.TIME_ZONE)
    naive = datetime.datetime.combine(day, time)
    moment = naive.replace(tzinfo=zone)
    round_trip = moment.astimezone(datetime.UTC).astimezone(zone).replace(tzinfo=None)
    return moment if round_trip == naive else None


class MeetingForm(forms.Form):
    group = forms.ModelChoiceField(
        label="Group",
        queryset=None,
        empty_label="Choose a group",
        error_messages=needs("Choose the group that is meeting."),
        help_text="Everyone seated in this group will be invited.",
    )
    kind = forms.ChoiceField(
        label="Kind of meeting",
        choices=[("", "Choose a kind"), *MeetingKind.choices],
        error_messages=needs("Choose what kind of meeting this is."),
    )
    title = forms.CharField(
        label="Title", max_length=200, error_messages=needs("Enter a title for the meeting.")
    )
    day = DayMonthYearField(label="Date", error_messages=needs("Enter the date of the meeting."))
    time = TimeOfDayField(
        label="Start time",
        help_text="UK time, for example 18:30 or 6:30pm.",
        error_messages=needs("Enter the time the meeting starts."),
    )
    duration_minutes = forms.IntegerField(
        label="How long it lasts, in minutes",
        min_value=1,
        max_value=720,
        help_text="For example, 120 for 2 hours.",
        error_messages={
            **needs("Enter how long the meeting lasts, in minutes."),
            "invalid": "Enter how long the meeting lasts as a whole number of minutes, like 90.",
            "min_value": "The meeting must last at least 1 minute.",
            "max_value": "A meeting can last at most 720 minutes (12 hours).",
        },
    )
    address = forms.CharField(
        label="Address of the place",
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text="Leave empty if the meeting is online only.",
    )
    access = forms.MultipleChoiceField(
        label="Access at the place",
        required=False,
        choices=list(ACCESS_FEATURES.items()),
        widget=forms.CheckboxSelectMultiple,
        help_text="Select all that the place has.",
    )
    online_link = forms.URLField(
        label="Online meeting link",
        required=False,
        max_length=500,
        assume_scheme="https",
        help_text="Leave empty if the meeting is in person only.",
        error_messages={"invalid": "Enter a full web address, like https://meet.example.org/abc."},
    )
    chair = forms.ModelChoiceField(
        label="Chair", queryset=Person.objects.none(), required=False, empty_label="Not decided"
    )

    def __init__(self, *args, groups, people, editing=None, **kwargs):
        super().__init__(*args, **kwargs)
        # A meeting under way may keep its start time; any new start must be still to come.
        self.earliest = min(timezone.now(), editing.start) if editing else None
        self.fields["group"].queryset = groups
        self.fields["chair"].queryset = people
        if editing:
            # Changing the group would change who is invited; cancel and schedule instead.
            del self.fields["group"]

    def clean(self):
        data = super().clean()
        if data.get("day") and data.get("time"):
            start = local_start(data["day"], data["time"])
            if start is None:
                self.add_error("time", "The clocks go forward at this time. Choose another time.")
            elif start < (self.earliest or timezone.now()):
                self.add_error("day", "The meeting cannot start in the past. Enter a later date.")
            data["start"] = start
        if not data.get("address", "").strip() and not data.get("online_link"):
            self.add_error("address", "Give the address of the place, an online link, or both.")
        return data

    @staticmethod
    def initial_for(meeting) -> dict:
        local = timezone.localtime(meeting.start)
        return {
            "kind": meeting.kind,
            "title": meeting.title,
            "day": local.date(),
            "time": local.strftime("%H:%M"),
            "duration_minutes": meeting.duration_minutes,
            "address": meeting.address,
            "access": [name for name in ACCESS_FEATURES if getattr(meeting, name)],
            "online_link": meeting.online_link,
            "chair": meeting.chair_id,
        }

    def values(self) -> dict:
        """Return the cleaned data in the shape the meeting services take."""
        data = self.cleaned_data
        values = {
            "kind": data["kind"],
            "title": data["title"],
            "start": data["start"],
            "duration_minutes": data["duration_minutes"],
            "address": data["address"],
            "online_link": data["online_link"],
            "chair": data["chair"],
        }
        values.update({name: name in data["access"] for name in ACCESS_FEATURES})
        return values


class MeetingCancelForm(forms.Form):
    reason = forms.CharField(
        label="Why is it cancelled? (optional)",
        required=False,
        max_length=300,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="This is kept in the programme's record of changes.",
    )


class AgendaItemForm(forms.Form):
    title = forms.CharField(
        label="Agenda item",
        max_length=200,
        error_messages=needs("Enter what the agenda item is about."),
    )
    lead = forms.CharField(label="Who leads it", max_length=200, required=False)
    minutes = forms.IntegerField(
        label="Time allowed, in minutes",
        required=False,
        min_value=1,
        max_value=720,
        error_messages={
            "invalid": "Enter the time allowed as a whole number of minutes, like 20.",
            "min_value": "Allow at least 1 minute, or leave it empty.",
            "max_value": "Allow at most 720 minutes.",
        },
    )


class AttendanceForm(forms.Form):
    """One set of radios per invited person, named after the person's attendance row."""

    def __init__(self, *args, attendances, **kwargs):
        super().__init__(*args, **kwargs)
        self.people = {}
        for attendance in attendances:
            name = f"person_{attendance.person_id}"
            person = attendance.person
            self.fields[name] = forms.ChoiceField(
                label=person.full_name,
                choices=AttendanceStatus.choices,
                widget=forms.RadioSelect,
                initial=attendance.status,
                help_text=person.get_kind_display(),
                error_messages=needs(f"Choose a status for {person.full_name}."),
            )
            self.people[name] = person

    def statuses(self) -> dict:
        return {self.people[name]: status for name, status in self.cleaned_data.items()}


class ReplyForm(forms.Form):
    status = forms.ChoiceField(
        label="Are you coming?",
        choices=[
            (AttendanceStatus.ACCEPTED, "Yes, I am coming"),
            ("apologies", "No, I send my apologies"),
        ],
        widget=forms.RadioSelect,
        error_messages=needs("Choose whether you are coming."),
    )
