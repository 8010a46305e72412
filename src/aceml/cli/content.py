"""``aceml content``: validate the bank and count what it holds."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from aceml.cli.context import runtime
from aceml.cli.errors import translate_errors

app = typer.Typer(help="Validate content files and count the bank.", no_args_is_help=True)


@app.command("validate")
@translate_errors
def validate(
    path: Annotated[
        Path | None,
        typer.Argument(help="A content directory or file; default: the shipped bank and ACEML_CONTENT_PATH."),
    ] = None,
) -> None:
    """Check schema, taxonomy, ids, follow-ups, key points, near-duplicate prompts; exit 1 if any."""
    from aceml.cli import render
    from aceml.services.catalog import validate_content

    state = runtime()
    settings = state.settings
    if path is None:
        valid, problems = validate_content(paths=settings.content_dirs, embedder=state.embedder)
    else:
        # Check a pack against the shipped bank, so follow-ups into it resolve and id
        # clashes with it are caught.
        valid, problems = validate_content(
            paths=[path], context=settings.content_dirs, embedder=state.embedder
        )
    state.save_embeddings()
    render.validation(valid, [str(problem) for problem in problems])
    if problems:
        raise typer.Exit(1)


@app.command("stats")
@translate_errors
def stats(as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False) -> None:
    """Count items by kind, topic, stage, competency and difficulty."""
    from aceml.cli import render
    from aceml.services.catalog import content_stats

    data = content_stats(bank=runtime().bank)
    render.json_or(data, as_json, render.stats)
