"""Load and validate the per-language time-expression lexicons (``pantau/lang/<lang>/dates.yaml``)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

SUPPORTED_LANGUAGES: tuple[str, ...] = ("id", "en")

WEEKDAY_KEYS: tuple[str, ...] = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTH_KEYS: tuple[str, ...] = (
    "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december",
)
UNIT_KEYS: tuple[str, ...] = ("day", "week", "month", "year")
PART_KEYS: tuple[str, ...] = ("start", "middle", "end")
SEASON_KEYS: tuple[str, ...] = ("spring", "summer", "autumn", "winter")
RELATION_KEYS: tuple[str, ...] = ("since", "until", "before", "after")
BUILDER_KEYS: tuple[str, ...] = ("teen", "tens")
WORD_KEYS: tuple[str, ...] = (
    "ago", "last", "this", "part_of_day", "local_time", "lead", "month_word", "year_word", "vague",
    "weekend", "decade_suffix", "year_follower", "not_year_before", "day_word", "range_joiner", "recent",
    "weak_lead", "next",
)
TOP_KEYS: tuple[str, ...] = (
    "weekdays", "needs_capital", "names_need_capital", "months", "units", "units_with_one", "numbers",
    "number_builders", "day_offsets", "night_before", "period_parts", "seasons", "relations", "words",
    "rules",
)


class LexiconError(ValueError):
    """A dates lexicon file is missing, malformed or names an unknown concept."""


@dataclass(frozen=True)
class DateLexicon:
    """One language's surface forms, each mapped (lowercase) to its language-neutral concept."""

    lang: str
    weekdays: dict[str, int]  # form -> 0 (Monday) .. 6 (Sunday)
    needs_capital: frozenset[str]
    names_need_capital: bool
    months: dict[str, int]  # form -> 1..12
    units: dict[str, str]  # form -> day/week/month/year
    units_with_one: dict[str, str]
    numbers: dict[str, int]
    number_builders: dict[str, str]  # form -> teen/tens
    day_offsets: dict[str, int]  # phrase -> days before publication
    night_before: tuple[str, ...]
    period_parts: dict[str, str]  # form -> start/middle/end
    seasons: dict[str, str]  # form -> spring/summer/autumn/winter
    relations: dict[str, str]  # form -> since/until/before/after
    words: dict[str, tuple[str, ...]]
    word_sets: dict[str, frozenset[str]]  # the same lists, for membership tests
    rules: tuple[tuple[str, tuple[str, ...]], ...]  # (rule name, templates), in priority order

    def word_set(self, key: str) -> frozenset[str]:
        return self.word_sets[key]


