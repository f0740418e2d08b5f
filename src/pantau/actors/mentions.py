"""Turn phrase hits into actor mentions, joining neighbours that describe one actor.

Indonesian puts the country after the noun ("tentara Suriah", "Presiden Rusia Vladimir
Putin"); English before it ("Syrian army", "Russian President Vladimir Putin"). A description
next to a named group becomes that group ("militan ISIS", "Taliban fighters"), and one followed
by a determiner points back to an earlier actor ("kelompok bersenjata tersebut").
"""

from __future__ import annotations

from collections.abc import Callable

from pantau.actors.lexicon import Lexicon
from pantau.actors.matcher import Entry, Hit, Token
from pantau.actors.records import Actor, ActorMention

ACTOR_TYPES = frozenset({"named", "state", "unit", "hos"})
COUNTRY_TYPES = frozenset({"country", "qualifier"})
# Descriptions that, beside a named group, are that group's fighters ("pemberontak Houthi").
_FIGHTER_GENERICS = frozenset({"military", "rebels", "militants", "unidentified", "police"})
_UNIT_NAME_WORDS = 4  # "Polres Jakarta Selatan", "Polda Metro Jaya", "Yonif 751"

ActorFor = Callable[[Entry, str | None], Actor]


class MentionComposer:
    """One pass over the hits of one text; ``actor_for`` turns actor entries into Actors."""

    def __init__(self, text: str, tokens: list[Token], hits: list[Hit], lexicon: Lexicon,
                 lang: str, actor_for: ActorFor) -> None:
        self.text = text
        self.tokens = tokens
        self.hits = hits
        self.lexicon = lexicon
        self.lang = lang
        self.actor_for = actor_for
        self.mentions: list[ActorMention] = []

    def compose(self) -> list[ActorMention]:
        k = 0
        while k < len(self.hits):
            k = self._step(k)
        return self.mentions

    # --- helpers -----------------------------------------------------------------------------
    def _next(self, k: int) -> Hit | None:
        """The hit right after hit k, if no word or punctuation stands between them."""
        if k + 1 < len(self.hits) and self.hits[k + 1].first == self.hits[k].stop and self._glued(self.hits[k].stop):
            return self.hits[k + 1]
        return None

    def _glued(self, index: int) -> bool:
        """Whether token ``index`` continues the phrase before it (no punctuation between)."""
        return 0 < index < len(self.tokens) and self.tokens[index].glued

    def _word(self, index: int) -> str:
        return self.tokens[index].text.casefold() if 0 <= index < len(self.tokens) else ""

    def _emit(self, first: int, stop: int, actor: Actor | None = None, generic: str | None = None,
              country: str | None = None, anaphor: bool = False) -> None:
        start, end = self.tokens[first].start, self.tokens[stop - 1].end
        self.mentions.append(ActorMention(start, end, self.text[start:end], actor, generic, country, anaphor))

    @staticmethod
    def _country_of(hit: Hit | None) -> str | None:
        if hit is None:
            return None
        for entry in hit.entries:
            if entry.type in COUNTRY_TYPES:
                return entry.value
        return None

    # --- dispatch ----------------------------------------------------------------------------
    def _step(self, k: int) -> int:
        hit = self.hits[k]
        kind = hit.entry.type
        if kind == "block":
            return k + 2 if self._country_of(self._next(k)) else k + 1  # "kantor berita Suriah"
        if kind in COUNTRY_TYPES:
            return self._country(k)
        if kind == "title":
            return self._title(k, hit.first, None)
        if kind == "generic":
            return self._generic(k, hit.first, None)
        if kind in ACTOR_TYPES:
            return self._actor(k, hit.first, None)
        if kind == "anaphor":
            self._emit(hit.first, hit.stop, anaphor=True)
            return k + 1
        raise ValueError(f"unknown phrase type {kind!r}")

    def _country(self, k: int) -> int:
        hit, following = self.hits[k], self._next(k)
        country = self._country_of(hit)
        if following is not None and self.lang == "en":  # "Syrian army", "US President Biden"
            kind = following.entry.type
            if kind == "title":
                return self._title(k + 1, hit.first, country)
            if kind == "generic":
                return self._generic(k + 1, hit.first, country)
            if kind in ACTOR_TYPES:
                return self._actor(k + 1, hit.first, country)
        if any(e.type == "country" for e in hit.entries) and self._stands_alone(hit):
            self._emit(hit.first, hit.stop, generic="state", country=country)
        return k + 1

    def _stands_alone(self, hit: Hit) -> bool:
        """A country name is a state actor unless it is a place ("di Suriah", "Aleppo, Syria")."""
        previous = hit.first - 1
        if previous < 0:
            return True
        gap = self.text[self.tokens[previous].end : self.tokens[hit.first].start]
        if self._glued(hit.first):
            if self._word(previous) in self.lexicon.locatives:
                return False
            # "Bank Indonesia", "Majelis Ulama Indonesia": the end of an institution's name
            return not (self.tokens[previous].text[:1].isupper() and self._glued(previous))
        return not (gap.strip() == "," and self.tokens[previous].text[:1].isupper())

    def _title(self, k: int, first: int, country: str | None) -> int:
        hit = self.hits[k]
        stop, k_next = hit.stop, k + 1
        following = self._next(k)
        if country is None and self._country_of(following) and following is not None:
            country, stop, k_next = self._country_of(following), following.stop, k + 2
            following = self._next(k + 1)
        if following is not None and following.entry.type == "hos":
            actor = self.actor_for(following.entry, None)
            self._emit(first, following.stop, actor=actor, country=actor.country)
            return k_next + 1
        if country is not None:
            self._emit(first, stop, generic="head_of_state", country=country)
        else:
            self._emit(first, stop, generic="head_of_state", anaphor=True)  # "the president"
        return k_next

    def _generic(self, k: int, first: int, country: str | None) -> int:
        hit = self.hits[k]
        generic, stop, k_next = hit.entry.value, hit.stop, k + 1
        following = self._next(k)
        while following is not None and following.entry.type == "generic" and following.entry.value == generic:
            stop, k, k_next = following.stop, k + 1, k + 2  # "army troops", "pasukan militer"
            following = self._next(k)
        if following is not None and following.entry.type in ACTOR_TYPES:
            if following.entry.type == "hos" and generic in ("military", "government"):
                actor = self.actor_for(following.entry, None)  # "pasukan Assad": his forces
                return self._finish_generic(k + 2, first, following.stop, generic, actor.country)
            if generic in _FIGHTER_GENERICS and following.entry.type != "hos":
                return self._actor(k + 1, first, country)  # "militan ISIS"
        if country is None and self.lang == "id" and self._country_of(following) and following is not None:
            country, stop, k_next = self._country_of(following), following.stop, k + 2
        elif country is None and self._word(stop) == "of" and k + 1 < len(self.hits) and self._glued(stop):
            after = self.hits[k + 1]  # "the army of Myanmar"
            if after.first == stop + 1 and self._glued(after.first) and self._country_of(after):
                country, stop, k_next = self._country_of(after), after.stop, k + 2
        return self._finish_generic(k_next, first, stop, generic, country)

    def _finish_generic(self, k_next: int, first: int, stop: int, generic: str, country: str | None) -> int:
        anaphor = self._glued(stop) and self._word(stop) in self.lexicon.determiners
        if anaphor:
            stop += 1
        if self._glued(first) and self._word(first - 1) in self.lexicon.plural_markers:
            first -= 1  # "para polisi"
        self._emit(first, stop, generic=generic, country=country, anaphor=anaphor)
        return k_next

    def _actor(self, k: int, first: int, country: str | None) -> int:
        hit = self.hits[k]
        stop, k_next = hit.stop, k + 1
        following = self._next(k)
        if hit.entry.type == "unit":
            stop = self._unit_name_end(hit.stop)
            while k_next < len(self.hits) and self.hits[k_next].first < stop:
                k_next += 1
        elif country is None and self.lang == "id" and self._country_of(following) and following is not None:
            country, stop, k_next = self._country_of(following), following.stop, k + 2  # "Taliban Pakistan"
        elif following is not None and following.entry.type == "generic":
            if hit.entry.type == "hos" and following.entry.value in ("military", "government"):
                actor = self.actor_for(hit.entry, None)  # "Assad forces"
                self._emit(first, following.stop, generic=following.entry.value, country=actor.country)
                return k + 2
            if following.entry.value in _FIGHTER_GENERICS and self.lang == "en":
                stop, k_next = following.stop, k + 2  # "Taliban fighters"
        actor = self.actor_for(hit.entry, country)
        self._emit(first, stop, actor=actor, country=country)
        return k_next

    def _unit_name_end(self, stop: int) -> int:
        """Extend "Polres" over the capitalised words or numbers of its name."""
        end = stop
        while end < len(self.tokens) and end - stop < _UNIT_NAME_WORDS:
            word = self.tokens[end].text
            if not self._glued(end) or not (word[:1].isupper() or word.isdigit()):
                break
            if word.casefold() in self.lexicon.name_stops:
                break  # "Polda Jawa Barat Kombes ...": a rank starts a person's name
            end += 1
        return end
