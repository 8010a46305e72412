"""The practice loop on a real database: results schedule reviews, selection, progress, drafts."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

import pytest

from aceml.bank.collection import Bank, load_bank
from aceml.bank.models import FreeTextItem
from aceml.bank.taxonomy import Kind
from aceml.clock import FixedClock
from aceml.config import shipped_content_dir
from aceml.errors import InputError
from aceml.review.scheduler import Evidence, Grade
from aceml.services.practice import attempt_history, ensure_local_user
from aceml.services.study import Filters, load_draft, next_items, progress, record_result, save_draft
from aceml.store.database import Database

START = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def bank() -> Bank:
    return load_bank([shipped_content_dir()])


def _prose(bank: Bank, count: int) -> list[FreeTextItem]:
    return sorted((item for item in bank if isinstance(item, FreeTextItem)), key=lambda i: i.id)[:count]


def test_thirty_days_of_practice_bring_failed_items_back_sooner(database: Database, bank: Bank) -> None:
    clock = FixedClock(START)
    user = ensure_local_user(database=database, clock=clock)
    items = _prose(bank, 20)
    weak = {item.id for item in items[:10]}  # the candidate keeps failing these
    reviews: dict[str, list[datetime]] = {item.id: [] for item in items}
    due = {item.id: START for item in items}
    for day in range(30):
        today = START + timedelta(days=day)
        for item in items:
            if due[item.id] > today + timedelta(hours=23):
                continue
            score = 0.3 if item.id in weak else 0.95
            recorded = record_result(
                database=database,
                now=today,
                user_id=user,
                item=item,
                body=f"answer on day {day}",
                result={"score": score},
                evidence=Evidence(score=score, duration_ms=60_000),
            )
            assert recorded.rating == (Grade.AGAIN if item.id in weak else Grade.EASY)
            reviews[item.id].append(today)
            due[item.id] = recorded.due
    weak_reviews = [len(reviews[i]) for i in weak]
    strong_reviews = [len(reviews[i.id]) for i in items if i.id not in weak]
    assert min(weak_reviews) > max(strong_reviews)  # failed items came back far more often
    last = START + timedelta(days=29)
    assert max(due[i] for i in weak) < min(due[i.id] for i in items if i.id not in weak)
    assert all(due[i] <= last + timedelta(days=1) for i in weak)
    # History is kept per item, newest first, with the evidence.
    history = attempt_history(database=database, user_id=user, item_id=items[0].id)
    assert len(history) == len(reviews[items[0].id])
    assert history[0].evidence["rating"] == "again" and history[0].evidence["suggested"] == "again"
    # Due reviews are picked first, with the reason.
    picks = next_items(
        database=database,
        items=bank,
        user_id=user,
        now=last + timedelta(days=1),
        rng=random.Random(1),
        count=3,
    )
    assert [pick.item.id in weak for pick in picks] == [True, True, True]
    assert all(pick.reason.startswith("due for review") for pick in picks)
    report = progress(database=database, items=bank, user_id=user, now=last + timedelta(hours=10))
    assert report.attempts == sum(len(v) for v in reviews.values())
    assert report.streak_days == 30
    assert 0 < report.overall < 100 and len(report.next_up) == 3
    assert report.history[-1][0] == last.date().isoformat() and len(report.history) == 30


def test_the_candidates_override_wins_and_is_recorded(database: Database, bank: Bank) -> None:
    clock = FixedClock(START)
    user = ensure_local_user(database=database, clock=clock)
    item = bank.get("overfitting")
    recorded = record_result(
        database=database,
        now=START,
        user_id=user,
        item=item,
        body="It memorises noise.",
        result={"score": 0.95},
        evidence=Evidence(score=0.95, override=Grade.HARD),
    )
    assert recorded.suggested == Grade.EASY and recorded.rating == Grade.HARD
    [attempt] = attempt_history(database=database, user_id=user, item_id="overfitting")
    assert attempt.evidence["overridden"] is True and attempt.score == 0.95


def test_selection_is_reproducible_filters_and_prefers_the_weakest_area(
    database: Database, bank: Bank
) -> None:
    user = ensure_local_user(database=database, clock=FixedClock(START))
    only_concepts = Filters(kinds=frozenset({Kind.CONCEPT}))
    first = next_items(
        database=database,
        items=bank,
        user_id=user,
        now=START,
        rng=random.Random(7),
        filters=only_concepts,
        count=5,
    )
    again = next_items(
        database=database,
        items=bank,
        user_id=user,
        now=START,
        rng=random.Random(7),
        filters=only_concepts,
        count=5,
    )
    assert [p.item.id for p in first] == [p.item.id for p in again]
    assert all(pick.item.kind == Kind.CONCEPT for pick in first) and len(first) == 5
    assert first[0].reason.startswith("weakest")


def test_a_draft_survives_until_the_answer_is_submitted(database: Database, bank: Bank) -> None:
    user = ensure_local_user(database=database, clock=FixedClock(START))
    save_draft(database=database, now=START, user_id=user, item_id="overfitting", body="It memorises")
    save_draft(database=database, now=START, user_id=user, item_id="overfitting", body="It memorises noise")
    assert load_draft(database=database, user_id=user, item_id="overfitting") == "It memorises noise"
    with pytest.raises(InputError, match="empty"):
        record_result(
            database=database,
            now=START,
            user_id=user,
            item=bank.get("overfitting"),
            body="   ",
            result={},
            evidence=Evidence(score=0.0),
        )
    assert load_draft(database=database, user_id=user, item_id="overfitting") == "It memorises noise"
    record_result(
        database=database,
        now=START,
        user_id=user,
        item=bank.get("overfitting"),
        body="It memorises noise",
        result={},
        evidence=Evidence(score=0.5),
    )
    assert load_draft(database=database, user_id=user, item_id="overfitting") is None


def test_autosaves_and_submissions_racing_on_one_item_never_fail(database: Database, bank: Bank) -> None:
    """Two tabs on the same question: drafts saved while answers are submitted (found by bench web)."""
    from concurrent.futures import ThreadPoolExecutor

    user = ensure_local_user(database=database, clock=FixedClock(START))
    item = bank.get("overfitting")

    def work(index: int) -> None:
        if index % 3 == 0:
            record_result(
                database=database,
                now=START + timedelta(seconds=index),
                user_id=user,
                item=item,
                body=f"answer {index}",
                result={},
                evidence=Evidence(score=0.5),
            )
        else:
            save_draft(
                database=database, now=START, user_id=user, item_id="overfitting", body=f"draft {index}"
            )

    with ThreadPoolExecutor(max_workers=8) as pool:
        list(pool.map(work, range(60)))  # re-raises any failure
    draft = load_draft(database=database, user_id=user, item_id="overfitting")
    assert draft is None or draft.startswith("draft ")
    assert len(attempt_history(database=database, user_id=user, item_id="overfitting")) == 20
