"""The mock-interview state machine: ``advance(state, event, now) -> state``, pure and deterministic.

A session is a list of stages, each a time box and a list of slots (items to present). The current
slot is presented when its stage starts or the previous slot is done. Deadlines come from each
stage's stored start time and are applied before every event, so a client that answers late, or
comes back after a crash, cannot stretch a stage: its answer is refused and the loop moves on.
The state is plain data (pydantic, JSON), stored after every event, so nothing answered is lost.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

MAX_FOLLOW_UPS = 2  # per item


class InterviewError(ValueError):
    """An event that does not fit the session (late answer, finished session, wrong slot)."""


class Slot(BaseModel):
    """One question or task of a stage, and what happened to it."""

    model_config = ConfigDict(extra="forbid")

    item_id: str
    kind: str
    follow_up_of: int | None = None  # index of the slot this one probes
    probe_point: str | None = None  # a generated probe targets this missed key point of follow_up_of
    probe_text: str | None = None
    presented_at: datetime | None = None
    answered_at: datetime | None = None
    answer: str | None = None
    score: float | None = None
    verdict: str | None = None
    missed: list[str] = Field(default_factory=list)
    result: dict[str, Any] = Field(default_factory=dict)
    skipped: bool = False


class StageRun(BaseModel):
    """One stage of the session."""

    model_config = ConfigDict(extra="forbid")

    stage: str
    minutes: int
    slots: list[Slot]
    index: int = 0
    status: Literal["pending", "active", "done"] = "pending"
    started_at: datetime | None = None
    deadline: datetime | None = None
    ended_at: datetime | None = None
    ended_by: Literal["completed", "time-up", "ended"] | None = None


class SessionState(BaseModel):
    """A whole session: stages in order, the current one, and whether it is over."""

    model_config = ConfigDict(extra="forbid")

    role: str
    level: str
    seed: int
    stages: list[StageRun] = Field(min_length=1)
    current: int = 0
    status: Literal["ready", "active", "finished"] = "ready"

    def stage(self) -> StageRun | None:
        """Return the active stage, or None when the session is not running."""
        return self.stages[self.current] if self.status == "active" else None

    def slot(self) -> Slot | None:
        """Return the slot waiting for an answer, or None."""
        stage = self.stage()
        return stage.slots[stage.index] if stage is not None and stage.index < len(stage.slots) else None

    def remaining(self, now: datetime) -> timedelta:
        """Return the time left in the active stage (zero when none)."""
        stage = self.stage()
        if stage is None or stage.deadline is None:
            return timedelta(0)
        return max(timedelta(0), stage.deadline - now)


@dataclass(frozen=True)
class Start:
    """Begin the first stage."""


@dataclass(frozen=True)
class Answer:
    """The answer to the current slot, with what grading or judging found.

    ``stage`` and ``slot`` name the slot the answer is for, so an answer that arrives after its
    stage has ended is refused rather than given to the next question. ``follow_up`` is the slot
    to insert next (chosen by the caller from the missed key points), ``harder`` an item to put in
    place of the stage's next unseen slot after a strong answer.
    """

    stage: int
    slot: int
    body: str
    score: float | None = None
    verdict: str | None = None
    missed: tuple[str, ...] = ()
    result: dict[str, Any] = field(default_factory=dict)
    follow_up: Slot | None = None
    harder: tuple[str, str] | None = None  # (item id, kind)


@dataclass(frozen=True)
class Skip:
    """Skip the current slot."""

    stage: int
    slot: int


@dataclass(frozen=True)
class EndStage:
    """End the active stage now."""


@dataclass(frozen=True)
class EndLoop:
    """End the whole session now."""


Event = Start | Answer | Skip | EndStage | EndLoop


def advance(state: SessionState, event: Event, now: datetime) -> SessionState:
    """Return the state after ``event`` at ``now`` (``state`` itself is not changed).

    Raises:
        InterviewError: the event does not fit (not started, finished, late or for another slot).
    """
    state = state.model_copy(deep=True)
    if isinstance(event, Start):
        if state.status != "ready":
            raise InterviewError("the session has already started")
        state.status = "active"
        _start_stage(state, 0, now)
        return state
    if state.status != "active":
        raise InterviewError(
            "the session is not running" if state.status == "ready" else "the session is over"
        )
    late = _expire(state, now)
    if isinstance(event, EndLoop):
        while state.stage() is not None:
            _end_stage(state, now, "ended")
        return state
    if isinstance(event, EndStage):
        _end_stage(state, now, "ended")
        return state
    if late or (event.stage, event.slot) != (state.current, _index(state)):
        raise InterviewError(
            "time is up for that stage; the interview has moved on"
            if late
            else "that question is not the current one"
        )
    stage = state.stages[state.current]
    slot = stage.slots[stage.index]
    if isinstance(event, Skip):
        slot.skipped = True
    else:
        slot.answer, slot.answered_at = event.body, now
        slot.score, slot.verdict, slot.missed, slot.result = (
            event.score,
            event.verdict,
            list(event.missed),
            event.result,
        )
        if event.follow_up is not None and _follow_ups(stage, _root(stage, stage.index)) < MAX_FOLLOW_UPS:
            stage.slots.insert(stage.index + 1, event.follow_up)
        elif event.harder is not None:
            _replace_next(stage, *event.harder)
    _next_slot(state, now)
    return state


def expire(state: SessionState, now: datetime) -> SessionState:
    """Return the state after only the clock has spoken: every stage past its deadline ended."""
    state = state.model_copy(deep=True)
    _expire(state, now)
    return state


def _index(state: SessionState) -> int:
    return state.stages[state.current].index


def _root(stage: StageRun, index: int) -> int:
    while stage.slots[index].follow_up_of is not None:
        index = stage.slots[index].follow_up_of  # type: ignore[assignment]
    return index


def _follow_ups(stage: StageRun, root: int) -> int:
    return sum(
        1
        for i in range(len(stage.slots))
        if stage.slots[i].follow_up_of is not None and _root(stage, i) == root
    )


def _replace_next(stage: StageRun, item_id: str, kind: str) -> None:
    for slot in stage.slots[stage.index + 1 :]:
        if slot.presented_at is None and slot.follow_up_of is None:
            if not any(other.item_id == item_id for other in stage.slots):
                slot.item_id, slot.kind = item_id, kind
            return


def _start_stage(state: SessionState, index: int, now: datetime) -> None:
    state.current = index
    stage = state.stages[index]
    stage.status, stage.started_at = "active", now
    stage.deadline = now + timedelta(minutes=stage.minutes)
    if stage.slots:
        stage.slots[0].presented_at = now
    else:
        _end_stage(state, now, "completed")


def _end_stage(state: SessionState, now: datetime, how: Literal["completed", "time-up", "ended"]) -> None:
    stage = state.stages[state.current]
    stage.status, stage.ended_by = "done", how
    stage.ended_at = min(now, stage.deadline) if how == "time-up" and stage.deadline else now
    if state.current + 1 < len(state.stages):
        _start_stage(state, state.current + 1, now)
    else:
        state.status = "finished"


def _next_slot(state: SessionState, now: datetime) -> None:
    stage = state.stages[state.current]
    stage.index += 1
    if stage.index < len(stage.slots):
        stage.slots[stage.index].presented_at = now
    else:
        _end_stage(state, now, "completed")


def _expire(state: SessionState, now: datetime) -> bool:
    """End every stage whose deadline has passed; return True if the active one did."""
    expired = False
    while state.status == "active":
        stage = state.stages[state.current]
        if stage.deadline is None or now < stage.deadline:
            break
        _end_stage(state, now, "time-up")
        expired = True
    return expired
