"""Resolvers for calendar dates: "Senin (10/7)", "29 November 2024", "10-12 Juli", "tahun 2011", "1990-an"."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta

from pantau.dates import spans
from pantau.dates.absolute import parse_day_month
from pantau.dates.context import Context, is_name, plausible_year, weekday_of, with_part
from pantau.dates.mention import HISTORICAL_WINDOW_DAYS
from pantau.dates.spans import Span

_NEXT_TOKEN = re.compile(r"\s*(\S?)([^\W\d_]*)")
_NEWS_WINDOW = timedelta(days=HISTORICAL_WINDOW_DAYS)


def _numeric_day(ctx: Context, *, swapped: bool = False) -> Span | None:
    """"(10/7)", "29/11/2024", "2024-11-29"; a missing year is the one that keeps it in the past."""
    day, month = int(ctx.match["d"]), int(ctx.match["m"])
    if swapped:
        day, month = month, day
    year_text = ctx.match["y"]
    if year_text is None:
        found = spans.infer_year(day, month, ctx.published) if ctx.published else None
        return spans.day_span(found) if found else None
    year = int(year_text) + (2000 if len(year_text) == 2 else 0)
    found = spans.safe_date(year, month, day)
    return spans.day_span(found) if found and plausible_year(ctx, year) else None


def _weekday_date(ctx: Context) -> Span | None:
    """"Senin (10/7)": the bracketed date, checked against its weekday.

    If the weekday disagrees but the month/day reading agrees (a wire story's US order), that
    reading wins. If neither agrees, no year is written and the date lies outside the news window,
    the date is taken for a typo and the weekday (the latest such day) wins: reports name recent days.
    """
    weekday = weekday_of(ctx)
    if weekday is None:
        return None
    written = _numeric_day(ctx)
    if written is not None and written.earliest.weekday() == weekday:
        return written
    swapped = _numeric_day(ctx, swapped=True)
    if swapped is not None and swapped.earliest.weekday() == weekday:
        return swapped
    stale = written is None or (ctx.published is not None and written.latest < ctx.published - _NEWS_WINDOW)
    if ctx.published is not None and ctx.match["y"] is None and stale:
        return spans.day_span(spans.latest_weekday(ctx.published, weekday))
    return written


def _month_day(ctx: Context) -> Span | None:
    """"29 November 2024", "Senin, 10 Juli 2017", "Nov. 29": parsed by dateparser; a missing year
    defaults from publication. A leading weekday or "tanggal" is left out of what dateparser sees."""
    if not is_name(ctx, "month"):
        return None
    core_start = min(ctx.match.start("day"), ctx.match.start("month"))
    # "18 November lalu": the trailing "lalu" only says the date is past; dateparser reads the rest.
    core_end = max(ctx.match.end("day"), ctx.match.end("month"))
    if ctx.match.groupdict().get("year") is not None:
        core_end = max(core_end, ctx.match.end("year"))
    found = parse_day_month(ctx.text[core_start:core_end], ctx.lexicon.lang, ctx.published)
    return spans.day_span(found) if found else None


def _range_span(ctx: Context, first: int, last: int, month: int, year_text: str | None) -> Span | None:
    """Days ``first``..``last`` of ``month``; the year as written, else the one keeping it past."""
    end: date | None = None
    if year_text:
        year = int(year_text)
        end = spans.safe_date(year, month, last) if plausible_year(ctx, year) else None
    elif ctx.published and ctx.norm("next"):  # "10-12 Oktober mendatang" lies ahead
        end = spans.next_occurrence(last, month, ctx.published)
    elif ctx.published:
        end = spans.infer_year(last, month, ctx.published)
    if end is None or not 0 < first < last:
        return None
    start = end.replace(day=first)
    return Span(start, end, spans.WEEK_PRECISION if (end - start).days < 7 else spans.MONTH_PRECISION)


def _day_range(ctx: Context) -> Span | None:
    """"10-12 Juli", "July 3-5, 2016"."""
    if not is_name(ctx, "month"):
        return None
    month = ctx.lexicon.months[ctx.norm("month") or ""]
    return _range_span(ctx, int(ctx.match["day"]), int(ctx.match["day2"]), month, ctx.norm("year"))


def _bracket_range(ctx: Context) -> Span | None:
    """"Jumat-Minggu (7-9/7)"."""
    return _range_span(ctx, int(ctx.match["d"]), int(ctx.match["d2"]), int(ctx.match["m"]), ctx.match["y"])


def _day_of_month(ctx: Context) -> Span | None:
    """"Tanggal 12": that day of the latest month that has reached it by publication."""
    if ctx.published is None:
        return None
    day, limit = int(ctx.match["day"]), ctx.published + timedelta(days=1)
    year, month = limit.year, limit.month
    for _ in range(3):
        found = spans.safe_date(year, month, day)
        if found is not None and found <= limit:
            return spans.day_span(found)
        year, month = spans.shift_month(year, month, -1)
    return None


def _month_year(ctx: Context) -> Span | None:
    year = int(ctx.match["year"])
    if not is_name(ctx, "month") or not plausible_year(ctx, year):
        return None
    return with_part(ctx, spans.month_span(year, ctx.lexicon.months[ctx.norm("month") or ""]))


def _month_cued(ctx: Context) -> Span | None:
    """A month without a year: the latest such month that has begun by publication."""
    if ctx.published is None or not is_name(ctx, "month"):
        return None
    month = ctx.lexicon.months[ctx.norm("month") or ""]
    year = ctx.published.year if month <= ctx.published.month else ctx.published.year - 1
    return spans.clip_to(with_part(ctx, spans.month_span(year, month)), ctx.published)


def _season(ctx: Context) -> Span | None:
    """"Musim panas 2015", "last winter" (northern seasons: wire stories come from the north)."""
    season = ctx.lexicon.seasons[ctx.norm("season") or ""]
    if ctx.norm("year"):
        year = int(ctx.match["year"])
        return spans.season_span(year, season) if plausible_year(ctx, year) else None
    if ctx.published is None:
        return None
    years = range(ctx.published.year + 1, ctx.published.year - 2, -1)
    candidates = [spans.season_span(year, season) for year in years]
    if ctx.norm("last"):
        return next(s for s in candidates if s.latest < ctx.published)
    return spans.clip_to(next(s for s in candidates if s.earliest <= ctx.published), ctx.published)


def _decade(ctx: Context) -> Span | None:
    year = int(ctx.match["year"])
    if year % 10 or not plausible_year(ctx, year):
        return None
    return Span(date(year, 1, 1), date(year + 9, 12, 31), spans.MONTH_PRECISION)


def _ends_like_a_year(ctx: Context) -> bool:
    """Punctuation, the end, or a function word follows: "pada 1998 dan", not "1998 orang"."""
    following = _NEXT_TOKEN.match(ctx.text, ctx.match.end())
    mark, word = (following.group(1), following.group(2)) if following else ("", "")
    if mark == "" or not mark.isalnum():
        return True
    return (mark + word).lower() in ctx.lexicon.word_set("year_follower")


def _year_cued(ctx: Context) -> Span | None:
    year = int(ctx.match["year"])
    if not plausible_year(ctx, year):
        return None
    # "hingga 2000 orang": after a cue that also takes counts, the year must end its phrase.
    if ctx.norm("lead") in ctx.lexicon.word_set("weak_lead") and not _ends_like_a_year(ctx):
        return None
    return spans.clip_to(with_part(ctx, spans.year_span(year)), ctx.published)


def _year_bare(ctx: Context) -> Span | None:
    """A lone four-digit number is a year only when punctuation or a function word follows it."""
    if ctx.word_before() in ctx.lexicon.word_set("year_word"):
        return None  # "tahun 2003" that the cued rule turned down ("UU No. 15 Tahun 2003")
    return _year_cued(ctx) if _ends_like_a_year(ctx) else None


CALENDAR_RESOLVERS: dict[str, Callable[[Context], Span | None]] = {
    "weekday_date": _weekday_date,
    "bracket_date": _numeric_day,
    "numeric_date": _numeric_day,
    "month_day": _month_day,
    "day_range": _day_range,
    "bracket_range": _bracket_range,
    "day_of_month": _day_of_month,
    "month_year": _month_year,
    "month_cued": _month_cued,
    "season": _season,
    "decade": _decade,
    "year_cued": _year_cued,
    "year_bare": _year_bare,
}
