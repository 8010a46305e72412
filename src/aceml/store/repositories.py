"""Queries and inserts. Repositories flush when they need an id, and never commit."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from aceml.store.tables import Attempt, User


class UserRepository:
    """Users by name and id."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def by_username(self, username: str) -> User | None:
        """Return the user called ``username``, or None."""
        return self._session.scalars(select(User).where(User.username == username)).one_or_none()

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
