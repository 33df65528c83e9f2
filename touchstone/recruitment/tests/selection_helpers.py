"""Pools, quotas and finished runs for the selection tests."""

from touchstone.recruitment import runs
from touchstone.recruitment.choices import Stage
from touchstone.recruitment.pools import pool_for
from touchstone.recruitment.population import quotas_from_profile

from .factories import CandidateFactory, DemographicsFactory, RoleProfileFactory

AGES = ("25 to 34", "45 to 54", "65 to 74")
GENDERS = ("Woman", "Man")
FEATURES = ["age_band", "gender"]


def make_pool(programme, n=12, role_profile=None, **candidate_fields):
    """Create n candidates in the pool with age and gender answers spread evenly."""
    role_profile = role_profile or RoleProfileFactory(programme=programme)
    people = []
    for i in range(n):
        candidate = CandidateFactory(
            programme=programme, role_profile=role_profile, stage=Stage.IN_POOL, **candidate_fields
        )
        DemographicsFactory(
            candidate=candidate,
            answers={"age_band": AGES[i % len(AGES)], "gender": GENDERS[i % len(GENDERS)]},
        )
        people.append(candidate)
    return people


def open_quotas(k, **bounds):
    """Return 0-to-k quotas for every answer, with (min, max) overrides by value."""
    quotas = quotas_from_profile({}, FEATURES, k)
    for quota in quotas:
        if quota["value"] in bounds:
            quota["minimum"], quota["maximum"] = bounds[quota["value"]]
    return quotas


def start_run(actor, programme, group, k=4, seed=7, quotas=None, **options):
    """Create a run over everyone in the pool, as the form would."""
    pool = pool_for(actor=actor, programme=programme, features=FEATURES)
    return runs.selection_run_create(
        actor=actor,
        programme=programme,
        group=group,
        k=k,
        features=FEATURES,
        quotas=quotas if quotas is not None else open_quotas(k),
        pool=pool.rows,
        seed=seed,
        **options,
    )
