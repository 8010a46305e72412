"""``aceml bench``: reproducible performance measurements."""

from __future__ import annotations

from typing import Annotated

import typer

from aceml.cli.context import runtime
from aceml.cli.errors import translate_errors

app = typer.Typer(help="Measure performance (medians and ratios from one run).", no_args_is_help=True)


@app.command("judge")
@translate_errors
def judge(
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
    submissions: Annotated[int, typer.Option(min=10, help="Submissions to time.")] = 200,
    dataset: Annotated[
        str, typer.Option(help="Dataset task whose reference is timed.")
    ] = "digits-multiclass",
    dataset_runs: Annotated[int, typer.Option(min=0, help="Dataset judgings to time (0 skips them).")] = 5,
) -> None:
    """Judge overhead per submission (p50, p95), throughput with 1 and 2 workers, naive baseline,
    and the wall time of judging a dataset task with its reference solution."""
    from aceml.bank.models import DatasetItem
    from aceml.cli import render
    from aceml.errors import InputError
    from aceml.services.benchmarks import bench_dataset, bench_judge

    state = runtime()
    task = state.bank.get(dataset) if dataset_runs else None
    if task is not None and not isinstance(task, DatasetItem):
        raise InputError(f"{dataset!r} is a {task.kind} item, not a dataset task")
    data = bench_judge(settings=state.settings, submissions=submissions)
    if isinstance(task, DatasetItem):
        data.update(bench_dataset(settings=state.settings, task=task, runs=dataset_runs))
    render.json_or(data, as_json, render.key_values)


@app.command("grader")
@translate_errors
def grader(
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
    repeats: Annotated[int, typer.Option(min=1, max=1000, help="Answers graded per length.")] = 50,
) -> None:
    """Grader cold load time, warm p50/p95 for 1-, 3- and 8-sentence answers (and 3 on-topic), peak RSS."""
    from aceml.cli import render
    from aceml.services.benchmarks import bench_grader

    render.json_or(bench_grader(runtime=runtime(), repeats=repeats), as_json, render.key_values)


@app.command("web")
@translate_errors
def web(
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
    users: Annotated[int, typer.Option(min=1, max=500, help="Concurrent simulated users.")] = 50,
    seconds: Annotated[float, typer.Option(min=1, help="How long each user keeps browsing.")] = 20.0,
    think: Annotated[
        float, typer.Option(min=0, help="Mean pause between a user's requests, seconds (0: saturation test).")
    ] = 1.0,
) -> None:
    """Serve the app and drive it with concurrent users: p50/p99 per page type and per answer, errors."""
    import tempfile
    from pathlib import Path

    from aceml.cli import render
    from aceml.web.benchmark import bench_web

    settings = runtime().settings
    with tempfile.TemporaryDirectory() as scratch:  # a throwaway database, never the candidate's
        data = bench_web(
            settings=settings.model_copy(update={"data_dir": Path(scratch), "database_url": None}),
            users=users,
            seconds=seconds,
            think=think,
        )
    render.json_or(data, as_json, render.key_values)
