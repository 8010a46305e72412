"""The panel report of a mock interview: per stage, per competency, a recommendation and next drills.

Scores are in [0, 1]: a graded answer scores its grader score, a judged one 1 when accepted and
otherwise the share of tests (or splits) it passed; a skipped item, or one the clock ran out on,
scores 0. A follow-up counts half as much as a main question.
"""

from __future__ import annotations

import html
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from typing import Any

from aceml.bank.models import Item
from aceml.bank.taxonomy import Competency
from aceml.interview.session import SessionState, Slot

FOLLOW_UP_WEIGHT = 0.5
# The panel's scale: (label, minimum overall score, minimum score of the weakest stage).
SCALE = [("strong hire", 0.8, 0.6), ("hire", 0.65, 0.4), ("lean no hire", 0.45, 0.0), ("no hire", 0.0, 0.0)]
WEAK_BELOW = 0.7


@dataclass(frozen=True)
class ItemOutcome:
    """One asked item and how it went."""

    item_id: str
    kind: str
    title: str
    score: float
    status: str  # answered / skipped / unanswered
    follow_up: bool
    feedback: str


@dataclass(frozen=True)
class StageReport:
    """One stage: score, time used and its items."""

    stage: str
    score: float
    minutes: int
    minutes_used: float
    ended_by: str | None
    items: list[ItemOutcome]


@dataclass
class PanelReport:
    """The whole report."""

    role: str
    level: str
    seed: int
    overall: float
    recommendation: str
    reasons: list[str]
    stages: list[StageReport]
    competencies: dict[str, float | None]
    weakest_topics: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """Return JSON-ready data."""
        return asdict(self)


def slot_score(slot: Slot) -> float:
    """Return the score of one slot in [0, 1]."""
    if slot.skipped or slot.answered_at is None:
        return 0.0
    if slot.verdict is not None:
        if slot.verdict == "AC":
            return 1.0
        share = slot.result.get("passed_share")
        return float(share) if isinstance(share, int | float) else 0.0
    return float(slot.score or 0.0)


def _status(slot: Slot) -> str:
    return "skipped" if slot.skipped else "answered" if slot.answered_at is not None else "unanswered"


def _feedback(slot: Slot) -> str:
    text = slot.result.get("feedback")
    if isinstance(text, str):
        return text
    if slot.verdict is not None:
        return f"verdict {slot.verdict}"
    return "" if slot.answered_at is not None else "not answered"


def _weighted(pairs: list[tuple[float, float]]) -> float:
    total = sum(weight for _, weight in pairs)
    return round(sum(score * weight for score, weight in pairs) / total, 3) if total else 0.0


def build_report(state: SessionState, items: Mapping[str, Item]) -> PanelReport:
    """Score every stage and competency and decide the recommendation."""
    stages: list[StageReport] = []
    by_competency: dict[str, list[tuple[float, float]]] = defaultdict(list)
    by_topic: dict[str, list[tuple[float, float]]] = defaultdict(list)
    asked: set[str] = set()
    unanswered = 0
    for run in state.stages:
        outcomes, pairs = [], []
        for slot in run.slots:
            item = items.get(slot.item_id)
            score = slot_score(slot)
            weight = FOLLOW_UP_WEIGHT if slot.follow_up_of is not None else 1.0
            pairs.append((score, weight))
            unanswered += slot.answered_at is None and not slot.skipped
            asked.add(slot.item_id)
            title = slot.probe_text or (item.title if item is not None else slot.item_id)
            outcomes.append(
                ItemOutcome(
                    slot.item_id,
                    slot.kind,
                    title,
                    round(score, 3),
                    _status(slot),
                    weight < 1,
                    _feedback(slot),
                )
            )
            if item is not None:
                for competency in item.competencies:
                    by_competency[competency.value].append((score, weight))
                for topic in item.topics:
                    by_topic[topic.value].append((score, weight))
        used = 0.0
        if run.started_at is not None and run.ended_at is not None:
            used = round((run.ended_at - run.started_at).total_seconds() / 60, 1)
        stages.append(StageReport(run.stage, _weighted(pairs), run.minutes, used, run.ended_by, outcomes))
    overall = round(sum(stage.score for stage in stages) / len(stages), 3)
    weakest_stage = min(stages, key=lambda stage: stage.score)
    recommendation = next(
        label
        for label, floor, stage_floor in SCALE
        if overall >= floor and weakest_stage.score >= stage_floor
    )
    competencies = {
        c.value: (_weighted(by_competency[c.value]) if by_competency.get(c.value) else None)
        for c in Competency
    }
    reasons = [f"overall score {overall:.2f} across {len(stages)} stage(s)"]
    reasons.append(f"weakest stage: {weakest_stage.stage} ({weakest_stage.score:.2f})")
    best = max(stages, key=lambda stage: stage.score)
    reasons.append(f"strongest stage: {best.stage} ({best.score:.2f})")
    assessed = {name: value for name, value in competencies.items() if value is not None}
    if assessed:
        low = min(assessed, key=lambda name: assessed[name])
        reasons.append(f"weakest competency: {low} ({assessed[low]:.2f})")
    if unanswered:
        reasons.append(f"{unanswered} question(s) not answered before their stage ended")
    weakest = sorted(((_weighted(pairs), topic) for topic, pairs in by_topic.items()))[:5]
    topics = []
    for score, name in weakest:
        practise = sorted(
            slot.item_id
            for run in state.stages
            for slot in run.slots
            if slot_score(slot) < WEAK_BELOW
            and slot.item_id in items
            and name in [t.value for t in items[slot.item_id].topics]
        )
        fresh = sorted(
            item.id
            for item in items.values()
            if name in [t.value for t in item.topics] and item.id not in asked
        )[:2]
        topics.append({"topic": name, "score": score, "practise": sorted(set(practise)) + fresh})
    return PanelReport(
        role=state.role,
        level=state.level,
        seed=state.seed,
        overall=overall,
        recommendation=recommendation,
        reasons=reasons,
        stages=stages,
        competencies=competencies,
        weakest_topics=topics,
    )


