"""Shapes of the recruitment API: roles, candidates, stages, selection runs and reports.

Contact details and demographic answers are null for callers who may not see them, so
the shape never changes and nothing leaks by accident.
"""

import datetime

from ninja import Field, Schema

from touchstone.people.models import ContactMethod
from touchstone.programmes.schemas import Id, In, LongText, Name, text

from .choices import Payment, Quality, Route, Stage, WithdrawalReason


class RoleProfileIn(In):
    group: Id
    title: Name
    involves: text(5_000, required=True)
    hours_per_month: int = Field(ge=0, le=200)
    meetings: text(300, required=True)
    payment: Payment
    qualities: list[Quality] = Field(default_factory=list, max_length=len(Quality))
    contact: text(300) = ""
    is_open: bool = True


class RoleProfileOut(Schema):
    id: int
    group: int
    title: str
    involves: str
    hours_per_month: int
    meetings: str
    payment: str
    qualities: list[str]
    contact: str
    is_open: bool


class CandidateIn(In):
    role_profile: Id
    route: Route
    full_name: Name
    email: text(254) = ""
    phone: text(32) = ""
    postal_address: text(1_000) = ""
    postcode: text(10) = ""
    preferred_contact: ContactMethod = ContactMethod.EMAIL
    about: LongText = ""
    qualities: list[Quality] = Field(default_factory=list, max_length=len(Quality))
    organisation_name: text(200) = ""
    nominator_name: text(200) = ""
    nominator_email: text(254) = ""
    community: text(200) = ""


class CandidateOut(Schema):
    id: int
    role_profile: int
    route: str
    stage: str
    full_name: str
    created_at: datetime.datetime
    stage_changed_at: datetime.datetime
    withdrawal_reason: str
    email: str | None = Field(None, description="Only for those who may see contact details.")
    phone: str | None = None
    demographics: dict[str, str] | None = Field(
        None, description="Answers given with consent; only for programme managers."
    )


class StageIn(In):
    stage: Stage
    reason: WithdrawalReason | None = None
    note: text(300) = ""


class QuotaIn(In):
    feature: text(40, required=True)
    value: text(200, required=True)
    minimum: int = Field(ge=0, le=1_000)
    maximum: int = Field(ge=0, le=1_000)


class SelectionRunIn(In):
    group: Id
    role_profile: Id | None = Field(
        None, description="The pool is the candidates in the pool for this role (or all)."
    )
    k: int = Field(ge=1, le=1_000, description="How many people to select.")
    features: list[text(40, required=True)] = Field(min_length=1, max_length=10)
    quotas: list[QuotaIn] = Field(min_length=1, max_length=500)
    one_per_household: bool = True
    seed: int | None = Field(None, ge=0, le=2**31 - 1)


class SelectionRunOut(Schema):
    id: int
    group: int
    status: str
    progress: str
    k: int
    seed: int
    features: list[str]
    quotas: list[dict]
    engine_version: str
    pool_size: int
    panel: list[str]
    reserves: list[str]
    probabilities: dict[str, float]
    lowest_probability: float | None
    error: str
    seconds: float | None


class FunnelStepOut(Schema):
    label: str
    count: int | None = Field(description="Null where fewer than 5 people are hidden.")
    conversion: int | None = Field(description="Percent of the step before.")


class FunnelOut(Schema):
    summary: str
    steps: list[FunnelStepOut]
    reasons: list[str]
    withdrawals: list[tuple[str, list[int | None]]]
