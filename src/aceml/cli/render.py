"""All terminal output of the CLI. The only module that imports rich.

JSON goes to stdout unstyled, so it can be piped; messages for people may be styled.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from typing import Any

from rich.console import Console
from rich.markdown import Markdown
from rich.markup import escape
from rich.table import Table

console = Console(highlight=False)
err_console = Console(stderr=True, highlight=False)

_STATUS_STYLE = {"ok": "green", "warn": "yellow", "fail": "red"}


def error(message: str) -> None:
    """Print one red error line to stderr."""
    err_console.print(f"[bold red]error:[/] {escape(message)}", markup=True, soft_wrap=True)


def info(message: str) -> None:
    """Print a plain message."""
    console.print(message, markup=False, soft_wrap=True)


def json_or(data: Any, as_json: bool, human: Callable[[Any], None]) -> None:
    """Print ``data`` as JSON when asked, else render it for people with ``human``."""
    if as_json:
        sys.stdout.write(json.dumps(data, indent=2, ensure_ascii=False) + "\n")
    else:
        human(data)


def validation(valid: int, problems: list[str]) -> None:
    """Print one line per content problem, then a summary."""
    for problem in problems:
        console.print(problem, markup=False, soft_wrap=True, style="red")
    if problems:
        files = len({problem.split(": ", 1)[0] for problem in problems})
        console.print(
            f"{len(problems)} problem(s) in {files} file(s); {valid} item(s) valid", style="bold red"
        )
    else:
        console.print(f"OK: {valid} item(s) valid", style="bold green")


def stats(data: dict[str, Any]) -> None:
    """Print the bank's counts as tables."""
    console.print(
        f"{data['total']} items: {data['questions']} questions, {data['cases']} cases, "
        f"{data['problems']} problems, {data['datasets']} datasets"
    )
    for key in ("by_kind", "by_stage", "by_competency", "by_difficulty", "by_topic"):
        table = Table(
            title=key.removeprefix("by_").replace("_", " "), title_justify="left", show_header=False
        )
        table.add_column("value")
        table.add_column("items", justify="right")
        for value, count in data[key].items():
            thin = key == "by_topic" and value in data["thin_topics"]
            table.add_row(
                value, f"{count}  ← fewer than 5" if thin else str(count), style="yellow" if thin else None
            )
        console.print(table)
    if data["thin_topics"]:
        console.print(f"Topics with fewer than 5 items: {', '.join(data['thin_topics'])}", style="yellow")


def item(data: dict[str, Any]) -> None:
    """Print one item as a candidate would study it."""
    console.print(f"[bold]{data['title']}[/]", markup=True, soft_wrap=True)
    console.print(
        f"{data['id']} · {data['kind']} · {data['difficulty']} · topics: {', '.join(data['topics'])} · "
        f"stages: {', '.join(data['stages'])} · competencies: {', '.join(data['competencies'])}",
        style="dim",
        markup=False,
        soft_wrap=True,
    )
    if "key_points" in data:
        console.print("\n[bold]Key points[/]", markup=True)
        for point in data["key_points"]:
            weight = f" (weight {point['weight']:g})" if point["weight"] != 1 else ""
            console.print(f"  • {point['text']}{weight}", markup=False, soft_wrap=True)
        console.print("\n[bold]Common mistakes[/]", markup=True)
        for mistake in data["mistakes"]:
            console.print(f"  ✗ {mistake['text']}", markup=False, soft_wrap=True)
        console.print("\n[bold]Model answer[/]", markup=True)
        console.print(Markdown(data["model_answer"]))
        if data["follow_ups"]:
            console.print(f"\nFollow-ups: {', '.join(data['follow_ups'])}", style="dim", markup=False)
        return
    console.print()
    console.print(Markdown(data["statement"]))
    if "signature" in data:
        limits = data["limits"]
        console.print(f"\n[bold]Signature[/] {escape(data['signature'])}", markup=True, soft_wrap=True)
        console.print(
            f"Limits: CPU {limits['cpu_s']:g} s, wall {limits['wall_s']:g} s, "
            f"memory {limits['memory_mb']} MB; checker {data['checker']}",
            markup=False,
        )
        console.print("\n[bold]Sample tests[/]", markup=True)
        for index, test in enumerate(data["sample_tests"], 1):
            console.print(f"  {index}. {json.dumps(test['input'])}", markup=False, soft_wrap=True)
        console.print(f"  (+ {data['hidden_test_count']} hidden tests)", style="dim", markup=False)
    else:
        direction = "at least" if data["greater_is_better"] else "at most"
        console.print(
            f"\nMetric: {data['metric']}, passing: {direction} {data['threshold']:g} "
            "on the public and private splits",
            markup=False,
        )
        console.print(
            f"\n[bold]Written analysis[/] {escape(data['analysis_prompt'])}", markup=True, soft_wrap=True
        )


