"""Read an article's publication date."""

from __future__ import annotations

from datetime import date, datetime


def parse_published(value: str) -> date:
    """A publication date from ``YYYY-MM-DD`` or an ISO datetime ("2024-11-29T08:15:00+07:00").

    The calendar date is taken as written (no time-zone shift): it is the date the outlet printed.
    """
    if not isinstance(value, str):
        raise ValueError(f"published date must be a string like 2024-11-29, got {type(value).__name__}")
    cleaned = value.strip()
    if len(cleaned) == 10:
        try:
            return date.fromisoformat(cleaned)
        except ValueError as err:
            raise ValueError(f"published date {value!r} is not a valid YYYY-MM-DD date ({err})") from err
    if len(cleaned) > 10 and cleaned[10] in "T ":
        try:
            return datetime.fromisoformat(cleaned.replace("Z", "+00:00")).date()
        except ValueError as err:
            raise ValueError(f"published date {value!r} is not a valid ISO datetime ({err})") from err
    raise ValueError(f"published date {value!r} is not in YYYY-MM-DD (or ISO datetime) form")
