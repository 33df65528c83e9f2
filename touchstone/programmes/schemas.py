"""Shapes of the programmes API: what clients send and what they get back.

Input schemas reject what the database would choke on (over-long text, hidden NUL
characters, numbers out of range, unknown fields), so bad input is a 422 naming the
field, never a 500. The domain's rules stay in the services.
"""

import datetime
import re
from typing import Annotated

from ninja import P, PathEx, Schema
from pydantic import (
    AfterValidator,
    BeforeValidator,
    ConfigDict,
    Field,
    StringConstraints,
    field_validator,
)

from .models import Cadence, GroupKind

ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _storable(value: str) -> str:
    """Refuse characters no database column can hold."""
    if "\x00" in value:
        raise ValueError("Remove the hidden NUL characters from this text.")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as error:
        raise ValueError("This text has characters that are not valid Unicode.") from error
    return value


def _iso_date(value):
    """Accept only YYYY-MM-DD, so 12 or "01/02/2026" is never read as a date by guesswork."""
    if isinstance(value, datetime.date) or (isinstance(value, str) and ISO_DATE.fullmatch(value)):
        return value
    raise ValueError("Enter a date in the form YYYY-MM-DD, like 2026-04-01.")


def text(max_length: int, *, required: bool = False):
    """Return a stripped text type with a length limit."""
    return Annotated[
        str,
        StringConstraints(strip_whitespace=True, min_length=int(required), max_length=max_length),
        AfterValidator(_storable),
    ]


Name = text(200, required=True)
LongText = text(20_000)
RequiredLongText = text(20_000, required=True)
IsoDate = Annotated[datetime.date, BeforeValidator(_iso_date)]
Count = Annotated[int, Field(ge=0, le=10_000)]
Id = Annotated[int, Field(ge=1, le=2_147_483_647)]
# A programme's slug in a path: checked before it reaches the database, which may choke on it.
Slug = PathEx[
    str, P(pattern=r"^[-a-zA-Z0-9_]+$", description="The programme's short name in addresses.")
]


def unique_names(names: list[str], what: str) -> list[str]:
    """Raise when two items share a name, so a list can be matched by name later."""
    seen = set()
    for name in names:
        if name in seen:
            raise ValueError(f"Each {what} must have a different name; '{name}' is there twice.")
        seen.add(name)
    return names


class In(Schema):
    """Input: unknown fields are an error, so a typo never passes silently."""

    model_config = ConfigDict(extra="forbid")


class ErrorOut(Schema):
    """Every 4xx answer: a sentence, and for bad input the messages for each field."""

    detail: str
    errors: dict[str, list[str]] | None = None


# Programmes ------------------------------------------------------------------------------


class PopulationGroupIn(In):
    name: Name
    shared_needs: LongText = ""


class ProgrammeIn(In):
    name: Name
    area: Name
    purpose: RequiredLongText
    starts_on: IsoDate
    ends_on: IsoDate | None = None
    population_groups: list[PopulationGroupIn] | None = Field(default=None, max_length=100)
    modules: list[Name] | None = Field(
        default=None, max_length=100, description="Leave out to start with the usual five."
    )
    steps: list[Name] | None = Field(
        default=None, max_length=100, description="Leave out to start with the usual six."
    )

    @field_validator("population_groups")
    @classmethod
    def _groups_differ(cls, value):
        if value is not None:
            unique_names([group.name for group in value], "population group")
        return value

    @field_validator("modules")
    @classmethod
    def _modules_differ(cls, value):
        return value if value is None else unique_names(value, "design module")

    @field_validator("steps")
    @classmethod
    def _steps_differ(cls, value):
        return value if value is None else unique_names(value, "design step")


class ProgrammePatch(ProgrammeIn):
    """Send only what changes; a list, when sent, replaces the whole list."""

    # Typed without None on purpose: leaving a field out keeps it, sending null is an error.
    name: Name = None
    area: Name = None
    purpose: RequiredLongText = None
    starts_on: IsoDate = None


class PopulationGroupOut(Schema):
    name: str
    shared_needs: str


class ModuleOut(Schema):
    id: int
    name: str


class ProgrammeOut(Schema):
    slug: str
    name: str
    area: str
    purpose: str
    starts_on: datetime.date
    ends_on: datetime.date | None
    role: str | None = Field(None, description="The caller's role in this programme.")
    population_groups: list[PopulationGroupOut]
    modules: list[ModuleOut]
    steps: list[str]

    @staticmethod
    def resolve_population_groups(obj) -> list:
        return list(obj.population_groups.all())

    @staticmethod
    def resolve_modules(obj) -> list:
        return list(obj.modules.all())

    @staticmethod
    def resolve_steps(obj) -> list[str]:
        return [step.name for step in obj.steps.all()]


# Findings --------------------------------------------------------------------------------


class FindingOut(Schema):
    code: str
    severity: str
    subject_kind: str
    subject_id: str
    subject_name: str
    message: str
    action: str


class FindingsOut(Schema):
    blocking: int = Field(description="How many findings must be fixed first.")
    findings: list[FindingOut]


# Groups ----------------------------------------------------------------------------------


class GroupIn(In):
    name: Name
    kind: GroupKind
    parent: Id | None = Field(None, description="Id of the group this one reports to.")
    module: Id | None = Field(None, description="Id of the design module (working groups).")
    purpose: LongText = ""
    cadence: Cadence = Cadence.MONTHLY
    min_members: Count | None = None
    max_members: Count | None = None
    min_lay_partners: Count | None = Field(
        None, description="Leave out for the usual number for the kind of group."
    )


class GroupPatch(GroupIn):
    """Send only what changes; null clears parent, module and the size limits."""

    name: Name = None
    kind: GroupKind = None
    purpose: LongText = None
    cadence: Cadence = None
    min_lay_partners: Count = None


class GroupOut(Schema):
    id: int
    name: str
    kind: str
    parent: int | None = Field(None, alias="parent_id")
    module: int | None = Field(None, alias="module_id")
    purpose: str
    cadence: str
    min_members: int | None
    max_members: int | None
    min_lay_partners: int
    member_count: int = Field(0, description="People seated now (not observers).")
    lay_count: int = Field(0, description="Lay partners seated now.")
