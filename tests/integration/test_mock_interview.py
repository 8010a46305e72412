"""A full five-stage mock interview through the services, with answers of three qualities."""

from __future__ import annotations

import math
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from aceml.bank.models import DatasetItem, FreeTextItem, Item, ProblemItem
from aceml.clock import FixedClock
from aceml.config import Settings, shipped_content_dir
from aceml.errors import InputError, ItemNotFound
from aceml.grading.text import sentences
from aceml.interview.report import SCALE
from aceml.services.interviews import (
    active_mock,
    answer_mock,
    end_stage_mock,
    get_mock,
    mock_report,
    question_text,
    skip_mock,
    start_mock,
)
from aceml.services.practice import ensure_local_user
from aceml.services.runtime import Runtime
from aceml.store.review_repositories import ReviewRepository

T0 = datetime(2026, 6, 1, 9, 0, tzinfo=UTC)
RANK = {label: index for index, (label, _, _) in enumerate(SCALE)}  # 0 is the best


@pytest.fixture
def runtime(tmp_path: Path) -> Iterator[Runtime]:
    state = Runtime(
        Settings(data_dir=tmp_path / "data", content_dir=shipped_content_dir(), content_path=[]),
        FixedClock(T0),
    )
    yield state
    state.close()


def scripted(item: Item, quality: str, index: int) -> str:
    """A strong, average or weak answer to ``item``."""
    if isinstance(item, FreeTextItem):
        if quality == "strong":
            return item.model_answer
        if quality == "average":
            parts = sentences(item.model_answer)
            return " ".join(parts[: math.ceil(len(parts) / 2)])
        return "I am not sure; I would have to look that up."
    if isinstance(item, ProblemItem):
        good = quality == "strong" or (quality == "average" and index % 2 == 0)
        return item.solution_code if good else item.starter_code
    assert isinstance(item, DatasetItem)
    return item.solution_code if quality == "strong" else item.baseline_code


def run_loop(runtime: Runtime, quality: str, seed: int) -> dict[str, object]:
    clock = runtime.clock
    assert isinstance(clock, FixedClock)
    user = ensure_local_user(database=runtime.database, clock=clock)
    mock = start_mock(runtime=runtime, user_id=user, role="ml-engineer", level="mid", seed=seed)
    asked = 0
    while mock.state.status == "active":
        item, question = question_text(runtime, mock.state)
        assert question
        clock.current += timedelta(minutes=1)
        mock = answer_mock(
            runtime=runtime, user_id=user, session_id=mock.id, body=scripted(item, quality, asked)
        )
        asked += 1
    assert mock.report is not None and asked >= 17
    stored = get_mock(runtime=runtime, user_id=user, session_id=mock.id)
    assert stored.report == mock.report and stored.state.status == "finished"
    return mock.report


def test_strong_beats_average_beats_weak_in_the_panel_report(runtime: Runtime) -> None:
    reports = {quality: run_loop(runtime, quality, seed=21) for quality in ("strong", "average", "weak")}
    ranks = [RANK[str(reports[q]["recommendation"])] for q in ("strong", "average", "weak")]
    assert ranks[0] < ranks[1] < ranks[2] or (ranks[0] <= ranks[1] <= ranks[2] and ranks[0] < ranks[2])
    overall = [float(reports[q]["overall"]) for q in ("strong", "average", "weak")]  # type: ignore[arg-type]
    assert overall[0] > overall[1] > overall[2]
    assert reports["strong"]["recommendation"] in ("strong hire", "hire")
    assert reports["weak"]["recommendation"] == "no hire"
    for competency, strong in reports["strong"]["competencies"].items():  # type: ignore[attr-defined]
        average = reports["average"]["competencies"][competency]  # type: ignore[index]
        weak = reports["weak"]["competencies"][competency]  # type: ignore[index]
        if strong is not None:
            assert strong >= average >= weak, competency
    assert len(reports["weak"]["stages"]) == 5  # type: ignore[arg-type]
    assert reports["weak"]["weakest_topics"]


def test_weak_answers_get_follow_ups_and_the_weakest_items_join_the_review_queue(runtime: Runtime) -> None:
    report = run_loop(runtime, "weak", seed=3)
    follow_ups = [item for stage in report["stages"] for item in stage["items"] if item["follow_up"]]  # type: ignore[attr-defined]
    assert follow_ups
    with runtime.database.transaction() as session:
        due = {
            card.item_id
            for card in ReviewRepository(session).cards(user_id=1)
            if card.due <= runtime.clock.now()
        }
    practise = {item for topic in report["weakest_topics"] for item in topic["practise"]}  # type: ignore[attr-defined]
    assert practise and practise <= due


def test_time_up_refuses_a_late_answer_and_a_session_resumes(runtime: Runtime) -> None:
    clock = runtime.clock
    assert isinstance(clock, FixedClock)
    user = ensure_local_user(database=runtime.database, clock=clock)
    mock = start_mock(
        runtime=runtime, user_id=user, role="ml-engineer", level="junior", seed=4, stage="screening"
    )
    assert [run.stage for run in mock.state.stages] == ["screening"]
    item, _ = question_text(runtime, mock.state)
    clock.current += timedelta(minutes=2)
    mock = answer_mock(runtime=runtime, user_id=user, session_id=mock.id, body=scripted(item, "strong", 0))
    # The process "crashes": a new runtime on the same database finds the session where it was.
    resumed = active_mock(runtime=runtime, user_id=user)
    assert resumed is not None and resumed.id == mock.id and resumed.state == mock.state
    mock = skip_mock(runtime=runtime, user_id=user, session_id=mock.id)
    assert any(slot.skipped for slot in mock.state.stages[0].slots)
    clock.current += timedelta(minutes=20)
    with pytest.raises(InputError, match="time is up"):
        answer_mock(runtime=runtime, user_id=user, session_id=mock.id, body="too late")
    after = get_mock(runtime=runtime, user_id=user, session_id=mock.id)
    assert after.state.status == "finished" and after.state.stages[0].ended_by == "time-up"
    assert after.report is not None and active_mock(runtime=runtime, user_id=user) is None
    with pytest.raises(InputError, match="over"):
        end_stage_mock(runtime=runtime, user_id=user, session_id=mock.id)
    with pytest.raises(ItemNotFound):
        mock_report(runtime=runtime, user_id=user + 1, session_id=mock.id)
    with pytest.raises(InputError, match="unknown role"):
        start_mock(runtime=runtime, user_id=user, role="astronaut", level="mid", seed=1)
