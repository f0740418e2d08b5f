"""Compile a lexicon's rule templates into regular expressions, once per language.

A template is a regex fragment in which ``{name}`` expands to a named group holding the
alternation of the lexicon's forms for ``name`` (``{name#2}`` is a second group of the same
kind) and a literal space matches any whitespace run.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from pantau.dates.lexicon import DateLexicon, LexiconError, load_lexicon

# Numeric pieces shared by every language.
_DIGIT_SLOTS: dict[str, str] = {
    "dm": r"(?P<d>\d{1,2})/(?P<m>\d{1,2})(?:/(?P<y>\d{4}|\d{2}))?",
    "dm_range": r"(?P<d>\d{1,2})\s*[-–]\s*(?P<d2>\d{1,2})/(?P<m>\d{1,2})(?:/(?P<y>\d{4}))?",
    "dmy": r"(?P<d>\d{1,2})(?P<sep>[/.-])(?P<m>\d{1,2})(?P=sep)(?P<y>\d{4})",
    "iso": r"(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})",
    "year": r"(?:19|20)\d{2}",
    "day": r"[0-3]?\d",
}
_SLOT = re.compile(r"\{(?P<name>[a-z_]+)(?:#(?P<n>\d))?\}")
# Nothing word-like glued on either side; a year is not the tail of "1.2016" or "20:2016".
_LEFT_EDGE = r"(?<![\w/])(?<!\d[.,:])"
_RIGHT_EDGE = r"(?![\w/])(?![.,:]\d)"


@dataclass(frozen=True)
class Rule:
    name: str
    priority: int  # lower wins when two candidates cover the same text
    pattern: re.Pattern[str]


def alternation(forms: Iterable[str]) -> str:
    """Longest-first alternation of literal forms, any whitespace inside a form matching."""
    escaped = [re.escape(f).replace(r"\ ", r"\s+") for f in sorted(set(forms), key=len, reverse=True)]
    return "|".join(escaped)


def _month_alternation(forms: Iterable[str]) -> str:
    """Month names; a short form may carry an abbreviation dot when a number follows ("Nov. 29")."""
    parts = []
    for form in sorted(set(forms), key=len, reverse=True):
        dot = r"(?:\.(?=\s*\d))?" if len(form) <= 4 else ""
        parts.append(re.escape(form).replace(r"\ ", r"\s+") + dot)
    return "|".join(parts)


def _count_pattern(lexicon: DateLexicon) -> str:
    words = alternation([*lexicon.numbers, *lexicon.number_builders])
    return rf"\d{{1,3}}|(?:{words})(?:[\s-]+(?:{words})){{0,3}}"


def slot_sources(lexicon: DateLexicon) -> dict[str, str]:
    """Placeholder name -> regex source (without the group)."""
    sources = dict(_DIGIT_SLOTS)
    sources.update(
        weekday=alternation(lexicon.weekdays),
        month=_month_alternation(lexicon.months),
        unit=alternation(lexicon.units),
        unit_with_one=alternation(lexicon.units_with_one) or r"(?!x)x",
        count=_count_pattern(lexicon),
        day_offset=alternation(lexicon.day_offsets),
        night_before=alternation(lexicon.night_before),
        period_part=alternation(lexicon.period_parts),
        season=alternation(lexicon.seasons),
    )
    sources.update({key: alternation(forms) or r"(?!x)x" for key, forms in lexicon.words.items()})
    return sources


def compile_template(template: str, sources: dict[str, str], where: str) -> re.Pattern[str]:
    def expand(match: re.Match[str]) -> str:
        name, copy = match["name"], match["n"]
        if name not in sources:
            allowed = ", ".join(sorted(sources))
            raise LexiconError(f"{where}: unknown placeholder {{{name}}}; allowed: {allowed}")
        group = f"{name}{copy}" if copy else name
        return f"(?P<{group}>{sources[name]})"

    # Spaces first (" ?" optional, " " required; literal in the template), then placeholders.
    spaced = template.replace(" ?", r"\s*").replace(" ", r"\s+")
    body = _SLOT.sub(expand, spaced)
    try:
        return re.compile(f"{_LEFT_EDGE}(?:{body}){_RIGHT_EDGE}", re.IGNORECASE)
    except re.error as err:
        raise LexiconError(f"{where}: template {template!r} is not a valid pattern ({err})") from err


def build_rules(lexicon: DateLexicon, known_rules: Iterable[str]) -> tuple[Rule, ...]:
    """Compile every template; a rule name without a resolver is an error naming the allowed ones."""
    allowed = tuple(known_rules)
    sources = slot_sources(lexicon)
    rules: list[Rule] = []
    for priority, (name, templates) in enumerate(lexicon.rules):
        where = f"lang/{lexicon.lang}/dates.yaml rules.{name}"
        if name not in allowed:
            raise LexiconError(f"{where}: unknown rule; allowed: {', '.join(allowed)}")
        rules.extend(Rule(name, priority, compile_template(t, sources, where)) for t in templates)
    return tuple(rules)


@lru_cache(maxsize=4)
def rules_for(lang: str, known_rules: tuple[str, ...]) -> tuple[Rule, ...]:
    return build_rules(load_lexicon(lang), known_rules)
