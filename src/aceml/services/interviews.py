"""Mock interviews with persistence: plan, run (grade or judge each answer), resume, report.

The session's state machine (``aceml.interview.session``) is pure; this module feeds it events
with the grader's and judge's findings, stores the state after every event (one transaction,
so a crash loses nothing answered), records every answer in the practice history (so it drives
the review schedule), and on the last event builds the panel report and puts the weakest
topics' items in the review queue.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy.orm import Session

from aceml.bank.models import FreeTextItem, Item
from aceml.bank.taxonomy import Difficulty, Stage
from aceml.clock import require_utc
from aceml.errors import InputError, ItemNotFound
from aceml.grading.matcher import grade, item_points
from aceml.interview.blueprints import blueprint, plan_session
from aceml.interview.followups import choose_follow_up
from aceml.interview.report import PanelReport, build_report
from aceml.interview.session import (
    Answer,
    EndLoop,
    EndStage,
    Event,
    InterviewError,
    SessionState,
    Skip,
    Start,
    advance,
    expire,
)
from aceml.review.scheduler import Evidence, new_card
from aceml.services.grading import grade_item_answer
from aceml.services.judging import judge_code
from aceml.services.runtime import Runtime
from aceml.services.study import record_result
from aceml.store.review_repositories import ReviewRepository, attempts_of
from aceml.store.tables import InterviewSession

RECENT_DAYS = 14  # items practised this recently are not asked again
FOLLOW_UP_BELOW = 0.7  # an answer scoring less than this, with missed points, gets a follow-up
HARDER_FROM = 0.8  # an answer scoring at least this moves the stage on to a harder item
FOLLOW_UP_KINDS = frozenset({"concept", "design", "case"})


@dataclass(frozen=True)
class MockSession:
    """A stored session: its id, state and (once finished) its report."""

    id: int
    state: SessionState
    report: dict[str, Any] | None


def _row(session: Session, user_id: int, session_id: int) -> InterviewSession:
    row = session.get(InterviewSession, session_id)
    if row is None or row.user_id != user_id:  # another user's session does not exist for this one
        raise ItemNotFound(f"no mock interview with id {session_id}")
    return row


def _load(row: InterviewSession) -> MockSession:
    return MockSession(row.id, SessionState.model_validate(row.state["session"]), row.state.get("report"))


def start_mock(
    *,
    runtime: Runtime,
    user_id: int,
    role: str,
    level: str,
    seed: int,
    stage: str | None = None,
) -> MockSession:
    """Plan a session (one stage or the whole loop), start it and store it.

    Raises:
        InputError: an unknown role, level or stage.
    """
    now = require_utc(runtime.clock.now())
    try:
        plan = blueprint(role, level)
        stages = [Stage(stage)] if stage else None
    except ValueError as exc:
        raise InputError(str(exc)) from exc
    with runtime.database.transaction() as session:
        horizon = now - timedelta(days=RECENT_DAYS)
        recent = {row.item_id for row in attempts_of(session, user_id) if row.created_at >= horizon}
    state = advance(plan_session(plan, runtime.bank, seed, avoid=recent, stages=stages), Start(), now)
    with runtime.database.transaction() as session:
        row = InterviewSession(
            user_id=user_id,
            blueprint=stage or "loop",
            role=role,
            level=level,
            seed=seed,
            status=state.status,
            state={"session": state.model_dump(mode="json"), "report": None},
            started_at=now,
            updated_at=now,
        )
        session.add(row)
        session.flush()
        return _load(row)


def active_mock(*, runtime: Runtime, user_id: int) -> MockSession | None:
    """Return the user's most recent unfinished session (to resume), or None."""
    from sqlalchemy import select

    with runtime.database.transaction() as session:
        query = (
            select(InterviewSession)
            .where(InterviewSession.user_id == user_id, InterviewSession.status == "active")
            .order_by(InterviewSession.started_at.desc(), InterviewSession.id.desc())
        )
        row = session.scalars(query).first()
        return _load(row) if row is not None else None


