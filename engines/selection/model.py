"""Frozen data in and out of the selection engine."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Volunteer:
    """One person in the pool: an id, a value for every feature, and their household."""

    id: str
    features: Mapping[str, str]
    household: str | None = None


@dataclass(frozen=True)
class Quota:
    """How many of the panel must, and may, have this value of this feature."""

    feature: str
    value: str
    minimum: int
    maximum: int


@dataclass(frozen=True)
class Lottery:
    """A probability distribution over panels that meet the quotas.

    People with the same feature values are interchangeable, so a panel is a count per
    type (`types[i]` lists the ids of type i): drawing it means picking that many people
    of each type uniformly at random. People in `seated` sit on every panel.
    """

    types: tuple[tuple[str, ...], ...]
    panels: tuple[tuple[int, ...], ...]
    weights: tuple[float, ...]
    probabilities: Mapping[str, float]
    seated: tuple[str, ...] = ()
    k: int = 0

    @property
    def minimum_probability(self) -> float:
        """Return the smallest chance anyone in the pool has of being selected."""
        return min(self.probabilities.values(), default=0.0)


@dataclass(frozen=True)
class Selection:
    """One panel drawn from a lottery, reproducible from the seed."""

    panel: tuple[str, ...]
    reserves: tuple[str, ...]
    probabilities: Mapping[str, float]
    seed: int
    panel_index: int
    lottery: Lottery = field(repr=False)
