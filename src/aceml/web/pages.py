"""HTML pages: the bank with filters and search, and one item."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse

from aceml.bank.taxonomy import Competency, Difficulty, Kind, Stage, Topic
from aceml.services.catalog import list_items, search_items, show_item
from aceml.web.dependencies import BankDep, IndexDep
from aceml.web.templating import templates

router = APIRouter()

_SWAGGER = Path(__file__).parent / "static" / "vendor" / "swagger-ui" / "swagger-ui-bundle.js"

_FILTERS = {
    "kind": list(Kind),
    "topic": list(Topic),
    "stage": list(Stage),
    "competency": list(Competency),
    "difficulty": list(Difficulty),
}


@router.get("/", response_class=HTMLResponse, include_in_schema=False)
def bank_page(
    request: Request,
    bank: BankDep,
    index: IndexDep,
    q: Annotated[str, Query(max_length=200)] = "",
    kind: str = "",
    topic: str = "",
    stage: str = "",
    competency: str = "",
    difficulty: str = "",
) -> HTMLResponse:
    """List the bank, filtered by taxonomy and optionally ranked by a keyword query."""
    chosen = {
        "kind": kind,
        "topic": topic,
        "stage": stage,
        "competency": competency,
        "difficulty": difficulty,
    }
    rows = list_items(bank=bank, **chosen)
    if q.strip():
        allowed = {row["id"] for row in rows}
        rows = [hit for hit in search_items(index=index, query=q, k=len(bank) or 1) if hit["id"] in allowed]
    return templates.TemplateResponse(
        request,
        "bank.html",
        {"rows": rows, "total": len(bank), "q": q, "chosen": chosen, "filters": _FILTERS},
    )


@router.get("/items/{item_id}", response_class=HTMLResponse, include_in_schema=False)
def item_page(request: Request, item_id: str, bank: BankDep) -> HTMLResponse:
    """Show one item; the model answer is folded until the candidate opens it."""
    return templates.TemplateResponse(request, "item.html", {"item": show_item(bank=bank, item_id=item_id)})


@router.get("/docs", response_class=HTMLResponse, include_in_schema=False)
def api_docs(request: Request) -> HTMLResponse:
    """Interactive API docs (Swagger UI from local assets installed at setup)."""
    return templates.TemplateResponse(request, "docs.html", {"assets": _SWAGGER.is_file()})
