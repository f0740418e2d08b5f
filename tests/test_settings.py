"""Settings: defaults, partial overrides, and errors that name the allowed values."""

from __future__ import annotations

from pathlib import Path

import pytest

from pantau.settings import SettingsError, load_settings


def test_defaults() -> None:
    settings = load_settings()
    assert settings.language == "auto" and settings.format == "table" and settings.historical_days == 14


def test_partial_override(tmp_path: Path) -> None:
    path = tmp_path / "my.cfg"
    path.write_text("[output]\nformat = jsonl\n", encoding="utf-8")
    settings = load_settings(path)
    assert settings.format == "jsonl" and settings.max_bytes == load_settings().max_bytes


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("[output]\nformat = pdf\n", "table, jsonl, csv, geojson"),
        ("[output]\ncolour = red\n", "allowed: format"),
        ("[nonsense]\nx = 1\n", "unknown section"),
        ("[input]\nmax_bytes = many\n", "must be an integer"),
        ("[extraction]\ninclude_historical = maybe\n", "true or false"),
        ("[extraction]\nnamed_groups = fr\n", "none' or a list of id, en"),
    ],
)
def test_bad_settings(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "bad.cfg"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(SettingsError, match=message):
        load_settings(path)
