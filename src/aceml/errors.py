"""The one exception tree of aceml.

Front-ends (CLI, web) catch only :class:`AcemlError` and translate it at the edge::

    AcemlError
    ├── ConfigError          settings that cannot work (bad path, unsafe server secret)
    ├── ContentError         the bank cannot be read or an item is invalid
    │   └── ItemNotFound     no item with the requested id
    ├── StoreError           the database cannot be opened or migrated
    │   └── NotFound         a stored object does not exist (or is not the caller's)
    └── InputError           a user-supplied value is malformed

A user program's failure (wrong answer, timeout) is never an exception: it is data.
"""

from __future__ import annotations


class AcemlError(Exception):
    """Root of every error aceml raises on purpose."""


class ConfigError(AcemlError):
    """The configuration cannot work as given."""


class ContentError(AcemlError):
    """Content could not be loaded or is invalid."""


class ItemNotFound(ContentError):
    """No bank item has the requested id."""

    def __init__(self, item_id: str, suggestions: list[str] | None = None) -> None:
        self.item_id = item_id
        self.suggestions = suggestions or []
        hint = f" (did you mean: {', '.join(self.suggestions)}?)" if self.suggestions else ""
        super().__init__(f"no item with id {item_id!r}{hint}")


class StoreError(AcemlError):
    """The database could not be opened, migrated or written."""


class NotFound(StoreError):
    """A stored object does not exist, or does not belong to the caller."""


class InputError(AcemlError):
    """A value supplied by the user is malformed."""
