"""Word tokens and a longest-match phrase index over them, aware of case and of Indonesian
clitics ("polisinya"), reduplicated plurals ("tentara-tentara") and English possessives.

Case policy, read from how an alias is written: ALL-CAPS tokens (KKB, AS, U.S.) must match
exactly; Capitalised tokens of three or more letters need a capital first letter in the text
(Taliban, Rusia); lower-case tokens match in any case (polisi, warga).
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

_WORD = re.compile(r"[^\W_]+(?:[-.'’][^\W_]+)*")
# Hyphenated words kept whole: "anti-pemerintah" is not a mention of the government.
_KEEP_WHOLE_PREFIXES = frozenset({"anti", "pro", "non", "pasca", "pra", "ex", "eks", "self", "co", "semi"})
_ID_CLITICS = ("nya", "lah", "pun")
_EN_POSSESSIVES = ("'s", "'")
_ACRONYM_MAX = 3  # acronyms this short are ignored inside all-caps headlines ("IS", "AS")


@dataclass(frozen=True)
class Token:
    start: int
    end: int
    text: str
    forms: tuple[tuple[str, str], ...]  # (match key, surface) pairs: the word, then fallbacks
    glued: bool = True  # only spaces or a hyphen since the previous token: a phrase may go on


def _is_glue(gap: str) -> bool:
    """Phrases never run across punctuation or line breaks ("... Assad.\nTentara ...")."""
    return all(c in " \t\u00a0-" for c in gap)


@dataclass(frozen=True)
class Entry:
    """What a matched phrase means: ``type`` ("named", "generic", "country", ...) and value."""

    type: str
    value: str
    priority: int  # lower wins among phrases of the same length


@dataclass(frozen=True)
class Hit:
    first: int  # token index
    stop: int  # token index after the last token
    entries: tuple[Entry, ...]  # best first

    @property
    def entry(self) -> Entry:
        return self.entries[0]


def _key(text: str) -> str:
    return text.replace("’", "'").casefold()


def _fallbacks(word: str, lang: str) -> list[str]:
    fallbacks = []
    if lang == "id":
        for clitic in _ID_CLITICS:
            if word.casefold().endswith(clitic) and len(word) - len(clitic) >= 3:
                fallbacks.append(word[: -len(clitic)])
    elif lang == "en":
        normal = word.replace("’", "'")
        fallbacks += [word[: -len(p)] for p in _EN_POSSESSIVES if normal.endswith(p) and len(word) > len(p)]
    return fallbacks


def tokenize(text: str, lang: str | None = None) -> list[Token]:
    """Word tokens; hyphenated words are split unless reduplicated or prefixed ("anti-")."""
    tokens: list[Token] = []
    for match in _WORD.finditer(text):
        word, end = match.group(), match.end()
        if "." in word and text[end : end + 1] == ".":
            word, end = word + ".", end + 1  # "U.S." keeps its closing dot
        glued = not tokens or _is_glue(text[tokens[-1].end : match.start()])
        parts = word.split("-")
        if len(parts) > 1 and len({_key(p) for p in parts}) == 1:
            # "tentara-tentara": one token, matched as itself first, then as "tentara"
            forms = [(_key(word), word), (_key(parts[0]), parts[0])]
            tokens.append(Token(match.start(), end, word, tuple(forms), glued))
            continue
        if len(parts) > 1 and _key(parts[0]) not in _KEEP_WHOLE_PREFIXES:
            offset = match.start()
            for part in parts:
                forms = [(_key(part), part)] + [(_key(f), f) for f in _fallbacks(part, lang or "")]
                tokens.append(Token(offset, offset + len(part), part, tuple(forms), glued))
                offset += len(part) + 1
                glued = True
            continue
        forms = [(_key(word), word)] + [(_key(f), f) for f in _fallbacks(word, lang or "")]
        tokens.append(Token(match.start(), end, word, tuple(forms), glued))
    return tokens


def _mode(token: str) -> str:
    letters = [c for c in token if c.isalpha()]
    if len(letters) >= 2 and all(c.isupper() for c in letters):
        return "exact"
    if len(letters) >= 3 and token[0].isupper():
        return "capital"
    return "any"


def english_plural(alias: str) -> str | None:
    """The regular plural of a lower-case English noun phrase ("gunman" -> "gunmen")."""
    if alias != alias.lower():
        return None
    head, _, last = alias.rpartition(" ")
    if last.endswith("man"):
        plural = last[:-3] + "men"
    elif last.endswith("s"):
        return None
    elif last.endswith(("x", "ch", "sh")):
        plural = last + "es"
    elif last.endswith("y") and last[-2:-1] not in "aeiou":
        plural = last[:-1] + "ies"
    else:
        plural = last + "s"
    return f"{head} {plural}" if head else plural


@dataclass(frozen=True)
class _Pattern:
    surfaces: tuple[str, ...]
    modes: tuple[str, ...]
    entry: Entry


class PhraseIndex:
    """Alias phrases of one language, matched longest first over a token list."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self._patterns: dict[tuple[str, ...], list[_Pattern]] = defaultdict(list)
        self._vocabulary: set[str] = set()
        self._longest = 0

    def add(self, alias: str, entry: Entry) -> None:
        surfaces = tuple(t.text.replace("’", "'") for t in tokenize(alias))
        if not surfaces:
            raise ValueError(f"alias {alias!r} has no words")
        key = tuple(_key(s) for s in surfaces)
        pattern = _Pattern(surfaces, tuple(_mode(s) for s in surfaces), entry)
        if pattern not in self._patterns[key]:
            self._patterns[key].append(pattern)
            self._patterns[key].sort(key=lambda p: p.entry.priority)
        self._vocabulary.update(key)
        self._longest = max(self._longest, len(key))

    def _choose(self, token: Token) -> tuple[str, str]:
        """The token's form to look up: itself if any alias has it, else a fallback that is."""
        for form in token.forms:
            if form[0] in self._vocabulary:
                return form
        return token.forms[0]

    def find(self, tokens: list[Token]) -> list[Hit]:
        """Non-overlapping hits, scanning left to right and taking the longest at each token."""
        chosen = [self._choose(t) for t in tokens]
        hits: list[Hit] = []
        i = 0
        while i < len(tokens):
            hit = self._longest_at(tokens, chosen, i)
            if hit is None:
                i += 1
                continue
            hits.append(hit)
            i = hit.stop
        return hits

    def _longest_at(self, tokens: list[Token], chosen: list[tuple[str, str]], i: int) -> Hit | None:
        reach = 1
        while reach < self._longest and i + reach < len(tokens) and tokens[i + reach].glued:
            reach += 1
        for length in range(reach, 0, -1):
            key = tuple(form[0] for form in chosen[i : i + length])
            surfaces = [form[1].replace("’", "'") for form in chosen[i : i + length]]
            entries = tuple(
                p.entry for p in self._patterns.get(key, ()) if _case_fits(p, surfaces)
            )
            if entries and not (length == 1 and _shouted_acronym(tokens, i, self._patterns[key][0])):
                return Hit(i, i + length, entries)
        return None


def _case_fits(pattern: _Pattern, surfaces: list[str]) -> bool:
    for mode, alias, seen in zip(pattern.modes, pattern.surfaces, surfaces, strict=True):
        if mode == "exact" and seen != alias:
            return False
        if mode == "capital" and not seen[0].isupper():
            return False
    return True


def _is_shouting(token: Token) -> bool:
    letters = [c for c in token.text if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _shouted_acronym(tokens: list[Token], i: int, pattern: _Pattern) -> bool:
    """A short acronym amid all-caps words ("IS" in "WHAT IS NEXT") is an ordinary word."""
    if pattern.modes != ("exact",) or len(pattern.surfaces[0]) > _ACRONYM_MAX:
        return False
    neighbours = [tokens[j] for j in (i - 1, i + 1) if 0 <= j < len(tokens)]
    return bool(neighbours) and all(_is_shouting(t) for t in neighbours)
