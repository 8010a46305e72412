"""The practice loop: record results as review evidence, pick what to practise next, measure readiness.

Every result (a graded answer, a judged submission) is stored with its evidence and reviews the
item's card in the same transaction, so the schedule never disagrees with the history. Drafts
autosave what the candidate is typing and are discarded when the answer is submitted.
"""

from __future__ import annotations

import random
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy.exc import IntegrityError

from aceml.bank.models import DatasetItem, FreeTextItem, Item, ProblemItem
from aceml.bank.taxonomy import Competency, Difficulty, Kind, Topic
from aceml.clock import require_utc
from aceml.errors import InputError
from aceml.review.readiness import Result, readiness
from aceml.review.scheduler import Evidence, Grade, rating_from_evidence, retrievability, schedule
from aceml.services.practice import MAX_BODY_CHARS, check_body
from aceml.store.database import Database
from aceml.store.repositories import AttemptRepository
from aceml.store.review_repositories import (
    DraftRepository,
    ReviewRepository,
    attempts_of,
    recent_attempts_at,
    user_by_id,
)

# How long an interviewer would give each kind of item (minutes), the basis of "slow" evidence.
TIME_BOX_MINUTES = {
    Kind.CONCEPT: 3,
    Kind.BEHAVIORAL: 4,
    Kind.DESIGN: 15,
    Kind.CASE: 12,
    Kind.DATASET: 30,
}
PROBLEM_MINUTES = {Difficulty.EASY: 15, Difficulty.MEDIUM: 25, Difficulty.HARD: 40}
RECENT_DAYS = 90  # results older than this do not count toward readiness
RECORD_RETRIES = 3


def time_box_ms(item: Item) -> int:
    """Return the time an interviewer would allow for ``item``, in milliseconds."""
    minutes = PROBLEM_MINUTES[item.difficulty] if item.kind == Kind.PROBLEM else TIME_BOX_MINUTES[item.kind]
    return minutes * 60_000


@dataclass(frozen=True)
class Recorded:
    """A stored result: the attempt, the rating it gave and when the item comes back."""

    attempt_id: int
    item_id: str
    rating: Grade
    suggested: Grade
    due: datetime

    def to_dict(self) -> dict[str, Any]:
        """Return JSON-ready data."""
        return {
            "attempt_id": self.attempt_id,
            "item_id": self.item_id,
            "rating": self.rating.name.lower(),
            "suggested": self.suggested.name.lower(),
            "due": self.due.isoformat(),
        }


def record_result(
    *,
    database: Database,
    now: datetime,
    user_id: int,
    item: Item,
    body: str,
    result: dict[str, Any],
    evidence: Evidence,
) -> Recorded:
    """Store an attempt with its evidence, review the item's card and discard the draft: one transaction.

    ``result`` is the grader's or the judge's result as JSON data; ``evidence`` says what it showed
    (an ``override`` is the candidate's own rating).

    Raises:
        InputError: the body is empty or too large.
    """
    check_body(body)
    now = require_utc(now)
    evidence = replace(evidence, expected_ms=evidence.expected_ms or time_box_ms(item))
    suggested = rating_from_evidence(replace(evidence, override=None))
    rating = rating_from_evidence(evidence)
    for retry in range(RECORD_RETRIES):
        try:
            with database.transaction() as session:
                attempt = AttemptRepository(session).add(
                    user_id=user_id,
                    item_id=item.id,
                    item_kind=item.kind.value,
                    content_hash=item.content_hash,
                    body=body,
                    score=evidence.score,
                    verdict=evidence.verdict,
                    evidence={
                        "result": result,
                        "suggested": suggested.name.lower(),
                        "rating": rating.name.lower(),
                        "overridden": evidence.override is not None,
                        "passed_share": evidence.passed_share,
                        "expected_ms": evidence.expected_ms,
                    },
                    duration_ms=evidence.duration_ms,
                    hints_used=evidence.hints_used,
                    created_at=now,
                )
                reviews = ReviewRepository(session)
                previous = reviews.card(user_id=user_id, item_id=item.id)
                before = dict(previous.state) if previous else None
                attempt.evidence = {**attempt.evidence, "card_before": before}
                state, due = schedule(before, rating, now)
                card = reviews.save(user_id=user_id, item_id=item.id, state=state, due=due, reviewed_at=now)
                reviews.log(
                    card_id=card.id,
                    attempt_id=attempt.id,
                    rating=int(rating),
                    reviewed_at=now,
                    duration_ms=evidence.duration_ms,
                )
                DraftRepository(session).discard(user_id=user_id, item_id=item.id)
                return Recorded(attempt.id, item.id, rating, suggested, due)
        except IntegrityError:
            # Two results for an item that had no card yet (two tabs, two workers): both tried to
            # create it. The transaction rolled back; again, the card now exists and is updated.
            if retry == RECORD_RETRIES - 1:
                raise
    raise AssertionError("unreachable")  # pragma: no cover


