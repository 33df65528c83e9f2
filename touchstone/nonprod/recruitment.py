"""The demo's recruitment story, after seed 003: organisations nominated people, about 40
came to the induction workshop, about half stayed interested, and recruitment never stopped.

The advisory group's twenty lay partners came through it (two have since withdrawn:
one moved away, one over payment); a handful wait in the pool; new applications keep
arriving. The Informatics working group, which has no lay pair, has a finished
selection whose panel has not yet been invited. Rows are written in bulk with one audit
entry, as the forum is; the selection itself goes through the services.
"""

import datetime

from django.utils import timezone

from touchstone.core import audit
from touchstone.recruitment import intake, runs
from touchstone.recruitment.choices import Route, Stage
from touchstone.recruitment.demographics import CONSENT_VERSION, PREFER_NOT
from touchstone.recruitment.models import (
    Candidate,
    Demographics,
    PopulationProfile,
    RoleProfile,
    SeatOffer,
    SelectionRun,
    StageChange,
)
from touchstone.recruitment.pools import pool_for
from touchstone.recruitment.population import quotas_from_profile

from .fictional import TOWNS

SOURCE = "Wyvern Vale joint strategic needs assessment 2025 (fictional figures for the demo)"
SHARES = {
    "age_band": {
        "16 to 24": 0.13,
        "25 to 34": 0.17,
        "35 to 44": 0.16,
        "45 to 54": 0.16,
        "55 to 64": 0.15,
        "65 to 74": 0.12,
        "75 or over": 0.11,
    },
    "gender": {"Woman": 0.51, "Man": 0.48, "Non-binary": 0.005, "Another gender": 0.005},
    "ethnicity": {
        "Asian or Asian British": 0.09,
        "Black, Black British, Caribbean or African": 0.04,
        "Mixed or multiple ethnic groups": 0.03,
        "White": 0.82,
        "Another ethnic group": 0.02,
    },
    "area": dict(zip(TOWNS, (0.22, 0.18, 0.17, 0.16, 0.14, 0.13), strict=True)),
    "disability": {"Yes": 0.18, "No": 0.82},
    "carer": {"Yes": 0.10, "No": 0.90},
    "long_term_condition": {"Yes": 0.30, "No": 0.70},
}
# Volunteers for a programme about older people's care are older than the population.
VOLUNTEER_AGES = {"16 to 24": 1, "25 to 34": 2, "35 to 44": 3, "45 to 54": 5, "55 to 64": 7}
VOLUNTEER_AGES |= {"65 to 74": 8, "75 or over": 6}
PATH = (Stage.INVITED_TO_WORKSHOP, Stage.ATTENDED, Stage.INTERESTED, Stage.IN_POOL)
# (how many, furthest stage, withdrawal reason or "") for the advisory role's candidates.
ADVISORY_OTHERS = [
    (6, Stage.IN_POOL, ""),
    (6, Stage.ATTENDED, "time"),
    (4, Stage.ATTENDED, "payment"),
    (2, Stage.ATTENDED, "caring"),
    (2, Stage.INTERESTED, "health"),
    (4, Stage.INVITED_TO_WORKSHOP, "time"),
]
NEW_APPLICANTS = 8
INFORMATICS_POOL = 12
ADVISORY_LEAVERS = {"A14": ("other", "Moved out of the area."), "A15": ("payment", "")}
ROLE = {
    "involves": "Bringing your experience of care for older people to the design of joined-up "
    "services, as an equal partner with clinicians, carers and council staff.",
    "payment": "paid",
    "contact": "Phone the programme team on 0118 496 0999 (weekdays, 9am to 5pm), or write "
    "to Better Together, Wyvern Vale Council House, Ashcombe WY1 1AA",
}


def add_recruitment(*, actor, programme, groups, people, fictional, start: datetime.date):
    """Load role profiles, candidates with their history and answers, and one selection."""
    PopulationProfile.objects.create(programme=programme, source=SOURCE, shares=SHARES)
    advisory = intake.role_profile_create(
        actor=actor,
        programme=programme,
        group=groups["advisory"],
        title="Lay partner, Lay Partners Advisory Group",
        hours_per_month=8,
        meetings="One 2-hour meeting a fortnight, in the early evening, with papers a week ahead.",
        qualities=["lived_patient", "lived_carer", "shared_vision", "listening", "reading"],
        **ROLE,
    )
    informatics = intake.role_profile_create(
        actor=actor,
        programme=programme,
        group=groups["Informatics"],
        title="Lay partner, Informatics working group",
        hours_per_month=6,
        meetings="One 90-minute online meeting a fortnight.",
        qualities=["lived_patient", "strategic", "challenge"],
        **ROLE,
    )
    story = _Story(fictional, programme, actor, start)
    for n in range(20):
        key = f"A{n}"
        reason, note = ADVISORY_LEAVERS.get(key, ("", ""))
        story.add(
            advisory, (*PATH, Stage.SELECTED, Stage.ACTIVE), reason, person=people[key], note=note
        )
    for count, furthest, reason in ADVISORY_OTHERS:
        for _ in range(count):
            story.add(advisory, PATH[: PATH.index(furthest) + 1], reason)
    for _ in range(NEW_APPLICANTS):
        story.add(advisory, (), "", late=True)
    for _ in range(INFORMATICS_POOL):
        story.add(informatics, (Stage.INTERESTED, Stage.IN_POOL), "", late=True)
    story.save()
    _select(actor, programme, groups["Informatics"], informatics)


