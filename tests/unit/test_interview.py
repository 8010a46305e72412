"""The mock-interview state machine, blueprints, follow-up choice and the panel report."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from aceml.bank.collection import Bank, load_bank
from aceml.bank.models import FreeTextItem
from aceml.config import shipped_content_dir
from aceml.interview.blueprints import STAGE_ORDER, blueprint, plan_session
from aceml.interview.followups import choose_follow_up
from aceml.interview.report import build_report, report_html, report_markdown
from aceml.interview.session import (
    MAX_FOLLOW_UPS,
    Answer,
    EndLoop,
    EndStage,
    InterviewError,
    SessionState,
    Skip,
    Slot,
    StageRun,
    Start,
    advance,
)

T0 = datetime(2026, 5, 4, 9, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def bank() -> Bank:
    return load_bank([shipped_content_dir()])


@pytest.fixture
def session(bank: Bank) -> SessionState:
    return plan_session(blueprint("ml-engineer", "mid"), bank, seed=11)


def answer(state: SessionState, now: datetime, score: float = 0.9, **extra: object) -> SessionState:
    stage = state.stages[state.current]
    return advance(state, Answer(state.current, stage.index, "an answer", score=score, **extra), now)  # type: ignore[arg-type]


def test_blueprints_plan_every_stage_with_its_time_box_and_mix(session: SessionState, bank: Bank) -> None:
    assert [run.stage for run in session.stages] == [stage.value for stage in STAGE_ORDER]
    assert [run.minutes for run in session.stages] == [15, 45, 60, 20, 20]
    kinds = [[slot.kind for slot in run.slots] for run in session.stages]
    assert kinds[0] == ["behavioral", "behavioral", "concept", "concept", "concept"]
    assert kinds[1].count("problem") == 2 and kinds[3] == ["case"]
    ids = [slot.item_id for run in session.stages for slot in run.slots]
    assert len(ids) == len(set(ids))  # no item twice in a loop
    senior = plan_session(blueprint("ml-engineer", "senior"), bank, seed=11)
    assert all(
        bank.get(slot.item_id).difficulty.value in ("medium", "hard")
        for run in senior.stages
        for slot in run.slots
    )
    scientist = plan_session(blueprint("data-scientist", "mid"), bank, seed=11)
    assert scientist.stages[2].slots[-1].kind == "dataset"
    with pytest.raises(ValueError, match="unknown role"):
        blueprint("astronaut", "mid")


def test_the_same_seed_plans_the_same_session_and_recent_items_are_avoided(bank: Bank) -> None:
    plan = blueprint("ml-engineer", "mid")
    first, again = plan_session(plan, bank, seed=5), plan_session(plan, bank, seed=5)
    assert first == again
    other = plan_session(plan, bank, seed=6)
    assert first != other
    seen = {slot.item_id for slot in first.stages[0].slots}
    avoided = plan_session(plan, bank, seed=5, avoid=seen)
    assert not seen & {slot.item_id for slot in avoided.stages[0].slots}


def test_start_answer_skip_and_stage_ends_move_through_the_loop(session: SessionState) -> None:
    with pytest.raises(InterviewError, match="not running"):
        advance(session, EndStage(), T0)
    state = advance(session, Start(), T0)
    assert state.status == "active" and state.stages[0].status == "active"
    assert state.stages[0].deadline == T0 + timedelta(minutes=15)
    assert state.slot() is not None and state.slot().presented_at == T0  # type: ignore[union-attr]
    assert session.status == "ready"  # the input state is never changed
    with pytest.raises(InterviewError, match="already started"):
        advance(state, Start(), T0)
    state = answer(state, T0 + timedelta(minutes=1))
    assert state.stages[0].index == 1 and state.stages[0].slots[0].answer == "an answer"
    state = advance(state, Skip(0, 1), T0 + timedelta(minutes=2))
    assert state.stages[0].slots[1].skipped
    with pytest.raises(InterviewError, match="not the current one"):
        advance(state, Skip(0, 0), T0 + timedelta(minutes=2))
    for minute in range(3, 6):
        state = answer(state, T0 + timedelta(minutes=minute))
    assert state.stages[0].status == "done" and state.stages[0].ended_by == "completed"
    assert state.current == 1 and state.stages[1].started_at == T0 + timedelta(minutes=5)
    state = advance(state, EndStage(), T0 + timedelta(minutes=6))
    assert state.stages[1].ended_by == "ended" and state.current == 2
    state = advance(state, EndLoop(), T0 + timedelta(minutes=7))
    assert state.status == "finished" and all(run.status == "done" for run in state.stages)
    with pytest.raises(InterviewError, match="over"):
        advance(state, EndLoop(), T0 + timedelta(minutes=8))


def test_deadlines_are_enforced_from_the_stored_start(session: SessionState) -> None:
    state = advance(session, Start(), T0)
    state = answer(state, T0 + timedelta(minutes=14, seconds=59))
    late = T0 + timedelta(minutes=15, seconds=1)
    with pytest.raises(InterviewError, match="time is up"):
        answer(state, late)
    # The refused answer changed nothing; the next event sees the stage already over.
    moved = advance(state, EndStage(), late)
    assert moved.stages[0].ended_by == "time-up" and moved.stages[0].ended_at == T0 + timedelta(minutes=15)
    assert moved.stages[1].ended_by == "ended"
    assert moved.stages[0].slots[1].answered_at is None


def test_a_session_resumes_after_a_crash_from_its_stored_json(session: SessionState) -> None:
    state = answer(advance(session, Start(), T0), T0 + timedelta(minutes=1), score=0.4)
    stored = state.model_dump_json()
    restored = SessionState.model_validate_json(stored)  # what the service reloads after a restart
    assert restored == state
    assert restored.slot() == state.slot() and restored.remaining(T0 + timedelta(minutes=5)) == timedelta(
        minutes=10
    )
    resumed = answer(restored, T0 + timedelta(minutes=6))
    assert resumed.stages[0].slots[0].score == 0.4 and resumed.stages[0].index == 2


def test_follow_ups_target_missed_key_points_at_most_twice(bank: Bank) -> None:
    item = bank.get("overfitting")
    assert isinstance(item, FreeTextItem)
    probe = choose_follow_up(item, ["regularization"], bank.items, 0, asked={"overfitting"})
    assert probe is not None and probe.follow_up_of == 0
    if probe.item_id == "overfitting":
        assert probe.probe_point == "regularization" and "regularization" in (probe.probe_text or "")
    else:
        assert probe.item_id in item.follow_ups
    assert choose_follow_up(item, [], bank.items, 0, asked=set()) is None
    one_item = StageRun(stage="ml-round", minutes=60, slots=[Slot(item_id="overfitting", kind="concept")])
    state = advance(SessionState(role="ml-engineer", level="mid", seed=1, stages=[one_item]), Start(), T0)
    for round_ in range(MAX_FOLLOW_UPS + 1):
        follow = Slot(item_id=f"probe-{round_}", kind="concept", follow_up_of=state.stages[0].index)
        state = answer(
            state, T0 + timedelta(minutes=round_ + 1), score=0.2, missed=("definition",), follow_up=follow
        )
    slots = state.stages[0].slots
    assert [slot.item_id for slot in slots] == ["overfitting", "probe-0", "probe-1"]
    assert state.status == "finished"


def test_the_report_ranks_answers_and_renders(session: SessionState, bank: Bank) -> None:
    reports = {}
    for label, score in (("strong", 0.95), ("average", 0.6), ("weak", 0.1)):
        state = advance(session, Start(), T0)
        minute = 0
        while state.status == "active":
            minute += 1
            slot = state.slot()
            assert slot is not None
            extra = (
                {"verdict": "AC" if score > 0.5 else "WA", "result": {"passed_share": score}}
                if slot.kind in ("problem", "dataset")
                else {}
            )
            state = answer(state, T0 + timedelta(minutes=minute), score=score, **extra)
        reports[label] = build_report(state, bank.items)
    assert reports["strong"].recommendation == "strong hire"
    assert reports["weak"].recommendation == "no hire"
    assert reports["strong"].overall > reports["average"].overall > reports["weak"].overall
    assert set(reports["strong"].competencies) == {
        "technical-skills",
        "practical-experience",
        "business",
        "ethics",
        "communication",
    }
    markdown = report_markdown(reports["average"])
    assert "Recommendation:" in markdown and "## Competencies" in markdown
    page = report_html(reports["weak"])
    assert (
        page.startswith("<!doctype html>")
        and "<svg" in page
        and "http" not in page.replace("http://www.w3.org/2000/svg", "")
    )
