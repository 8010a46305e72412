"""``aceml mock``: a timed mock interview in the terminal, and its report."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from aceml.cli.context import runtime
from aceml.cli.errors import translate_errors
from aceml.errors import InputError

if TYPE_CHECKING:
    from aceml.services.interviews import MockSession
    from aceml.services.runtime import Runtime

app = typer.Typer(help="Rehearse the interview loop under time pressure.", no_args_is_help=False)
COMMANDS = {
    "/skip": "skip this question",
    "/end-stage": "end this stage now",
    "/quit": "pause (resume later)",
}


def _read_prose() -> str:
    """Read an answer until '.' on its own line; a command line is returned as is."""
    lines: list[str] = []
    for line in sys.stdin:
        text = line.rstrip("\n")
        if not lines and text.strip() in COMMANDS:
            return text.strip()
        if text.strip() == ".":
            break
        lines.append(text)
    else:
        if not lines:
            return "/quit"  # end of input: pause, the session is kept
    return "\n".join(lines)


def _code(state: Runtime, mock: MockSession, editor: str | None) -> str:
    from aceml.bank.models import DatasetItem, ProblemItem
    from aceml.cli.practice import edit_file
    from aceml.services.judging import starter_code

    slot = mock.state.slot()
    assert slot is not None
    item = state.bank.get(slot.item_id)
    path = state.settings.data_dir / "mock" / str(mock.id) / f"{item.id}.py"
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        assert isinstance(item, ProblemItem | DatasetItem)
        path.write_text(starter_code(item), encoding="utf-8")
    edit_file(path, editor)
    return path.read_text(encoding="utf-8")


def _run(state: Runtime, user: int, mock: MockSession, editor: str | None) -> MockSession | None:
    """Ask questions until the session ends (returns it) or the candidate pauses (returns None)."""
    from aceml.cli import render
    from aceml.services.interviews import answer_mock, end_stage_mock, get_mock, question_text, skip_mock

    render.console.print(
        f"Mock interview #{mock.id} · {mock.state.role} · {mock.state.level} · seed {mock.state.seed}. "
        "End a prose answer with '.' on its own line; "
        + ", ".join(f"{k} to {v}" for k, v in COMMANDS.items()),
        markup=False,
        soft_wrap=True,
    )
    while mock.state.status == "active":
        run = mock.state.stage()
        assert run is not None
        item, text = question_text(state, mock.state)
        render.mock_prompt(
            run.stage, run.index + 1, len(run.slots), mock.state.remaining(state.clock.now()).total_seconds(),
            item.kind.value, text,
        )  # fmt: skip
        if item.kind.value in ("problem", "dataset"):
            body = _code(state, mock, editor)
        else:
            body = _read_prose()
        if body == "/quit":
            render.console.print(f"Paused. `aceml mock --resume` continues session #{mock.id}.", markup=False)
            return None
        try:
            if body == "/skip":
                mock = skip_mock(runtime=state, user_id=user, session_id=mock.id)
            elif body == "/end-stage":
                mock = end_stage_mock(runtime=state, user_id=user, session_id=mock.id)
            else:
                mock = answer_mock(runtime=state, user_id=user, session_id=mock.id, body=body)
        except InputError as exc:
            render.error(str(exc))
            mock = get_mock(runtime=state, user_id=user, session_id=mock.id)
    return mock


def _save_reports(state: Runtime, user: int, session_id: int) -> Path:
    from aceml.interview.report import report_html
    from aceml.services.interviews import mock_report

    report = mock_report(runtime=state, user_id=user, session_id=session_id)
    path = state.settings.data_dir / "reports" / f"mock-{session_id}.html"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(report_html(report), encoding="utf-8")
    return path


@app.callback(invoke_without_command=True)
@translate_errors
def mock(
    ctx: typer.Context,
    stage: Annotated[
        str | None, typer.Option(help="One stage: screening, technical, ml-round, presentation, final.")
    ] = None,
    loop: Annotated[bool, typer.Option("--loop", help="The whole five-stage loop (the default).")] = False,
    role: Annotated[
        str | None, typer.Option(help="ml-engineer, data-scientist or research-scientist.")
    ] = None,
    level: Annotated[str | None, typer.Option(help="junior, mid or senior.")] = None,
    seed: Annotated[int | None, typer.Option(help="Seed: the same seed gives the same questions.")] = None,
    resume: Annotated[bool, typer.Option("--resume", help="Continue your unfinished session.")] = False,
    editor: Annotated[
        str | None, typer.Option(help="Editor for coding questions (default: $EDITOR).")
    ] = None,
) -> None:
    """Run a timed mock interview: one stage or the whole loop, with follow-ups and a panel report."""
    if ctx.invoked_subcommand is not None:
        return
    import random

    from aceml.cli import render
    from aceml.services.interviews import active_mock, start_mock
    from aceml.services.practice import ensure_local_user

    if stage and loop:
        raise InputError("choose --stage or --loop, not both")
    state = runtime()
    try:
        user = ensure_local_user(database=state.database, clock=state.clock)
        if resume:
            if any(value is not None for value in (stage, role, level, seed)):
                raise InputError("--resume continues a session as it was planned; drop the other options")
            found = active_mock(runtime=state, user_id=user)
            if found is None:
                raise InputError("no unfinished mock interview to resume; start one with `aceml mock`")
            current = found
        else:
            current = start_mock(
                runtime=state,
                user_id=user,
                role=role or "ml-engineer",
                level=level or "mid",
                seed=seed if seed is not None else random.SystemRandom().randrange(1_000_000),
                stage=stage,
            )
        finished = _run(state, user, current, editor)
        if finished is not None and finished.report is not None:
            render.panel_report(finished.report)
            path = _save_reports(state, user, finished.id)
            render.console.print(f"Report: {path} (also `aceml mock report {finished.id}`)", markup=False)
    finally:
        state.close()


@app.command("report")
@translate_errors
def report(
    session_id: Annotated[int, typer.Argument(metavar="ID", help="The session's number.")],
    fmt: Annotated[str, typer.Option("--format", help="md, html or json.")] = "md",
    output: Annotated[Path | None, typer.Option(help="Write to this file instead of printing.")] = None,
) -> None:
    """Print or save a mock interview's report as Markdown, a self-contained HTML page, or JSON."""
    import json

    from aceml.cli import render
    from aceml.interview.report import report_html, report_markdown
    from aceml.services.interviews import mock_report
    from aceml.services.practice import ensure_local_user

    if fmt not in ("md", "html", "json"):
        raise InputError(f"unknown format {fmt!r}; use md, html or json")
    state = runtime()
    try:
        user = ensure_local_user(database=state.database, clock=state.clock)
        built = mock_report(runtime=state, user_id=user, session_id=session_id)
    finally:
        state.close()
    text = (
        report_markdown(built)
        if fmt == "md"
        else report_html(built)
        if fmt == "html"
        else json.dumps(built.to_dict(), indent=2, ensure_ascii=False) + "\n"
    )
    if output is None:
        sys.stdout.write(text)
        return
    try:
        output.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise InputError(f"cannot write {output}: {exc.strerror}") from exc
    render.console.print(f"wrote {output}", markup=False)
