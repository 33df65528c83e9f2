"""The fixed vocabularies of feedback, decisions and actions."""

from django.db import models


class Source(models.TextChoices):
    WORKING_SESSION = "working_session", "Working session"
    COMMUNITY_EVENT = "community_event", "Community event"
    FORUM = "forum", "Forum"
    SURVEY = "survey", "Survey"
    STORY = "story", "Story"
    EMAIL = "email", "Email"
    PHONE = "phone", "Phone call"
    LETTER = "letter", "Letter"
    ONLINE = "online", "Online form"


class GiverKind(models.TextChoices):
    LAY_PARTNER = "lay_partner", "Lay partner"
    PROFESSIONAL = "professional", "Professional"
    PUBLIC = "public", "Member of the public"


class FeedbackStatus(models.TextChoices):
    NEW = "new", "New"
    CONSIDERING = "considering", "Being considered"
    RESPONDED = "responded", "Responded"


class Visibility(models.TextChoices):
    PUBLIC = "public", "Public: can appear on the 'you said, we did' page"
    INTERNAL = "internal", "Internal: only people in the programme see it"


class Outcome(models.TextChoices):
    """What happened because of a piece of feedback, as the response tells it."""

    CHANGED = "changed", "We changed something"
    PARTLY = "partly", "We changed part of it"
    NOT_CHANGED = "not_changed", "We could not change this"
    ALREADY = "already", "This already happens"


class DecisionStatus(models.TextChoices):
    PROPOSED = "proposed", "Proposed"
    AGREED = "agreed", "Agreed"
    SUPERSEDED = "superseded", "Replaced by a later decision"


class ActionStatus(models.TextChoices):
    OPEN = "open", "To do"
    DONE = "done", "Done"
    DROPPED = "dropped", "No longer needed"
