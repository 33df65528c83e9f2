"""Name the rules that clash in a big plan, from the weeks where placing meetings got stuck.

Solving the whole of a two-year programme to explain a clash is far too slow, so the rules
are cut to a horizon around the stuck days (first those days alone, then a fortnight and
eight weeks either side): only cadence periods and design steps wholly inside it are kept,
over the candidates inside it. That is a relaxation of the
plan, so if the cut rules cannot all hold, nor can the plan's, and the rules the deletion
filter names really clash. If they can all hold there (placing meetings in turn can get
stuck where a calendar exists), the horizon is widened; after the widest, the caller solves
the whole programme as it does for small plans.
"""

from __future__ import annotations

from datetime import date, timedelta

from .columns import make_columns
from .dates import Span
from .errors import SchedulingError
from .explain import conflict_message, conflicting_rules
from .model import Plan
from .rules import build_rules
from .slots import candidate_slots
from .solve import Programme

MARGINS_DAYS = (0, 14, 56)


def raise_clash_near(plan: Plan, holidays: dict[date, str], stuck: Span) -> None:
    """Raise SchedulingError naming rules that clash near `stuck`; return if none is found."""
    for margin in MARGINS_DAYS:
        horizon = Span(
            max(plan.start, stuck.first - timedelta(days=margin)),
            min(plan.end, stuck.last + timedelta(days=margin)),
        )
        columns = make_columns(candidate_slots(plan, holidays, horizon))
        rules = build_rules(plan, columns, horizon)
        programme = Programme(plan, columns, rules)
        if programme.solve([rule.key for rule in rules], optimise=False) is None:
            clash = conflicting_rules(programme, rules, halving=True)
            raise SchedulingError(conflict_message(plan, clash))
