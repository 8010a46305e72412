"""FastAPI dependencies: the runtime and what hangs off it."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Path, Request
from pydantic import BaseModel

from aceml.bank.collection import Bank
from aceml.bank.search import SearchIndex
from aceml.services.runtime import Runtime


def _runtime(request: Request) -> Runtime:
    runtime: Runtime = request.app.state.runtime
    return runtime


def _bank(runtime: Annotated[Runtime, Depends(_runtime)]) -> Bank:
    return runtime.bank


def _index(runtime: Annotated[Runtime, Depends(_runtime)]) -> SearchIndex:
    return runtime.search_index


RuntimeDep = Annotated[Runtime, Depends(_runtime)]
BankDep = Annotated[Bank, Depends(_bank)]
IndexDep = Annotated[SearchIndex, Depends(_index)]


class ErrorOut(BaseModel):
    """An error: what went wrong and, for bad input, what to change."""

    detail: str


# Every JSON route can answer with these; declared so the OpenAPI schema documents them.
API_ERRORS: dict[int | str, dict[str, object]] = {
    400: {"model": ErrorOut, "description": "Invalid input; the message says what to change"},
    401: {"model": ErrorOut, "description": "Not signed in (server mode)"},
    403: {"model": ErrorOut, "description": "Missing or wrong CSRF token (server mode)"},
    404: {"model": ErrorOut, "description": "No such object, or not yours"},
    413: {"model": ErrorOut, "description": "The request body is too large"},
    429: {"model": ErrorOut, "description": "Too many requests; try again shortly"},
}


# A stored object's id in a URL: a positive 64-bit integer (a larger number is refused with 422
# instead of overflowing the database driver).
ObjectId = Annotated[int, Path(ge=1, le=2**63 - 1)]
