"""The pure calculation: rates in effect on each date, mileage, pence only."""

import ast
from datetime import date
from decimal import Decimal
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from touchstone.payments import calculation as calc

RATES = [
    calc.Rate("full_day", 15000, date(2025, 1, 1)),
    calc.Rate("full_day", 16000, date(2026, 4, 1)),
    calc.Rate("meeting", 3000, date(2025, 1, 1), Decimal(2)),
    calc.Rate("preparation_hour", 2000, date(2025, 1, 1)),
]
RULES = [
    calc.ExpenseRule("car", date(2025, 1, 1), pence_per_mile=45),
    calc.ExpenseRule("bus", date(2025, 1, 1)),
    calc.ExpenseRule("taxi", date(2025, 1, 1), needs_approval=True),
]


def price(activities=(), expenses=(), paid=True):
    return calc.breakdown(
        rates=RATES, rules=RULES, activities=activities, expenses=expenses, paid=paid
    )


def test_a_rate_change_applies_from_its_date_and_earlier_days_keep_the_old_rate():
    before = calc.Activity("full_day", date(2026, 3, 31), "Workshop")
    on_the_day = calc.Activity("full_day", date(2026, 4, 1), "Workshop")
    assert price([before]).total_pence == 15000
    assert price([on_the_day]).total_pence == 16000


def test_no_rate_before_the_policy_started_is_a_problem_not_zero():
    result = price([calc.Activity("full_day", date(2024, 12, 31), "Too early")])
    assert result.problems and result.total_pence == 0


def test_a_meeting_longer_than_its_limit_must_be_claimed_as_a_day():
    result = price([calc.Activity("meeting", date(2026, 1, 5), "Long", hours=Decimal("2.5"))])
    assert "half day or full day" in result.problems[0]


def test_preparation_is_paid_per_hour_rounded_to_the_penny():
    meeting = calc.Activity(
        "meeting", date(2026, 1, 5), "Board", hours=Decimal(2), preparation_hours=Decimal("1.5")
    )
    assert [line.pence for line in price([meeting]).lines] == [3000, 3000]


def test_expenses_only_shows_time_at_nothing_but_still_pays_expenses():
    result = price(
        [calc.Activity("full_day", date(2026, 1, 5), "Day", preparation_hours=Decimal(3))],
        [calc.Expense("bus", date(2026, 1, 5), "Bus", amount_pence=340)],
        paid=False,
    )
    assert result.total_pence == 340
    assert result.lines[0].note == "Expenses only, no payment"


def test_mileage_pays_the_rate_per_mile_rounding_halves_up():
    car = calc.Expense("car", date(2026, 1, 5), "Car", miles=Decimal("10.5"))
    assert price(expenses=[car]).total_pence == 473  # 472.5p


def test_a_taxi_is_flagged_for_approval_and_an_unknown_kind_is_refused():
    result = price(
        expenses=[
            calc.Expense("taxi", date(2026, 1, 5), "Taxi", amount_pence=1200),
            calc.Expense("yacht", date(2026, 1, 5), "Yacht", amount_pence=1),
        ]
    )
    assert result.lines[0].note == "Needs approval"
    assert "not an expense the policy allows" in result.problems[0]


def test_tax_years_run_from_6_april_to_5_april():
    assert calc.tax_year_of(date(2026, 4, 5)) == 2025
    assert calc.tax_year_of(date(2026, 4, 6)) == 2026


def test_pounds_are_written_with_pence():
    assert calc.pounds(123456) == "£1,234.56"
    assert calc.pounds(5) == "£0.05"


def test_the_calculation_imports_nothing_from_django():
    tree = ast.parse(Path(calc.__file__).read_text())
    names = [
        alias.name
        for node in ast.walk(tree)
        if isinstance(node, ast.Import)
        for alias in node.names
    ]
    names += [node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)]
    assert not [name for name in names if name and name.split(".")[0] in {"django", "touchstone"}]


days = st.dates(min_value=date(2025, 1, 1), max_value=date(2027, 12, 31))
activities = st.builds(
    calc.Activity,
    kind=st.sampled_from(["full_day", "meeting"]),
    on=days,
    label=st.just("Activity"),
    hours=st.decimals(min_value=0, max_value=3, places=1),
    preparation_hours=st.decimals(min_value=0, max_value=12, places=1),
)
expenses = st.builds(
    calc.Expense,
    kind=st.sampled_from(["car", "bus", "taxi"]),
    on=days,
    label=st.just("Expense"),
    amount_pence=st.integers(min_value=0, max_value=50_000),
    miles=st.decimals(min_value=0, max_value=1000, places=1),
)


@given(st.lists(activities, max_size=6), st.lists(expenses, max_size=6), st.booleans())
def test_the_total_is_always_the_sum_of_the_lines_in_whole_pence(acts, exps, paid):
    result = price(acts, exps, paid)
    assert result.total_pence == sum(line.pence for line in result.lines)
    assert all(isinstance(line.pence, int) and line.pence >= 0 for line in result.lines)