def get_mock(*, runtime: Runtime, user_id: int, session_id: int) -> MockSession:
    """Return one of the user's sessions.

    Raises:
        ItemNotFound: no such session for this user.
    """
    with runtime.database.transaction() as session:
        return _load(_row(session, user_id, session_id))


def _apply(runtime: Runtime, user_id: int, session_id: int, event: Event, now: datetime) -> MockSession:
    """Apply ``event`` to the stored state and store the result (and the report once finished)."""
    refused: InterviewError | None = None
    with runtime.database.transaction() as session:
        row = _row(session, user_id, session_id)
        current = SessionState.model_validate(row.state["session"])
        try:
            state = advance(current, event, now)
        except InterviewError as exc:
            # A refused late answer still ends the expired stage: store what the clock decided.
            refused, state = exc, expire(current, now)
        _store(runtime, session, row, state, now)
        stored = _load(row)
    if refused is not None:
        raise InputError(str(refused)) from refused
    return stored


def _store(
    runtime: Runtime, session: Session, row: InterviewSession, state: SessionState, now: datetime
) -> None:
    report = None
    if state.status == "finished":
        built = build_report(state, runtime.bank.items)
        report = built.to_dict()
        _enqueue(session, row.user_id, built.weakest_topics, now)
        row.finished_at = now
    row.state = {"session": state.model_dump(mode="json"), "report": report}
    row.status, row.updated_at = state.status, now


def _enqueue(session: Session, user_id: int, weakest_topics: list[dict[str, Any]], now: datetime) -> None:
    """Put the weakest topics' items in the review queue, due now, as the report tells the candidate.

    An item without a card gets a new one; a scheduled card is only brought forward, keeping its
    memory state (the last question answered weakly is otherwise due a learning step after the
    report, and an item scheduled for later would be missing from the queue the report points to).
    """
    reviews = ReviewRepository(session)
    for topic in weakest_topics:
        for item_id in topic["practise"]:
            card = reviews.card(user_id=user_id, item_id=item_id)
            if card is None:
                reviews.save(user_id=user_id, item_id=item_id, state=new_card(now), due=now, reviewed_at=now)
            elif card.due > now:
                card.due = now


def _harder(runtime: Runtime, state: SessionState, item: Item) -> tuple[str, str] | None:
    """An unseen item of the same kind and stage, one difficulty up (chosen with the session seed)."""
    order = list(Difficulty)
    if item.difficulty == order[-1]:
        return None
    target = order[order.index(item.difficulty) + 1]
    used = {slot.item_id for run in state.stages for slot in run.slots}
    stage = state.stages[state.current].stage
    pool = sorted(
        (
            other
            for other in runtime.bank
            if other.kind == item.kind
            and other.difficulty == target
            and other.id not in used
            and stage in [s.value for s in other.stages]
        ),
        key=lambda other: other.id,
    )
    if not pool:
        return None
    chosen = random.Random(f"{state.seed}-{item.id}").choice(pool)
    return chosen.id, chosen.kind.value


