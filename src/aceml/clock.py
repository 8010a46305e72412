"""Time as a parameter: code that needs "now" takes a :class:`Clock`."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Protocol


class Clock(Protocol):
    """Something that tells the current UTC time."""

    def now(self) -> datetime:
        """Return the current time as an aware UTC datetime."""
        ...


class SystemClock:
    """The real wall clock."""

    def now(self) -> datetime:
        """Return the current time as an aware UTC datetime."""
        return datetime.now(UTC)


@dataclass
class FixedClock:
    """A clock for tests and replays: it only moves when told to."""

    current: datetime = field(default_factory=lambda: datetime(2026, 1, 1, tzinfo=UTC))

    def __post_init__(self) -> None:
        require_utc(self.current)

    def now(self) -> datetime:
        """Return the clock's current time."""
        return self.current

    def advance(self, delta: timedelta) -> None:
        """Move the clock forward by ``delta``."""
        self.current = self.current + delta


def require_utc(moment: datetime) -> datetime:
    """Return ``moment`` unchanged if it is timezone-aware UTC.

    Raises:
        ValueError: naive datetimes and other time zones are rejected, because mixing them
            silently corrupts schedules.
    """
    if moment.tzinfo is None or moment.utcoffset() != timedelta(0):
        raise ValueError(f"expected an aware UTC datetime, got {moment!r}")
    return moment
