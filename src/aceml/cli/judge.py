"""``aceml judge``: run a solution file against a problem's tests in the sandbox."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from aceml.cli.context import runtime
from aceml.cli.errors import translate_errors
from aceml.errors import InputError

MAX_READ_BYTES = 1 << 20


@translate_errors
def judge(
    item_id: Annotated[
        str, typer.Argument(metavar="ID", help="A problem's or dataset task's id, e.g. stable-softmax.")
    ],
    solution: Annotated[Path, typer.Argument(metavar="SOLUTION.py", help="Your solution file.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
    samples_only: Annotated[bool, typer.Option("--samples-only", help="Run only the sample tests.")] = False,
) -> None:
    """Judge SOLUTION.py against problem ID (a verdict per test) or dataset task ID (public and
    private scores); exit 1 unless accepted."""
    from aceml.bank.models import DatasetItem
    from aceml.cli import render
    from aceml.services.judging import judge_dataset, judge_submission

    try:
        with solution.open("rb") as handle:
            data = handle.read(MAX_READ_BYTES + 1)
    except OSError as exc:
        raise InputError(f"cannot read {solution}: {exc.strerror}") from exc
    if len(data) > MAX_READ_BYTES:
        raise InputError(f"{solution} is larger than {MAX_READ_BYTES >> 20} MiB; the judge accepts 64 KiB")
    try:
        code = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(f"{solution} is not UTF-8 text") from exc
    state = runtime()
    try:
        if isinstance(state.bank.get(item_id), DatasetItem):
            scored = judge_dataset(runtime=state, item_id=item_id, code=code)
            render.json_or(scored.to_dict(), as_json, render.dataset_result)
            verdict = scored.verdict
        else:
            result = judge_submission(runtime=state, item_id=item_id, code=code, samples_only=samples_only)
            render.json_or(result.to_dict(), as_json, render.judge_result)
            verdict = result.verdict
    finally:
        state.close()
    if verdict != "AC":
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    """Add this module's command to the root app."""
    app.command("judge")(judge)
