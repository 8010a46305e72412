"""``aceml show`` and ``aceml search``: read the bank."""

from __future__ import annotations

from typing import Annotated

import typer

from aceml.cli.context import runtime
from aceml.cli.errors import translate_errors


@translate_errors
def show(
    item_id: Annotated[str, typer.Argument(metavar="ID", help="The item's id, e.g. overfitting.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Show one item: a question with its key points and model answer, or a problem's statement."""
    from aceml.cli import render
    from aceml.services.catalog import show_item

    data = show_item(bank=runtime().bank, item_id=item_id)
    render.json_or(data, as_json, render.item)


@translate_errors
def search(
    query: Annotated[str, typer.Argument(help="Words to look for.")],
    k: Annotated[int, typer.Option("-k", "--k", min=1, help="How many results.")] = 10,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Find the items that best match QUERY (sentence embeddings blended with BM25 keywords)."""
    from aceml.cli import render
    from aceml.services.catalog import search_items

    state = runtime()
    data = search_items(index=state.search_index, query=query, k=k, semantic=state.semantic_index)
    render.json_or(data, as_json, render.search_results)


def register(app: typer.Typer) -> None:
    """Add this module's commands to the root app."""
    app.command("show")(show)
    app.command("search")(search)
