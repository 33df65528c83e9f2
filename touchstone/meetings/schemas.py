"""Shapes of the meetings API.

Names of invited people are in MeetingOut only for callers who may see people; for
everyone else `attendances` is null, so nothing leaks by accident. Contact details are
never here.
"""

import datetime

from ninja import Field, Schema
from pydantic import field_validator

from touchstone.programmes.schemas import Id, In, text

from .models import ACCESS_FEATURES, AttendanceStatus, MeetingKind

AccessFeature = text(32, required=True)


class MeetingIn(In):
    group: Id = Field(description="Id of one of the programme's groups.")
    kind: MeetingKind
    title: text(200, required=True)
    start: datetime.datetime = Field(
        description="ISO 8601. A time with no offset is read as UK time."
    )
    duration_minutes: int = Field(ge=1, le=720)
    address: text(2000) = ""
    access: list[AccessFeature] = Field(
        default_factory=list, max_length=len(ACCESS_FEATURES), description="Access features."
    )
    online_link: text(500) = ""
    chair: Id | None = Field(None, description="Id of a person on the programme's register.")

    @field_validator("access")
    @classmethod
    def _known_features(cls, value):
        unknown = sorted(set(value) - set(ACCESS_FEATURES))
        if unknown:
            raise ValueError(
                f"Unknown access features: {', '.join(unknown)}. "
                f"Use any of: {', '.join(ACCESS_FEATURES)}."
            )
        return value


class AgendaItemOut(Schema):
    title: str
    lead: str
    minutes: int | None


class AttendanceOut(Schema):
    person: int
    name: str
    kind: str
    status: str


class AttendanceIn(In):
    person: Id = Field(description="Id of an invited person.")
    status: AttendanceStatus


class MeetingOut(Schema):
    id: int
    uid: str
    group: int
    group_name: str
    kind: str
    title: str
    start: datetime.datetime
    end: datetime.datetime
    duration_minutes: int
    address: str
    access: list[str]
    online_link: str
    chair: int | None
    status: str
    sequence: int
    agenda: list[AgendaItemOut]
    attendances: list[AttendanceOut] | None = Field(
        description="Who is invited and their replies; null unless you may see people."
    )


class RateOut(Schema):
    attended: int
    recorded: int = Field(description="Places with attendance recorded: came, did not, apologies.")
    percent: int | None


class QuarterRatesOut(Schema):
    quarter: str
    lay_partners: RateOut
    professionals: RateOut


class FeedOut(Schema):
    url: str = Field(description="The secret address to subscribe to; keep it private.")
