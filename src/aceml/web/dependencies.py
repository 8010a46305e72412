"""FastAPI dependencies: the runtime and what hangs off it."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request

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
