"""Meetings of a programme's groups, their agendas, who was invited, and calendar feeds."""

import uuid

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format


class MeetingKind(models.TextChoices):
    WORKING_SESSION = "working_session", "Working session"
    CORE_TEAM = "core_team", "Core team meeting"
    ADVISORY_GROUP = "advisory_group", "Advisory group meeting"
    FORUM = "forum", "Forum"
    COMMUNITY_ENGAGEMENT = "community_engagement", "Community engagement event"
    WORKSHOP = "workshop", "Workshop"


class MeetingStatus(models.TextChoices):
    SCHEDULED = "scheduled", "Going ahead"
    CANCELLED = "cancelled", "Cancelled"


# The access features a venue can offer, in the order pages list them.
ACCESS_FEATURES = {
    "step_free": "Step-free access",
    "hearing_loop": "Hearing loop",
    "accessible_toilet": "Accessible toilet",
    "parking": "Parking",
    "public_transport": "Near public transport",
}


def new_uid() -> str:
    """Return an iCalendar UID that never changes, so calendar apps update, not duplicate."""
    return f"{uuid.uuid4().hex}@touchstone"


class Meeting(models.Model):
    """One meeting of a group. Cancelling keeps it, so calendars can show it as cancelled."""

    programme = models.ForeignKey(
        "programmes.Programme", on_delete=models.CASCADE, related_name="meetings"
    )
    group = models.ForeignKey("programmes.Group", on_delete=models.PROTECT, related_name="meetings")
    kind = models.CharField(max_length=32, choices=MeetingKind.choices)
    title = models.CharField(max_length=200)
    start = models.DateTimeField()
    duration_minutes = models.PositiveIntegerField()
    address = models.TextField(blank=True)
    step_free = models.BooleanField(default=False)
    hearing_loop = models.BooleanField(default=False)
    accessible_toilet = models.BooleanField(default=False)
    parking = models.BooleanField(default=False)
    public_transport = models.BooleanField(default=False)
    online_link = models.URLField(max_length=500, blank=True)
    chair = models.ForeignKey(
        "people.Person", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    status = models.CharField(
        max_length=16, choices=MeetingStatus.choices, default=MeetingStatus.SCHEDULED
    )
    # RFC 5545 SEQUENCE: raised on every change so calendar apps replace their copy.
    sequence = models.PositiveIntegerField(default=0)
    uid = models.CharField(max_length=100, unique=True, default=new_uid, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["start", "id"]
        indexes = [models.Index(fields=["programme", "start"])]

    def __str__(self) -> str:
        return f"{self.title} ({date_format(timezone.localtime(self.start), 'j F Y')})"

    def get_absolute_url(self) -> str:
        return reverse("meetings:meeting_detail", args=[self.programme.slug, self.pk])

    @property
    def end(self):
        return self.start + timezone.timedelta(minutes=self.duration_minutes)

    @property
    def is_cancelled(self) -> bool:
        return self.status == MeetingStatus.CANCELLED

    @property
    def access_features(self) -> list[str]:
        """Return the labels of the access features the place has."""
        return [label for name, label in ACCESS_FEATURES.items() if getattr(self, name)]

    @property
    def when_text(self) -> str:
        """Say when the meeting is, as NHS.UK style writes it: Tuesday 3 March 2026, 6pm to 8pm."""
        start, end = timezone.localtime(self.start), timezone.localtime(self.end)
        day = date_format(start, "l j F Y")
        return f"{day}, {clock(start)} to {clock(end)}"


def clock(moment) -> str:
    """Write a time as 6pm or 6:30pm, with midday and midnight in words."""
    if (moment.hour, moment.minute) == (12, 0):
        return "midday"
    if (moment.hour, moment.minute) == (0, 0):
        return "midnight"
    hour = moment.hour % 12 or 12
    minutes = f":{moment.minute:02d}" if moment.minute else ""
    return f"{hour}{minutes}{'am' if moment.hour < 12 else 'pm'}"


class AgendaItem(models.Model):
    """One item on a meeting's agenda, in order."""

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="agenda_items")
    position = models.PositiveIntegerField(default=0)
    title = models.CharField(max_length=200)
    lead = models.CharField(max_length=200, blank=True, help_text="Who leads this item.")
    minutes = models.PositiveIntegerField(null=True, blank=True, help_text="Time allowed.")

    class Meta:
        ordering = ["position", "id"]

    def __str__(self) -> str:
        return self.title


class AttendanceStatus(models.TextChoices):
    INVITED = "invited", "Invited, no reply yet"
    ACCEPTED = "accepted", "Coming"
    APOLOGIES = "apologies", "Sent apologies"
    ATTENDED = "attended", "Attended"
    ABSENT = "absent", "Did not attend"


# Statuses that say what happened, rather than what was planned.
OUTCOMES = (AttendanceStatus.ATTENDED, AttendanceStatus.ABSENT, AttendanceStatus.APOLOGIES)


class Attendance(models.Model):
    """A person's invitation to one meeting, their reply, and whether they came."""

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="attendances")
    person = models.ForeignKey("people.Person", on_delete=models.PROTECT, related_name="+")
    status = models.CharField(
        max_length=16, choices=AttendanceStatus.choices, default=AttendanceStatus.INVITED
    )
    # When the reminder went, so running the reminder job again sends nothing twice.
    reminded_at = models.DateTimeField(null=True, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["meeting", "person__full_name", "id"]
        constraints = [
            models.UniqueConstraint(fields=["meeting", "person"], name="one_attendance_per_person")
        ]

    def __str__(self) -> str:
        return f"{self.person} at {self.meeting} ({self.get_status_display()})"


class CalendarFeed(models.Model):
    """A secret address a calendar app can subscribe to, for one person or one group.

    Only a hash of the token is kept, so a copy of the database cannot be used to read
    anyone's calendar; making a new link replaces the hash and the old link stops working.
    """

    person = models.OneToOneField(
        "people.Person", null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    group = models.OneToOneField(
        "programmes.Group", null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    token_hash = models.CharField(max_length=64, unique=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.CheckConstraint(
                condition=models.Q(person__isnull=True, group__isnull=False)
                | models.Q(person__isnull=False, group__isnull=True),
                name="feed_is_for_a_person_or_a_group",
            )
        ]

    def __str__(self) -> str:
        return f"Calendar feed for {self.person or self.group}"


# Access and support needs a person can ask for, with what the organiser arranges for each.
SUPPORT_NEEDS = {
    "step_free": ("Step-free access", "Choose a venue with step-free access"),
    "bsl": ("British Sign Language interpreter", "Book a BSL interpreter"),
    "hearing_loop": ("Hearing loop", "Check the room has a working hearing loop"),
    "large_print": ("Large print papers", "Print papers in large print"),
    "easy_read": ("Easy read papers", "Prepare easy read versions of the papers"),
    "papers_by_post": ("Papers by post", "Post the papers in time to read them"),
    "support_worker": ("A support worker or carer comes too", "Expect a support worker or carer"),
    "replacement_care": ("Replacement care", "Arrange and pay for replacement care"),
    "travel_help": ("Help with travel", "Arrange transport or travel help"),
    "evening_only": ("Evening meetings only", "Hold the meeting in the evening"),
    "dietary": ("Dietary needs", "Order food that meets dietary needs"),
}


class SupportNeeds(models.Model):
    """What one person needs to take part, kept only with their consent.

    Special category data (it can reveal health or disability): read by the organisers
    who arrange support; everyone else sees counts. Withdrawing consent deletes the row.
    """

    person = models.OneToOneField(
        "people.Person", on_delete=models.CASCADE, related_name="support_needs"
    )
    needs = models.JSONField(default=list)
    dietary = models.CharField(max_length=200, blank=True)
    other = models.CharField(max_length=500, blank=True)
    consent_at = models.DateTimeField()
    consent_recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    updated_at = models.DateTimeField(auto_now=True)

    def __str__(self) -> str:
        return f"Support needs of {self.person}"

    @property
    def labels(self) -> list[str]:
        return [SUPPORT_NEEDS[code][0] for code in SUPPORT_NEEDS if code in self.needs]


class SchedulePlan(models.Model):
    """A proposed calendar: the plan sent to the schedule engine and what it proposed.

    Kept whole, so publishing creates exactly the meetings the manager saw.
    """

    programme = models.ForeignKey(
        "programmes.Programme", on_delete=models.CASCADE, related_name="schedule_plans"
    )
    plan = models.JSONField()
    proposal = models.JSONField()
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    published_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return f"Schedule proposed {self.created_at:%d %b %Y}"


class MeetingPreference(models.Model):
    """When and where a member of a group (the forum) would like its meetings: a short poll."""

    group = models.ForeignKey("programmes.Group", on_delete=models.CASCADE, related_name="+")
    person = models.ForeignKey("people.Person", on_delete=models.CASCADE, related_name="+")
    weekdays = models.JSONField(default=list)  # 0 = Monday
    times = models.JSONField(default=list)  # "daytime", "evening"
    place = models.CharField(max_length=200, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["group", "person"], name="one_preference_per_member")
        ]

    def __str__(self) -> str:
        return f"{self.person} for {self.group}"