def override_rating(*, database: Database, user_id: int, attempt_id: int, rating: Grade) -> Recorded:
    """Replace the rating of the user's latest attempt at an item and reschedule its card.

    The card is rescheduled from its state before that attempt, as if the candidate had given
    ``rating`` in the first place.

    Raises:
        ItemNotFound: no such attempt for this user.
        InputError: a newer attempt at the same item exists (only the latest can be re-rated).
    """
    from aceml.errors import ItemNotFound
    from aceml.store.tables import Attempt

    with database.transaction() as session:
        attempt = session.get(Attempt, attempt_id)
        if attempt is None or attempt.user_id != user_id:
            raise ItemNotFound(f"no attempt with id {attempt_id}")
        latest = AttemptRepository(session).for_item(user_id=user_id, item_id=attempt.item_id)[0]
        if latest.id != attempt.id:
            raise InputError("only your latest attempt at an item can be re-rated")
        reviews = ReviewRepository(session)
        card = reviews.card(user_id=user_id, item_id=attempt.item_id)
        assert card is not None  # recording an attempt always saves its card
        before = attempt.evidence.get("card_before")
        state, due = schedule(before if isinstance(before, dict) else None, rating, attempt.created_at)
        card.state, card.due = state, due
        for entry in reviews.logs(user_id=user_id):
            if entry.attempt_id == attempt.id:
                entry.rating = int(rating)
        attempt.evidence = {**attempt.evidence, "rating": rating.name.lower(), "overridden": True}
        suggested = Grade[str(attempt.evidence.get("suggested", rating.name)).upper()]
        return Recorded(attempt.id, attempt.item_id, rating, suggested, due)


def save_draft(*, database: Database, now: datetime, user_id: int, item_id: str, body: str) -> None:
    """Autosave what the candidate has typed so far (committed when this returns)."""
    if len(body) > MAX_BODY_CHARS:
        raise InputError(f"the draft is too long ({len(body)} characters; the limit is {MAX_BODY_CHARS})")
    with database.transaction() as session:
        DraftRepository(session).save(
            user_id=user_id, item_id=item_id, body=body, updated_at=require_utc(now)
        )


def load_draft(*, database: Database, user_id: int, item_id: str) -> str | None:
    """Return the saved draft for an item, or None."""
    with database.transaction() as session:
        draft = DraftRepository(session).get(user_id=user_id, item_id=item_id)
        return draft.body if draft is not None else None


def submissions(*, database: Database, user_id: int, item_id: str, limit: int = 10) -> list[dict[str, Any]]:
    """Return the user's latest submissions (or answers) to one item, newest first: when, the
    verdict or grade, and the share of tests passed when judged."""
    with database.transaction() as session:
        rows = recent_attempts_at(session, user_id, item_id, limit)
        return [
            {
                "attempt_id": row.id,
                "at": row.created_at.isoformat(),
                "verdict": row.verdict,
                "score": row.score,
                "passed": row.evidence.get("passed_share"),
            }
            for row in rows
        ]


@dataclass(frozen=True)
class Filters:
    """Which items practice may pick (None: any)."""

    topic: Topic | None = None
    stage: str | None = None
    competency: Competency | None = None
    difficulty: Difficulty | None = None
    kinds: frozenset[Kind] | None = None

    def allow(self, item: Item) -> bool:
        """Return True if ``item`` passes every filter."""
        return (
            (self.topic is None or self.topic in item.topics)
            and (self.stage is None or self.stage in item.stages)
            and (self.competency is None or self.competency in item.competencies)
            and (self.difficulty is None or item.difficulty == self.difficulty)
            and (self.kinds is None or item.kind in self.kinds)
        )


@dataclass(frozen=True)
class Pick:
    """An item to practise and why it was chosen."""

    item: Item
    reason: str
    due: bool = False  # a review that is due now (the rest are new or weak-area picks)


@dataclass(frozen=True)
class Area:
    """Readiness of one competency or topic."""

    name: str
    readiness: float
    attempted: int
    items: int
    mean_score: float | None


