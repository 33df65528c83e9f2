"""Explain quotas that no panel can meet (placeholder, replaced below)."""

from .problem import Problem


def explain(problem: Problem) -> str:
    """Return a sentence saying that no panel meets the quotas."""
    return "No panel can meet all the quotas together."
