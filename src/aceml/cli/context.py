"""Build shared state for a command, importing heavy modules only when a command runs."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from aceml.services.runtime import Runtime


def runtime() -> Runtime:
    """Return a :class:`Runtime` configured from the environment.

    Raises:
        ConfigError: an ``ACEML_*`` variable is malformed or unsafe.
    """
    from aceml.config import load_settings
    from aceml.services.runtime import Runtime

    return Runtime(load_settings())
