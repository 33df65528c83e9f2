"""Small helpers shared by the plain-language tests."""

from engines.plain_language import check


def flagged(text: str, rule: str | None = None, **options) -> list[str]:
    """Return the phrases a check flags, optionally only for one rule."""
    report = check(text, **options)
    return [report.phrase(f) for f in report.findings if rule is None or f.rule == rule]
