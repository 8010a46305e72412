"""Content checks that need the grader: an item's model answer must earn its own key points, and
an unrelated item's model answer must not."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from aceml.bank.models import FreeTextItem
from aceml.grading.embeddings import Embedder
from aceml.grading.matcher import grade, item_points

OWN_MINIMUM = 0.85
UNRELATED_MAXIMUM = 0.35


@dataclass(frozen=True)
class Finding:
    """A model-answer check that failed for one item."""

    item: FreeTextItem
    field: str
    reason: str


def unrelated_to(item: FreeTextItem, ordered: Sequence[FreeTextItem]) -> FreeTextItem | None:
    """Return a fixed item sharing no topic with ``item``: the first such one half the bank away."""
    position = next(i for i, other in enumerate(ordered) if other is item)
    count = len(ordered)
    for step in range(count // 2, count + count // 2):
        other = ordered[(position + step) % count]
        if other is not item and not set(other.topics) & set(item.topics):
            return other
    return None


def check_model_answers(
    items: Sequence[FreeTextItem], checked_ids: set[str], embedder: Embedder
) -> list[Finding]:
    """Grade each checked item's model answer on its own key points (must score >= 0.85) and an
    unrelated item's model answer on them (must score <= 0.35); return what fails."""
    ordered = sorted(items, key=lambda item: item.id)
    findings = []
    for item in ordered:
        if item.id not in checked_ids:
            continue
        points, mistakes = item_points(item)
        own = grade(
            answer=item.model_answer,
            points=points,
            mistakes=mistakes,
            question=item.prompt,
            embedder=embedder,
            persist=True,  # bank text: cached on disk so the next validate is fast
        )
        short = [p.id for p in own.key_points if p.status != "covered"]
        if own.score < OWN_MINIMUM:
            details = []
            if short:
                details.append(f"not covered: {', '.join(short)}")
            if own.mistakes:
                details.append(f"matches listed mistakes: {', '.join(m.id for m in own.mistakes)}")
            reason = f"scores {own.score:.2f} on its own key points (needs >= {OWN_MINIMUM}); " + "; ".join(
                details
            )
            findings.append(Finding(item, "body (model answer)", reason))
        other = unrelated_to(item, ordered)
        if other is not None:
            result = grade(
                answer=other.model_answer,
                points=points,
                question=item.prompt,
                embedder=embedder,
                persist=True,
            )
            if result.score > UNRELATED_MAXIMUM:
                reason = (
                    f"the model answer of unrelated item {other.id!r} scores {result.score:.2f} here "
                    f"(must stay <= {UNRELATED_MAXIMUM}): the key points are too generic"
                )
                findings.append(Finding(item, "key_points", reason))
    return findings
