"""Shapes of the writing-check API: what clients send and what they get back."""

from ninja import Schema
from pydantic import Field, field_validator

from touchstone.programmes.schemas import In, LongText, text

from .adapters import MAX_CHARACTERS, NOTHING_TO_CHECK


class WritingCheckIn(In):
    text: str = Field(max_length=MAX_CHARACTERS, description="The writing to check.")

    @field_validator("text")
    @classmethod
    def _something_to_check(cls, value: str) -> str:
        if not value.strip():
            raise ValueError(NOTHING_TO_CHECK)
        return value


class WritingFindingOut(Schema):
    start: int = Field(description="Where the phrase starts in the text (a character index).")
    end: int
    line: int
    column: int
    phrase: str
    rule: str
    family: str
    severity: str
    message: str
    suggestion: str | None


class WritingScoresOut(Schema):
    words: int
    sentences: int
    reading_age: float
    grade: float
    average_sentence_length: float
    long_sentence_share: float
    passive_share: float
    jargon_count: int
    acronym_count: int
    person_centred_share: float | None
    formula: str = Field(description="How the reading age is worked out, with its source.")


class WritingCheckOut(Schema):
    nothing_to_check: bool
    findings: list[WritingFindingOut]
    scores: WritingScoresOut


class ProgrammeTermIn(In):
    term: text(200, required=True)
    plain_alternative: text(200, required=True)
    note: LongText = ""


class ProgrammeTermOut(Schema):
    id: int
    term: str
    plain_alternative: str
    note: str
