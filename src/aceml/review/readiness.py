"""Readiness: how close a candidate is to interview-ready in one area, as a number in [0, 100]."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

HALF_LIFE_DAYS = 14.0  # a result two weeks old counts half as much as today's
FULL_EVIDENCE_ITEMS = 10  # results on this many different items (or all of a small area) are full evidence
PERFORMANCE_WEIGHT = 0.6
COVERAGE_WEIGHT = 0.25
RETENTION_WEIGHT = 0.15


@dataclass(frozen=True)
class Result:
    """One recent result in the area: a score in [0, 1] (a verdict counts 1 for AC, else 0) and its age."""

    score: float
    age_days: float


def readiness(
    results: Sequence[Result], coverage: float, retention: float, items_attempted: int, area_items: int
) -> float:
    """Return readiness in [0, 100] for one competency or topic.

    - performance: the recency-weighted mean of the results' scores, each weighted by
      ``0.5 ** (age_days / 14)``; with no results it is 0;
    - coverage: the share of the area's items attempted at least once, in [0, 1];
    - retention: the mean retrievability (FSRS's probability of recall now) of the area's
      attempted items, in [0, 1];
    - confidence: how much evidence there is, ``items_attempted / min(10, area_items)`` capped at 1,
      so one good answer does not make a candidate ready in a whole area.

    readiness = 100 * (confidence * (0.6 * performance + 0.15 * retention) + 0.25 * coverage),
    rounded to one decimal. A candidate who answered every item well today is at 100, one who
    answered a few items well long ago is low, and one who has attempted nothing is at 0.

    Raises:
        ValueError: coverage or retention outside [0, 1], or a score outside [0, 1].
    """
    for name, value in (("coverage", coverage), ("retention", retention)):
        if not 0.0 <= value <= 1.0:
            raise ValueError(f"{name} must be in [0, 1], got {value}")
    weights = [0.5 ** (max(result.age_days, 0.0) / HALF_LIFE_DAYS) for result in results]
    if any(not 0.0 <= result.score <= 1.0 for result in results):
        raise ValueError("scores must be in [0, 1]")
    total = math.fsum(weights)
    performance = (
        math.fsum(w * r.score for w, r in zip(weights, results, strict=True)) / total if total else 0.0
    )
    needed = min(FULL_EVIDENCE_ITEMS, area_items)
    confidence = min(1.0, items_attempted / needed) if needed > 0 else 0.0
    value = 100.0 * (
        confidence * (PERFORMANCE_WEIGHT * performance + RETENTION_WEIGHT * retention)
        + COVERAGE_WEIGHT * coverage
    )
    return round(min(100.0, max(0.0, value)), 1)
