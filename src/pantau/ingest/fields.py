"""Strict readers for article metadata: publication date and language code."""

from __future__ import annotations

import re
from datetime import date, datetime

from pantau.ingest.skipped import Rejected

_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_DATETIME = re.compile(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}")
_LANGUAGE = re.compile(r"([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]{1,8})*")


def parse_published(value: object) -> date | None:
    """A YYYY-MM-DD date or an ISO datetime (its date as written, zone ignored); None for null.

    Anything else is rejected rather than guessed: "03/04/2024" is ambiguous between months.
    """
    if value is None:
        return None
    if not isinstance(value, str):
        raise Rejected(f"bad published date {value!r} (expected YYYY-MM-DD or an ISO datetime)")
    text = value.strip()
    if not text:
        return None
    try:
        if _DATE.fullmatch(text):
            return date.fromisoformat(text)
        if _DATETIME.match(text):
            return datetime.fromisoformat(text).date()
    except ValueError as err:
        raise Rejected(f"bad published date {value!r} ({err})") from err
    raise Rejected(f"bad published date {value!r} (expected YYYY-MM-DD or an ISO datetime)")


def normalise_language(value: object) -> str | None:
    """The primary subtag, lower-cased: "id-ID" -> "id"; None for null or empty."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    match = _LANGUAGE.fullmatch(value.strip()) if isinstance(value, str) else None
    if match is None:
        raise Rejected(f"bad language code {value!r} (expected a code like 'id' or 'en')")
    return match.group(1).lower()
