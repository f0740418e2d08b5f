"""Hand month-name dates ("29 November 2024", "Nov. 29") to dateparser, one candidate span at a time."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from functools import lru_cache

from dateparser.date import DateDataParser

# A report may be stamped a day before the event it describes reaches the wire.
YEARLESS_TOLERANCE_DAYS = 1


@lru_cache(maxsize=64)
def _parser(lang: str, base: date | None) -> DateDataParser:
    settings: dict[str, object] = {
        "PREFER_DATES_FROM": "past",
        "REQUIRE_PARTS": ["day", "month"] if base is not None else ["day", "month", "year"],
        "DATE_ORDER": "DMY" if lang == "id" else "MDY",
    }
    if base is not None:
        settings["RELATIVE_BASE"] = datetime(base.year, base.month, base.day)
    return DateDataParser(languages=[lang], settings=settings)


def parse_day_month(span_text: str, lang: str, published: date | None) -> date | None:
    """The day named by a month-name span; a missing year comes from ``published`` (None if unknown)."""
    base = published + timedelta(days=YEARLESS_TOLERANCE_DAYS) if published else None
    data = _parser(lang, base).get_date_data(span_text)
    if data.date_obj is None or data.period != "day":
        return None
    return data.date_obj.date()
