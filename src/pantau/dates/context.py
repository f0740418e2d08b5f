"""What a resolver sees of one rule match, and the small checks resolvers share."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from pantau.dates import spans
from pantau.dates.lexicon import DateLexicon
from pantau.dates.spans import Span

_SENTENCE_ENDINGS = ".!?\"“”:"
_PREVIOUS_WORD = re.compile(r"(\S+)\s*$")
_LATEST_PLAUSIBLE_YEAR = 2100
_LOOK_BACK_CHARS = 40


@dataclass(frozen=True)
class Context:
    text: str
    match: re.Match[str]
    lexicon: DateLexicon
    published: date | None
    caseless: bool = False  # the whole text is lowercase, so capitals cannot mark names

    def norm(self, group: str) -> str | None:
        """A group's text, lowercased with single spaces and no abbreviation dot; None if absent."""
        value = self.match.group(group) if group in self.match.re.groupindex else None
        return " ".join(value.lower().rstrip(".").split()) if value else None

    def word_before(self) -> str | None:
        window = self.text[max(0, self.match.start() - _LOOK_BACK_CHARS) : self.match.start()]
        found = _PREVIOUS_WORD.search(window)
        return found.group(1).lower() if found else None


def is_name(ctx: Context, group: str) -> bool:
    """Whether a weekday/month form is written as a name (capitalised where the language needs it).

    A form that is also a common noun ("minggu" = week) needs its capital even in an all-lowercase
    text; names that are capitalised only by convention ("monday") are let through there.
    """
    raw = ctx.match.group(group)
    if raw[0].isupper():
        return True
    if raw.lower() in ctx.lexicon.needs_capital:
        return False
    return not ctx.lexicon.names_need_capital or ctx.caseless


def weekday_of(ctx: Context) -> int | None:
    """The matched weekday (0 = Monday), or None when the form is not written as a day name."""
    return ctx.lexicon.weekdays[ctx.norm("weekday") or ""] if is_name(ctx, "weekday") else None


def at_sentence_start(ctx: Context) -> bool:
    before = ctx.text[max(0, ctx.match.start() - _LOOK_BACK_CHARS) : ctx.match.start()]
    kept = before.rstrip()
    at_text_start = ctx.match.start() <= len(before) and not kept
    return at_text_start or (bool(kept) and kept[-1] in _SENTENCE_ENDINGS) or "\n" in before[len(kept) :]


def parse_count(phrase: str, lexicon: DateLexicon) -> int | None:
    """Digits or number words ("dua belas", "twenty-five", "a couple of") as an integer."""
    phrase = " ".join(phrase.lower().replace("-", " ").split())
    if phrase.isdigit():
        return int(phrase)
    if phrase in lexicon.numbers:
        return lexicon.numbers[phrase]
    total = 0
    for word in phrase.split():
        builder = lexicon.number_builders.get(word)
        if builder == "teen":
            total += 10
        elif builder == "tens":
            total *= 10
        elif word in lexicon.numbers:
            total += lexicon.numbers[word]
        else:
            return None
    return total or None


def plausible_year(ctx: Context, year: int) -> bool:
    """A year no later than next year, not a sum of money or a numbered label ("Rp 2016", "No. 2010")."""
    limit = ctx.published.year + 1 if ctx.published else _LATEST_PLAUSIBLE_YEAR
    before = ctx.word_before() or ""
    # "UU No. 15 Tahun 2003" cites a law; a number right before the match is never a time.
    money_or_label = before in ctx.lexicon.word_set("not_year_before") or before.isdigit()
    return 1900 <= year <= limit and not money_or_label


def with_part(ctx: Context, span: Span) -> Span:
    """Narrow to the start, middle or end when the match names one ("awal", "late")."""
    part = ctx.norm("period_part")
    return span if part is None else spans.part_of(span, ctx.lexicon.period_parts[part])
