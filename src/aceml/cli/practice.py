"""``aceml ask``, ``review``, ``solve`` and ``report``: the practice loop in the terminal."""

from __future__ import annotations

import os
import random
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from aceml.cli.context import runtime
from aceml.cli.errors import translate_errors
from aceml.errors import InputError

if TYPE_CHECKING:
    from aceml.bank.models import Item
    from aceml.review.scheduler import Grade
    from aceml.services.runtime import Runtime
    from aceml.services.study import Filters

END_OF_ANSWER = "."


def _read_answer(state: Runtime, user_id: int, item_id: str, draft: str | None) -> str:
    """Read lines until '.' or end of input, autosaving the draft after every line."""
    from aceml.services.study import save_draft

    lines = [draft] if draft else []
    for line in sys.stdin:
        text = line.rstrip("\n")
        if text.strip() == END_OF_ANSWER:
            break
        lines.append(text)
        save_draft(
            database=state.database,
            now=state.clock.now(),
            user_id=user_id,
            item_id=item_id,
            body="\n".join(lines),
        )
    return "\n".join(lines)


def _ask_rating(suggested: Grade) -> Grade | None:
    """Ask for an override; Enter (or end of input) accepts the suggestion."""
    from aceml.cli import render
    from aceml.review.scheduler import Grade

    while True:
        render.console.print(
            f"Rating [again/hard/good/easy], Enter for {suggested.name.lower()}: ", end="", markup=False
        )
        line = sys.stdin.readline()
        if not line.strip():
            render.console.print()
            return None
        try:
            return Grade.parse(line)
        except ValueError as exc:
            render.error(str(exc))


def _practise_prose(state: Runtime, user_id: int, item: Item, reason: str, rate: bool) -> None:
    from dataclasses import replace

    from aceml.bank.models import FreeTextItem
    from aceml.bank.views import summary_view
    from aceml.cli import render
    from aceml.review.scheduler import Evidence, rating_from_evidence
    from aceml.services.grading import grade_item_answer
    from aceml.services.study import load_draft, record_result

    assert isinstance(item, FreeTextItem)
    draft = load_draft(database=state.database, user_id=user_id, item_id=item.id)
    render.question(summary_view(item), reason, draft)
    started = time.monotonic()
    answer = _read_answer(state, user_id, item.id, draft)
    if not answer.strip():
        raise InputError("the answer is empty; nothing was recorded")
    result = grade_item_answer(runtime=state, item_id=item.id, answer=answer)
    render.grade_result(result.to_dict())
    render.model_answer(item.model_answer)
    evidence = Evidence(score=result.score, duration_ms=int((time.monotonic() - started) * 1000))
    if rate:
        evidence = replace(evidence, override=_ask_rating(rating_from_evidence(evidence)))
    saved = record_result(
        database=state.database,
        now=state.clock.now(),
        user_id=user_id,
        item=item,
        body=answer,
        result=result.to_dict(),
        evidence=evidence,
    )
    render.recorded(saved.to_dict())


def _filters(
    topic: str | None,
    stage: str | None,
    kind: str | None,
    prose_only: bool,
    competency: str | None = None,
    difficulty: str | None = None,
) -> Filters:
    from aceml.bank.taxonomy import Competency, Difficulty, Kind, Stage, Topic
    from aceml.services.study import Filters

    try:
        kinds = frozenset({Kind(kind)}) if kind else None
        chosen_topic = Topic(topic) if topic else None
        chosen_stage = Stage(stage).value if stage else None
        chosen_competency = Competency(competency) if competency else None
        chosen_difficulty = Difficulty(difficulty) if difficulty else None
    except ValueError as exc:
        raise InputError(str(exc)) from exc
    prose = frozenset({Kind.CONCEPT, Kind.BEHAVIORAL, Kind.DESIGN, Kind.CASE})
    if prose_only:
        if kinds is not None and not kinds <= prose:
            raise InputError(f"`aceml ask` asks prose questions; for a {kind} use `aceml solve ID`")
        kinds = kinds or prose
    return Filters(
        topic=chosen_topic,
        stage=chosen_stage,
        kinds=kinds,
        competency=chosen_competency,
        difficulty=chosen_difficulty,
    )


@translate_errors
def ask(
    topic: Annotated[str | None, typer.Option(help="Only this topic, e.g. evaluation.")] = None,
    stage: Annotated[str | None, typer.Option(help="Only this stage, e.g. ml-round.")] = None,
    kind: Annotated[str | None, typer.Option(help="concept, behavioral, design or case.")] = None,
    competency: Annotated[str | None, typer.Option(help="Only this competency, e.g. ethics.")] = None,
    difficulty: Annotated[str | None, typer.Option(help="easy, medium or hard.")] = None,
    item_id: Annotated[str | None, typer.Option("--id", help="Ask this item.")] = None,
    seed: Annotated[int | None, typer.Option(help="Seed for the choice among equals.")] = None,
    rate: Annotated[bool, typer.Option(help="Offer to override the suggested rating.")] = True,
) -> None:
    """Ask one question, grade the answer by key points, show the model answer and record it."""
    from aceml.services.practice import ensure_local_user
    from aceml.services.study import next_items

    filters = _filters(topic, stage, kind, True, competency, difficulty)
    state = runtime()
    try:
        user = ensure_local_user(database=state.database, clock=state.clock)
        if item_id is not None:
            item, reason = state.bank.get(item_id), "asked by id"
            if not filters.allow(item):
                raise InputError(f"{item_id!r} is a {item.kind} item; `aceml ask` asks prose questions")
        else:
            picks = next_items(
                database=state.database,
                items=state.bank,
                user_id=user,
                now=state.clock.now(),
                rng=random.Random(seed),
                filters=filters,
            )
            if not picks:
                raise InputError("no question matches these filters")
            item, reason = picks[0].item, picks[0].reason
        _practise_prose(state, user, item, reason, rate)
    finally:
        state.close()


