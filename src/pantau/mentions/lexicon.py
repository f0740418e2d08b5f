"""Phrase indexes over the language knowledge files (triggers and context cues)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from pantau.lang import LexiconError, load_yaml, word_list
from pantau.mentions.morphology import english_forms, indonesian_forms, voice_of_word
from pantau.mentions.tokens import Token, split_reduplication


@dataclass(frozen=True)
class PhraseHit:
    concept: str
    first: int  # token index
    last: int  # token index, inclusive
    voice: str = "bare"


class PhraseIndex:
    """Finds listed word sequences in a token list, longest first, by their first word."""

    def __init__(self) -> None:
        self._by_first: dict[str, list[tuple[tuple[str, ...], str, str]]] = {}

    def add(self, phrase: str, concept: str, voice: str | None = None) -> None:
        words = tuple(phrase.lower().split())
        if not words:
            return
        entry = (words, concept, voice or voice_of_word(words[0], "id"))
        self._by_first.setdefault(words[0], []).append(entry)
        self._by_first[words[0]].sort(key=lambda item: -len(item[0]))

    def match_at(self, words: Sequence[str], index: int) -> PhraseHit | None:
        for phrase, concept, voice in self._by_first.get(words[index], ()):
            end = index + len(phrase)
            if tuple(words[index:end]) == phrase:
                return PhraseHit(concept, index, end - 1, voice)
        return None

    def find(self, words: Sequence[str]) -> list[PhraseHit]:
        """All non-overlapping hits, scanning left to right."""
        hits: list[PhraseHit] = []
        index = 0
        while index < len(words):
            hit = self.match_at(words, index)
            if hit:
                hits.append(hit)
                index = hit.last + 1
            else:
                index += 1
        return hits


def normalise_words(tokens: Sequence[Token]) -> list[str]:
    """Lowercase words with reduplication folded, the unit the indexes match on."""
    return [split_reduplication(token.lower) for token in tokens]


@cache
def trigger_index(lang: str) -> PhraseIndex:
    """Every trigger form of ``lang``'s event lexicon, mapped to its act."""
    data = load_yaml(lang, "events")
    index = PhraseIndex()
    generate = indonesian_forms if lang == "id" else english_forms
    for act, entry in data.items():
        if not isinstance(entry, dict):
            raise LexiconError(f"lang/{lang}/events.yaml: act '{act}' must be a mapping")
        where = f"lang/{lang}/events.yaml:{act}"
        for root in word_list(entry, "roots", where=where):
            for form in generate(root):
                index.add(form.form, act, form.voice)
        for word in word_list(entry, "words", where=where):
            index.add(word, act, voice_of_word(word, lang))
        for phrase in word_list(entry, "phrases", where=where):
            index.add(phrase, act, voice_of_word(phrase.split()[0], lang))
    return index


@cache
def cue_index(lang: str, *sections: str) -> PhraseIndex:
    """An index over cue lists; a section "qualifiers" or "domains" expands to its sub-keys."""
    data = load_yaml(lang, "cues")
    index = PhraseIndex()
    for section in sections:
        value = data.get(section)
        if isinstance(value, dict):
            for concept, _ in value.items():
                for phrase in word_list(value, concept, where=f"lang/{lang}/cues.yaml:{section}"):
                    index.add(phrase, concept)
        else:
            for phrase in word_list(data, section, where=f"lang/{lang}/cues.yaml"):
                index.add(phrase, section)
    return index


@cache
def cue_words(lang: str, section: str) -> frozenset[str]:
    return frozenset(word_list(load_yaml(lang, "cues"), section, where=f"lang/{lang}/cues.yaml"))
