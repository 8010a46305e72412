"""Adaptive follow-ups: after an answer that misses key points, probe exactly those.

The interviewer prefers a follow-up question from the bank (the item's own ``follow_ups``) whose
prompt and key points share the most words with the missed key points; when none is relevant,
it asks a generated probe that names the missed idea's subject without giving the answer away.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from aceml.bank.models import FreeTextItem, Item
from aceml.grading.text import content_words
from aceml.interview.session import Slot

MIN_OVERLAP = 2  # content words a bank follow-up must share with the missed points


def _words(texts: Sequence[str]) -> set[str]:
    return {word for text in texts for word in content_words(text)}


def choose_follow_up(
    item: Item, missed: Sequence[str], bank: Mapping[str, Item], index: int, asked: set[str]
) -> Slot | None:
    """Return the follow-up slot for ``item`` (at slot ``index``) given its missed key point ids.

    ``asked`` holds item ids already in the session (never asked twice). Returns None when nothing
    was missed or the item has no key points to probe.
    """
    if not missed or not isinstance(item, FreeTextItem):
        return None
    points = {point.id: point for point in item.key_points}
    targets = [points[point_id] for point_id in missed if point_id in points]
    if not targets:
        return None
    wanted = _words([point.text for point in targets])
    best: tuple[int, str] | None = None
    for candidate_id in item.follow_ups:
        candidate = bank.get(candidate_id)
        if not isinstance(candidate, FreeTextItem) or candidate_id in asked:
            continue
        overlap = len(wanted & _words([candidate.prompt, *(p.text for p in candidate.key_points)]))
        if overlap >= MIN_OVERLAP and (best is None or overlap > best[0]):
            best = (overlap, candidate_id)
    if best is not None:
        follower = bank[best[1]]
        return Slot(item_id=follower.id, kind=follower.kind.value, follow_up_of=index)
    target = max(targets, key=lambda point: point.weight)
    subject = target.id.replace("-", " ")
    return Slot(
        item_id=item.id,
        kind=item.kind.value,
        follow_up_of=index,
        probe_point=target.id,
        probe_text=f"Let's go back to one part of that: what would you say about {subject}?",
    )