@dataclass
class Progress:
    """Readiness per competency and topic, history, streak and what to practise next."""

    competencies: list[Area]
    topics: list[Area]
    overall: float
    history: list[tuple[str, float]]
    streak_days: int
    attempts: int
    due_now: int
    next_up: list[dict[str, str]] = field(default_factory=list)
    due: list[dict[str, str]] = field(default_factory=list)  # up to five reviews due now, most overdue first

    def to_dict(self) -> dict[str, Any]:
        """Return JSON-ready data."""
        return {
            "overall": self.overall,
            "competencies": [vars(area) for area in self.competencies],
            "topics": [vars(area) for area in self.topics],
            "history": [{"date": day, "readiness": value} for day, value in self.history],
            "streak_days": self.streak_days,
            "attempts": self.attempts,
            "due_now": self.due_now,
            "next_up": self.next_up,
            "due": self.due,
        }


@dataclass(frozen=True)
class _Snapshot:
    """What progress is computed from: per item, its results, and each card's state."""

    results: dict[str, list[tuple[datetime, float]]]
    states: dict[str, dict[str, Any]]
    dues: dict[str, datetime]
    days: set[date]
    attempts: int
    role: str
    level: str


def _result_value(score: float | None, verdict: str | None) -> float:
    if score is not None:
        return float(score)
    return 1.0 if verdict == "AC" else 0.0


def _snapshot(database: Database, user_id: int) -> _Snapshot:
    with database.transaction() as session:
        user = user_by_id(session, user_id)
        if user is None:
            raise InputError(f"no user with id {user_id}")
        results: dict[str, list[tuple[datetime, float]]] = defaultdict(list)
        days: set[date] = set()
        rows = attempts_of(session, user_id)
        for row in rows:
            results[row.item_id].append((row.created_at, _result_value(row.score, row.verdict)))
            days.add(row.created_at.date())
        cards = ReviewRepository(session).cards(user_id=user_id)
        return _Snapshot(
            results=dict(results),
            states={card.item_id: dict(card.state) for card in cards},
            dues={card.item_id: card.due for card in cards},
            days=days,
            attempts=len(rows),
            role=user.target_role,
            level=user.target_level,
        )


def _areas(
    items: list[Item], snapshot: _Snapshot, now: datetime, key: Any, names: Iterable[str]
) -> list[Area]:
    horizon = now - timedelta(days=RECENT_DAYS)
    members: dict[str, list[Item]] = defaultdict(list)
    for item in items:
        for name in key(item):
            members[name].append(item)
    areas = []
    for name in names:
        group = members.get(name, [])
        attempted = [item for item in group if item.id in snapshot.results]
        recent = [
            Result(value, (now - when).total_seconds() / 86_400)
            for item in attempted
            for when, value in snapshot.results[item.id]
            if horizon <= when <= now
        ]
        retention = (
            sum(retrievability(snapshot.states.get(item.id), now) for item in attempted) / len(attempted)
            if attempted
            else 0.0
        )
        coverage = len(attempted) / len(group) if group else 0.0
        mean = sum(r.score for r in recent) / len(recent) if recent else None
        areas.append(
            Area(
                name,
                readiness(recent, coverage, min(1.0, retention), len(attempted), len(group)),
                len(attempted),
                len(group),
                mean,
            )
        )
    return areas


def _streak(days: set[date], today: date) -> int:
    """Consecutive days with practice, ending today (or yesterday, if today has none yet)."""
    day = today if today in days else today - timedelta(days=1)
    count = 0
    while day in days:
        count += 1
        day -= timedelta(days=1)
    return count


def _history(items: list[Item], snapshot: _Snapshot, now: datetime, days: int) -> list[tuple[str, float]]:
    """Overall readiness at the end of each of the last ``days`` days that had practice."""
    history = []
    for offset in range(days - 1, -1, -1):
        moment = now - timedelta(days=offset)
        if moment.date() not in snapshot.days and offset != 0:
            continue
        past = _Snapshot(
            results={
                item: [(when, value) for when, value in values if when <= moment]
                for item, values in snapshot.results.items()
                if any(when <= moment for when, _ in values)
            },
            states={},  # the card states of the past are not kept; retention counts as 0 there
            dues={},
            days=snapshot.days,
            attempts=0,
            role=snapshot.role,
            level=snapshot.level,
        )
        areas = _areas(items, past, moment, lambda item: [c.value for c in item.competencies], _COMPETENCIES)
        history.append((moment.date().isoformat(), round(sum(a.readiness for a in areas) / len(areas), 1)))
    return history


_COMPETENCIES = [competency.value for competency in Competency]


