"""Queries and inserts for practice: review cards and logs, drafts, a user's attempts. Never commit."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import delete, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from aceml.store.tables import Attempt, Draft, ReviewCard, ReviewLog, User


class ReviewRepository:
    """Spaced-repetition cards (one per user and item) and their review logs."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def card(self, *, user_id: int, item_id: str) -> ReviewCard | None:
        """Return the user's card for an item, or None."""
        query = select(ReviewCard).where(ReviewCard.user_id == user_id, ReviewCard.item_id == item_id)
        return self._session.scalars(query).one_or_none()

    def save(
        self, *, user_id: int, item_id: str, state: dict[str, Any], due: datetime, reviewed_at: datetime
    ) -> ReviewCard:
        """Create or update the user's card for an item and return it with its id."""
        card = self.card(user_id=user_id, item_id=item_id)
        if card is None:
            card = ReviewCard(user_id=user_id, item_id=item_id, state=state, due=due, last_review=reviewed_at)
            self._session.add(card)
        else:
            card.state, card.due, card.last_review = state, due, reviewed_at
        self._session.flush()
        return card

    def log(
        self,
        *,
        card_id: int,
        attempt_id: int | None,
        rating: int,
        reviewed_at: datetime,
        duration_ms: int | None,
    ) -> ReviewLog:
        """Add one review log."""
        entry = ReviewLog(
            card_id=card_id,
            attempt_id=attempt_id,
            rating=rating,
            reviewed_at=reviewed_at,
            duration_ms=duration_ms,
        )
        self._session.add(entry)
        self._session.flush()
        return entry

    def cards(self, *, user_id: int) -> Sequence[ReviewCard]:
        """Return all the user's cards, soonest due first."""
        query = (
            select(ReviewCard).where(ReviewCard.user_id == user_id).order_by(ReviewCard.due, ReviewCard.id)
        )
        return self._session.scalars(query).all()

    def logs(self, *, user_id: int) -> Sequence[ReviewLog]:
        """Return all the user's review logs, oldest first."""
        query = (
            select(ReviewLog)
            .join(ReviewCard, ReviewLog.card_id == ReviewCard.id)
            .where(ReviewCard.user_id == user_id)
            .order_by(ReviewLog.reviewed_at, ReviewLog.id)
        )
        return self._session.scalars(query).all()


class DraftRepository:
    """Autosaved, unsubmitted answers and code (one per user and item)."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def get(self, *, user_id: int, item_id: str) -> Draft | None:
        """Return the user's draft for an item, or None."""
        query = select(Draft).where(Draft.user_id == user_id, Draft.item_id == item_id)
        return self._session.scalars(query).one_or_none()

    def save(self, *, user_id: int, item_id: str, body: str, updated_at: datetime) -> None:
        """Create or replace the draft.

        An UPDATE first, then an INSERT if no row matched: plain statements rather than a loaded
        object, so a draft deleted meanwhile by a submission in another request (another tab) is
        simply written again instead of failing the autosave.
        """
        matched = self._session.execute(
            update(Draft)
            .where(Draft.user_id == user_id, Draft.item_id == item_id)
            .values(body=body, updated_at=updated_at)
        )
        if getattr(matched, "rowcount", 0):
            return
        nested = self._session.begin_nested()
        try:
            self._session.execute(
                insert(Draft).values(user_id=user_id, item_id=item_id, body=body, updated_at=updated_at)
            )
            nested.commit()
        except IntegrityError:  # a concurrent autosave inserted it first: update that one
            nested.rollback()
            self._session.execute(
                update(Draft)
                .where(Draft.user_id == user_id, Draft.item_id == item_id)
                .values(body=body, updated_at=updated_at)
            )

    def discard(self, *, user_id: int, item_id: str) -> None:
        """Delete the draft, if any (after the answer is submitted)."""
        self._session.execute(delete(Draft).where(Draft.user_id == user_id, Draft.item_id == item_id))


def attempts_of(session: Session, user_id: int) -> Sequence[Attempt]:
    """Return all the user's attempts, oldest first."""
    query = select(Attempt).where(Attempt.user_id == user_id).order_by(Attempt.created_at, Attempt.id)
    return session.scalars(query).all()


def recent_attempts_at(session: Session, user_id: int, item_id: str, limit: int) -> Sequence[Attempt]:
    """Return the user's latest ``limit`` attempts at one item, newest first."""
    query = (
        select(Attempt)
        .where(Attempt.user_id == user_id, Attempt.item_id == item_id)
        .order_by(Attempt.created_at.desc(), Attempt.id.desc())
        .limit(limit)
    )
    return session.scalars(query).all()


def user_by_id(session: Session, user_id: int) -> User | None:
    """Return the user with this id, or None."""
    return session.get(User, user_id)
