"""The JSON API under ``/api/v1`` (documented at ``/docs``)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query

from aceml.bank.taxonomy import Competency, Difficulty, Kind, Stage
from aceml.services.catalog import content_stats, list_items, search_items, show_item
from aceml.web.dependencies import API_ERRORS, BankDep, IndexDep

router = APIRouter(prefix="/api/v1", responses=API_ERRORS)


@router.get("/items", tags=["bank"])
def items(
    bank: BankDep,
    kind: Kind | None = None,
    topic: str | None = None,
    stage: Stage | None = None,
    competency: Competency | None = None,
    difficulty: Difficulty | None = None,
) -> list[dict[str, Any]]:
    """List item summaries, filtered by taxonomy values."""
    return list_items(
        bank=bank, kind=kind, topic=topic, stage=stage, competency=competency, difficulty=difficulty
    )


@router.get("/items/{item_id}", tags=["bank"])
def item(item_id: str, bank: BankDep) -> dict[str, Any]:
    """Return what a candidate may see of one item (never hidden tests or solutions)."""
    return show_item(bank=bank, item_id=item_id)


@router.get("/search", tags=["bank"])
def search(
    index: IndexDep,
    q: Annotated[str, Query(min_length=1, max_length=200)],
    k: Annotated[int, Query(ge=1, le=100)] = 10,
) -> list[dict[str, Any]]:
    """Return the best keyword matches for ``q``."""
    return search_items(index=index, query=q, k=k)


@router.get("/stats", tags=["bank"])
def stats(bank: BankDep) -> dict[str, Any]:
    """Return counts of the bank by kind, topic, stage, competency and difficulty."""
    return content_stats(bank=bank)


@router.get("/health", tags=["ops"])
def health(bank: BankDep) -> dict[str, Any]:
    """Report that the app is up and how many items it serves."""
    return {"status": "ok", "items": len(bank), "skipped": bank.skipped}
