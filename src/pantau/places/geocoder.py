"""The places stage's entry point: recognise, resolve and label the places of an article."""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace
from functools import cache

from pantau.places.fuzzy import fuzzy_places
from pantau.places.gazetteer import Entry, Gazetteer
from pantau.places.lexicon import LANGUAGES, AliasEntry, aliases, cues, stop_words
from pantau.places.model import Place, PlaceMention
from pantau.places.normalize import Token, normalize_name, tokenize
from pantau.places.recognize import Found, Recognizer, text_case
from pantau.places.resolve import prior, resolve
from pantau.places.roles import is_near, is_relative, role_of

ROLE_CONTEXT_WORDS = 7  # "dibawa ke sebuah rumah sakit swasta di X": a transfer cue sits a few words back


class Geocoder:
    """Dictionary-based place recogniser and resolver over the shipped gazetteer."""

    def __init__(self, gazetteer: Gazetteer | None = None) -> None:
        self.gazetteer = gazetteer or Gazetteer()
        self._aliases: dict[str, list[AliasEntry]] = defaultdict(list)
        self._alias_entries: dict[str, Entry] = {}
        for alias in aliases():
            entry = self._alias_target(alias.target)
            if entry is None:
                raise ValueError(f"alias {alias.surface!r} points to unknown place {alias.target!r}")
            self._alias_entries[alias.target] = entry
            self._aliases[normalize_name(alias.surface)].append(alias)
        self._recognizers = {
            lang: Recognizer(self.gazetteer, self._aliases, self._alias_entries, cues(lang), stop_words(lang))
            for lang in LANGUAGES
        }

    def _alias_target(self, target: str) -> Entry | None:
        row = self.gazetteer.countries.get(target, self.gazetteer.divisions.get(target))
        if row is not None:
            return self.gazetteer.entry(row)
        if ":" in target:  # a town: the most populous place of that name in that country
            code, name = target.split(":", 1)
            towns = [e for e in self.gazetteer.lookup(name) if e.place.kind == "populated"
                     and e.place.country_code == code]
            return max(towns, key=lambda e: e.place.population, default=None)
        return None

    def find_places(self, text: str, lang: str) -> list[PlaceMention]:
        """Every place named in ``text`` (a whole article), resolved in the article's context."""
        recognizer = self._recognizer(lang)
        tokens = tokenize(text)
        mentions = self._mentions(text, tokens, recognizer.find(text, tokens, _case_per_token(text, tokens)), lang)
        extra = fuzzy_places(text, lang, self.gazetteer, mentions)
        return sorted([*mentions, *extra], key=lambda m: m.start) if extra else mentions

    def resolve_spans(self, text: str, spans: Sequence[tuple[int, int]], lang: str) -> list[PlaceMention | None]:
        """Resolve place names whose spans someone else found (None where a span names no known place)."""
        recognizer = self._recognizer(lang)
        tokens = tokenize(text)
        order = sorted(range(len(spans)), key=lambda k: spans[k])  # context rules read left to right
        found = {k: recognizer.found_for_span(text, tokens, *spans[k]) for k in order}
        known = [k for k in order if found[k] is not None]
        # the spans are known to be places: keep even a reading the report's countries do not support
        mentions = self._mentions(text, tokens, [found[k] for k in known], lang,  # type: ignore[misc]
                                  keep_unsupported=True)
        by_index: dict[int, PlaceMention] = dict(zip(known, mentions, strict=True))
        return [by_index.get(k) for k in range(len(spans))]

    def candidates(self, text: str, start: int, end: int, lang: str) -> list[Place]:
        """Every reading the gazetteer allows for one span (for evaluation: is a right one there?)."""
        found = self._recognizer(lang).found_for_span(text, tokenize(text), start, end)
        return [e.place for e in found.entries] if found else []

    def _recognizer(self, lang: str) -> Recognizer:
        if lang not in self._recognizers:
            raise ValueError(f"unsupported language {lang!r}; expected one of {LANGUAGES}")
        return self._recognizers[lang]

    def _mentions(self, text: str, tokens: list[Token], found: list[Found], lang: str,
                  keep_unsupported: bool = False) -> list[PlaceMention]:
        recognizer = self._recognizers[lang]
        mentions: list[PlaceMention] = []
        for f, (entry, score) in zip(found, resolve(text, found, lang), strict=True):
            if score == 0.0 and not keep_unsupported:
                continue  # a namesake abroad of a place the gazetteer lacks
            place = entry.place
            if f.facility:
                base = place.name.removesuffix(" Island")  # "Bandara Lombok": Lombok Airport
                place = replace(place, geonameid=None, name=f.facility.format(base), kind="facility",
                                population=0)
            before = recognizer.words_before(text, tokens, f.begin, limit=ROLE_CONTEXT_WORDS)
            role = role_of(f, text, tokens, before, recognizer.cues, entry.place.kind == "country")
            if mentions and role == "mention" and _coordinated(text, mentions[-1].end, f.start):
                role = mentions[-1].role  # "di X, Y", "dari X dan Y", "US and British troops"
            mentions.append(PlaceMention(f.start, f.end, text[f.start:f.end], place, role, score,
                                         relative=is_relative(before, recognizer.cues),
                                         near=is_near(before, recognizer.cues)))
        return mentions

    def lookup(self, name: str, country_code: str | None = None) -> list[Place]:
        """Candidate places for a name, most likely first (hand aliases before towns)."""
        key = normalize_name(name)
        targets = [self._alias_entries[a.target] for a in self._aliases.get(key, ())]
        entries = targets or sorted(self.gazetteer.lookup_key(key), key=lambda e: (-prior(e), e.row))
        seen: set[int] = set()
        places = []
        for entry in entries:
            if entry.row in seen or (country_code and entry.place.country_code != country_code):
                continue
            seen.add(entry.row)
            places.append(entry.place)
        return places

    def country(self, code_or_name: str) -> Place | None:
        """A country by ISO alpha-2 code or by name in either language ("SY", "Suriah", "Syria")."""
        code = code_or_name.strip()
        if code.upper() in self.gazetteer.countries and len(code) == 2:
            return self.gazetteer.entry(self.gazetteer.countries[code.upper()]).place
        for place in self.lookup(code):
            if place.kind == "country":
                return place
        return None


_COORDINATION = re.compile(r"\s*(?:,|,?\s*(?:dan|serta|atau|and|or|&))\s*", re.IGNORECASE)


def _coordinated(text: str, end: int, start: int) -> bool:
    """Are two places joined as one list ("X, Y", "X dan Y", "X and Y")?"""
    gap = text[end:start]
    return "\n" not in gap and bool(_COORDINATION.fullmatch(gap))


def _case_per_token(text: str, tokens: list[Token]) -> list[str]:
    """The case mode ("normal", "lower", "title") of each token's line."""
    breaks = [i for i, ch in enumerate(text) if ch == "\n"]
    lines: dict[int, list[int]] = defaultdict(list)
    for index, token in enumerate(tokens):
        lines[bisect.bisect_left(breaks, token.start)].append(index)
    modes = [""] * len(tokens)
    for members in lines.values():
        mode = text_case([tokens[i] for i in members])
        for i in members:
            modes[i] = mode
    return modes


@cache
def load_geocoder() -> Geocoder:
    """The process-wide geocoder over the shipped gazetteer (loaded on first call)."""
    return Geocoder()
