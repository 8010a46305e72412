"""``aceml doctor``: report what this installation can do."""

from __future__ import annotations

from typing import Annotated

import typer

from aceml.cli.context import runtime
from aceml.cli.errors import translate_errors


@translate_errors
def doctor(as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False) -> None:
    """Check versions, content, data directory and database; exit 1 if something fails."""
    from dataclasses import asdict

    from aceml.cli import render
    from aceml.services.doctor import run_checks

    state = runtime()
    try:
        checks = run_checks(runtime=state)
    finally:
        state.close()
    render.json_or([asdict(check) for check in checks], as_json, render.checks)
    if any(check.status == "fail" for check in checks):
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    """Add this module's command to the root app."""
    app.command("doctor")(doctor)
