"""Build a programme of a given size, quickly and the same way every time.

The programme itself goes through programme_create (so it has its modules, steps and a
programme manager, as a real one would); groups, people, memberships and organisations
are written in bulk, because thousands of service calls would time the loader, not the
page. Memberships are spread the way the seeds describe: lay partners mostly in the forum,
a lay pair and a clinician chair in each working group, the rest in sub-groups, and about
one seat in ten ended and sometimes replaced.
"""

import datetime
import random
from dataclasses import dataclass

from django.utils import timezone

from touchstone.accounts.models import User
from touchstone.people.categories import checklist
from touchstone.people.models import Engagement, Membership, Organisation, Person
from touchstone.programmes.models import Group
from touchstone.programmes.services import programme_create

# Kinds of the first groups, in order; any more groups are sub-groups of kind "other".
BACKBONE = ["core_design_team", "oversight_group", "lay_advisory_group", "lay_forum"]
PROFESSIONS = [
    "clinician",
    "care_professional",
    "commissioner",
    "provider_manager",
    "voluntary_sector",
]
ENDED_SHARE = 0.1


@dataclass
class Built:
    """A programme made for a benchmark, with the user who manages it and its sizes."""

    programme: object
    manager: User
    groups: int
    people: int
    memberships: int


def build_programme(*, name: str, groups: int, people: int, seed: int) -> Built:
    """Create a programme with this many groups and people, memberships spread realistically."""
    rng = random.Random(seed)
    slug_hint = name.lower().replace(" ", "-")
    manager = User.objects.create_user(
        f"pm-{slug_hint}@example.org", None, full_name=f"Manager of {name}", is_staff=True
    )
    start = timezone.localdate() - datetime.timedelta(days=365)
    programme = programme_create(
        actor=manager,
        name=name,
        area="Benchmark Vale",
        purpose="A benchmark programme.",
        starts_on=start,
        population_groups=[("Older people", "joined-up care at home")],
    )
    made_groups = _groups(programme, groups)
    made_people = _people(programme, people, rng)
    memberships = _memberships(made_groups, made_people, rng, start)
    _organisations(programme, rng, per_category=max(1, people // 700))
    return Built(programme, manager, len(made_groups), len(made_people), memberships)


def _groups(programme, count: int) -> list[Group]:
    modules = list(programme.modules.all())
    kinds = (BACKBONE + ["working_group"] * len(modules))[:count]
    top = Group.objects.bulk_create(
        [
            Group(
                programme=programme,
                name=kind.replace("_", " ").capitalize(),
                kind=kind,
                min_lay_partners=2,
            )
            for kind in kinds
            if kind in ("core_design_team", "oversight_group")
        ]
    )
    parent = {g.kind: g for g in top}
    middle = []
    for n, kind in enumerate(kinds):
        if kind == "working_group":
            module = modules[n - len(BACKBONE)]
            middle.append(
                Group(
                    programme=programme,
                    name=f"{module.name} working group",
                    kind=kind,
                    module=module,
                    parent=parent.get("core_design_team"),
                    min_lay_partners=2,
                )
            )
        elif kind in ("lay_advisory_group", "lay_forum"):
            middle.append(
                Group(
                    programme=programme,
                    name=kind.replace("_", " ").capitalize(),
                    kind=kind,
                    parent=parent.get("oversight_group"),
                    min_lay_partners=1,
                )
            )
    middle = Group.objects.bulk_create(middle)
    parents = [g for g in middle if g.kind == "working_group"] or top
    rest = Group.objects.bulk_create(
        [
            Group(
                programme=programme,
                name=f"Task and finish group {n + 1}",
                kind="other",
                parent=parents[n % len(parents)],
            )
            for n in range(count - len(kinds))
        ]
    )
    return top + middle + rest


def _people(programme, count: int, rng: random.Random) -> list[Person]:
    made = Person.objects.bulk_create(
        [
            Person(
                full_name=f"Person {n:05d}",
                kind="lay_partner" if rng.random() < 0.55 else rng.choice(PROFESSIONS),
                email=f"person{n}@example.org",
                patient_experience=rng.random() < 0.5,
            )
            for n in range(count)
        ]
    )
    Person.programmes.through.objects.bulk_create(
        [Person.programmes.through(person_id=p.pk, programme_id=programme.pk) for p in made]
    )
    return made


def _memberships(groups, people, rng: random.Random, start) -> int:
    lay = [p for p in people if p.kind == "lay_partner"]
    pros = [p for p in people if p.kind != "lay_partner"]
    by_kind = {kind: [g for g in groups if g.kind == kind] for kind in {g.kind for g in groups}}
    seats: dict[tuple[int, int], str] = {}

    def seat(group, persons, role="member"):
        for person in persons:
            seats.setdefault((person.pk, group.pk), role)

    for group in by_kind.get("working_group", []):
        seat(group, [rng.choice([p for p in pros if p.kind == "clinician"] or pros)], "chair")
        seat(group, rng.sample(lay, 2) + rng.sample(pros, min(len(pros), 5)))
    for group in by_kind.get("core_design_team", []) + by_kind.get("oversight_group", []):
        seat(group, rng.sample(lay, 3) + rng.sample(pros, min(len(pros), 6)))
    for group in by_kind.get("lay_advisory_group", []):
        seat(group, rng.sample(lay, min(len(lay), 18)))
    for group in by_kind.get("other", []):
        seat(group, rng.sample(people, min(len(people), rng.randint(8, 30))))
    seated = {person_id for person_id, _ in seats}
    forum = by_kind.get("lay_forum", [])
    homes = by_kind.get("other", []) + by_kind.get("working_group", []) or groups
    for person in people:
        if person.pk not in seated:
            seat(rng.choice(forum) if forum and person in lay else rng.choice(homes), [person])
    for person in rng.sample(people, len(people) * 3 // 10):  # some sit in a second group
        seat(rng.choice(homes), [person])
    rows = []
    today = timezone.localdate()
    for (person_id, group_id), role in seats.items():
        started_on = start + datetime.timedelta(
            days=0 if rng.random() < 0.7 else rng.randint(1, 300)
        )
        ended_on, reason = None, ""
        if role == "member" and rng.random() < ENDED_SHARE:
            ended_on = started_on + datetime.timedelta(days=rng.randint(1, 60))
            ended_on, reason = min(ended_on, today), "Could not give the time asked."
        rows.append(
            Membership(
                person_id=person_id,
                group_id=group_id,
                role=role,
                started_on=started_on,
                ended_on=ended_on,
                end_reason=reason,
            )
        )
    Membership.objects.bulk_create(rows)
    return len(rows)


def _organisations(programme, rng: random.Random, per_category: int) -> None:
    organisations = Organisation.objects.bulk_create(
        [
            Organisation(name=f"{programme.slug} {label} {n}", category=code)
            for code, label in checklist().items()
            for n in range(per_category)
        ]
    )
    Engagement.objects.bulk_create(
        [
            Engagement(
                programme=programme,
                organisation=o,
                status="engaged" if rng.random() < 0.7 else "contacted",
            )
            for o in organisations
        ]
    )
