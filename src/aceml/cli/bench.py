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
) -> None:
    """Judge overhead per submission (p50, p95), throughput with 1 and 2 workers, naive baseline."""
    from aceml.cli import render
    from aceml.services.benchmarks import bench_judge

    data = bench_judge(settings=runtime().settings, submissions=submissions)
    render.json_or(data, as_json, render.key_values)


@app.command("grader")
@translate_errors
def grader(as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False) -> None:
    """Grader cold load time, warm p50/p95 for 1-, 3- and 8-sentence answers, peak RSS."""
    from aceml.cli import render
    from aceml.services.benchmarks import bench_grader

    render.json_or(bench_grader(runtime=runtime()), as_json, render.key_values)