def report_markdown(report: PanelReport) -> str:
    """Return the report as Markdown."""
    lines = [
        f"# Mock interview report — {report.role}, {report.level}",
        "",
        f"**Recommendation: {report.recommendation}** (overall {report.overall:.2f})",
        "",
        *(f"- {reason}" for reason in report.reasons),
        "",
        "## Stages",
        "",
        "| stage | score | time used | ended |",
        "|---|---|---|---|",
        *(
            f"| {s.stage} | {s.score:.2f} | {s.minutes_used:g} of {s.minutes} min | {s.ended_by or '-'} |"
            for s in report.stages
        ),
        "",
        "## Competencies",
        "",
        *(
            f"- {name}: {'not assessed' if value is None else f'{value:.2f}'}"
            for name, value in report.competencies.items()
        ),
        "",
        "## Weakest topics and what to practise",
        "",
        *(
            f"- {t['topic']} ({t['score']:.2f}): {', '.join(t['practise']) or '-'}"
            for t in report.weakest_topics
        ),
    ]
    for stage in report.stages:
        lines += ["", f"## {stage.stage}", ""]
        for outcome in stage.items:
            marker = "↳ " if outcome.follow_up else ""
            lines.append(
                f"- {marker}{outcome.title} — {outcome.status}, {outcome.score:.2f}. {outcome.feedback}"
            )
    return "\n".join(lines) + "\n"


def _bars(values: list[tuple[str, float | None]]) -> str:
    """An inline SVG bar chart (no scripts, no external files)."""
    height = 28 * len(values) + 10
    rows = []
    for index, (label, value) in enumerate(values):
        y = 10 + 28 * index
        width = 0 if value is None else round(300 * value)
        shown = "n/a" if value is None else f"{value:.2f}"
        colour = "#2e7d32" if (value or 0) >= 0.7 else "#f9a825" if (value or 0) >= 0.45 else "#c62828"
        rows.append(
            f'<text x="0" y="{y + 14}" font-size="13">{html.escape(label)}</text>'
            f'<rect x="170" y="{y}" width="300" height="18" fill="#eee"/>'
            f'<rect x="170" y="{y}" width="{width}" height="18" fill="{colour}"/>'
            f'<text x="480" y="{y + 14}" font-size="13">{shown}</text>'
        )
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="540" height="{height}" role="img" '
        f'aria-label="scores">{"".join(rows)}</svg>'
    )


_CSS = """
body { font-family: system-ui, sans-serif; max-width: 860px; margin: 2rem auto; padding: 0 1rem; }
body { color: #1b1b1b; background: #fff; }
.verdict { font-size: 1.5rem; padding: .6rem 1rem; border-radius: .4rem; background: #e8eaf6; }
table { border-collapse: collapse; }
td, th { border-bottom: 1px solid #ddd; padding: .3rem .8rem; text-align: left; }
"""


def report_html(report: PanelReport) -> str:
    """Return the report as one self-contained HTML page with inline SVG charts."""
    escape = html.escape
    stage_rows = "".join(
        f"<tr><td>{escape(s.stage)}</td><td>{s.score:.2f}</td><td>{s.minutes_used:g} / {s.minutes} min</td>"
        f"<td>{escape(s.ended_by or '-')}</td></tr>"
        for s in report.stages
    )
    details = "".join(
        f"<h3>{escape(stage.stage)}</h3><ul>"
        + "".join(
            f"<li>{'↳ ' if o.follow_up else ''}<strong>{escape(o.title)}</strong> — {escape(o.status)}, "
            f"{o.score:.2f}. {escape(o.feedback)}</li>"
            for o in stage.items
        )
        + "</ul>"
        for stage in report.stages
    )
    topics = "".join(
        f"<li>{escape(t['topic'])} ({t['score']:.2f}): {escape(', '.join(t['practise']) or '-')}</li>"
        for t in report.weakest_topics
    )
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Mock interview report</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>{_CSS}</style></head><body>
<h1>Mock interview report</h1>
<p>{escape(report.role)} · {escape(report.level)} · seed {report.seed}</p>
<p class="verdict">Recommendation: <strong>{escape(report.recommendation)}</strong>
(overall {report.overall:.2f})</p>
<ul>{"".join(f"<li>{escape(reason)}</li>" for reason in report.reasons)}</ul>
<h2>Stages</h2>
{_bars([(s.stage, s.score) for s in report.stages])}
<table><tr><th>stage</th><th>score</th><th>time used</th><th>ended</th></tr>{stage_rows}</table>
<h2>Competencies</h2>
{_bars(list(report.competencies.items()))}
<h2>Weakest topics and what to practise</h2><ul>{topics}</ul>
<h2>Every item</h2>{details}
</body></html>
"""
