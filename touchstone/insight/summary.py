"""What a finished run says: themes with counts, the trend by month, the balance of
feeling, and a few representative quotes for each theme, for the rows a filter keeps.
"""

import calendar
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from .choices import Sentiment
from .models import InsightRow

QUOTES_PER_THEME = 3
TREND_THEMES = 6
SENTIMENTS = (Sentiment.NEGATIVE, Sentiment.NEUTRAL, Sentiment.POSITIVE)
GOOD_QUOTE = (40, 400)  # long enough to say something, short enough to read at a glance


@dataclass
class Insight:
    rows: int = 0
    themes: list[tuple[str, int]] = field(default_factory=list)
    months: list[str] = field(default_factory=list)
    per_month: dict[str, int] = field(default_factory=dict)
    trend: list[tuple[str, list[int]]] = field(default_factory=list)
    feeling: list[tuple[str, int]] = field(default_factory=list)
    no_feeling: int = 0
    quotes: dict[str, list[InsightRow]] = field(default_factory=dict)


def filter_options(run) -> dict[str, list[str]]:
    """Return the sources and kinds of participant present in the run, for its filters."""
    rows = run.rows.all()
    return {
        "source": sorted(set(rows.exclude(source="").values_list("source", flat=True))),
        "kind": sorted(set(rows.exclude(kind="").values_list("kind", flat=True))),
    }


def filtered_rows(run, *, source: str = "", kind: str = ""):
    rows = run.rows.all()
    if source:
        rows = rows.filter(source=source)
    if kind:
        rows = rows.filter(kind=kind)
    return rows


def insight_for(rows) -> Insight:
    """Count themes, months and feeling over the rows, and choose quotes for each theme."""
    result = Insight()
    counts: Counter[str] = Counter()
    by_month: dict[str, Counter[str]] = defaultdict(Counter)
    feeling: Counter[str] = Counter()
    candidates: dict[str, list[tuple[tuple, int]]] = defaultdict(list)
    for pk, text, themes, sentiment, received_on in rows.values_list(
        "pk", "text", "themes", "sentiment", "received_on"
    ).iterator():
        result.rows += 1
        counts.update(themes)
        feeling[sentiment] += 1
        month = received_on.strftime("%Y-%m") if received_on else ""
        if month:
            by_month[month]["*"] += 1
            by_month[month].update(themes)
        for theme in themes:
            candidates[theme].append((_quote_rank(text, themes), pk))
    result.themes = sorted(counts.items(), key=lambda pair: (-pair[1], pair[0]))
    result.months = sorted(by_month)
    result.per_month = {month: by_month[month]["*"] for month in result.months}
    result.trend = [
        (theme, [by_month[month][theme] for month in result.months])
        for theme, _ in result.themes[:TREND_THEMES]
    ]
    result.feeling = [(level.label, feeling[level.value]) for level in SENTIMENTS]
    result.no_feeling = feeling[""]
    result.quotes = _quotes(candidates, [theme for theme, _ in result.themes])
    return result


def _quote_rank(text: str, themes: list[str]) -> tuple:
    """Prefer comments about this theme alone, of a readable length, then the earliest."""
    low, high = GOOD_QUOTE
    length = len(text)
    return (len(themes), 0 if low <= length <= high else 1, abs(length - 160))


def _quotes(candidates, order: list[str]) -> dict[str, list[InsightRow]]:
    chosen = {
        theme: [pk for _, pk in sorted(candidates[theme])[: QUOTES_PER_THEME * 3]]
        for theme in order
    }
    rows = InsightRow.objects.in_bulk([pk for pks in chosen.values() for pk in pks])
    quotes = {}
    for theme in order:
        seen, kept = set(), []
        for pk in chosen[theme]:
            text = rows[pk].text.casefold()
            if text not in seen and len(kept) < QUOTES_PER_THEME:
                seen.add(text)
                kept.append(rows[pk])
        quotes[theme] = kept
    return quotes


def month_name(month: str) -> str:
    """Return '2026-11' as 'November 2026'."""
    year, number = month.split("-")
    return f"{calendar.month_name[int(number)]} {year}"
