"""Settings come from ACEML_* variables, with clear errors and safe defaults."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from aceml.config import Settings, load_settings, shipped_content_dir
from aceml.errors import ConfigError


def test_defaults_are_local_and_sqlite_in_data_dir(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path)
    assert settings.mode == "local"
    assert settings.host == "127.0.0.1"
    assert settings.resolved_database_url == f"sqlite:///{tmp_path / 'aceml.db'}"
    assert settings.content_dirs == [shipped_content_dir()]
    assert (shipped_content_dir() / "LICENSE").is_file()


def test_content_path_is_a_path_list(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("ACEML_CONTENT_PATH", f"{tmp_path / 'a'}{os.pathsep}{tmp_path / 'b'}")
    settings = load_settings()
    assert settings.content_path == [tmp_path / "a", tmp_path / "b"]
    assert settings.content_dirs[1:] == [tmp_path / "a", tmp_path / "b"]


def test_database_url_overrides(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ACEML_DATABASE_URL", "postgresql+psycopg://u:p@db/aceml")
    assert load_settings().resolved_database_url == "postgresql+psycopg://u:p@db/aceml"


def test_bad_value_names_the_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ACEML_PORT", "eighty")
    with pytest.raises(ConfigError, match="ACEML_PORT"):
        load_settings()


@pytest.mark.parametrize("secret", [None, "short"])
def test_server_mode_refuses_a_missing_or_weak_secret(
    monkeypatch: pytest.MonkeyPatch, secret: str | None
) -> None:
    monkeypatch.setenv("ACEML_MODE", "server")
    if secret:
        monkeypatch.setenv("ACEML_SECRET_KEY", secret)
    with pytest.raises(ConfigError, match="ACEML_SECRET_KEY"):
        load_settings()


def test_server_mode_with_a_strong_secret(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ACEML_MODE", "server")
    monkeypatch.setenv("ACEML_SECRET_KEY", "x" * 40)
    assert load_settings().mode == "server"
