"""Queries and inserts. Repositories flush when they need an id, and never commit."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from aceml.store.tables import Attempt, Base, Draft, ReviewCard, ReviewLog, User


class UserRepository:
    """Users by name and id."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def by_username(self, username: str) -> User | None:
        """Return the user called ``username``, or None."""
        return self._session.scalars(select(User).where(User.username == username)).one_or_none()

    def by_id(self, user_id: int) -> User | None:
        """Return the user with this id, or None."""
        return self._session.get(User, user_id)

    def add(self, *, username: str, created_at: datetime, password_hash: str | None = None) -> User:
        """Add a user and return it with its id assigned."""
        user = User(username=username, password_hash=password_hash, created_at=created_at)
        self._session.add(user)
        self._session.flush()
        return user


class AttemptRepository:
    """Answers and submissions."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def add(
        self,
        *,
        user_id: int,
        item_id: str,
        item_kind: str,
        content_hash: str,
        body: str,
        created_at: datetime,
        score: float | None = None,
        verdict: str | None = None,
        evidence: dict[str, Any] | None = None,
        duration_ms: int | None = None,
        hints_used: int = 0,
    ) -> Attempt:
        """Add an attempt and return it with its id assigned."""
        attempt = Attempt(
            user_id=user_id,
            item_id=item_id,
            item_kind=item_kind,
            content_hash=content_hash,
            body=body,
            score=score,
            verdict=verdict,
            evidence=evidence or {},
            duration_ms=duration_ms,
            hints_used=hints_used,
            created_at=created_at,
        )
        self._session.add(attempt)
        self._session.flush()
        return attempt

    def for_item(self, *, user_id: int, item_id: str) -> Sequence[Attempt]:
        """Return the user's attempts at one item, newest first."""
        query = (
            select(Attempt)
            .where(Attempt.user_id == user_id, Attempt.item_id == item_id)
            .order_by(Attempt.created_at.desc(), Attempt.id.desc())
        )
        return self._session.scalars(query).all()

    def count(self, *, user_id: int) -> int:
        """Return how many attempts the user has made."""
        return self._session.scalar(select(func.count()).where(Attempt.user_id == user_id)) or 0


class HistoryRepository:
    """Every row of one user's history at once (attempts, review cards and logs, drafts), in
    insertion order: what progress export reads and import writes."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def user(self, user_id: int) -> User | None:
        """Return the user with ``user_id``, or None."""
        return self._session.get(User, user_id)

    def attempts(self, *, user_id: int) -> Sequence[Attempt]:
        """Return the user's attempts, oldest id first."""
        return self._session.scalars(
            select(Attempt).where(Attempt.user_id == user_id).order_by(Attempt.id)
        ).all()

    def review_cards(self, *, user_id: int) -> Sequence[ReviewCard]:
        """Return the user's review cards, oldest id first."""
        query = select(ReviewCard).where(ReviewCard.user_id == user_id).order_by(ReviewCard.id)
        return self._session.scalars(query).all()

    def review_logs(self, *, user_id: int) -> Sequence[tuple[ReviewLog, str]]:
        """Return the logs of the user's cards, oldest id first, each with its card's item id."""
        query = (
            select(ReviewLog, ReviewCard.item_id)
            .join(ReviewCard, ReviewLog.card_id == ReviewCard.id)
            .where(ReviewCard.user_id == user_id)
            .order_by(ReviewLog.id)
        )
        return [(log, item_id) for log, item_id in self._session.execute(query)]

    def drafts(self, *, user_id: int) -> Sequence[Draft]:
        """Return the user's drafts, oldest id first."""
        return self._session.scalars(select(Draft).where(Draft.user_id == user_id).order_by(Draft.id)).all()

    def add_all(self, rows: Iterable[Base]) -> None:
        """Add ``rows`` and flush, so each has its id assigned."""
        self._session.add_all(rows)
        self._session.flush()
