"""The review scheduler: evidence from a result becomes a rating, and FSRS schedules the card.

``rating_from_evidence`` is the documented mapping (README, "Practice"): a grader score or a judge
verdict sets the base rating, hints and slowness lower it, and the candidate may override it.
``schedule`` wraps the ``fsrs`` package behind plain dictionaries, so the store keeps a card as
JSON and nothing here depends on how it is saved. Fuzzing is off: the same history always gives
the same due dates, which tests (and candidates comparing notes) can rely on.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from enum import IntEnum
from typing import Any

from fsrs import Card, Rating, Scheduler

_SCHEDULER = Scheduler(enable_fuzzing=False)


class Grade(IntEnum):
    """How well an item was recalled (FSRS's four ratings)."""

    AGAIN = 1
    HARD = 2
    GOOD = 3
    EASY = 4

    @classmethod
    def parse(cls, text: str) -> Grade:
        """Return the grade named by ``text`` (again/hard/good/easy, or a/h/g/e, or 1-4).

        Raises:
            ValueError: not a grade.
        """
        value = text.strip().lower()
        for grade in cls:
            if value in (grade.name.lower(), grade.name[0].lower(), str(grade.value)):
                return grade
        raise ValueError(f"unknown rating {text.strip()!r}; use again, hard, good or easy")


# Grader score bands (the score is the weighted share of key points covered, minus mistakes).
AGAIN_BELOW = 0.5  # fewer than half of the ideas: not recalled
GOOD_FROM = 0.7  # most ideas: recalled
EASY_FROM = 0.9  # nearly all ideas, fast and without hints
SLOW_FACTOR = 2.0  # more than twice the expected time lowers the rating one step
FAST_FACTOR = 0.5  # at most half the expected time is needed for Easy on a judged item
JUDGE_HARD_SHARE = 0.8  # a wrong answer passing this share of tests is Hard, not Again


@dataclass(frozen=True)
class Evidence:
    """What one attempt showed: a grader score or a judge verdict, time and hints."""

    score: float | None = None  # grader score in [0, 1] (prose items, dataset analyses)
    verdict: str | None = None  # judge verdict (problems, dataset tasks)
    passed_share: float | None = None  # share of tests passed, for a judged item
    duration_ms: int | None = None
    expected_ms: int | None = None  # the item's time box
    hints_used: int = 0
    override: Grade | None = None  # the candidate's own rating wins


def rating_from_evidence(evidence: Evidence) -> Grade:
    """Map an attempt's evidence to a rating.

    1. An override by the candidate is used as given.
    2. A judged item: AC is Good (Easy when done in at most half the expected time); any other
       verdict is Again, or Hard when at least 80% of the tests passed.
       A graded item: score < 0.5 is Again, < 0.7 Hard, < 0.9 Good, else Easy.
    3. Hints cap the rating at Hard (the answer was not recalled unaided); taking more than twice
       the expected time lowers Good or Easy by one step.
    """
    if evidence.override is not None:
        return evidence.override
    slow = fast = False
    if evidence.duration_ms is not None and evidence.expected_ms:
        slow = evidence.duration_ms > SLOW_FACTOR * evidence.expected_ms
        fast = evidence.duration_ms <= FAST_FACTOR * evidence.expected_ms
    if evidence.verdict is not None:
        if evidence.verdict == "AC":
            grade = Grade.EASY if fast else Grade.GOOD
        elif (evidence.passed_share or 0.0) >= JUDGE_HARD_SHARE:
            grade = Grade.HARD
        else:
            grade = Grade.AGAIN
    elif evidence.score is not None:
        score = evidence.score
        grade = (
            Grade.AGAIN
            if score < AGAIN_BELOW
            else Grade.HARD
            if score < GOOD_FROM
            else Grade.GOOD
            if score < EASY_FROM
            else Grade.EASY
        )
    else:
        raise ValueError("evidence needs a score, a verdict or an override")
    if evidence.hints_used > 0 and grade > Grade.HARD:
        grade = Grade.HARD
    if slow and grade >= Grade.GOOD:
        grade = Grade(grade - 1)
    return grade


def new_card(now: datetime) -> dict[str, Any]:
    """Return the state of a card never reviewed, due ``now``."""
    return dict(Card(card_id=0, due=_utc(now)).to_dict())


def schedule(state: dict[str, Any] | None, grade: Grade, now: datetime) -> tuple[dict[str, Any], datetime]:
    """Review a card (``None``: a new one) with ``grade`` at ``now``; return its new state and due date."""
    card = Card.from_dict(state) if state else Card(card_id=0, due=_utc(now))  # type: ignore[arg-type]
    reviewed, _log = _SCHEDULER.review_card(card, Rating(int(grade)), review_datetime=_utc(now))
    return dict(reviewed.to_dict()), reviewed.due


def retrievability(state: dict[str, Any] | None, now: datetime) -> float:
    """Return the probability of recalling the item at ``now`` (0 for a card never reviewed)."""
    if not state or state.get("last_review") is None:
        return 0.0
    card = Card.from_dict(state)  # type: ignore[arg-type]
    return float(_SCHEDULER.get_card_retrievability(card, current_datetime=_utc(now)))


def _utc(moment: datetime) -> datetime:
    if moment.tzinfo is None:
        raise ValueError("naive datetime: pass an aware UTC datetime")
    return moment.astimezone(UTC)
