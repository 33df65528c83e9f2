"""Work out a claim's lines and total from the policy in effect on each date.

Pure Python, no Django: the rules of money stay in one small place that tests can
drive directly. Money is whole pence (int); hours and miles are Decimal. Never float.
"""

from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

FULL_DAY, HALF_DAY, MEETING, PREPARATION = "full_day", "half_day", "meeting", "preparation_hour"
ACTIVITY_WORDS = {
    FULL_DAY: "Full day",
    HALF_DAY: "Half day",
    MEETING: "Meeting",
    PREPARATION: "Preparation",
}


@dataclass(frozen=True)
class Rate:
    """What one activity pays from a date; a meeting rate covers up to max_hours."""

    activity: str
    pence: int
    effective_from: date
    max_hours: Decimal | None = None


@dataclass(frozen=True)
class ExpenseRule:
    """An allowed kind of expense from a date; mileage kinds pay pence per mile."""

    kind: str
    effective_from: date
    pence_per_mile: int = 0
    needs_approval: bool = False


@dataclass(frozen=True)
class Activity:
    kind: str
    on: date
    label: str
    hours: Decimal = Decimal(0)
    preparation_hours: Decimal = Decimal(0)


@dataclass(frozen=True)
class Expense:
    kind: str
    on: date
    label: str
    amount_pence: int = 0
    miles: Decimal = Decimal(0)


@dataclass(frozen=True)
class Line:
    """One priced line; `kind` is the activity or expense kind, for spend by activity."""

    label: str
    on: date
    pence: int
    note: str = ""
    kind: str = ""


@dataclass
class Breakdown:
    lines: list[Line] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    @property
    def total_pence(self) -> int:
        return sum(line.pence for line in self.lines)


def in_effect(rows, on: date, match):
    """Return the row with the latest effective date on or before `on`, or None."""
    current = [row for row in rows if match(row) and row.effective_from <= on]
    return max(current, key=lambda row: row.effective_from, default=None)


def whole_pence(amount: Decimal) -> int:
    """Round to the nearest penny, halves up, as people expect from a calculator."""
    return int(amount.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def price_activity(activity: Activity, rates, *, paid: bool) -> tuple[list[Line], list[str]]:
    """Price one activity and its preparation time; unpaid choices show at £0 with a note."""
    lines, problems = [], []
    rate = in_effect(rates, activity.on, lambda r: r.activity == activity.kind)
    if not paid:
        lines.append(
            Line(activity.label, activity.on, 0, "Expenses only, no payment", activity.kind)
        )
    elif rate is None:
        problems.append(f"There is no rate for '{activity.label}' on {activity.on:%d/%m/%Y}.")
    elif rate.max_hours is not None and activity.hours > rate.max_hours:
        problems.append(
            f"'{activity.label}' lasted more than {rate.max_hours} hours. "
            "Claim it as a half day or full day instead."
        )
    else:
        lines.append(Line(activity.label, activity.on, rate.pence, kind=activity.kind))
    if activity.preparation_hours and paid:
        per_hour = in_effect(rates, activity.on, lambda r: r.activity == PREPARATION)
        label = f"Preparation for '{activity.label}', {activity.preparation_hours} hours"
        if per_hour is None:
            problems.append(f"There is no rate for preparation on {activity.on:%d/%m/%Y}.")
        else:
            pence = whole_pence(activity.preparation_hours * per_hour.pence)
            lines.append(Line(label, activity.on, pence, kind=PREPARATION))
    return lines, problems


def price_expense(expense: Expense, rules) -> tuple[list[Line], list[str]]:
    """Price one expense: miles at the mileage rate, anything else as spent."""
    rule = in_effect(rules, expense.on, lambda r: r.kind == expense.kind)
    if rule is None:
        return [], [f"'{expense.label}' is not an expense the policy allows on that date."]
    if rule.pence_per_mile:
        pence = whole_pence(expense.miles * rule.pence_per_mile)
    else:
        pence = expense.amount_pence
    note = "Needs approval" if rule.needs_approval else ""
    return [Line(expense.label, expense.on, pence, note, expense.kind)], []


def breakdown(*, rates, rules, activities, expenses, paid: bool) -> Breakdown:
    """Return every line of a claim, its total, and any problem that stops it going in."""
    result = Breakdown()
    for activity in activities:
        lines, problems = price_activity(activity, rates, paid=paid)
        result.lines += lines
        result.problems += problems
    for expense in expenses:
        lines, problems = price_expense(expense, rules)
        result.lines += lines
        result.problems += problems
    return result


def tax_year_of(on: date) -> int:
    """Return the year a UK tax year starts in: 6 April to 5 April."""
    return on.year if (on.month, on.day) >= (4, 6) else on.year - 1


def pounds(pence: int) -> str:
    """Write whole pence as pounds: 12345 -> '£123.45'."""
    sign = "-" if pence < 0 else ""
    whole, part = divmod(abs(pence), 100)
    return f"{sign}£{whole:,}.{part:02d}"