def _forms(value: Any, where: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise LexiconError(f"{where}: expected a list of non-empty strings, got {value!r}")
    return tuple(" ".join(v.lower().split()) for v in value)


def _concept_map(data: Any, allowed: tuple[str, ...] | None, where: str) -> dict[str, str]:
    """Invert ``{concept: [forms]}`` into ``{form: concept}``, rejecting unknown concepts."""
    if not isinstance(data, dict):
        raise LexiconError(f"{where}: expected a mapping, got {type(data).__name__}")
    inverted: dict[str, str] = {}
    for concept, forms in data.items():
        key = str(concept)
        if allowed is not None and key not in allowed:
            raise LexiconError(f"{where}: unknown key {key!r}; allowed: {', '.join(allowed)}")
        for form in _forms(forms, f"{where}.{key}"):
            inverted[form] = key
    return inverted


def _indexed(data: Any, keys: tuple[str, ...], start: int, where: str) -> dict[str, int]:
    mapping = _concept_map(data, keys, where)
    missing = set(keys) - set(mapping.values())
    if missing:
        raise LexiconError(f"{where}: missing {', '.join(sorted(missing))}")
    return {form: keys.index(concept) + start for form, concept in mapping.items()}


def _numbered(data: Any, where: str) -> dict[str, int]:
    mapping = _concept_map(data, None, where)
    try:
        return {form: int(value) for form, value in mapping.items()}
    except ValueError as err:
        raise LexiconError(f"{where}: keys must be integers ({err})") from err


def _rules(data: Any, where: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    if not isinstance(data, dict) or not data:
        raise LexiconError(f"{where}: expected a non-empty mapping of rule name to templates")
    rules = []
    for name, templates in data.items():
        if not isinstance(templates, list) or not all(isinstance(t, str) and t for t in templates):
            raise LexiconError(f"{where}.{name}: expected a list of template strings")
        rules.append((str(name), tuple(templates)))
    return tuple(rules)


def parse_lexicon(lang: str, data: Any) -> DateLexicon:
    """Validate a decoded YAML document and build the lexicon (pure; used by the loader and tests)."""
    where = f"lang/{lang}/dates.yaml"
    if not isinstance(data, dict):
        raise LexiconError(f"{where}: expected a mapping at the top")
    unknown = set(data) - set(TOP_KEYS)
    missing = set(TOP_KEYS) - set(data)
    if unknown or missing:
        raise LexiconError(
            f"{where}: unknown keys {sorted(unknown)}, missing keys {sorted(missing)}; "
            f"allowed: {', '.join(TOP_KEYS)}"
        )
    words = data["words"]
    if not isinstance(words, dict) or set(words) != set(WORD_KEYS):
        got = sorted(words) if isinstance(words, dict) else words
        raise LexiconError(f"{where}.words: expected exactly {', '.join(WORD_KEYS)}; got {got}")
    if not isinstance(data["names_need_capital"], bool):
        raise LexiconError(f"{where}.names_need_capital: expected true or false")
    word_lists = {key: _forms(words[key], f"{where}.words.{key}") for key in WORD_KEYS}
    return DateLexicon(
        lang=lang,
        weekdays=_indexed(data["weekdays"], WEEKDAY_KEYS, 0, f"{where}.weekdays"),
        needs_capital=frozenset(_forms(data["needs_capital"], f"{where}.needs_capital")),
        names_need_capital=data["names_need_capital"],
        months=_indexed(data["months"], MONTH_KEYS, 1, f"{where}.months"),
        units=_concept_map(data["units"], UNIT_KEYS, f"{where}.units"),
        units_with_one=_concept_map(data["units_with_one"], UNIT_KEYS, f"{where}.units_with_one"),
        numbers=_numbered(data["numbers"], f"{where}.numbers"),
        number_builders=_concept_map(data["number_builders"], BUILDER_KEYS, f"{where}.number_builders"),
        day_offsets=_numbered(data["day_offsets"], f"{where}.day_offsets"),
        night_before=_forms(data["night_before"], f"{where}.night_before"),
        period_parts=_concept_map(data["period_parts"], PART_KEYS, f"{where}.period_parts"),
        seasons=_concept_map(data["seasons"], SEASON_KEYS, f"{where}.seasons"),
        relations=_concept_map(data["relations"], RELATION_KEYS, f"{where}.relations"),
        words=word_lists,
        word_sets={key: frozenset(forms) for key, forms in word_lists.items()},
        rules=_rules(data["rules"], f"{where}.rules"),
    )


@lru_cache(maxsize=len(SUPPORTED_LANGUAGES))
def load_lexicon(lang: str) -> DateLexicon:
    """The packaged lexicon for ``lang`` ("id" or "en"), validated once and cached."""
    if lang not in SUPPORTED_LANGUAGES:
        raise LexiconError(f"unsupported language {lang!r}; allowed: {', '.join(SUPPORTED_LANGUAGES)}")
    path = resources.files("pantau").joinpath("lang", lang, "dates.yaml")
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError as err:
        raise LexiconError(f"missing lexicon file lang/{lang}/dates.yaml") from err
    return parse_lexicon(lang, yaml.safe_load(text))
