"""Plan a programme's calendar with the schedule engine, and publish what it proposes.

The one place Touchstone calls `engines.scheduling`. A plan is built as the engine's JSON
(kept with the proposal, so a proposal can be checked and repeated), the engine's refusal
is shown as it is, and publishing schedules each proposed meeting through the same service
as the meeting form: every one is checked, invited and audited.
"""

import datetime
from collections import Counter

from django.db import transaction
from django.utils import timezone

from engines import scheduling as engine
from engines.scheduling.plan_json import plan_from_json
from touchstone.accounts import access
from touchstone.core import audit
from touchstone.core.errors import ServiceError
from touchstone.programmes.models import GroupKind
from touchstone.programmes.selectors import active_q, seated_q

from . import services
from .models import MeetingKind, MeetingPreference, SchedulePlan

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
# How each kind of group meets unless the manager says otherwise (seeds 000 and 003).
DEFAULTS = {
    GroupKind.CORE_DESIGN_TEAM: ("core team", MeetingKind.CORE_TEAM, 120, (0, 1, 2, 3), "daytime"),
    GroupKind.WORKING_GROUP: (
        "working session",
        MeetingKind.WORKING_SESSION,
        150,
        (1, 2, 3),
        "daytime",
    ),
    GroupKind.LAY_ADVISORY_GROUP: (
        "advisory group",
        MeetingKind.ADVISORY_GROUP,
        120,
        (1, 3),
        "evening",
    ),
    GroupKind.LAY_FORUM: ("forum", MeetingKind.FORUM, 150, (5,), "daytime"),
}
COMMUNITY_EVENTS = "Community engagement event"


def schedulable(groups):
    """The groups the engine plans for: those with a regular rhythm and a known kind."""
    return [g for g in groups if g.kind in DEFAULTS and g.cadence != "as_needed"]


def poll_answer(group) -> tuple[tuple[int, ...], str] | None:
    """The weekdays and time most of a group's members chose in the poll, if any answered."""
    answers = list(MeetingPreference.objects.filter(group=group))
    if not answers:
        return None
    days = Counter(day for a in answers for day in a.weekdays)
    times = Counter(time for a in answers for time in a.times)
    top = max(days.values()) if days else 0
    chosen = tuple(sorted(day for day, n in days.items() if n * 2 >= top)) or (5,)
    return chosen, (times.most_common(1)[0][0] if times else "daytime")


