"""Resolvers for times told relative to publication: "kemarin", "Senin", "pekan lalu", "two days ago"."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from pantau.dates import spans
from pantau.dates.context import Context, at_sentence_start, parse_count, weekday_of
from pantau.dates.spans import Span

_MAX_COUNT = 200  # "300 tahun lalu" is history-book talk, and big numbers are usually counts


def _day_offset(ctx: Context) -> Span | None:
    if ctx.published is None:
        return None
    days_back = ctx.lexicon.day_offsets[ctx.norm("day_offset") or ""]
    return spans.day_span(ctx.published - timedelta(days=days_back))


def _night_before(ctx: Context) -> Span | None:
    """"Tadi malam": the evening before publication or the small hours of the publication day."""
    if ctx.published is None:
        return None
    return Span(ctx.published - timedelta(days=1), ctx.published, spans.DAY_PRECISION)


def _count_ago(ctx: Context) -> Span | None:
    count = parse_count(ctx.match["count"], ctx.lexicon)
    if ctx.published is None or count is None or not 0 < count <= _MAX_COUNT:
        return None
    return spans.units_before(ctx.published, ctx.lexicon.units[ctx.norm("unit") or ""], count)


def _one_ago(ctx: Context) -> Span | None:
    if ctx.published is None:
        return None
    return spans.units_before(ctx.published, ctx.lexicon.units_with_one[ctx.norm("unit_with_one") or ""], 1)


def _vague_ago(ctx: Context) -> Span | None:
    """"Beberapa hari lalu": two to seven units back."""
    if ctx.published is None:
        return None
    unit = ctx.lexicon.units[ctx.norm("unit") or ""]
    far, near = spans.units_before(ctx.published, unit, 7), spans.units_before(ctx.published, unit, 2)
    precision = spans.WEEK_PRECISION if unit == "day" else spans.MONTH_PRECISION
    return Span(far.earliest, near.latest, precision)


def _recent(ctx: Context) -> Span | None:
    """"Tiga hari terakhir", "the past two weeks": from that far back up to publication."""
    if ctx.published is None:
        return None
    if ctx.norm("unit_with_one"):
        unit, count = ctx.lexicon.units_with_one[ctx.norm("unit_with_one") or ""], 1
    else:
        unit, count = ctx.lexicon.units[ctx.norm("unit") or ""], parse_count(ctx.match["count"], ctx.lexicon)
    if count is None or not 0 < count <= _MAX_COUNT:
        return None
    earliest = spans.go_back(ctx.published, unit, count)
    precision = spans.WEEK_PRECISION if (ctx.published - earliest).days <= 7 else spans.MONTH_PRECISION
    return Span(earliest, ctx.published, precision)


def _last_weekend(ctx: Context) -> Span | None:
    if ctx.published is None:
        return None
    week = spans.week_span(ctx.published - timedelta(weeks=1))
    return Span(week.latest - timedelta(days=1), week.latest, spans.WEEK_PRECISION)


def _this_weekend(ctx: Context) -> Span | None:
    """The latest Saturday-Sunday that has begun by publication."""
    if ctx.published is None:
        return None
    saturday = spans.latest_weekday(ctx.published, 5)
    return Span(saturday, min(saturday + timedelta(days=1), ctx.published), spans.WEEK_PRECISION)


def _last_weekday(ctx: Context) -> Span | None:
    """"Jumat lalu", "last Friday": the latest such day before the publication day."""
    weekday = weekday_of(ctx)
    if ctx.published is None or weekday is None:
        return None
    # A sentence opening "Minggu lalu" means "last week", not "last Sunday".
    if ctx.norm("weekday") in ctx.lexicon.needs_capital and at_sentence_start(ctx):
        return None
    return spans.day_span(spans.latest_weekday(ctx.published, weekday, strictly_before=True))


def _weekday_of_week(weeks_back: int) -> Callable[[Context], Span | None]:
    """"Rabu pekan lalu": that weekday in the week ``weeks_back`` before publication's week."""

    def resolve(ctx: Context) -> Span | None:
        weekday = weekday_of(ctx)
        if ctx.published is None or weekday is None or ctx.lexicon.units[ctx.norm("unit") or ""] != "week":
            return None
        monday = spans.week_span(ctx.published - timedelta(weeks=weeks_back)).earliest
        return spans.day_span(monday + timedelta(days=weekday))

    return resolve


def _weekday_bare(ctx: Context) -> Span | None:
    """A bare weekday: the latest such day on or before publication (the day itself included)."""
    weekday = weekday_of(ctx)
    if ctx.published is None or weekday is None:
        return None
    return spans.day_span(spans.latest_weekday(ctx.published, weekday))


def _part_of_unit(previous: bool) -> Callable[[Context], Span | None]:
    """"Awal bulan ini", "late last month": a third of this or the previous week/month/year."""

    def resolve(ctx: Context) -> Span | None:
        unit = ctx.lexicon.units[ctx.norm("unit") or ""]
        if ctx.published is None or unit == "day":
            return None
        base = spans.previous_unit(ctx.published, unit) if previous else spans.unit_span(ctx.published, unit)
        part = spans.part_of(base, ctx.lexicon.period_parts[ctx.norm("period_part") or ""])
        return spans.clip_to(part, ctx.published)

    return resolve


def _last_unit(ctx: Context) -> Span | None:
    if ctx.published is None:
        return None
    return spans.previous_unit(ctx.published, ctx.lexicon.units[ctx.norm("unit") or ""])


def _this_unit(ctx: Context) -> Span | None:
    if ctx.published is None:
        return None
    return spans.current_unit(ctx.published, ctx.lexicon.units[ctx.norm("unit") or ""])


RELATIVE_RESOLVERS: dict[str, Callable[[Context], Span | None]] = {
    "day_offset": _day_offset,
    "night_before": _night_before,
    "count_ago": _count_ago,
    "one_ago": _one_ago,
    "vague_ago": _vague_ago,
    "recent": _recent,
    "last_weekend": _last_weekend,
    "this_weekend": _this_weekend,
    "last_weekday": _last_weekday,
    "weekday_of_last_week": _weekday_of_week(1),
    "weekday_of_this_week": _weekday_of_week(0),
    "weekday": _weekday_bare,
    "part_of_last_unit": _part_of_unit(previous=True),
    "part_of_this_unit": _part_of_unit(previous=False),
    "last_unit": _last_unit,
    "this_unit": _this_unit,
}