def search_results(hits: list[dict[str, Any]]) -> None:
    """Print search results as a ranked table."""
    if not hits:
        console.print("No matching items.", style="yellow")
        return
    table = Table(show_edge=False)
    for column in ("#", "id", "kind", "score", "question"):
        table.add_column(column, overflow="fold")
    for rank, hit in enumerate(hits, 1):
        table.add_row(str(rank), hit["id"], hit["kind"], f"{hit['score']:.2f}", hit["title"])
    console.print(table)


def checks(rows: list[dict[str, Any]]) -> None:
    """Print the doctor's checks, one per line, coloured by status."""
    for row in rows:
        style = _STATUS_STYLE[row["status"]]
        console.print(f"[{style}]{row['status']:>4}[/] [bold]{row['name']}[/]: ", end="", markup=True)
        console.print(row["detail"], markup=False, soft_wrap=True)


_VERDICT_STYLE = {
    "AC": "green",
    "WA": "red",
    "TLE": "yellow",
    "MLE": "yellow",
    "OLE": "yellow",
    "RE": "magenta",
    "CE": "red",
    "IE": "bold red",
    "SK": "dim",
}


def judge_result(data: dict[str, Any]) -> None:
    """Print a verdict table: one row per test, then the overall verdict."""
    table = Table(show_edge=False)
    for column in ("test", "kind", "verdict", "cpu ms", "wall ms", "memory KiB", "message"):
        table.add_column(
            column, overflow="fold", justify="right" if "ms" in column or "KiB" in column else "left"
        )
    for test in data["tests"]:
        style = _VERDICT_STYLE.get(test["verdict"], "")
        table.add_row(
            str(test["index"] + 1),
            "sample" if test["sample"] else "hidden",
            f"[{style}]{test['verdict']}[/]",
            f"{test['cpu_ms']:.1f}",
            f"{test['wall_ms']:.1f}",
            str(test["memory_kib"]),
            escape(test["message"] or ""),
        )
    console.print(table)
    style = _VERDICT_STYLE.get(data["verdict"], "")
    console.print(
        f"[bold {style}]{data['verdict']}[/] {data['passed']}/{data['total']} tests passed · "
        f"CPU {data['cpu_ms']:.0f} ms · wall {data['wall_ms']:.0f} ms · "
        f"peak memory {data['memory_kib']} KiB · sandbox {data['sandbox']}",
        markup=True,
    )
    if data.get("message"):
        console.print(data["message"], markup=False, soft_wrap=True, style=style)
    if data["sandbox"] != "full":
        console.print(
            "warning: the judge ran degraded (no bubblewrap or cgroups); see `aceml doctor`", style="yellow"
        )


def dataset_result(data: dict[str, Any]) -> None:
    """Print a dataset task's public and private scores, the gap and the verdict."""
    style = _VERDICT_STYLE.get(data["verdict"], "")
    direction = ">=" if data["greater_is_better"] else "<="
    table = Table(show_edge=False)
    for column in ("split", "score", f"pass ({direction} {data['threshold']:g})"):
        table.add_column(column)
    for split in ("public", "private"):
        score = data[f"{split}_score"]
        passed = data[f"passed_{split}"]
        table.add_row(
            split,
            "-" if score is None else f"{score:.4f}",
            "-" if score is None else ("[green]yes[/]" if passed else "[red]no[/]"),
        )
    console.print(table)
    gap = "" if data["gap"] is None else f" · gap (public - private) {data['gap']:+.4f}"
    console.print(
        f"[bold {style}]{data['verdict']}[/] {escape(data['metric'])}{gap} · CPU {data['cpu_ms']:.0f} ms · "
        f"wall {data['wall_ms']:.0f} ms · peak memory {data['memory_kib']} KiB · sandbox {data['sandbox']}",
        markup=True,
    )
    for key in ("message", "feedback"):
        if data.get(key):
            console.print(
                data[key], markup=False, soft_wrap=True, style=style if key == "message" else "yellow"
            )


def key_values(data: dict[str, Any]) -> None:
    """Print a flat mapping as aligned ``key: value`` lines."""
    width = max((len(key) for key in data), default=0)
    for key, value in data.items():
        console.print(f"{key:>{width}}: {value}", markup=False)


_STATUS_STYLE_GRADE = {"covered": ("green", "✓"), "partial": ("yellow", "~"), "missed": ("red", "✗")}


def grade_result(data: dict[str, Any]) -> None:
    """Print key points coloured by status (green covered, yellow partial, red missed)."""
    console.print(f"[bold]Score {data['score']:.2f}[/]  ({data['backend']})", markup=True)
    for point in data["key_points"]:
        style, mark = _STATUS_STYLE_GRADE[point["status"]]
        console.print(f"[{style}]{mark} {point['status']:<8}[/] ", end="", markup=True)
        console.print(point["text"], markup=False, soft_wrap=True)
        if point["evidence"]:
            console.print(
                f"           evidence: “{point['evidence']}”", style="dim", markup=False, soft_wrap=True
            )
    for mistake in data["mistakes"]:
        console.print("[bold red]! mistake[/] ", end="", markup=True)
        console.print(f"{mistake['text']}  (“{mistake['evidence']}”)", markup=False, soft_wrap=True)
    console.print(data["feedback"], markup=False, soft_wrap=True)
    for note in data.get("notes", []):
        console.print(f"note: {note}", style="yellow", markup=False)


