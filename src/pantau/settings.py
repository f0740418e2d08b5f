"""Settings: one commented defaults file (``settings.cfg``), partial overrides, strict checks."""

from __future__ import annotations

import configparser
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from pantau.output import FORMATS

LANGUAGE_CHOICES: tuple[str, ...] = ("auto", "id", "en")


class SettingsError(ValueError):
    """A settings key or value that is not allowed."""


@dataclass(frozen=True)
class Settings:
    max_bytes: int
    language: str
    historical_days: int
    include_historical: bool
    named_groups: tuple[str, ...]  # languages whose NER model names groups the knowledge base lacks
    format: str


ALLOWED_KEYS = {
    "input": {"max_bytes", "language"},
    "extraction": {"historical_days", "include_historical", "named_groups"},
    "output": {"format"},
}


def _read(parser: configparser.ConfigParser, text: str, origin: str) -> None:
    try:
        parser.read_string(text, source=origin)
    except configparser.Error as error:
        raise SettingsError(f"{origin}: {error}") from error


def _choice(value: str, allowed: tuple[str, ...], key: str) -> str:
    if value not in allowed:
        raise SettingsError(f"setting '{key}' must be one of {', '.join(allowed)}; got {value!r}")
    return value


def _integer(parser: configparser.ConfigParser, section: str, key: str, minimum: int) -> int:
    raw = parser.get(section, key)
    try:
        value = int(raw)
    except ValueError as error:
        raise SettingsError(f"setting '{key}' must be an integer; got {raw!r}") from error
    if value < minimum:
        raise SettingsError(f"setting '{key}' must be at least {minimum}; got {value}")
    return value


def load_settings(path: str | Path | None = None) -> Settings:
    """The defaults, with the user's file (if any) laid over them."""
    parser = configparser.ConfigParser()
    defaults = resources.files("pantau").joinpath("settings.cfg").read_text(encoding="utf-8")
    _read(parser, defaults, "settings.cfg")
    if path is not None:
        try:
            user_text = Path(path).read_text(encoding="utf-8")
        except OSError as error:
            raise SettingsError(f"cannot read settings file {path}: {error.strerror}") from error
        user = configparser.ConfigParser()
        _read(user, user_text, str(path))
        for section in user.sections():
            if section not in ALLOWED_KEYS:
                raise SettingsError(f"{path}: unknown section [{section}]; allowed: {', '.join(ALLOWED_KEYS)}")
            for key, value in user.items(section):
                if key not in ALLOWED_KEYS[section]:
                    allowed = ", ".join(sorted(ALLOWED_KEYS[section]))
                    raise SettingsError(f"{path}: unknown key '{key}' in [{section}]; allowed: {allowed}")
                parser.set(section, key, value)
    try:
        include = parser.getboolean("extraction", "include_historical")
    except ValueError as error:
        raise SettingsError("setting 'include_historical' must be true or false") from error
    raw_groups = parser.get("extraction", "named_groups").strip()
    named_groups = tuple(x.strip() for x in raw_groups.split(",") if x.strip() and raw_groups != "none")
    if not set(named_groups) <= {"id", "en"}:
        raise SettingsError(f"setting 'named_groups' must be 'none' or a list of id, en; got {raw_groups!r}")
    return Settings(
        max_bytes=_integer(parser, "input", "max_bytes", 1),
        language=_choice(parser.get("input", "language"), LANGUAGE_CHOICES, "language"),
        historical_days=_integer(parser, "extraction", "historical_days", 0),
        include_historical=include,
        named_groups=named_groups,
        format=_choice(parser.get("output", "format"), FORMATS, "format"),
    )