def remove_recruitment(programme) -> None:
    """Delete the programme's recruitment rows, which protect its groups from deletion."""
    SeatOffer.objects.filter(run__programme=programme).delete()
    SelectionRun.objects.filter(programme=programme).delete()
    Candidate.objects.filter(programme=programme).delete()
    RoleProfile.objects.filter(programme=programme).delete()


def _select(actor, programme, group, role) -> None:
    """Run a selection of a lay pair for Informatics, balanced on age, gender and area."""
    features = ["age_band", "gender", "area"]
    pool = pool_for(actor=actor, programme=programme, role_profile=role, features=features)
    quotas = quotas_from_profile(SHARES, features, 2, areas=tuple(SHARES["area"]))
    run = runs.selection_run_create(
        actor=actor,
        programme=programme,
        group=group,
        role_profile=role,
        k=2,
        features=features,
        quotas=quotas,
        pool=pool.rows,
        one_per_household=True,
        seed=20261122,
    )
    runs.selection_run_execute(run_id=run.pk)


class _Story:
    """Collect candidates, their stage history and answers, then write them in bulk."""

    def __init__(self, fictional, programme, actor, start):
        self.fictional, self.programme, self.actor, self.start = fictional, programme, actor, start
        self.random = fictional.random
        self.rows: list[tuple[Candidate, list[StageChange], dict]] = []

    def add(self, role, path, reason: str, *, person=None, late=False, note="") -> None:
        details = person.__dict__ if person else self.fictional.lay_partner()
        address = details["postal_address"]
        offset = (-80 if person else -60) if not late else self.random.randint(120, 220)
        entered = self._day(offset)
        route = self.random.choice([Route.NOMINATED, Route.NOMINATED, Route.APPLIED])
        first = Stage.NOMINATED if route == Route.NOMINATED else Stage.APPLIED
        candidate = Candidate(
            programme=self.programme,
            role_profile=role,
            route=route,
            stage=first,
            full_name=details["full_name"],
            email=details["email"],
            phone=details["phone"],
            postal_address=address,
            postcode=address.splitlines()[-1],
            preferred_contact=details["preferred_contact"],
            person=person,
            created_at=entered,
            stage_changed_at=entered,
        )
        changes = [StageChange(to_stage=first, at=entered)]
        moment = entered
        for stage in (*path, Stage.WITHDRAWN) if reason else path:
            moment += datetime.timedelta(days=self.random.randint(4, 12))
            moment = min(moment, timezone.now())
            changes.append(
                StageChange(
                    from_stage=changes[-1].to_stage,
                    to_stage=stage,
                    reason=reason if stage == Stage.WITHDRAWN else "",
                    at=moment,
                )
            )
        candidate.stage, candidate.stage_changed_at = changes[-1].to_stage, moment
        candidate.withdrawal_reason, candidate.withdrawal_note = reason, note
        self.rows.append((candidate, changes, self._answers(details)))

    def _day(self, offset: int) -> datetime.datetime:
        day = self.start + datetime.timedelta(days=offset)
        return timezone.make_aware(datetime.datetime.combine(day, datetime.time(10)))

    def _answers(self, details) -> dict:
        """Answers for most people; one in eight gave none, and some skip a question."""
        if self.random.random() < 0.125:
            return {}
        pick = self.random.choices
        answers = {"age_band": pick(*zip(*VOLUNTEER_AGES.items(), strict=True))[0]}
        for feature in ("gender", "ethnicity", "area", "disability", "carer"):
            values, weights = zip(*SHARES[feature].items(), strict=True)
            answers[feature] = pick(values, weights)[0]
        answers["long_term_condition"] = "Yes" if details.get("patient_experience") else "No"
        if self.random.random() < 0.1:
            answers["ethnicity"] = PREFER_NOT
        return answers

    def save(self) -> None:
        candidates = Candidate.objects.bulk_create([c for c, _, _ in self.rows])
        changes, answers = [], []
        for candidate, (_, history, given) in zip(candidates, self.rows, strict=True):
            for change in history:
                change.candidate = candidate
                changes.append(change)
            if given:
                answers.append(
                    Demographics(
                        candidate=candidate,
                        answers=given,
                        consented_at=candidate.created_at,
                        consent_version=CONSENT_VERSION,
                    )
                )
        StageChange.objects.bulk_create(changes)
        Demographics.objects.bulk_create(answers)
        audit.record(
            actor=self.actor,
            action="candidate.import",
            target=self.programme,
            programme=self.programme,
            changes={
                "candidates_added": len(candidates),
                "with_demographic_answers": len(answers),
                "source": "demo data, written in bulk",
            },
        )