def question(data: dict[str, Any], reason: str, draft: str | None) -> None:
    """Print a question to answer, why it was picked, and how to finish the answer."""
    console.print(
        f"\n[bold]{escape(data['id'])}[/] · {data['kind']} · {data['difficulty']} · {escape(reason)}"
    )
    console.print(data["title"], markup=False, soft_wrap=True, style="bold")
    console.print(
        "Type your answer; finish with a line holding only '.' (or Ctrl-D). It is saved as you type.",
        style="dim",
        markup=False,
    )
    if draft:
        console.print("Your saved draft (it will be continued):", style="yellow", markup=False)
        console.print(draft, markup=False, soft_wrap=True)


def model_answer(text: str) -> None:
    """Print the model answer after feedback."""
    console.print("\n[bold]Model answer[/]", markup=True)
    console.print(Markdown(text))


def recorded(data: dict[str, Any]) -> None:
    """Print what a recorded result did to the schedule."""
    note = "" if data["rating"] == data["suggested"] else f" (suggested {data['suggested']})"
    console.print(f"Saved as {data['rating']}{note}; next review {data['due'][:16].replace('T', ' ')} UTC.")


def _bar(value: float, width: int = 20) -> str:
    filled = round(value / 100 * width)
    return "█" * filled + "·" * (width - filled)


def progress(data: dict[str, Any]) -> None:
    """Print readiness per competency and topic with bars, the weakest topics and what is next."""
    console.print(
        f"[bold]Readiness {data['overall']:.0f}/100[/] · {data['attempts']} attempts · "
        f"streak {data['streak_days']} day(s) · {data['due_now']} due now",
        markup=True,
    )
    table = Table(show_edge=False, title="Competencies")
    for column in ("competency", "readiness", "", "attempted"):
        table.add_column(column)
    for area in data["competencies"]:
        table.add_row(
            area["name"],
            f"{area['readiness']:.0f}",
            _bar(area["readiness"]),
            f"{area['attempted']}/{area['items']}",
        )
    console.print(table)
    weakest = sorted(data["topics"], key=lambda a: (a["readiness"], a["name"]))[:5]
    table = Table(show_edge=False, title="Weakest topics")
    for column in ("topic", "readiness", "", "attempted"):
        table.add_column(column)
    for area in weakest:
        table.add_row(
            area["name"],
            f"{area['readiness']:.0f}",
            _bar(area["readiness"]),
            f"{area['attempted']}/{area['items']}",
        )
    console.print(table)
    console.print("[bold]Next up[/]", markup=True)
    for pick in data["next_up"]:
        console.print(f"  • {pick['id']} ({pick['kind']}): {pick['why']}", markup=False, soft_wrap=True)


def mock_prompt(stage: str, number: int, total: int, left_s: float, kind: str, question_text: str) -> None:
    """Print one mock-interview question with the stage clock."""
    minutes, seconds = divmod(int(left_s), 60)
    console.print(
        f"\n[bold]{escape(stage)}[/] · question {number} of {total} · {escape(kind)} · "
        f"[yellow]{minutes:02d}:{seconds:02d} left[/]",
        markup=True,
    )
    console.print(question_text, markup=False, soft_wrap=True, style="bold")


def panel_report(data: dict[str, Any]) -> None:
    """Print a mock interview's panel report: recommendation, reasons, stages, competencies."""
    console.print(
        f"\n[bold]Recommendation: {escape(data['recommendation'])}[/] (overall {data['overall']:.2f})",
        markup=True,
    )
    for reason in data["reasons"]:
        console.print(f"  • {reason}", markup=False)
    table = Table(show_edge=False)
    for column in ("stage", "score", "", "time used", "ended"):
        table.add_column(column)
    for stage in data["stages"]:
        table.add_row(
            stage["stage"],
            f"{stage['score']:.2f}",
            _bar(100 * stage["score"]),
            f"{stage['minutes_used']:g}/{stage['minutes']} min",
            stage["ended_by"] or "-",
        )
    console.print(table)
    for name, value in data["competencies"].items():
        shown = "not assessed" if value is None else f"{value:.2f} {_bar(100 * value, 10)}"
        console.print(f"  {name:<21} {shown}", markup=False)
    console.print("[bold]Practise next[/]", markup=True)
    for topic in data["weakest_topics"]:
        console.print(
            f"  • {topic['topic']} ({topic['score']:.2f}): {', '.join(topic['practise'])}", markup=False
        )
