"""Calendar arithmetic for time spans: weeks, months, years and their parts (pure functions)."""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta

# ACLED time_precision codes.
DAY_PRECISION = 1
WEEK_PRECISION = 2
MONTH_PRECISION = 3


@dataclass(frozen=True)
class Span:
    """A resolved period, both ends included, with its ACLED precision."""

    earliest: date
    latest: date
    precision: int


def day_span(day: date) -> Span:
    return Span(day, day, DAY_PRECISION)


def week_span(day: date) -> Span:
    """The Monday-to-Sunday week holding ``day``."""
    monday = day - timedelta(days=day.weekday())
    return Span(monday, monday + timedelta(days=6), WEEK_PRECISION)


def month_span(year: int, month: int) -> Span:
    last = calendar.monthrange(year, month)[1]
    return Span(date(year, month, 1), date(year, month, last), MONTH_PRECISION)


def year_span(year: int) -> Span:
    return Span(date(year, 1, 1), date(year, 12, 31), MONTH_PRECISION)


def shift_month(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def unit_span(day: date, unit: str) -> Span:
    """The calendar day, week, month or year holding ``day``."""
    if unit == "day":
        return day_span(day)
    if unit == "week":
        return week_span(day)
    if unit == "month":
        return month_span(day.year, day.month)
    if unit == "year":
        return year_span(day.year)
    raise ValueError(f"unknown time unit {unit!r}; allowed: day, week, month, year")


def units_before(published: date, unit: str, count: int) -> Span:
    """The calendar unit ``count`` units before the one holding ``published``."""
    if unit == "day":
        return day_span(published - timedelta(days=count))
    if unit == "week":
        # "three weeks ago" is about day -21, give or take half a week.
        centre = published - timedelta(weeks=count)
        return Span(centre - timedelta(days=3), centre + timedelta(days=3), WEEK_PRECISION)
    if unit == "month":
        return month_span(*shift_month(published.year, published.month, -count))
    if unit == "year":
        return year_span(published.year - count)
    raise ValueError(f"unknown time unit {unit!r}; allowed: day, week, month, year")


def go_back(published: date, unit: str, count: int) -> date:
    """The day ``count`` days, weeks, months or years before ``published`` (month ends clamped;
    a negative count goes forward)."""
    if unit in ("day", "week"):
        return published - timedelta(days=count * (7 if unit == "week" else 1))
    if unit not in ("month", "year"):
        raise ValueError(f"unknown time unit {unit!r}; allowed: day, week, month, year")
    year, month = shift_month(published.year, published.month, -count * (12 if unit == "year" else 1))
    return date(year, month, min(published.day, calendar.monthrange(year, month)[1]))


def previous_unit(published: date, unit: str) -> Span:
    """The calendar week, month or year before the one holding ``published``."""
    if unit == "week":
        return week_span(published - timedelta(weeks=1))
    if unit == "day":
        return day_span(published - timedelta(days=1))
    return units_before(published, unit, 1)


def current_unit(published: date, unit: str) -> Span:
    """The week, month or year holding ``published``, cut at ``published`` (reports look back)."""
    whole = unit_span(published, unit)
    return Span(whole.earliest, min(whole.latest, published), whole.precision)


def part_of(span: Span, part: str) -> Span:
    """The start, middle or end third of a week, month or year."""
    length = (span.latest - span.earliest).days + 1
    if length <= 7:
        thirds = ((0, 2), (2, 4), (4, 6))  # Mon-Wed, Wed-Fri, Fri-Sun
    elif length <= 31:
        thirds = ((0, 9), (10, 19), (20, length - 1))
    else:
        # A year splits into January-April, May-August, September-December.
        may_first = (date(span.earliest.year, 5, 1) - span.earliest).days
        september_first = (date(span.earliest.year, 9, 1) - span.earliest).days
        thirds = ((0, may_first - 1), (may_first, september_first - 1), (september_first, length - 1))
    index = {"start": 0, "middle": 1, "end": 2}.get(part)
    if index is None:
        raise ValueError(f"unknown period part {part!r}; allowed: start, middle, end")
    first, last = thirds[index]
    # Part of a week is a few days; part of a month or year stays vaguer than a week.
    precision = WEEK_PRECISION if length <= 7 else span.precision
    return Span(span.earliest + timedelta(days=first), span.earliest + timedelta(days=last), precision)


def clip_to(span: Span, published: date | None) -> Span:
    """Cut a span that runs past publication (a report cannot describe what has not happened)."""
    if published is None or span.latest <= published or span.earliest > published:
        return span
    return Span(span.earliest, published, span.precision)


# Northern-hemisphere seasons as (first month, month count); winter Y runs from December Y-1.
_SEASONS: dict[str, tuple[int, int]] = {
    "spring": (3, 3), "summer": (6, 3), "autumn": (9, 3), "winter": (0, 3),
}


def season_span(year: int, season: str) -> Span:
    if season not in _SEASONS:
        raise ValueError(f"unknown season {season!r}; allowed: {', '.join(_SEASONS)}")
    first, count = _SEASONS[season]
    start_year, start_month = shift_month(year, 1, first - 1)
    end_year, end_month = shift_month(start_year, start_month, count - 1)
    return Span(
        date(start_year, start_month, 1), month_span(end_year, end_month).latest, MONTH_PRECISION
    )


def safe_date(year: int, month: int, day: int) -> date | None:
    """The date, or None when the numbers name no day (31 April, month 13)."""
    try:
        return date(year, month, day)
    except ValueError:
        return None


def latest_weekday(published: date, weekday: int, *, strictly_before: bool = False) -> date:
    """The latest ``weekday`` (0 = Monday) on or before ``published`` (strictly before if asked)."""
    back = (published.weekday() - weekday) % 7
    if back == 0 and strictly_before:
        back = 7
    return published - timedelta(days=back)


def next_occurrence(day: int, month: int, published: date) -> date | None:
    """The first ``day/month`` on or after publication ("9 November mendatang")."""
    for year in (published.year, published.year + 1):
        candidate = safe_date(year, month, day)
        if candidate is not None and candidate >= published:
            return candidate
    return None


def infer_year(day: int, month: int, published: date, tolerance_days: int = 1) -> date | None:
    """The date ``day/month`` in the year that puts it on or before publication (+ tolerance)."""
    limit = published + timedelta(days=tolerance_days)
    for year in (limit.year, limit.year - 1):
        candidate = safe_date(year, month, day)
        if candidate is not None and candidate <= limit:
            return candidate
    return None
