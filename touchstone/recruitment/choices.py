"""The fixed vocabularies of recruitment: stages, ways in, reasons, qualities sought."""

from django.db import models


class Payment(models.TextChoices):
    PAID = "paid", "Paid for their time, with expenses"
    EXPENSES = "expenses", "Expenses only"


class Quality(models.TextChoices):
    """What the seeds say a good lay partner brings (seed 003)."""

    LIVED_PATIENT = "lived_patient", "Lived experience as a patient or service user"
    LIVED_CARER = "lived_carer", "Lived experience as a carer"
    STRATEGIC = "strategic", "Strategic experience, such as sitting on a board or committee"
    SHARED_VISION = "shared_vision", "A shared vision for the whole service, not a single issue"
    CHALLENGE = "challenge", "Willing to challenge constructively"
    LISTENING = "listening", "Listening and building consensus"
    COMMUNITY = "community", "Connections with local communities"
    READING = "reading", "Time to read papers before meetings"


class Route(models.TextChoices):
    """How someone came in."""

    NOMINATED = "nominated", "Nominated by an organisation"
    APPLIED = "applied", "Applied"
    INVITED = "invited", "Invited by the engagement team"


class Stage(models.TextChoices):
    NOMINATED = "nominated", "Nominated"
    APPLIED = "applied", "Applied"
    INVITED_TO_WORKSHOP = "invited_to_workshop", "Invited to the induction workshop"
    ATTENDED = "attended", "Attended the workshop"
    INTERESTED = "interested", "Interested"
    IN_POOL = "in_pool", "In the pool"
    SELECTED = "selected", "Selected"
    ACTIVE = "active", "Active"
    WITHDRAWN = "withdrawn", "Withdrawn"
    TERM_ENDED = "term_ended", "Term ended"


# The funnel, in order; nominated and applied are both the first step.
FUNNEL = (
    (Stage.NOMINATED, Stage.APPLIED),
    (Stage.INVITED_TO_WORKSHOP,),
    (Stage.ATTENDED,),
    (Stage.INTERESTED,),
    (Stage.IN_POOL,),
    (Stage.SELECTED,),
    (Stage.ACTIVE,),
)
CLOSED_STAGES = (Stage.WITHDRAWN, Stage.TERM_ENDED)


class WithdrawalReason(models.TextChoices):
    TIME = "time", "The time asked"
    PAYMENT = "payment", "Payment"
    HEALTH = "health", "Their health"
    CARING = "caring", "Caring responsibilities"
    OTHER = "other", "Another reason"


class RunStatus(models.TextChoices):
    QUEUED = "queued", "Waiting to start"
    RUNNING = "running", "Running"
    FINISHED = "finished", "Finished"
    FAILED = "failed", "Could not finish"


class OfferResponse(models.TextChoices):
    WAITING = "waiting", "Waiting for a reply"
    ACCEPTED = "accepted", "Accepted"
    DECLINED = "declined", "Declined"
    WITHDRAWN = "withdrawn", "Offer withdrawn"