@translate_errors
def review(
    limit: Annotated[int, typer.Option(min=1, help="Stop after this many items.")] = 20,
    rate: Annotated[bool, typer.Option(help="Offer to override the suggested rating.")] = True,
) -> None:
    """Work through the items due for review, most overdue first."""
    from aceml.cli import render
    from aceml.services.practice import ensure_local_user
    from aceml.services.study import is_prose, next_items

    state = runtime()
    try:
        user = ensure_local_user(database=state.database, clock=state.clock)
        done = 0
        skipped: set[str] = set()
        while done < limit:
            picks = [
                pick
                for pick in next_items(
                    database=state.database,
                    items=state.bank,
                    user_id=user,
                    now=state.clock.now(),
                    rng=random.Random(0),
                    count=len(skipped) + 1,
                )
                if pick.due and pick.item.id not in skipped
            ]
            if not picks:
                break
            pick = picks[0]
            if is_prose(pick.item):
                _practise_prose(state, user, pick.item, pick.reason, rate)
            else:
                render.console.print(f"{pick.item.id} is due: run `aceml solve {pick.item.id}`", markup=False)
                skipped.add(pick.item.id)
            done += 1
        if done == 0:
            render.console.print("Nothing is due for review. `aceml ask` picks something new.", markup=False)
    finally:
        state.close()


@translate_errors
def solve(
    item_id: Annotated[str, typer.Argument(metavar="ID", help="A coding problem or dataset task.")],
    editor: Annotated[
        str | None, typer.Option(help="Editor command (default: $VISUAL, $EDITOR, vi).")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
    rating: Annotated[
        str | None, typer.Option(help="Override the rating: again, hard, good or easy.")
    ] = None,
) -> None:
    """Write the starter to a file, open your editor, and judge the file when the editor closes."""
    from aceml.bank.models import DatasetItem, ProblemItem
    from aceml.cli import render
    from aceml.review.scheduler import Evidence, Grade
    from aceml.services.judging import judge_code, starter_code
    from aceml.services.practice import ensure_local_user
    from aceml.services.study import load_draft, record_result, save_draft

    override = None
    if rating is not None:
        try:
            override = Grade.parse(rating)
        except ValueError as exc:
            raise InputError(str(exc)) from exc
    state = runtime()
    try:
        item = state.bank.get(item_id)
        if not isinstance(item, ProblemItem | DatasetItem):
            raise InputError(f"{item_id!r} is a {item.kind} item; answer it with `aceml ask --id {item_id}`")
        user = ensure_local_user(database=state.database, clock=state.clock)
        path = state.settings.data_dir / "solutions" / f"{item.id}.py"
        if not path.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
            draft = load_draft(database=state.database, user_id=user, item_id=item.id)
            path.write_text(draft or starter_code(item), encoding="utf-8")
        started = time.monotonic()
        edit_file(path, editor)
        try:
            code = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise InputError(f"cannot read {path}: {exc}") from exc
        save_draft(database=state.database, now=state.clock.now(), user_id=user, item_id=item.id, body=code)
        judged = judge_code(runtime=state, item_id=item.id, code=code)
        data = judged.result
        render.json_or(
            data, as_json, render.judge_result if isinstance(item, ProblemItem) else render.dataset_result
        )
        evidence = Evidence(
            verdict=judged.verdict,
            passed_share=judged.passed_share,
            duration_ms=int((time.monotonic() - started) * 1000),
            override=override,
        )
        saved = record_result(
            database=state.database,
            now=state.clock.now(),
            user_id=user,
            item=item,
            body=code,
            result=data,
            evidence=evidence,
        )
        if not as_json:
            render.console.print(f"Your file: {path}", markup=False)
            render.recorded(saved.to_dict())
        verdict = data["verdict"]
    finally:
        state.close()
    if verdict != "AC":
        raise typer.Exit(1)


def edit_file(path: Path, editor: str | None) -> None:
    """Open ``path`` in the editor and wait for it to close."""
    import click

    command = editor or os.environ.get("VISUAL") or os.environ.get("EDITOR") or "vi"
    try:
        click.edit(filename=str(path), editor=command)
    except click.ClickException as exc:
        raise InputError(f"the editor failed: {exc.message}") from exc


@translate_errors
def report(as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False) -> None:
    """Readiness per competency and topic, the weakest areas, streak and what to practise next."""
    from aceml.cli import render
    from aceml.services.practice import ensure_local_user
    from aceml.services.study import progress

    state = runtime()
    try:
        user = ensure_local_user(database=state.database, clock=state.clock)
        data = progress(
            database=state.database, items=state.bank, user_id=user, now=state.clock.now()
        ).to_dict()
    finally:
        state.close()
    render.json_or(data, as_json, render.progress)


def register(app: typer.Typer) -> None:
    """Add this module's commands to the root app."""
    app.command("ask")(ask)
    app.command("review")(review)
    app.command("solve")(solve)
    app.command("report")(report)
