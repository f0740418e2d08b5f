"""Find place-name spans in a text by dictionary lookup over folded token n-grams.

Left to right, the longest name that passes the filters wins. Filters: stop words, capitalisation
(relaxed for all-lowercase or title-case lines, where only well-known places pass), person titles,
and a cue rule: a name whose every reading is a small place needs a cue (a locative word, an
administrative prefix, a facility word, or a following ", Region").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from pantau.places.gazetteer import Entry, Gazetteer
from pantau.places.lexicon import AliasEntry, Cues
from pantau.places.normalize import Token

MAX_NAME_TOKENS = 6
MINOR_POPULATION = 5000  # a populated place below this needs a cue to count as a place
STRONG_POPULATION = 100_000  # in lines whose case says nothing, only places this big (or divisions) pass
EMBEDDED_POPULATION = 1_000_000  # a name glued to other capitalised words must be this big to count
# Lowercase words allowed inside a capitalised multi-word name ("Rio de Janeiro", "Bab al-Hawa").
_CONNECTORS = frozenset({"de", "del", "da", "do", "dos", "das", "di", "du", "des", "la", "le", "les", "el",
                         "al", "an", "ar", "as", "ash", "at", "ad", "az", "ul", "of", "the", "on", "upon",
                         "sur", "am", "im", "der", "van", "von", "y", "e", "i", "en", "bin", "ibn", "s"})
_GAP = re.compile(r"(?:[ \t]|-|–|['’]|\.(?! ))*")  # what may separate the tokens of one name
_ABBREVIATION_GAP = re.compile(r"\. ?")  # "St. Louis", "Kab. Bogor"
_CLAUSE_BREAK = re.compile(r"[.,;:!?()\[\]\"“”\n]")


@dataclass(frozen=True)
class Found:
    """One recognised stretch: its token range, character span and the readings it allows."""

    begin: int  # first token of the span (the prefix, if any)
    first: int  # first token of the name itself (after any prefix)
    last: int  # one past its last token
    start: int  # character span, prefix and suffix included
    end: int
    key: str
    entries: tuple[Entry, ...]
    alias: tuple[AliasEntry, ...]  # hand aliases: then ``entries`` holds only their targets
    level: str | None  # from an administrative prefix/suffix ("regency", "admin3", ...)
    facility: str | None  # English template such as "{} International Airport"
    cued: bool


def text_case(tokens: list[Token]) -> str:
    """"normal", or "lower"/"title" when the case of the words says nothing about names."""
    words = [t.text for t in tokens if t.text[0].isalpha() and len(t.text) > 3]
    if not words:
        return "normal"
    if not any(any(ch.isupper() for ch in w) for w in words):
        return "lower"
    if all(w[0].isupper() for w in words) and len(words) >= 3:
        return "title"
    return "normal"


class Recognizer:
    """Recognises place names in one language against a gazetteer and the hand aliases."""

    def __init__(self, gazetteer: Gazetteer, aliases: dict[str, list[AliasEntry]],
                 alias_entries: dict[str, Entry], cues: Cues, stop: frozenset[str]) -> None:
        self.gazetteer = gazetteer
        self.aliases = aliases
        self.alias_entries = alias_entries
        self.cues = cues
        self.stop = stop
        self.any_cue = frozenset().union(*cues.role_before.values())
        # First words of "X Province" / "X International Airport": not the rest of a longer name.
        self.suffix_words = frozenset(p.split()[0] for p in (*cues.admin_suffixes, *cues.facilities_after))
        prefixes = (*cues.admin_prefixes, *cues.facilities_before)
        self.max_prefix = max((len(p.split()) for p in prefixes), default=1)

    def find(self, text: str, tokens: list[Token], case_by_token: list[str]) -> list[Found]:
        found: list[Found] = []
        i = 0
        while i < len(tokens):
            best = self._best_at(text, tokens, i, case_by_token[i])
            if best is None:
                i += 1
                continue
            found.append(best)
            i = best.last
        return found

    def found_for_span(self, text: str, tokens: list[Token], start: int, end: int) -> Found | None:
        """The reading of a span chosen by someone else (gold toponyms, an NER model): the whole span
        if it is a name, else its longest name (prefix/suffix words such as "Kabupaten" still apply)."""
        inside = [k for k, t in enumerate(tokens) if t.start >= start and t.end <= end]
        if not inside:
            return None
        first, last = inside[0], inside[-1] + 1
        for n in range(last - first, 0, -1):
            for i in range(first, last - n + 1):
                key = " ".join(t.norm for t in tokens[i:i + n])
                alias = tuple(self.aliases.get(key, ()))
                entries = tuple(self.alias_entries[a.target] for a in alias if a.target in self.alias_entries) \
                    or tuple(self.gazetteer.lookup_key(key))
                if not entries or (key in self.stop and n == last - first == 1 and not alias):
                    continue
                found = Found(first, i, i + n, tokens[first].start, tokens[last - 1].end, key, entries, alias,
                              None, None, True)
                prefix = " ".join(t.norm for t in tokens[first:i])
                suffix = " ".join(t.norm for t in tokens[i + n:last])
                level = self.cues.admin_prefixes.get(prefix) or self.cues.admin_suffixes.get(suffix)
                facility = self.cues.facilities_before.get(prefix) or self.cues.facilities_after.get(suffix)
                return replace(found, level=level, facility=facility)
        return None

    # -- matching ---------------------------------------------------------------------------------

    def _best_at(self, text: str, tokens: list[Token], i: int, case: str) -> Found | None:
        options: list[Found] = []
        for k in range(min(self.max_prefix, len(tokens) - i - 1), 0, -1):
            if not self._joined(text, tokens, i, i + k, abbreviations=True):
                continue
            phrase = " ".join(t.norm for t in tokens[i:i + k])
            level = self.cues.admin_prefixes.get(phrase)
            facility = self.cues.facilities_before.get(phrase)
            glued = i > 0 and tokens[i - 1].text[0].isupper() and not self._sentence_start(text, tokens, i) \
                and _GAP.fullmatch(text[tokens[i - 1].end:tokens[i].start]) is not None
            if (level or facility) and not glued:
                found = self._name_at(text, tokens, i + k, case, i, level, facility)
                if found is not None:
                    options.append(found)
                    break
        plain = self._name_at(text, tokens, i, case, i, None, None)
        if plain is not None:
            options.append(plain)
        if not options:
            return None
        best = max(options, key=lambda f: (f.last, f.level is not None or f.facility is not None))
        return self._with_suffix(text, tokens, best)

    def _name_at(self, text: str, tokens: list[Token], i: int, case: str, begin: int,
                 level: str | None, facility: str | None) -> Found | None:
        if i >= len(tokens):
            return None
        start = tokens[begin].start
        for n in range(min(MAX_NAME_TOKENS, len(tokens) - i), 0, -1):
            if n > 1 and not self._joined(text, tokens, i, i + n - 1):
                continue
            key = " ".join(t.norm for t in tokens[i:i + n])
            surface = text[tokens[i].start:tokens[i + n - 1].end]
            alias = tuple(a for a in self.aliases.get(key, ()) if _alias_case_ok(a, surface, case))
            if alias:
                entries = tuple(self.alias_entries[a.target] for a in alias if a.target in self.alias_entries)
                end = tokens[i + n - 1].end
                if entries:  # "Presiden Rusia": a title before a country makes it a nationality
                    return Found(begin, i, i + n, start, end, key, entries, alias, level, facility, True)
                continue
            if key in self.aliases:
                continue  # an alias in the wrong case ("as", "us") is a word, never a town
            if not self.gazetteer.has_name(key):
                continue
            entries = tuple(self.gazetteer.lookup_key(key))
            prefixed = level is not None or facility is not None
            cued = prefixed or self._cue_before(text, tokens, begin) or self._container_follows(
                text, tokens, i + n)
            if self._accept(text, tokens, i, n, key, entries, case, cued, prefixed):
                end = tokens[i + n - 1].end
                return Found(begin, i, i + n, start, end, key, entries, (), level, facility, cued)
        return None

    def _accept(self, text: str, tokens: list[Token], i: int, n: int, key: str, entries: tuple[Entry, ...],
                case: str, cued: bool, prefixed: bool) -> bool:
        words = tokens[i:i + n]
        if case == "normal" and not _capitalised(words):
            return False
        if key in self.stop and not prefixed:
            return False
        if self._person_before(text, tokens, i):
            return False
        strong = any(_is_strong(e) for e in entries)
        if case != "normal" and not prefixed:
            # all capitals: a strong name, or one a locative cue introduces ("IN THE AREA OF YONDO")
            return len(key) >= 4 and (strong or (cued and any(not _is_minor(e) for e in entries)))
        if n == 1 and not cued and not strong and self._sentence_start(text, tokens, i):
            return False  # a capitalised first word is weak evidence ("Massa juga ...")
        surface = text[words[0].start:words[-1].end]
        if surface.isupper() and len(surface) > 1 and not (strong and len(key) >= 4):
            return False  # acronyms (TNI, KKB) are organisations; datelines (JAKARTA) are places
        if not prefixed:
            # Part of a longer proper name: "Ngurah Rai", "Observatory for Human Rights", "Vladimir
            # Putin". An organisation may lead with a region ("Polda Jawa Barat"); a name that goes on
            # with a surname-like word is a place only if it is a country or a very big city.
            huge = any(e.place.kind == "country" or (e.place.kind == "populated" and e.place.population
                                                     >= EMBEDDED_POPULATION) for e in entries)
            region = any(e.place.kind == "admin1" for e in entries)
            if self._glued_after(text, tokens, i + n) and not huge:
                return False
            if self._glued_before(text, tokens, i) and (words[0].norm in self.stop or not (huge or region)):
                return False
        return strong or cued or any(not _is_minor(e) for e in entries)

    def _with_suffix(self, text: str, tokens: list[Token], found: Found) -> Found:
        """Extend "X Province" / "X International Airport" to take in the suffix word(s)."""
        for k in range(3, 0, -1):
            j = found.last + k
            if j > len(tokens) or not self._joined(text, tokens, found.last - 1, j - 1):
                continue
            phrase = " ".join(t.norm for t in tokens[found.last:j])
            level = self.cues.admin_suffixes.get(phrase)
            facility = self.cues.facilities_after.get(phrase)
            if facility and found.facility is None:
                return replace(found, end=tokens[j - 1].end, facility=facility, cued=True)
            if level and found.level is None and found.facility is None:
                return replace(found, end=tokens[j - 1].end, level=level, cued=True)
        return found

    # -- context checks ---------------------------------------------------------------------------

    def _glued_before(self, text: str, tokens: list[Token], i: int) -> bool:
        """Is token i glued to a capitalised word before it that is no cue or title ("Ngurah Rai")?"""
        if i == 0 or not _GAP.fullmatch(text[tokens[i - 1].end:tokens[i].start]):
            return False
        word = tokens[i - 1]
        return word.text[0].isupper() and word.norm not in self.any_cue and word.norm not in \
            self.cues.person_titles and not self._sentence_start(text, tokens, i - 1)

    def _glued_after(self, text: str, tokens: list[Token], j: int) -> bool:
        """Is token j-1 followed by a capitalised word that is no date, cue or place ("Vladimir Putin")?"""
        if j >= len(tokens) or not re.fullmatch(r" ", text[tokens[j - 1].end:tokens[j].start]):
            return False
        word = tokens[j]
        return word.text[0].isupper() and word.norm not in self.cues.date_words and word.norm not in \
            self.any_cue and word.norm not in self.aliases and word.norm not in self.suffix_words and not any(
                _is_strong(e) for e in self.gazetteer.lookup_key(word.norm))

    @staticmethod
    def _sentence_start(text: str, tokens: list[Token], i: int) -> bool:
        head = text[tokens[i - 1].end:tokens[i].start] if i > 0 else "\n"
        return i == 0 or bool(re.search(r"[.!?\n\"“]", head))

    def _joined(self, text: str, tokens: list[Token], a: int, b: int, abbreviations: bool = False) -> bool:
        """True when tokens a..b (inclusive) are written as one name (no punctuation between)."""
        for j in range(a, b):
            gap = text[tokens[j].end:tokens[j + 1].start]
            if _GAP.fullmatch(gap):
                continue
            if (abbreviations or len(tokens[j].text) <= 3) and _ABBREVIATION_GAP.fullmatch(gap):
                continue
            return False
        return True

    def words_before(self, text: str, tokens: list[Token], i: int, limit: int = 4) -> list[str]:
        """Folded words right before token i within the same clause, nearest last."""
        words: list[str] = []
        j = i - 1
        while j >= 0 and len(words) < limit:
            gap = text[tokens[j].end:tokens[j + 1].start]
            if _CLAUSE_BREAK.search(gap) and not _ABBREVIATION_GAP.fullmatch(gap):
                break
            words.insert(0, tokens[j].norm)
            j -= 1
        return words

    def _cue_before(self, text: str, tokens: list[Token], i: int) -> bool:
        words = self.words_before(text, tokens, i)
        return any(" ".join(words[-k:]) in self.any_cue for k in range(1, len(words) + 1))

    def _person_before(self, text: str, tokens: list[Token], i: int) -> bool:
        words = self.words_before(text, tokens, i, limit=2)
        return any(" ".join(words[-k:]) in self.cues.person_titles for k in range(1, len(words) + 1))

    def _container_follows(self, text: str, tokens: list[Token], j: int) -> bool:
        """True for "X, Y" where Y is a division or country (town, region)."""
        if j >= len(tokens) or not re.fullmatch(r"\s*,\s*", text[tokens[j - 1].end:tokens[j].start]):
            return False
        for n in range(min(4, len(tokens) - j), 0, -1):
            key = " ".join(t.norm for t in tokens[j:j + n])
            if key in self.aliases and tokens[j].text[0].isupper():
                return True
            if tokens[j].text[0].isupper() and any(e.place.kind in ("country", "admin1", "admin2")
                                                   for e in self.gazetteer.lookup_key(key)):
                return True
        return False


def _capitalised(words: list[Token]) -> bool:
    if not words[0].text[0].isupper() or not words[-1].text[0].isupper():
        return False
    return all(w.text[0].isupper() or w.norm in _CONNECTORS or not w.text[0].isalpha() for w in words)


def _alias_case_ok(alias: AliasEntry, surface: str, case: str) -> bool:
    if alias.kind == "abbreviation":
        return re.sub(r"\W", "", surface) == re.sub(r"\W", "", alias.surface)
    return case != "normal" or surface[0].isupper()


def _is_strong(entry: Entry) -> bool:
    kind = entry.place.kind
    return kind in ("country", "admin1") or entry.place.population >= STRONG_POPULATION


def _is_minor(entry: Entry) -> bool:
    kind = entry.place.kind
    return kind in ("admin3", "other") or (kind == "populated" and entry.place.population < MINOR_POPULATION)
