"""Translate aceml errors into one red line and exit code 1, never a traceback."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import ParamSpec, TypeVar

import typer

from aceml.errors import AcemlError

P = ParamSpec("P")
R = TypeVar("R")


def translate_errors(command: Callable[P, R]) -> Callable[P, R]:
    """Wrap a command so an :class:`AcemlError` prints its message and exits with 1."""

    @functools.wraps(command)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return command(*args, **kwargs)
        except AcemlError as exc:
            from aceml.cli import render

            render.error(str(exc))
            raise typer.Exit(1) from exc

    return wrapper
