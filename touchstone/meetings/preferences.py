"""The forum's poll: members say which days, times and places suit them."""

from collections import Counter

from django.db import transaction

from touchstone.accounts import access
from touchstone.core import audit
from touchstone.core.errors import ServiceError
from touchstone.programmes.selectors import active_q, seated_q

from .models import MeetingPreference
from .planning import WEEKDAYS


def preference_save(*, actor, group, person, weekdays, times, place="") -> MeetingPreference:
    """Keep one member's answer, replacing any earlier one; staff may answer for them."""
    programme = group.programme
    own = person.user_id is not None and person.user_id == getattr(actor, "pk", None)
    if not own:
        access.require(actor, "change", programme)
    if not group.memberships.filter(active_q() & seated_q(), person=person).exists():
        raise ServiceError(f"Only members of {group.name} answer this poll.")
    days = sorted({int(d) for d in weekdays if str(d).isdigit() and 0 <= int(d) <= 6})
    if not days:
        raise ServiceError("Choose at least one day.", field="weekdays")
    chosen_times = [t for t in ("daytime", "evening") if t in times]
    if not chosen_times:
        raise ServiceError("Choose at least one time.", field="times")
    with transaction.atomic():
        answer, _ = MeetingPreference.objects.update_or_create(
            group=group,
            person=person,
            defaults={"weekdays": days, "times": chosen_times, "place": (place or "").strip()},
        )
        audit.record(
            actor=actor, action="meeting_preference.save", target=group, programme=programme
        )
    return answer


def poll_summary(group) -> dict:
    """How many members answered, and in words how many chose each day, time and place."""
    answers = list(MeetingPreference.objects.filter(group=group))
    days = Counter(day for a in answers for day in a.weekdays)
    times = Counter(t for a in answers for t in a.times)
    chosen_days = ", ".join(f"{WEEKDAYS[d]} {days[d]}" for d in range(7) if days.get(d))
    chosen_times = f"daytime {times.get('daytime', 0)}, evening {times.get('evening', 0)}"
    places = sorted({a.place for a in answers if a.place})
    answered = {a.person_id for a in answers}
    seated = group.memberships.filter(active_q() & seated_q()).select_related("person")
    return {
        "answers": len(answers),
        "waiting": sorted(
            (m.person for m in seated if m.person_id not in answered), key=lambda p: p.full_name
        ),
        "text": f"{chosen_days}; {chosen_times}"
        + (f"; places: {', '.join(places)}" if places else ""),
    }
