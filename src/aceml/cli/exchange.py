"""``aceml export`` and ``aceml import``: progress files between machines, and an Anki deck."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from aceml.cli.context import runtime
from aceml.cli.errors import translate_errors

export_app = typer.Typer(help="Export your progress, or the bank as an Anki deck.", no_args_is_help=True)
import_app = typer.Typer(help="Import progress exported on another machine.", no_args_is_help=True)


@export_app.command("progress")
@translate_errors
def export_progress(
    file: Annotated[Path, typer.Argument(metavar="FILE.json", help="Where to write the progress file.")],
) -> None:
    """Write every attempt, review card and log, and draft to FILE.json (replaced if it exists)."""
    from aceml.cli import render
    from aceml.services.exchange import export_progress, write_progress_file
    from aceml.services.practice import ensure_local_user

    state = runtime()
    try:
        user_id = ensure_local_user(database=state.database, clock=state.clock)
        document = export_progress(database=state.database, user_id=user_id, clock=state.clock)
    finally:
        state.close()
    write_progress_file(document=document, path=file)
    render.info(
        f"exported {len(document['attempts'])} attempts, {len(document['review_cards'])} review cards, "
        f"{len(document['review_logs'])} review logs and {len(document['drafts'])} drafts to {file}"
    )


@export_app.command("anki")
@translate_errors
def export_anki(
    file: Annotated[Path, typer.Argument(metavar="FILE.apkg", help="Where to write the Anki package.")],
) -> None:
    """Write the bank's free-text items, with model answers and key points, as the Anki deck 'aceml';
    importing a newer export into Anki updates the deck."""
    from aceml.cli import render
    from aceml.services.exchange import ANKI_DECK_NAME, export_anki

    state = runtime()
    count = export_anki(items=state.bank, path=file, now=state.clock.now())
    render.info(f"wrote {count} notes (deck {ANKI_DECK_NAME!r}) to {file}")


@import_app.command("progress")
@translate_errors
def import_progress(
    file: Annotated[Path, typer.Argument(metavar="FILE.json", help="A file from `aceml export progress`.")],
) -> None:
    """Merge a progress file into this machine's history; what is already here is skipped, so
    importing twice adds nothing. An invalid file changes nothing."""
    from aceml.cli import render
    from aceml.services.exchange import import_progress, parse_progress, read_progress_file
    from aceml.services.practice import ensure_local_user

    # Validate before touching the database, so a bad file does not even create the local user.
    document = parse_progress(read_progress_file(file))
    state = runtime()
    try:
        user_id = ensure_local_user(database=state.database, clock=state.clock)
        summary = import_progress(database=state.database, user_id=user_id, data=document)
    finally:
        state.close()
    render.info(
        f"imported {file}: attempts {summary.attempts_added} added, {summary.attempts_skipped} already here; "
        f"review cards {summary.review_cards_added} added, {summary.review_cards_updated} updated, "
        f"{summary.review_cards_skipped} kept; review logs {summary.review_logs_added} added, "
        f"{summary.review_logs_skipped} already here; drafts {summary.drafts_added} added, "
        f"{summary.drafts_updated} updated, {summary.drafts_skipped} kept"
    )


def register(app: typer.Typer) -> None:
    """Add the ``export`` and ``import`` groups to the root app."""
    app.add_typer(export_app, name="export")
    app.add_typer(import_app, name="import")
