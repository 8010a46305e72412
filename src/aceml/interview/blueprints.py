"""Blueprints: which items each stage of a mock interview asks, and for how long.

The data lives in ``blueprints.yaml`` in this package and is validated here like content, so a
typo in a stage, kind or topic is an error with its place, not a silent empty stage.
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Sequence
from functools import cache
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from aceml.bank.models import Item, ProblemItem
from aceml.bank.taxonomy import Difficulty, Kind, ProblemGroup, Stage, Topic
from aceml.errors import ContentError
from aceml.interview.session import SessionState, Slot, StageRun

BLUEPRINT_FILE = Path(__file__).with_name("blueprints.yaml")
Role = Literal["ml-engineer", "data-scientist", "research-scientist"]
Level = Literal["junior", "mid", "senior"]
ROLES: tuple[Role, ...] = ("ml-engineer", "data-scientist", "research-scientist")
LEVELS: tuple[Level, ...] = ("junior", "mid", "senior")
STAGE_ORDER = [Stage.SCREENING, Stage.TECHNICAL, Stage.ML_ROUND, Stage.PRESENTATION, Stage.FINAL]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class SlotSpec(_Strict):
    """``count`` items of the given kinds, optionally narrowed by stage, topic, problem group."""

    kinds: list[Kind] = Field(min_length=1)
    count: int = Field(ge=1, le=6)
    stages: list[Stage] = Field(default_factory=list)
    topics: list[Topic] = Field(default_factory=list)
    groups: list[ProblemGroup] = Field(default_factory=list)
    follow_ups: bool = False

    def admits(self, item: Item, difficulties: Sequence[Difficulty]) -> bool:
        """Return True if ``item`` fits this slot at a level allowing ``difficulties``."""
        return (
            item.kind in self.kinds
            and item.difficulty in difficulties
            and (not self.stages or any(stage in item.stages for stage in self.stages))
            and (not self.topics or any(topic in item.topics for topic in self.topics))
            and (not self.groups or (isinstance(item, ProblemItem) and item.group in self.groups))
        )


class StageSpec(_Strict):
    """One stage: its time box and slots."""

    minutes: int = Field(ge=1, le=180)
    slots: list[SlotSpec] = Field(min_length=1)


class LevelSpec(_Strict):
    """What a level changes: the difficulties its items may have."""

    difficulty: list[Difficulty] = Field(min_length=1)


class BlueprintFile(_Strict):
    """The whole blueprint file."""

    stages: dict[Stage, StageSpec]
    roles: dict[Role, dict[Stage, list[SlotSpec]]]
    levels: dict[Level, LevelSpec]


class Blueprint(_Strict):
    """A resolved blueprint for one role and level: stages in loop order."""

    role: Role
    level: Level
    stages: dict[Stage, StageSpec]
    difficulties: list[Difficulty]


@cache
def _load(path: Path = BLUEPRINT_FILE) -> BlueprintFile:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        parsed = BlueprintFile.model_validate(data)
    except (OSError, yaml.YAMLError) as exc:
        raise ContentError(f"{path.name}: cannot read the blueprints: {exc}") from exc
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(part) for part in first["loc"])
        raise ContentError(f"{path.name}: {where}: {first['msg']}") from exc
    if set(parsed.stages) != set(STAGE_ORDER):
        raise ContentError(f"{path.name}: stages: every stage needs a blueprint")
    return parsed


def blueprint(role: str, level: str, path: Path = BLUEPRINT_FILE) -> Blueprint:
    """Return the blueprint for ``role`` and ``level``.

    Raises:
        ContentError: the blueprint file is invalid.
        ValueError: an unknown role or level.
    """
    if role not in ROLES:
        raise ValueError(f"unknown role {role!r}; choose one of {', '.join(ROLES)}")
    if level not in LEVELS:
        raise ValueError(f"unknown level {level!r}; choose one of {', '.join(LEVELS)}")
    data = _load(path)
    stages = dict(data.stages)
    for stage, slots in data.roles.get(role, {}).items():
        stages[stage] = StageSpec(minutes=stages[stage].minutes, slots=slots)
    return Blueprint(
        role=role,
        level=level,
        stages={stage: stages[stage] for stage in STAGE_ORDER},
        difficulties=list(data.levels[level].difficulty),
    )


def pick_items(
    spec: StageSpec,
    items: Iterable[Item],
    difficulties: Sequence[Difficulty],
    avoid: set[str],
    used_topics: set[str],
    rng: random.Random,
) -> list[tuple[Item, SlotSpec]]:
    """Choose the items of one stage: unseen ones first, topics not yet covered in the session first.

    ``avoid`` holds items seen recently or already chosen; ``used_topics`` grows as topics are
    covered, so the loop spreads over the taxonomy. ``rng`` breaks ties (a fixed seed, a fixed pick).
    """
    pool = sorted(items, key=lambda item: item.id)
    chosen: list[tuple[Item, SlotSpec]] = []
    for slot in spec.slots:
        for _ in range(slot.count):
            fitting = [item for item in pool if slot.admits(item, difficulties)]
            if not fitting:  # a level's difficulties can be too narrow for a small bank
                fitting = [item for item in pool if slot.admits(item, list(Difficulty))]
            taken = {item.id for item, _ in chosen} | avoid
            fresh = [item for item in fitting if item.id not in taken] or [
                item for item in fitting if item.id not in {i.id for i, _ in chosen}
            ]
            if not fresh:
                continue
            order = list(fresh)
            rng.shuffle(order)
            order.sort(key=lambda item: sum(topic.value in used_topics for topic in item.topics))
            item = order[0]
            chosen.append((item, slot))
            used_topics.update(topic.value for topic in item.topics)
    return chosen


def plan_session(
    plan: Blueprint,
    items: Iterable[Item],
    seed: int,
    avoid: Iterable[str] = (),
    stages: Sequence[Stage] | None = None,
) -> SessionState:
    """Return a new session (not started) for ``plan``: every stage's items chosen with ``seed``.

    ``avoid`` holds items the candidate saw recently; ``stages`` limits the session to some
    stages (one stage for ``aceml mock --stage``), in loop order.
    """
    rng = random.Random(seed)
    pool = list(items)
    seen = set(avoid)
    used_topics: set[str] = set()
    runs = []
    for stage in stages or STAGE_ORDER:
        spec = plan.stages[stage]
        chosen = pick_items(spec, pool, plan.difficulties, seen, used_topics, rng)
        seen.update(item.id for item, _ in chosen)
        runs.append(
            StageRun(
                stage=stage.value,
                minutes=spec.minutes,
                slots=[Slot(item_id=item.id, kind=item.kind.value) for item, _ in chosen],
            )
        )
    return SessionState(role=plan.role, level=plan.level, seed=seed, stages=runs)
