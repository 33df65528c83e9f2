"""Moving candidates between stages, and holding their demographic answers with consent.

Every stage change goes through `candidate_move`, which keeps the history the funnel and
withdrawal reports are built from. Demographic answers are special category data: they
are stored only with consent, only programme managers may record or read them, and the
audit log says that they changed but never what they are.
"""

from django.db import transaction
from django.utils import timezone

from touchstone.accounts import access
from touchstone.core import audit
from touchstone.core.errors import ServiceError

from .choices import CLOSED_STAGES, Stage, WithdrawalReason
from .demographics import BY_KEY, CONSENT_VERSION, options_for
from .models import Candidate, Demographics, StageChange

# Where a candidate may go from each stage. Withdrawing is possible from any open stage.
NEXT_STAGES: dict[str, tuple[str, ...]] = {
    Stage.NOMINATED: (Stage.INVITED_TO_WORKSHOP, Stage.INTERESTED, Stage.IN_POOL),
    Stage.APPLIED: (Stage.INVITED_TO_WORKSHOP, Stage.INTERESTED, Stage.IN_POOL),
    Stage.INVITED_TO_WORKSHOP: (Stage.ATTENDED,),
    Stage.ATTENDED: (Stage.INTERESTED,),
    Stage.INTERESTED: (Stage.IN_POOL,),
    Stage.IN_POOL: (Stage.SELECTED,),
    Stage.SELECTED: (Stage.ACTIVE, Stage.IN_POOL),
    Stage.ACTIVE: (Stage.TERM_ENDED,),
    Stage.WITHDRAWN: (Stage.IN_POOL,),
    Stage.TERM_ENDED: (Stage.IN_POOL,),
}


def stages_after(stage: str) -> tuple[str, ...]:
    """Return the stages a candidate may move to next, withdrawal included when open."""
    following = NEXT_STAGES[stage]
    return following if stage in CLOSED_STAGES else (*following, Stage.WITHDRAWN)


@transaction.atomic
def candidate_move(
    *, actor, candidate: Candidate, to_stage: str, reason: str = "", note: str = ""
) -> Candidate:
    """Move a candidate to a stage, recording why when they withdraw."""
    access.require(actor, "change", candidate.programme)
    return move(actor=actor, candidate=candidate, to_stage=to_stage, reason=reason, note=note)


def move(*, actor, candidate: Candidate, to_stage: str, reason: str = "", note: str = ""):
    """Move without the access check, for services that have already made it."""
    current = Stage(candidate.stage)
    if to_stage not in stages_after(current):
        allowed = ", ".join(Stage(s).label.lower() for s in stages_after(current))
        raise ServiceError(
            f"{candidate.full_name} is {current.label.lower()}, so they can only move to: "
            f"{allowed}.",
            field="to_stage",
        )
    if to_stage == Stage.WITHDRAWN and reason not in WithdrawalReason.values:
        raise ServiceError("Choose why they withdrew.", field="reason")
    if to_stage != Stage.WITHDRAWN:
        reason, note = "", ""
    now = timezone.now()
    StageChange.objects.create(
        candidate=candidate,
        from_stage=current,
        to_stage=to_stage,
        reason=reason,
        at=now,
        by=actor if getattr(actor, "pk", None) else None,
    )
    changes = {"stage": [current.value, to_stage]}
    if reason:
        changes["withdrawal_reason"] = reason
    candidate.stage, candidate.stage_changed_at = to_stage, now
    candidate.withdrawal_reason, candidate.withdrawal_note = reason, note[:300]
    candidate.save(
        update_fields=["stage", "stage_changed_at", "withdrawal_reason", "withdrawal_note"]
    )
    audit.record(
        actor=actor,
        action="candidate.move",
        target=candidate,
        programme=candidate.programme,
        changes=changes,
    )
    return candidate


def record_entry(*, actor, candidate: Candidate) -> None:
    """Record a new candidate's first stage, so the funnel counts when they came in."""
    StageChange.objects.create(
        candidate=candidate,
        to_stage=candidate.stage,
        at=candidate.created_at,
        by=actor if getattr(actor, "pk", None) else None,
    )


def clean_answers(answers: dict, areas: tuple[str, ...]) -> dict[str, str]:
    """Keep the questions answered, refusing any answer the question does not offer."""
    cleaned = {}
    for key, value in answers.items():
        if key not in BY_KEY:
            raise ServiceError(f"There is no demographic question called '{key}'.")
        if not value:
            continue
        if value not in options_for(key, areas):
            raise ServiceError(f"'{value}' is not an answer to: {BY_KEY[key].label}", field=key)
        cleaned[key] = value
    return cleaned


def areas_of(programme) -> tuple[str, ...]:
    """Return the areas named in the programme's population profile, in alphabetical order.

    Sorted because PostgreSQL's jsonb does not keep the order the areas were uploaded in.
    """
    profile = getattr(programme, "population_profile", None)
    return tuple(sorted((profile.shares or {}).get("area", {}))) if profile else ()


@transaction.atomic
def demographics_record(
    *, actor, candidate: Candidate, answers: dict, consent: bool, on_behalf: bool = False
) -> Demographics | None:
    """Store a candidate's answers, which needs their consent; with no answers, store none.

    `on_behalf` marks answers given on paper or by phone and entered by staff. When the
    candidate fills the public form themselves the actor is anonymous and no access
    check applies; otherwise only programme managers may record answers.
    """
    if getattr(actor, "is_authenticated", False):
        access.require(actor, "view_sensitive", candidate.programme)
    cleaned = clean_answers(answers, areas_of(candidate.programme))
    if cleaned and not consent:
        raise ServiceError(
            "We can only keep these answers with consent. Tick the consent box, or leave "
            "the questions blank.",
            field="consent",
        )
    existing = Demographics.objects.filter(candidate=candidate).first()
    if not cleaned:
        if existing:
            demographics_erase(actor=actor, candidate=candidate)
        return None
    demographics, created = Demographics.objects.update_or_create(
        candidate=candidate,
        defaults={
            "answers": cleaned,
            "consented_at": timezone.now(),
            "consent_version": CONSENT_VERSION,
            "consent_recorded_by": actor if on_behalf else None,
        },
    )
    changed = sorted(set(cleaned) | set(existing.answers if existing else {}))
    audit.record(
        actor=actor,
        action="demographics.record" if created else "demographics.update",
        target=candidate,
        programme=candidate.programme,
        changes={"questions answered": len(cleaned), "questions": changed},
    )
    return demographics


@transaction.atomic
def demographics_erase(*, actor, candidate: Candidate) -> None:
    """Delete a candidate's answers, for instance when they withdraw consent."""
    if getattr(actor, "is_authenticated", False):
        access.require(actor, "view_sensitive", candidate.programme)
    deleted, _ = Demographics.objects.filter(candidate=candidate).delete()
    if deleted:
        audit.record(
            actor=actor,
            action="demographics.erase",
            target=candidate,
            programme=candidate.programme,
            changes={"note": "Answers deleted"},
        )
