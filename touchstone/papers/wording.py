"""Words the papers pages and emails share: times the NHS.UK way, and findings counted."""

from django.utils import timezone
from django.utils.formats import date_format

from touchstone.meetings.models import clock

SEVERITY_WORDS = (("high", "high"), ("medium", "medium"), ("low", "low"))


def findings_text(paper) -> str:
    """Say how many findings of each severity a paper has, in words."""
    counts = paper.findings or {}
    total = sum(counts.values())
    if not total:
        return "Nothing to change found"
    parts = [f"{counts.get(key, 0)} {word}" for key, word in SEVERITY_WORDS]
    return f"{total} {'finding' if total == 1 else 'findings'}: {', '.join(parts)}"


def when(moment, day_format: str = "j F Y") -> str:
    """Write a moment in UK time as NHS.UK style does: 18 November 2026, 6:30pm."""
    moment = timezone.localtime(moment)
    return f"{date_format(moment, day_format)}, {clock(moment)}"
