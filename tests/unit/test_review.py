"""The evidence-to-rating mapping, the FSRS adapter and the readiness function."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from aceml.review.readiness import Result, readiness
from aceml.review.scheduler import Evidence, Grade, rating_from_evidence, retrievability, schedule

NOW = datetime(2026, 11, 24, 9, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("evidence", "grade"),
    [
        (Evidence(score=0.0), Grade.AGAIN),
        (Evidence(score=0.49), Grade.AGAIN),
        (Evidence(score=0.5), Grade.HARD),
        (Evidence(score=0.69), Grade.HARD),
        (Evidence(score=0.7), Grade.GOOD),
        (Evidence(score=0.89), Grade.GOOD),
        (Evidence(score=0.9), Grade.EASY),
        (Evidence(score=1.0, hints_used=1), Grade.HARD),
        (Evidence(score=0.4, hints_used=2), Grade.AGAIN),
        (Evidence(score=0.95, duration_ms=250_000, expected_ms=100_000), Grade.GOOD),
        (Evidence(score=0.75, duration_ms=250_000, expected_ms=100_000), Grade.HARD),
        (Evidence(score=0.6, duration_ms=250_000, expected_ms=100_000), Grade.HARD),
        (Evidence(verdict="AC"), Grade.GOOD),
        (Evidence(verdict="AC", duration_ms=40_000, expected_ms=100_000), Grade.EASY),
        (Evidence(verdict="AC", duration_ms=40_000, expected_ms=100_000, hints_used=1), Grade.HARD),
        (Evidence(verdict="WA", passed_share=0.85), Grade.HARD),
        (Evidence(verdict="WA", passed_share=0.5), Grade.AGAIN),
        (Evidence(verdict="TLE"), Grade.AGAIN),
        (Evidence(verdict="WA", override=Grade.GOOD), Grade.GOOD),
        (Evidence(score=1.0, override=Grade.AGAIN), Grade.AGAIN),
    ],
)
def test_evidence_maps_to_a_rating(evidence: Evidence, grade: Grade) -> None:
    assert rating_from_evidence(evidence) == grade


def test_evidence_without_a_result_is_refused_and_ratings_parse() -> None:
    with pytest.raises(ValueError, match="score, a verdict or an override"):
        rating_from_evidence(Evidence())
    assert [Grade.parse(text) for text in ("again", "H", "3", " easy ")] == list(Grade)
    with pytest.raises(ValueError, match="unknown rating"):
        Grade.parse("great")


def test_a_failed_card_comes_back_sooner_than_a_passed_one() -> None:
    failed, failed_due = schedule(None, Grade.AGAIN, NOW)
    passed, passed_due = schedule(None, Grade.GOOD, NOW)
    easy, easy_due = schedule(None, Grade.EASY, NOW)
    assert failed_due < passed_due < easy_due
    assert retrievability(None, NOW) == 0.0
    assert retrievability(easy, NOW + timedelta(days=1)) > retrievability(easy, NOW + timedelta(days=60))
    again_state, again_due = schedule(passed, Grade.AGAIN, passed_due)
    assert again_due - passed_due < passed_due - NOW
    assert again_state != passed


def test_readiness_weighs_recent_results_coverage_retention_and_evidence() -> None:
    assert readiness([], 0.0, 0.0, 0, 20) == 0.0
    assert readiness([Result(1.0, 0.0)] * 5, 1.0, 1.0, 5, 5) == 100.0
    # One old perfect result and one fresh poor one: the fresh one counts more.
    mixed = readiness([Result(1.0, 28.0), Result(0.0, 0.0)], 0.5, 0.5, 2, 4)
    assert mixed == pytest.approx(100 * (0.5 * (0.6 * (0.25 / 1.25) + 0.15 * 0.5) + 0.25 * 0.5), abs=0.06)
    fresh = readiness([Result(0.8, 0.0)] * 10, 0.5, 0.9, 10, 20)
    stale = readiness([Result(0.8, 30.0), Result(0.2, 0.0)] * 5, 0.5, 0.9, 10, 20)
    assert fresh > stale
    # One good answer in a large area is little evidence of readiness.
    assert readiness([Result(1.0, 0.0)], 1 / 300, 1.0, 1, 300) < 10
    assert readiness([Result(1.0, 0.0)] * 10, 10 / 300, 1.0, 10, 300) > 70
    with pytest.raises(ValueError, match="coverage"):
        readiness([], 1.5, 0.0, 0, 1)
    with pytest.raises(ValueError, match="scores"):
        readiness([Result(2.0, 0.0)], 0.0, 0.0, 1, 1)
