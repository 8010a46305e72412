"""Checks that need the whole bank: duplicate ids and follow-ups that point nowhere."""

from __future__ import annotations

from collections.abc import Iterable

from aceml.bank.loader import ContentProblem
from aceml.bank.models import FreeTextItem, Item


def check_cross_references(
    items: Iterable[Item], known_ids: Iterable[str] = ()
) -> tuple[dict[str, Item], list[ContentProblem]]:
    """Resolve ids across the bank.

    ``items`` come in load order (shipped content first); ``known_ids`` are extra ids that
    follow-ups may point to (the shipped bank, when validating a pack on its own).

    Returns:
        the items by id, keeping the first of any duplicate, with dangling follow-ups dropped
        (the item itself is still worth practising), and one problem per duplicate or
        dangling reference.
    """
    by_id: dict[str, Item] = {}
    problems: list[ContentProblem] = []
    for item in items:
        first = by_id.get(item.id)
        if first is not None:
            problems.append(
                ContentProblem(item.source, "id", f"duplicate id {item.id!r}, already used by {first.source}")
            )
            continue
        by_id[item.id] = item
    resolvable = set(by_id) | set(known_ids)
    for item_id, item in list(by_id.items()):
        if not isinstance(item, FreeTextItem):
            continue
        dangling = []
        for ref in item.follow_ups:
            if ref == item.id:
                problems.append(
                    ContentProblem(item.source, "follow_ups", "an item cannot be its own follow-up")
                )
                dangling.append(ref)
            elif ref not in resolvable:
                problems.append(ContentProblem(item.source, "follow_ups", f"unknown item id {ref!r}"))
                dangling.append(ref)
        if dangling:
            kept = [ref for ref in item.follow_ups if ref not in dangling]
            by_id[item_id] = item.model_copy(update={"follow_ups": kept})
    return by_id, problems
