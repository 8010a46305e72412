"""``aceml grade``: feedback on a free-text answer, offline."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from aceml.cli.context import runtime
from aceml.cli.errors import translate_errors
from aceml.errors import InputError


def _read(path: Path, what: str) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read the {what} file {path}: {exc}") from exc


@translate_errors
def grade(
    item_id: Annotated[
        str | None, typer.Argument(metavar="[ID]", help="A bank item to grade against.")
    ] = None,
    answer: Annotated[str | None, typer.Option("--answer", help="The answer text.")] = None,
    answer_file: Annotated[
        Path | None, typer.Option("--answer-file", help="A file holding the answer.")
    ] = None,
    reference_file: Annotated[
        Path | None, typer.Option("--reference-file", help="Grade against this reference.")
    ] = None,
    question: Annotated[
        str, typer.Option("--question", help="The question (its words are not evidence).")
    ] = "",
    batch: Annotated[
        Path | None, typer.Option("--batch", help="JSON lines: question?, reference|key_points, answer.")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Grade an answer: which key points it covers, partly covers or misses, and mistakes it makes."""
    from aceml.cli import render
    from aceml.services.grading import grade_batch, grade_item_answer, grade_reference_answer

    state = runtime()
    if batch is not None:
        for row in grade_batch(runtime=state, lines=_read(batch, "batch").splitlines()):
            if as_json:
                render.info(json.dumps(row, ensure_ascii=False))
            elif "error" in row:
                render.error(row["error"])
            else:
                render.grade_result(row)
        return
    if (answer is None) == (answer_file is None):
        raise InputError("give exactly one of --answer TEXT or --answer-file FILE")
    text = answer if answer is not None else _read(answer_file, "answer")  # type: ignore[arg-type]
    if reference_file is not None:
        result = grade_reference_answer(
            runtime=state, reference=_read(reference_file, "reference"), answer=text, question=question
        )
    elif item_id is not None:
        result = grade_item_answer(runtime=state, item_id=item_id, answer=text)
    else:
        raise InputError("give an item ID, or --reference-file, or --batch")
    render.json_or(result.to_dict(), as_json, render.grade_result)


def register(app: typer.Typer) -> None:
    """Add this module's command to the root app."""
    app.command("grade")(grade)
