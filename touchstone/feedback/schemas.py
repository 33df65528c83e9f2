"""Shapes of the feedback API.

Who gave feedback and their contact details are never here: the API serves reports and
integrations, and the pages show those details to the few who need them.
"""

import datetime

from ninja import Field, Schema

from touchstone.programmes.schemas import Id, In, text

from .choices import ActionStatus, DecisionStatus, GiverKind, Outcome, Source, Visibility
from .models import TEXT_LIMIT


class FeedbackIn(In):
    text: text(TEXT_LIMIT, required=True)
    source: Source
    received_on: datetime.date
    giver_kind: GiverKind
    event: Id | None = Field(None, description="Id of one of the programme's feedback events.")
    group: Id | None = Field(None, description="Id of one of the programme's groups.")
    visibility: Visibility = Visibility.INTERNAL
    submission_key: text(64) = Field(
        "", description="Made by the caller; sending the same key again returns the first item."
    )


class FeedbackOut(Schema):
    id: int
    text: str
    source: str
    received_on: datetime.date
    giver_kind: str
    event: int | None
    group: int | None
    themes: list[str]
    status: str
    visibility: str
    outcome: str
    response: str
    responded_at: datetime.datetime | None
    decisions: list[int]


class ResponseIn(In):
    outcome: Outcome
    response: text(2000, required=True)


class DecisionIn(In):
    group: Id
    meeting: Id | None = None
    title: text(200, required=True)
    decided: text(5000, required=True)
    options: text(5000) = ""
    dissent: text(5000) = ""
    status: DecisionStatus = DecisionStatus.PROPOSED
    decided_on: datetime.date
    feedback: list[Id] = Field(default_factory=list, max_length=1000)
    lay_contributors: list[Id] = Field(default_factory=list, max_length=200)


class ActionOut(Schema):
    id: int
    decision: int
    description: str
    owner: int
    owner_name: str
    due_on: datetime.date
    status: ActionStatus
    overdue: bool


class DecisionOut(Schema):
    id: int
    group: int
    meeting: int | None
    title: str
    decided: str
    options: str
    dissent: str
    status: str
    decided_on: datetime.date
    superseded_by: int | None
    feedback: list[int]
    lay_contributors: list[int]
    actions: list[ActionOut]


class FiguresOut(Schema):
    feedback: int
    responded: int
    share_responded: float | None
    median_days_to_response: float | None
    decisions: int
    decisions_with_lay_input: int
    share_decisions_with_lay_input: float | None
    actions_open: int
    actions_overdue: int
