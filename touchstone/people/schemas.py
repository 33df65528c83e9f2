"""Shapes of the people API: organisations, people and their seats in groups.

Contact details and lived experience are in PersonOut only for callers who may see them;
for everyone else they are null, so the shape never changes and nothing leaks by accident.
Text limits match the database columns, so over-long text is a 422, never a 500.
"""

import datetime

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator, validate_email
from ninja import Field, Schema
from pydantic import field_validator

from touchstone.programmes.schemas import Id, In, IsoDate, Name, text

from .categories import StakeholderCategory
from .models import ContactMethod, EngagementStatus, MembershipRole, PersonKind

# Organisations ---------------------------------------------------------------------------


class OrganisationIn(In):
    name: Name
    category: StakeholderCategory
    website: text(200) = ""
    status: EngagementStatus = Field(
        EngagementStatus.IDENTIFIED, description="How far this programme has got with them."
    )

    @field_validator("website")
    @classmethod
    def _website_is_a_web_address(cls, value):
        if value:
            try:
                URLValidator(schemes=["http", "https"])(value)
            except ValidationError as error:
                raise ValueError("Enter a full web address, like https://example.org.") from error
        return value


class OrganisationPatch(OrganisationIn):
    """Send only what changes. The name, category and website are shared by every programme."""

    name: Name = None
    category: StakeholderCategory = None
    website: text(200) = None
    status: EngagementStatus = None


class OrganisationOut(Schema):
    id: int
    name: str
    category: str
    website: str
    status: str = Field(description="This programme's engagement with the organisation.")


# People ----------------------------------------------------------------------------------


class PersonIn(In):
    full_name: Name
    kind: PersonKind
    patient_experience: bool = False
    carer_experience: bool = False
    organisation: Id | None = Field(
        None, description="Id of an organisation engaged with this programme."
    )
    email: text(254) = ""
    phone: text(32) = ""
    postal_address: text(1000) = ""
    preferred_contact: ContactMethod = ContactMethod.EMAIL

    @field_validator("email")
    @classmethod
    def _email_is_an_address(cls, value):
        if value:
            try:
                validate_email(value)
            except ValidationError as error:
                raise ValueError("Enter an email address, like name@example.org.") from error
        return value


class PersonPatch(PersonIn):
    """Send only what changes; null clears the organisation."""

    full_name: Name = None
    kind: PersonKind = None
    patient_experience: bool = None
    carer_experience: bool = None
    email: text(254) = None
    phone: text(32) = None
    postal_address: text(1000) = None
    preferred_contact: ContactMethod = None


class PersonOut(Schema):
    id: int
    full_name: str
    kind: str
    is_lay: bool
    patient_experience: bool | None = Field(
        description="Special-category data: only for callers who may see sensitive data."
    )
    carer_experience: bool | None = Field(
        description="Special-category data: only for callers who may see sensitive data."
    )
    organisation: int | None
    organisation_name: str | None
    email: str | None = Field(description="Only for callers who may see contact details.")
    phone: str | None
    postal_address: str | None
    preferred_contact: str | None


CONTACT_FIELDS = ("email", "phone", "postal_address", "preferred_contact")
SENSITIVE_FIELDS = ("patient_experience", "carer_experience")


# Memberships -----------------------------------------------------------------------------


class MembershipIn(In):
    person: Id = Field(description="Id of a person on this programme's register.")
    role: MembershipRole = MembershipRole.MEMBER
    started_on: IsoDate | None = Field(None, description="Today when left out.")


class MembershipPatch(In):
    role: MembershipRole


class MembershipEndIn(In):
    reason: text(300) = Field(description="Why the membership is ending.")
    ended_on: IsoDate | None = Field(None, description="Today when left out.")


class MembershipOut(Schema):
    id: int
    group: int = Field(alias="group_id")
    group_name: str
    person: int = Field(alias="person_id")
    person_name: str
    person_kind: str
    is_lay: bool
    role: str
    started_on: datetime.date
    ended_on: datetime.date | None
    end_reason: str

    @staticmethod
    def resolve_group_name(obj) -> str:
        return obj.group.name

    @staticmethod
    def resolve_person_name(obj) -> str:
        return obj.person.full_name

    @staticmethod
    def resolve_person_kind(obj) -> str:
        return obj.person.kind

    @staticmethod
    def resolve_is_lay(obj) -> bool:
        return obj.person.is_lay
