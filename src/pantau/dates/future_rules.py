"""Resolvers for times after publication: "pekan depan", "Senin mendatang", "9 November mendatang".

Reports announce protests, trials and deadlines; resolving these forward keeps a planned event
from being dated into the past.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from pantau.dates import spans
from pantau.dates.context import Context, at_sentence_start, is_name, weekday_of
from pantau.dates.spans import Span


def _next_unit(ctx: Context) -> Span | None:
    if ctx.published is None:
        return None
    unit = ctx.lexicon.units[ctx.norm("unit") or ""]
    return spans.unit_span(spans.go_back(ctx.published, unit, -1), unit)


def _next_weekday(ctx: Context) -> Span | None:
    """"Senin depan", "next Monday": the first such day after the publication day."""
    weekday = weekday_of(ctx)
    if ctx.published is None or weekday is None:
        return None
    # A sentence opening "Minggu depan" means "next week", not "next Sunday".
    if ctx.norm("weekday") in ctx.lexicon.needs_capital and at_sentence_start(ctx):
        return None
    ahead = (weekday - ctx.published.weekday()) % 7 or 7
    return spans.day_span(ctx.published + timedelta(days=ahead))


def _month_day_next(ctx: Context) -> Span | None:
    """"9 November mendatang": the first such date from publication on."""
    if ctx.published is None or not is_name(ctx, "month"):
        return None
    found = spans.next_occurrence(int(ctx.match["day"]), ctx.lexicon.months[ctx.norm("month") or ""],
                                  ctx.published)
    return spans.day_span(found) if found else None


def _month_next(ctx: Context) -> Span | None:
    """"Oktober mendatang": that month this year if it has not ended, else next year."""
    if ctx.published is None or not is_name(ctx, "month"):
        return None
    month = ctx.lexicon.months[ctx.norm("month") or ""]
    year = ctx.published.year if month >= ctx.published.month else ctx.published.year + 1
    return spans.month_span(year, month)


FUTURE_RESOLVERS: dict[str, Callable[[Context], Span | None]] = {
    "next_unit": _next_unit,
    "next_weekday": _next_weekday,
    "month_day_next": _month_day_next,
    "month_next": _month_next,
}
