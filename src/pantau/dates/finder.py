"""Find time expressions in a text and resolve them against the publication date."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from functools import lru_cache

from pantau.dates.grammar import Rule, alternation, rules_for
from pantau.dates.lexicon import SUPPORTED_LANGUAGES, DateLexicon, load_lexicon
from pantau.dates.mention import HISTORICAL_WINDOW_DAYS, TimeMention
from pantau.dates.resolvers import RESOLVERS, Context
from pantau.dates.spans import Span

_KNOWN_RULES: tuple[str, ...] = tuple(RESOLVERS)


@dataclass(frozen=True)
class _Candidate:
    start: int
    end: int
    priority: int
    span: Span
    rule: str = ""


def _core_start(match: re.Match[str]) -> int:
    """Where the time itself starts: a leading cue ("pada", "in") stays outside the mention."""
    if "lead" in match.re.groupindex and match.group("lead") is not None:
        start = match.end("lead")
        while start < match.end() and match.string[start].isspace():
            start += 1
        return start
    return match.start()


def _candidates(
    text: str, lexicon: DateLexicon, rules: tuple[Rule, ...], published: date | None
) -> Iterator[_Candidate]:
    caseless = not any(char.isupper() for char in text)
    for rule in rules:
        resolve = RESOLVERS[rule.name]
        for match in rule.pattern.finditer(text):
            span = resolve(Context(text, match, lexicon, published, caseless))
            if span is not None:
                yield _Candidate(_core_start(match), match.end(), rule.priority, span, rule.name)


def _longest_first(candidates: list[_Candidate]) -> list[_Candidate]:
    """Non-overlapping candidates: longer wins, then the rule listed earlier, then the leftmost."""
    chosen: list[_Candidate] = []
    taken: list[tuple[int, int]] = []
    for cand in sorted(candidates, key=lambda c: (c.start - c.end, c.priority, c.start)):
        if all(cand.end <= s or cand.start >= e for s, e in taken):
            chosen.append(cand)
            taken.append((cand.start, cand.end))
    return sorted(chosen, key=lambda c: c.start)


@lru_cache(maxsize=len(SUPPORTED_LANGUAGES))
def _relation_pattern(lang: str) -> re.Pattern[str]:
    words = alternation(load_lexicon(lang).relations)
    return re.compile(rf"(?<!\w)(?P<word>{words})\s+$", re.IGNORECASE)


def _with_relation(text: str, cand: _Candidate, lexicon: DateLexicon, floor: int) -> tuple[int, str]:
    """Take in a relation word right before the mention ("sejak", "until"): new start and relation."""
    window_start = max(floor, cand.start - 20)
    found = _relation_pattern(lexicon.lang).search(text, window_start, cand.start)
    if found is None:
        return cand.start, "at"
    return found.start("word"), lexicon.relations[" ".join(found.group("word").lower().split())]


def is_historical(latest: date, published: date | None, window_days: int = HISTORICAL_WINDOW_DAYS) -> bool:
    """Whether a period ends clearly before the report's news window."""
    return published is not None and latest < published - timedelta(days=window_days)


def find_times(
    text: str, lang: str, published: date | None, *, window_days: int = HISTORICAL_WINDOW_DAYS
) -> list[TimeMention]:
    """Time expressions in ``text`` ("id" or "en"), ordered by start and never overlapping.

    Relative forms ("kemarin", "Senin", "last week") need ``published``; without it only
    absolute forms ("29 November 2024", "tahun 2011") are returned. A mention is historical when
    its period ends more than ``window_days`` before publication.
    """
    if lang not in SUPPORTED_LANGUAGES:
        raise ValueError(f"unsupported language {lang!r}; allowed: {', '.join(SUPPORTED_LANGUAGES)}")
    if not isinstance(text, str):
        raise TypeError(f"text must be a string, got {type(text).__name__}")
    if isinstance(published, datetime):
        published = published.date()  # a datetime does not compare with the dates below
    if window_days < 0:
        raise ValueError(f"window_days must be 0 or more, got {window_days}")
    lexicon = load_lexicon(lang)
    rules = rules_for(lang, _KNOWN_RULES)
    mentions: list[TimeMention] = []
    previous_end = 0
    for cand in _longest_first(list(_candidates(text, lexicon, rules, published))):
        start, relation = _with_relation(text, cand, lexicon, previous_end)
        mentions.append(
            TimeMention(
                start=start,
                end=cand.end,
                text=text[start : cand.end],
                earliest=cand.span.earliest,
                latest=cand.span.latest,
                precision=cand.span.precision,
                relation=relation,
                historical=is_historical(cand.span.latest, published, window_days),
                rule=cand.rule,
            )
        )
        previous_end = cand.end
    return _carry_years(text, mentions, published, window_days)


YEAR_RE = re.compile(r"(?<!\d)(?:1[89]|20)\d{2}(?!\d)")
YEAR_CARRY_CHARS = 250  # how far (about a sentence) a year told earlier governs a date written without one


def _carry_years(text: str, mentions: list[TimeMention], published: date | None,
                 window_days: int) -> list[TimeMention]:
    """"Malari 1974 ... Tanggal 10 Januari": a day and month written without a year, told soon
    after a past year, belong to that year rather than to the publication's. Newsroom forms
    ("Senin (9/1)") keep their reading: they date the report's own news."""
    out: list[TimeMention] = []
    for mention in mentions:
        yearless = (mention.precision == 1 and mention.earliest == mention.latest
                    and not YEAR_RE.search(mention.text) and re.search(r"\d", mention.text)
                    and "(" not in mention.text and "/" not in mention.text)
        told = YEAR_RE.findall(text[max(0, mention.start - YEAR_CARRY_CHARS):mention.start]) if yearless else []
        year = int(told[-1]) if told else None
        if year is not None and year != mention.earliest.year and (published is None or year < published.year):
            try:
                day = mention.earliest.replace(year=year)
            except ValueError:  # 29 February
                day = mention.earliest
            mention = replace(mention, earliest=day, latest=day,
                              historical=is_historical(day, published, window_days))
        out.append(mention)
    return out