def answer_mock(*, runtime: Runtime, user_id: int, session_id: int, body: str) -> MockSession:
    """Grade or judge ``body`` as the answer to the current question and move the session on.

    Raises:
        InputError: the session is over, the stage's time is up, or the answer is empty.
        ItemNotFound: no such session for this user.
    """
    now = require_utc(runtime.clock.now())
    if not body.strip():
        raise InputError("the answer is empty")
    mock = get_mock(runtime=runtime, user_id=user_id, session_id=session_id)
    state = mock.state
    slot = state.slot()
    if slot is None:
        raise InputError("the session is over")
    stage_index, slot_index = state.current, state.stages[state.current].index
    if state.remaining(now) <= timedelta(0):
        return _apply(runtime, user_id, session_id, Answer(stage_index, slot_index, body), now)
    item = runtime.bank.get(slot.item_id)
    score: float | None = None
    verdict: str | None = None
    missed: tuple[str, ...] = ()
    result: dict[str, Any]
    share = 0.0
    if isinstance(item, FreeTextItem) and slot.probe_point is not None:
        points = [point for point in item_points(item)[0] if point.id == slot.probe_point]
        graded = grade(answer=body, points=points, question=slot.probe_text or "", embedder=runtime.embedder)
        result, score = graded.to_dict(), graded.score
    elif isinstance(item, FreeTextItem):
        graded = grade_item_answer(runtime=runtime, item_id=item.id, answer=body)
        result, score = graded.to_dict(), graded.score
        missed = tuple(point.id for point in graded.key_points if point.status == "missed")
    else:
        judged = judge_code(runtime=runtime, item_id=item.id, code=body)
        result, verdict, share = (
            {**judged.result, "passed_share": judged.passed_share},
            judged.verdict,
            judged.passed_share,
        )
    follow_up = None
    value = score if score is not None else (1.0 if verdict == "AC" else share)
    if (
        value < FOLLOW_UP_BELOW
        and missed
        and item.kind.value in FOLLOW_UP_KINDS
        and slot.follow_up_of is None
    ):
        asked = {s.item_id for run in state.stages for s in run.slots}
        follow_up = choose_follow_up(item, missed, runtime.bank.items, slot_index, asked)
    harder = _harder(runtime, state, item) if value >= HARDER_FROM and slot.follow_up_of is None else None
    event = Answer(stage_index, slot_index, body, score, verdict, missed, result, follow_up, harder)
    stored = _apply(runtime, user_id, session_id, event, now)
    if slot.probe_point is None:
        record_result(
            database=runtime.database,
            now=now,
            user_id=user_id,
            item=item,
            body=body,
            result=result,
            evidence=Evidence(score=score, verdict=verdict, passed_share=share if verdict else None),
        )
        if stored.report is not None:  # the last answer: its own card was just scheduled after the report's
            with runtime.database.transaction() as session:
                _enqueue(session, user_id, stored.report["weakest_topics"], now)
    return stored


def skip_mock(*, runtime: Runtime, user_id: int, session_id: int) -> MockSession:
    """Skip the current question."""
    now = require_utc(runtime.clock.now())
    state = get_mock(runtime=runtime, user_id=user_id, session_id=session_id).state
    return _apply(runtime, user_id, session_id, Skip(state.current, state.stages[state.current].index), now)


def end_stage_mock(*, runtime: Runtime, user_id: int, session_id: int) -> MockSession:
    """End the current stage now."""
    return _apply(runtime, user_id, session_id, EndStage(), require_utc(runtime.clock.now()))


def end_mock(*, runtime: Runtime, user_id: int, session_id: int) -> MockSession:
    """End the whole session now (its report is built)."""
    return _apply(runtime, user_id, session_id, EndLoop(), require_utc(runtime.clock.now()))


def mock_report(*, runtime: Runtime, user_id: int, session_id: int) -> PanelReport:
    """Return the session's panel report (for an unfinished session, the report so far).

    Raises:
        ItemNotFound: no such session for this user.
    """
    mock = get_mock(runtime=runtime, user_id=user_id, session_id=session_id)
    return build_report(mock.state, runtime.bank.items)


def question_text(runtime: Runtime, state: SessionState) -> tuple[Item, str]:
    """Return the current item and the question to show for it.

    Raises:
        InputError: nothing is waiting for an answer.
    """
    slot = state.slot()
    if slot is None:
        raise InputError("the session is over")
    try:
        item = runtime.bank.get(slot.item_id)
    except ItemNotFound as exc:
        raise InputError(f"the bank no longer has {slot.item_id!r}; skip it") from exc
    if slot.probe_text:
        return item, slot.probe_text
    return item, item.prompt if isinstance(item, FreeTextItem) else item.title
