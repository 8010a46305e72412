"""The loaded bank: every valid item by id, plus the problems found while loading."""

from __future__ import annotations

import difflib
import logging
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from aceml.bank.loader import ContentProblem, discover, display_path, load_sources
from aceml.bank.models import Item
from aceml.bank.taxonomy import Competency, Difficulty, Kind, Stage, Topic
from aceml.bank.validator import check_cross_references
from aceml.errors import ItemNotFound

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Bank:
    """An immutable, validated question bank."""

    items: dict[str, Item]
    problems: tuple[ContentProblem, ...] = ()
    skipped: int = 0
    directories: tuple[str, ...] = field(default=())

    def __len__(self) -> int:
        return len(self.items)

    def __iter__(self) -> Iterator[Item]:
        return iter(self.items.values())

    def __contains__(self, item_id: object) -> bool:
        return item_id in self.items

    def get(self, item_id: str) -> Item:
        """Return the item with ``item_id``.

        Raises:
            ItemNotFound: no such item; carries up to three close ids as suggestions.
        """
        try:
            return self.items[item_id]
        except KeyError:
            close = difflib.get_close_matches(item_id, list(self.items), n=3, cutoff=0.6)
            raise ItemNotFound(item_id, close) from None

    def select(
        self,
        *,
        kind: Kind | None = None,
        topic: Topic | None = None,
        stage: Stage | None = None,
        competency: Competency | None = None,
        difficulty: Difficulty | None = None,
    ) -> list[Item]:
        """Return the items matching every given filter, in bank order."""
        return [
            item
            for item in self.items.values()
            if (kind is None or item.kind == kind)
            and (topic is None or topic in item.topics)
            and (stage is None or stage in item.stages)
            and (competency is None or competency in item.competencies)
            and (difficulty is None or item.difficulty == difficulty)
        ]


def _discover_all(paths: Sequence[Path]) -> tuple[list[Path], list[ContentProblem]]:
    """Return the item sources under every path, and a problem for each path that is missing."""
    sources: list[Path] = []
    problems: list[ContentProblem] = []
    for path in paths:
        if path.exists():
            sources.extend(discover(path))
        else:
            problems.append(ContentProblem(display_path(path), "", "path does not exist"))
    return sources, problems


def load_items(paths: Sequence[Path]) -> list[Item]:
    """Return the valid items under ``paths``, without cross-checks or warnings (for analyses)."""
    sources, _ = _discover_all([path for path in paths if path.exists()])
    return load_sources(sources)[0]


def load_bank(directories: Sequence[Path]) -> Bank:
    """Load every content directory in order (shipped content first, then extra packs).

    Invalid items are skipped with a logged warning and counted in ``Bank.skipped``; the rest
    of the bank still loads. A missing directory is a problem, not an exception.
    """
    sources, problems = _discover_all(directories)
    items, load_problems = load_sources(sources)
    by_id, cross_problems = check_cross_references(items)
    problems.extend(load_problems)
    problems.extend(cross_problems)
    failed_sources = {problem.path for problem in load_problems}
    skipped = len(failed_sources) + len(items) - len(by_id)
    for problem in problems:
        log.warning("content problem: %s", problem)
    return Bank(
        items=by_id,
        problems=tuple(problems),
        skipped=skipped,
        directories=tuple(display_path(d) for d in directories),
    )


def validate_paths(paths: Sequence[Path], context: Sequence[Path] = ()) -> tuple[int, list[ContentProblem]]:
    """Validate the content under ``paths``.

    ``context`` directories (the shipped bank, when checking a private pack) are loaded first
    so that follow-ups may point into them and duplicate ids across them are caught; their own
    problems are not reported.

    Returns:
        the number of valid items under ``paths`` and every problem found in them.
    """
    context_sources = [s for d in context if d.exists() for s in discover(d)]
    context_items, _ = load_sources(context_sources)
    sources, problems = _discover_all(paths)
    own_sources = {display_path(s) for s in sources}
    context_items = [item for item in context_items if item.source not in own_sources]
    items, load_problems = load_sources(sources)
    problems.extend(load_problems)
    _, cross_problems = check_cross_references([*context_items, *items])
    own_cross = [p for p in cross_problems if p.path in own_sources]
    problems.extend(own_cross)
    flagged = {p.path for p in own_cross}
    valid = sum(1 for item in items if item.source not in flagged)
    return valid, problems
