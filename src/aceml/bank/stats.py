"""Counts of the bank by kind, topic, stage, competency and difficulty."""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum
from typing import Any

from aceml.bank.models import Item, ProblemItem
from aceml.bank.taxonomy import Competency, Difficulty, Kind, ProblemGroup, Stage, Topic

QUESTION_KINDS = frozenset({Kind.CONCEPT, Kind.BEHAVIORAL, Kind.DESIGN})
MIN_PER_TOPIC = 5


def _count(items: list[Item], enum: type[StrEnum], values_of: Any) -> dict[str, int]:
    counts = {member.value: 0 for member in enum}
    for item in items:
        for value in values_of(item):
            counts[value] += 1
    return counts


def bank_stats(items: Iterable[Item]) -> dict[str, Any]:
    """Return the counts shown by ``aceml content stats``.

    Every taxonomy value appears, with 0 where the bank has nothing, so gaps are visible;
    ``thin_topics`` lists the topics with fewer than five items.
    ``questions`` counts concept, behavioral and design items; ``cases`` counts case studies.
    """
    items = list(items)
    by_kind = _count(items, Kind, lambda item: [item.kind])
    by_topic = _count(items, Topic, lambda item: item.topics)
    return {
        "total": len(items),
        "questions": sum(by_kind[kind] for kind in QUESTION_KINDS),
        "problems": by_kind[Kind.PROBLEM],
        "problems_by_group": _count(
            [item for item in items if isinstance(item, ProblemItem)], ProblemGroup, lambda item: [item.group]
        ),
        "datasets": by_kind[Kind.DATASET],
        "cases": by_kind[Kind.CASE],
        "by_kind": by_kind,
        "by_topic": by_topic,
        "thin_topics": [topic for topic, count in by_topic.items() if count < MIN_PER_TOPIC],
        "by_stage": _count(items, Stage, lambda item: item.stages),
        "by_competency": _count(items, Competency, lambda item: item.competencies),
        "by_difficulty": _count(items, Difficulty, lambda item: [item.difficulty]),
    }
