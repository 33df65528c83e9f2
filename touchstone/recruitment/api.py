"""API for recruitment: role profiles, candidates and their stages, selection runs, funnel.

The same services and selectors as the pages, so both refuse the same things. Every
handler finds the programme first (404 for anyone with no role in it), then checks the
ability (403).
"""

from django.http import Http404
from ninja import Query, Router, Schema, Status
from ninja.responses import codes_4xx

from touchstone.accounts import access
from touchstone.programmes import selectors as programme_selectors
from touchstone.programmes.schemas import ErrorOut, Id, Slug

from . import intake, runs, selectors, services
from .funnel import funnel_for
from .models import SelectionRun
from .pools import pool_for
from .schemas import (
    CandidateIn,
    CandidateOut,
    FunnelOut,
    RoleProfileIn,
    RoleProfileOut,
    SelectionRunIn,
    SelectionRunOut,
    StageIn,
)

router = Router(tags=["recruitment"])
ERRORS = {codes_4xx: ErrorOut}


def _role(request, programme, pk):
    return selectors.role_profile_get_for(actor=request.auth, programme=programme, pk=pk)


def _role_out(role) -> dict:
    return {**{f: getattr(role, f) for f in RoleProfileOut.model_fields}, "group": role.group_id}


@router.get("/{slug}/role-profiles", response={200: list[RoleProfileOut], **ERRORS})
def role_profile_list(request, slug: Slug):
    """List the programme's lay partner roles."""
    programme = programme_selectors.programme_for(
        actor=request.auth, slug=slug, ability="view_people"
    )
    return [
        _role_out(r)
        for r in selectors.role_profile_list_for(actor=request.auth, programme=programme)
    ]


@router.post("/{slug}/role-profiles", response={201: RoleProfileOut, **ERRORS})
def role_profile_create(request, slug: Slug, payload: RoleProfileIn):
    """Describe a new lay partner role in one of the programme's groups."""
    programme = programme_selectors.programme_for(actor=request.auth, slug=slug, ability="change")
    values = payload.dict()
    group = programme_selectors.group_get_for(
        actor=request.auth, programme=programme, pk=values.pop("group")
    )
    role = intake.role_profile_create(
        actor=request.auth, programme=programme, group=group, **values
    )
    return Status(201, _role_out(role))


def _candidate_out(candidate, *, contact: bool, answers: dict | None) -> dict:
    out = {f: getattr(candidate, f) for f in CandidateOut.model_fields if hasattr(candidate, f)}
    out["role_profile"] = candidate.role_profile_id
    if not contact:
        out["email"] = out["phone"] = None
    out["demographics"] = answers
    return out


def _candidates_out(request, programme, candidates) -> list[dict]:
    contact = access.can(request.auth, "view_contact_details", programme)
    answers = None
    if access.can(request.auth, "view_sensitive", programme):
        answers = selectors.answers_for(
            actor=request.auth, programme=programme, candidates=candidates
        )
    return [
        _candidate_out(c, contact=contact, answers=None if answers is None else answers.get(c.pk))
        for c in candidates
    ]


class CandidateFilter(Schema):
    stage: str = ""
    role_profile: Id | None = None


@router.get("/{slug}/candidates", response={200: list[CandidateOut], **ERRORS})
def candidate_list(request, slug: Slug, filters: Query[CandidateFilter]):
    """List candidates, optionally at one stage or for one role (not for group members)."""
    programme = programme_selectors.programme_for(
        actor=request.auth, slug=slug, ability="view_candidates"
    )
    role = _role(request, programme, filters.role_profile) if filters.role_profile else None
    candidates = selectors.candidate_list_for(
        actor=request.auth, programme=programme, stage=filters.stage, role_profile=role
    )
    return _candidates_out(request, programme, list(candidates[:5_000]))


@router.post("/{slug}/candidates", response={201: CandidateOut, **ERRORS})
def candidate_create(request, slug: Slug, payload: CandidateIn):
    """Enter an application, nomination or invitation on someone's behalf."""
    programme = programme_selectors.programme_for(actor=request.auth, slug=slug, ability="change")
    values = payload.dict()
    role = _role(request, programme, values.pop("role_profile"))
    candidate = intake.candidate_create(actor=request.auth, role_profile=role, **values)
    return Status(201, _candidates_out(request, programme, [candidate])[0])


@router.post("/{slug}/candidates/{candidate_id}/stage", response={200: CandidateOut, **ERRORS})
def candidate_move(request, slug: Slug, candidate_id: Id, payload: StageIn):
    """Move a candidate to their next stage; a withdrawal needs a reason."""
    programme = programme_selectors.programme_for(actor=request.auth, slug=slug, ability="change")
    candidate = selectors.candidate_get_for(
        actor=request.auth, programme=programme, pk=candidate_id
    )
    services.candidate_move(
        actor=request.auth,
        candidate=candidate,
        to_stage=payload.stage,
        reason=payload.reason or "",
        note=payload.note,
    )
    return _candidates_out(request, programme, [candidate])[0]


@router.get("/{slug}/recruitment-funnel", response={200: FunnelOut, **ERRORS})
def funnel_get(request, slug: Slug):
    """How many reach each stage, and why people withdraw, by quarter; small counts hidden."""
    programme = programme_selectors.programme_for(
        actor=request.auth, slug=slug, ability="view_people"
    )
    funnel = funnel_for(actor=request.auth, programme=programme)
    return {
        "summary": funnel.summary,
        "steps": [vars(step) for step in funnel.steps],
        "reasons": list(funnel.reasons),
        "withdrawals": [(quarter, list(counts)) for quarter, counts in funnel.withdrawals],
    }


def _run_out(run: SelectionRun) -> dict:
    out = {f: getattr(run, f) for f in SelectionRunOut.model_fields if hasattr(run, f)}
    out["group"] = run.group_id
    out["pool_size"] = len(run.pool)
    chances = [p for i, p in run.probabilities.items() if i not in run.seated]
    out["lowest_probability"] = min(chances) if chances else None
    return out


@router.post("/{slug}/selection-runs", response={202: SelectionRunOut, **ERRORS})
def selection_run_create(request, slug: Slug, payload: SelectionRunIn):
    """Start a selection from the candidates in the pool; it runs in the background."""
    programme = programme_selectors.programme_for(actor=request.auth, slug=slug, ability="change")
    group = programme_selectors.group_get_for(
        actor=request.auth, programme=programme, pk=payload.group
    )
    role = _role(request, programme, payload.role_profile) if payload.role_profile else None
    pool = pool_for(
        actor=request.auth, programme=programme, role_profile=role, features=payload.features
    )
    run = runs.selection_run_create(
        actor=request.auth,
        programme=programme,
        group=group,
        role_profile=role,
        k=payload.k,
        features=payload.features,
        quotas=[q.dict() for q in payload.quotas],
        pool=pool.rows,
        one_per_household=payload.one_per_household,
        seed=payload.seed,
    )
    run.refresh_from_db()
    return Status(202, _run_out(run))


@router.get("/{slug}/selection-runs/{run_id}", response={200: SelectionRunOut, **ERRORS})
def selection_run_get(request, slug: Slug, run_id: Id):
    """A run's inputs, status and result: ids only, so it can be checked and repeated."""
    programme = programme_selectors.programme_for(actor=request.auth, slug=slug, ability="change")
    run = SelectionRun.objects.filter(programme=programme, pk=run_id).first()
    if run is None:
        raise Http404("No such selection")
    return _run_out(run)
