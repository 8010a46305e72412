"""What of an item may be shown to a candidate.

Hidden tests, reference solutions and wrong solutions never leave the trusted side: every
front-end renders items through :func:`public_view`.
"""

from __future__ import annotations

from typing import Any

from aceml.bank.models import DatasetItem, FreeTextItem, Item, ProblemItem


def summary_view(item: Item) -> dict[str, Any]:
    """Return the fields lists and search results show."""
    return {
        "id": item.id,
        "kind": item.kind.value,
        "title": item.title,
        "topics": [topic.value for topic in item.topics],
        "stages": [stage.value for stage in item.stages],
        "competencies": [competency.value for competency in item.competencies],
        "difficulty": item.difficulty.value,
    }


def public_view(item: Item) -> dict[str, Any]:
    """Return everything a candidate may see of ``item``, as JSON-ready data."""
    view = summary_view(item)
    view["content_hash"] = item.content_hash
    if isinstance(item, FreeTextItem):
        view.update(
            prompt=item.prompt,
            levels=[level.value for level in item.levels],
            key_points=[point.model_dump(mode="json") for point in item.key_points],
            mistakes=[mistake.model_dump(mode="json") for mistake in item.mistakes],
            follow_ups=list(item.follow_ups),
            model_answer=item.model_answer,
        )
    elif isinstance(item, ProblemItem):
        view.update(
            statement=item.statement,
            entry_point=item.entry_point,
            signature=item.signature,
            limits=item.limits.model_dump(mode="json"),
            checker=item.checker.kind.value,
            starter_code=item.starter_code,
            sample_tests=[test.model_dump(mode="json") for test in item.sample_tests],
            hidden_test_count=len(item.hidden_tests),
        )
    elif isinstance(item, DatasetItem):
        view.update(
            statement=item.statement,
            metric=item.metric,
            greater_is_better=item.greater_is_better,
            threshold=item.threshold,
            limits=item.limits.model_dump(mode="json"),
            analysis_prompt=item.analysis.prompt,
        )
    return view
