"""Settings: one typed object, read from ``ACEML_*`` environment variables.

This is the only module that reads the environment. Everything else receives a
:class:`Settings` (or the values it needs) as a parameter.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated, Literal

import platformdirs
from pydantic import Field, SecretStr, field_validator, model_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

from aceml.errors import ConfigError

_PACKAGE_DIR = Path(__file__).resolve().parent


def shipped_content_dir() -> Path:
    """Return the directory holding the content shipped with aceml.

    An installed wheel carries it as ``aceml/_content``; a source checkout (editable
    install) keeps it in ``content/`` at the repository root.
    """
    packaged = _PACKAGE_DIR / "_content"
    if packaged.is_dir():
        return packaged
    return _PACKAGE_DIR.parent.parent / "content"


class Settings(BaseSettings):
    """All configuration of aceml. See the README's configuration table."""

    model_config = SettingsConfigDict(env_prefix="ACEML_", extra="ignore", frozen=True)

    mode: Literal["local", "server"] = "local"
    data_dir: Path = Field(default_factory=lambda: platformdirs.user_data_path("aceml"))
    database_url: str | None = None
    content_dir: Path = Field(default_factory=shipped_content_dir)
    content_path: Annotated[list[Path], NoDecode] = Field(default_factory=list)
    host: str = "127.0.0.1"
    port: int = Field(default=8000, ge=1, le=65535)
    secret_key: SecretStr | None = None
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = "INFO"
    judge_workers: int = Field(default_factory=lambda: os.cpu_count() or 1, ge=1, le=64)
    judge_python: Path = Path("/usr/bin/python3")
    grader_backend: Literal["auto", "lexical"] = "auto"

    @field_validator("content_path", mode="before")
    @classmethod
    def _split_path_list(cls, value: object) -> object:
        # ACEML_CONTENT_PATH is a PATH-like list ("dir1:dir2"), not JSON.
        if isinstance(value, str):
            return [Path(part) for part in value.split(os.pathsep) if part.strip()]
        return value

    @model_validator(mode="after")
    def _refuse_unsafe_server(self) -> Settings:
        if self.mode == "server":
            secret = self.secret_key.get_secret_value() if self.secret_key else ""
            if len(secret) < 32:
                raise ValueError(
                    "server mode needs ACEML_SECRET_KEY set to a random value of at least "
                    "32 characters (for example: python -c 'import secrets; "
                    "print(secrets.token_urlsafe(48))')"
                )
        return self

    @property
    def resolved_database_url(self) -> str:
        """Return the database URL: ``ACEML_DATABASE_URL`` or SQLite in the data dir."""
        if self.database_url:
            return self.database_url
        return f"sqlite:///{self.data_dir / 'aceml.db'}"

    @property
    def content_dirs(self) -> list[Path]:
        """Return the content directories in load order: shipped first, then extra packs."""
        return [self.content_dir, *self.content_path]


def load_settings() -> Settings:
    """Read the settings from the environment.

    Raises:
        ConfigError: a value is malformed or unsafe; the message names the variable.
    """
    from pydantic import ValidationError

    try:
        return Settings()
    except ValidationError as exc:
        lines = []
        for error in exc.errors():
            field = ".".join(str(part) for part in error["loc"])
            name = f"ACEML_{field.upper()}" if field else "settings"
            lines.append(f"{name}: {error['msg']}")
        raise ConfigError("invalid configuration: " + "; ".join(lines)) from exc
