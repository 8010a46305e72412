"""Browsing the bank: list with filters, show one item, keyword search, statistics, validation."""

from __future__ import annotations

from collections.abc import Sequence
from enum import StrEnum
from pathlib import Path
from typing import Any, TypeVar

from aceml.bank.collection import Bank, load_items, validate_paths
from aceml.bank.loader import ContentProblem
from aceml.bank.models import FreeTextItem
from aceml.bank.search import SearchIndex
from aceml.bank.stats import bank_stats
from aceml.bank.taxonomy import Competency, Difficulty, Kind, Stage, Topic
from aceml.bank.views import public_view, summary_view
from aceml.errors import InputError
from aceml.grading.duplicates import near_duplicates
from aceml.grading.embeddings import Embedder
from aceml.grading.selfcheck import check_model_answers
from aceml.grading.semantic import SemanticIndex

_E = TypeVar("_E", bound=StrEnum)


def list_items(
    *,
    bank: Bank,
    kind: str | None = None,
    topic: str | None = None,
    stage: str | None = None,
    competency: str | None = None,
    difficulty: str | None = None,
) -> list[dict[str, Any]]:
    """Return summaries of the items matching every given filter.

    Raises:
        InputError: a filter value is not part of the taxonomy.
    """
    items = bank.select(
        kind=_parse(Kind, kind, "kind"),
        topic=_parse(Topic, topic, "topic"),
        stage=_parse(Stage, stage, "stage"),
        competency=_parse(Competency, competency, "competency"),
        difficulty=_parse(Difficulty, difficulty, "difficulty"),
    )
    return [summary_view(item) for item in items]


def show_item(*, bank: Bank, item_id: str) -> dict[str, Any]:
    """Return what a candidate may see of one item.

    Raises:
        ItemNotFound: no item has that id.
    """
    return public_view(bank.get(item_id))


SEMANTIC_WEIGHT = 0.9


def search_items(
    *, index: SearchIndex, query: str, k: int = 10, semantic: SemanticIndex | None = None
) -> list[dict[str, Any]]:
    """Return the ``k`` best matches for ``query`` with their scores.

    With a ``semantic`` index (sentence embeddings), the ranking blends embedding similarity with
    the keyword score (each scaled to [0, 1]), so a paraphrase that shares no keyword still finds
    its question.

    Raises:
        InputError: the query is empty or ``k`` is not positive.
    """
    if not query.strip():
        raise InputError("the search query is empty")
    if k < 1:
        raise InputError(f"k must be at least 1, got {k}")
    if semantic is None:
        return [{**summary_view(hit.item), "score": hit.score} for hit in index.search(query, k)]
    keyword = {hit.item.id: hit.score for hit in index.search(query, len(semantic.items))}
    top = max(keyword.values(), default=0.0) or 1.0
    similarity = semantic.similarity(query)
    blended = [
        (
            SEMANTIC_WEIGHT * float(similarity[i]) + (1 - SEMANTIC_WEIGHT) * keyword.get(item.id, 0.0) / top,
            item,
        )
        for i, item in enumerate(semantic.items)
    ]
    blended.sort(key=lambda pair: (-pair[0], pair[1].id))
    return [{**summary_view(item), "score": round(score, 4)} for score, item in blended[:k] if score > 0]


def content_stats(*, bank: Bank) -> dict[str, Any]:
    """Return counts of the bank by kind, topic, stage, competency and difficulty."""
    return bank_stats(bank)


def validate_content(
    *, paths: Sequence[Path], context: Sequence[Path] = (), embedder: Embedder | None = None
) -> tuple[int, list[ContentProblem]]:
    """Validate content files (see :func:`aceml.bank.collection.validate_paths`).

    With an ``embedder``, also report questions whose prompts are near-duplicates of another's, and
    (with sentence embeddings) model answers that miss their own key points or an unrelated answer
    that earns them.
    """
    valid, problems = validate_paths(paths, context)
    if embedder is not None:
        own, others = _prose_items(paths, context)
        problems.extend(_near_duplicate_problems(own, others, embedder))
        if embedder.semantic:  # the thresholds are calibrated for sentence embeddings, not word overlap
            findings = check_model_answers([*others, *own], {item.id for item in own}, embedder)
            problems.extend(ContentProblem(f.item.source, f.field, f.reason) for f in findings)
    return valid, problems


def _prose_items(
    paths: Sequence[Path], context: Sequence[Path]
) -> tuple[list[FreeTextItem], list[FreeTextItem]]:
    """Return the prose items being checked, and the context's other prose items (each file once)."""
    own = [item for item in load_items(paths) if isinstance(item, FreeTextItem)]
    own_sources = {item.source for item in own}
    own_ids = {item.id for item in own}
    others = [
        item
        for item in load_items(context)
        if isinstance(item, FreeTextItem) and item.source not in own_sources and item.id not in own_ids
    ]
    return own, others


def _near_duplicate_problems(
    own: list[FreeTextItem], others: list[FreeTextItem], embedder: Embedder
) -> list[ContentProblem]:
    items = [*others, *own]
    own_sources = {item.source for item in own}
    problems = []
    for i, j, similarity in near_duplicates([item.prompt for item in items], embedder):
        first, second = items[i], items[j]
        if second.source not in own_sources:
            first, second = second, first
        if second.source in own_sources:
            reason = f"near-duplicate of {first.id!r} ({first.source}), prompt similarity {similarity:.2f}"
            problems.append(ContentProblem(second.source, "prompt", reason))
    return problems


def _parse(enum: type[_E], value: str | None, label: str) -> _E | None:
    if value is None or value == "":
        return None
    try:
        return enum(value)
    except ValueError:
        known = ", ".join(member.value for member in enum)
        raise InputError(f"unknown {label} {value!r}; choose one of: {known}") from None