def progress(
    *, database: Database, items: Iterable[Item], user_id: int, now: datetime, history_days: int = 30
) -> Progress:
    """Return readiness per competency and topic, the history, the streak and the next three picks."""
    now = require_utc(now)
    items = list(items)
    snapshot = _snapshot(database, user_id)
    competencies = _areas(
        items, snapshot, now, lambda item: [c.value for c in item.competencies], _COMPETENCIES
    )
    topics = _areas(
        items, snapshot, now, lambda item: [t.value for t in item.topics], [t.value for t in Topic]
    )
    topics = [area for area in topics if area.items]
    overall = round(sum(area.readiness for area in competencies) / len(competencies), 1)
    report = Progress(
        competencies=competencies,
        topics=topics,
        overall=overall,
        history=_history(items, snapshot, now, history_days),
        streak_days=_streak(snapshot.days, now.date()),
        attempts=snapshot.attempts,
        due_now=sum(1 for due in snapshot.dues.values() if due <= now),
    )
    picks = _select(items, snapshot, report, now, random.Random(0), Filters(), 5)
    report.next_up = [
        {"id": pick.item.id, "kind": pick.item.kind.value, "why": pick.reason} for pick in picks[:3]
    ]
    report.due = [
        {"id": pick.item.id, "kind": pick.item.kind.value, "title": pick.item.title, "why": pick.reason}
        for pick in picks
        if pick.due
    ]
    return report


def next_items(
    *,
    database: Database,
    items: Iterable[Item],
    user_id: int,
    now: datetime,
    rng: random.Random,
    filters: Filters = Filters(),  # noqa: B008 - a frozen dataclass is immutable
    count: int = 1,
) -> list[Pick]:
    """Return what to practise next: due reviews first, then the weakest areas, then new items.

    New items are matched to the candidate's target level (an item without levels suits every
    level). ``rng`` breaks ties among equally good candidates, so a fixed seed gives a fixed pick.
    """
    now = require_utc(now)
    items = list(items)
    snapshot = _snapshot(database, user_id)
    competencies = _areas(
        items, snapshot, now, lambda item: [c.value for c in item.competencies], _COMPETENCIES
    )
    topics = _areas(
        items, snapshot, now, lambda item: [t.value for t in item.topics], [t.value for t in Topic]
    )
    report = Progress(competencies, [t for t in topics if t.items], 0.0, [], 0, snapshot.attempts, 0)
    return _select(items, snapshot, report, now, rng, filters, count)


def _suits(item: Item, level: str) -> bool:
    levels = [level_.value for level_ in getattr(item, "levels", [])]
    return not levels or level in levels


def _select(
    items: list[Item],
    snapshot: _Snapshot,
    report: Progress,
    now: datetime,
    rng: random.Random,
    filters: Filters,
    count: int,
) -> list[Pick]:
    allowed = [item for item in items if filters.allow(item)]
    by_id = {item.id: item for item in allowed}
    picks: list[Pick] = []
    chosen: set[str] = set()

    def take(item: Item, reason: str, due: bool = False) -> bool:
        if item.id not in chosen:
            picks.append(Pick(item, reason, due))
            chosen.add(item.id)
        return len(picks) >= count

    due = sorted(
        (when, item_id) for item_id, when in snapshot.dues.items() if when <= now and item_id in by_id
    )
    for when, item_id in due:
        overdue = (now - when).days
        reason = "due for review" + (f" ({overdue} days overdue)" if overdue >= 1 else "")
        if take(by_id[item_id], reason, due=True):
            return picks
    fresh = [item for item in allowed if item.id not in snapshot.results and _suits(item, snapshot.level)]
    weakest = sorted(report.competencies, key=lambda area: (area.readiness, area.name))
    weak_topics = sorted(report.topics, key=lambda area: (area.readiness, area.name))
    for area, of in [(a, "competency") for a in weakest[:2]] + [(t, "topic") for t in weak_topics[:3]]:
        pool = [
            item
            for item in fresh
            if item.id not in chosen
            and (
                area.name in [c.value for c in item.competencies]
                if of == "competency"
                else area.name in item.topics
            )
        ]
        if pool:
            item = rng.choice(sorted(pool, key=lambda i: i.id))
            if take(item, f"weakest {of}: {area.name} (readiness {area.readiness:g})"):
                return picks
    rest = sorted((item for item in fresh if item.id not in chosen), key=lambda i: i.id)
    rng.shuffle(rest)
    for item in rest:
        if take(item, f"new at your level ({snapshot.level})"):
            return picks
    seen = sorted(
        (item for item in allowed if item.id in snapshot.results and item.id not in chosen),
        key=lambda i: (snapshot.dues.get(i.id, now), i.id),
    )
    for item in seen:
        if take(item, "practised before; next due soonest"):
            return picks
    return picks


def is_prose(item: Item) -> bool:
    """Return True for items answered in prose (graded), False for judged ones."""
    return isinstance(item, FreeTextItem)


def is_judged(item: Item) -> bool:
    """Return True for coding problems and dataset tasks."""
    return isinstance(item, ProblemItem | DatasetItem)