def _step_dates(steps, start, end) -> list[dict]:
    """Share the plan's days between the design steps in order, as evenly as days allow."""
    days, count = (end - start).days + 1, len(steps)
    if not count:
        return []
    if count > days:
        raise ServiceError(
            f"The programme has {count} design steps: plan at least {count} days.", field="end"
        )
    edges = [start + datetime.timedelta(days=i * days // count) for i in range(count + 1)]
    return [
        {
            "name": step.name,
            "start": edges[i].isoformat(),
            "end": (edges[i + 1] - datetime.timedelta(days=1)).isoformat(),
        }
        for i, step in enumerate(steps)
    ]


def plan_for(*, programme, start, end, region, venues, settings, community_events) -> dict:
    """Write the engine's plan from the programme, its seated members and the manager's choices.

    `settings` maps group pk to {"weekdays", "time", "duration"}; groups left out are not planned.
    """
    steps = list(programme.steps.all())
    groups, people, names = [], {}, {}
    chosen = [g for g in schedulable(programme.groups.all()) if g.pk in settings]
    for group in chosen:
        kind = DEFAULTS[group.kind][0]
        wanted = settings[group.pk]
        name = group.name if group.name not in names else f"{group.name} ({group.pk})"
        names[name] = group.pk
        entry = {
            "name": name,
            "kind": kind,
            "cadence": group.cadence,
            "duration_minutes": wanted["duration"],
            "weekdays": [WEEKDAYS[d] for d in wanted["weekdays"]],
            "times": [wanted["time"]],
        }
        if group.kind == GroupKind.CORE_DESIGN_TEAM:
            entry["minimum_minutes"] = 120  # the seed's weekly meeting of at least two hours
        if group.kind == GroupKind.WORKING_GROUP and steps:
            entry["per_step"] = 1  # at least one working session in each design step
        groups.append(entry)
        seated = group.memberships.filter(active_q(on=start) & seated_q())
        for person_id in seated.values_list("person_id", flat=True):
            people.setdefault(str(person_id), []).append(entry["name"])
    core = next((g for g in chosen if g.kind == GroupKind.CORE_DESIGN_TEAM), None)
    if community_events and core is not None and steps:
        names[COMMUNITY_EVENTS] = core.pk
        groups.append(
            {
                "name": COMMUNITY_EVENTS,
                "kind": "community engagement",
                "cadence": "total",
                "count": community_events,
                "after_step": steps[-2].name if len(steps) > 1 else steps[-1].name,
                "extra_attendance": 40,
                "duration_minutes": 120,
                "weekdays": ["Saturday"],
                "times": ["daytime"],
            }
        )
    return {
        "group_ids": names,
        "start": start.isoformat(),
        "end": end.isoformat(),
        "region": region,
        "steps": _step_dates(steps, start, end),
        "venues": [{"name": name, "capacity": capacity} for name, capacity in venues],
        "groups": groups,
        "people": [{"name": pk, "groups": names} for pk, names in people.items()],
    }


def propose(*, actor, programme, plan: dict) -> SchedulePlan:
    """Ask the engine for a calendar; keep the plan and proposal, or raise its message."""
    access.require(actor, "change", programme)
    if not plan["groups"]:
        raise ServiceError("Choose at least one group to plan meetings for.", field="groups")
    if datetime.date.fromisoformat(plan["start"]) <= timezone.localdate():
        raise ServiceError("Start the plan tomorrow or later.", field="start")
    engine_plan = {key: value for key, value in plan.items() if key != "group_ids"}
    try:
        calendar = engine.propose(plan_from_json(engine_plan))
    except engine.SchedulingError as error:
        raise ServiceError(str(error)) from error
    meetings = [
        {
            "group": plan["group_ids"][m.group],
            "title": m.group + (f": {m.step}" if m.step else ""),
            "community": m.group == COMMUNITY_EVENTS,
            "start": m.start.isoformat(),
            "minutes": int((m.end - m.start).total_seconds() // 60),
            "venue": m.venue,
        }
        for m in calendar.meetings
    ]
    skipped = [[day.isoformat(), name] for day, name in calendar.bank_holidays]
    proposal = {"meetings": meetings, "bank_holidays": skipped}
    return SchedulePlan.objects.create(
        programme=programme, plan=plan, proposal=proposal, created_by=actor
    )


@transaction.atomic
def publish(*, actor, schedule: SchedulePlan) -> int:
    """Schedule every proposed meeting and invite each group; once only."""
    programme = schedule.programme
    access.require(actor, "change", programme)
    locked = SchedulePlan.objects.select_for_update().get(pk=schedule.pk)
    if locked.published_at is not None:
        raise ServiceError("This calendar has already been published.")
    groups = {g.pk: g for g in programme.groups.all()}
    meetings = locked.proposal["meetings"]
    for item in meetings:
        group = groups.get(item["group"])
        if group is None:
            raise ServiceError("A group in this plan no longer exists. Make a new plan.")
        kind = MeetingKind.COMMUNITY_ENGAGEMENT if item["community"] else DEFAULTS[group.kind][1]
        services.meeting_create(
            actor=actor,
            programme=programme,
            group=group,
            kind=kind,
            title=item["title"],
            start=timezone.make_aware(datetime.datetime.fromisoformat(item["start"])),
            duration_minutes=item["minutes"],
            address=item["venue"],
        )
    locked.published_at = timezone.now()
    locked.save(update_fields=["published_at"])
    audit.record(
        actor=actor,
        action="schedule.publish",
        target=locked,
        programme=programme,
        changes={"meetings": [None, len(meetings)]},
    )
    schedule.published_at = locked.published_at
    return len(meetings)
