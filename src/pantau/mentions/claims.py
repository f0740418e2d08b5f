"""Claim holders: who says an event happened ("menurut X", "X mengatakan", "kata X", "X said").

The holder goes to the event's ``source`` field; a holder is never an event actor because of
the claim alone.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from pantau.lang import load_yaml, word_list
from pantau.mentions.lexicon import PhraseIndex, cue_words, normalise_words, trigger_index
from pantau.mentions.tokens import Token

MAX_HOLDER_TOKENS = 12
QUOTES = {'"', "“", "”", "'", "‘", "’"}


@dataclass(frozen=True)
class ClaimHolder:
    start: int
    end: int
    text: str
    frame_end: int = 0  # end of the reported-speech frame ("kata X di Jakarta, Senin"): not event content


@cache
def _claim_indexes(lang: str) -> tuple[PhraseIndex, PhraseIndex, PhraseIndex]:
    claims = load_yaml(lang, "cues")["claims"]
    indexes = []
    for key in ("before", "after", "inverted"):
        index = PhraseIndex()
        for phrase in word_list(claims, key, where=f"lang/{lang}/cues.yaml:claims"):
            index.add(phrase, key)
        indexes.append(index)
    return indexes[0], indexes[1], indexes[2]


def _is_name_like(token: Token) -> bool:
    return token.text[:1].isupper() or token.text[:1].isdigit()


def _holder(tokens: Sequence[Token], first: int, last: int, lang: str) -> ClaimHolder | None:
    while first <= last and not tokens[first].is_word:
        first += 1
    while last >= first and not tokens[last].is_word:
        last -= 1
    if first > last:
        return None
    span = tokens[first:last + 1]
    if span[0].lower in cue_words(lang, "speaker_pronouns"):
        return None  # "ia mengatakan", "mereka juga mengakui": the speaker was named earlier
    not_in_holders = cue_words(lang, "not_in_holders")
    if any(token.lower in not_in_holders for token in span):
        return None  # "No deaths were reported": a clause, not a speaker
    if not any(_is_name_like(t) for t in span) and len(span) > 3:
        return None  # a long lowercase stretch is a clause, not a speaker
    return ClaimHolder(span[0].start, span[-1].end, _as_written(span), span[-1].end)


def _as_written(span: Sequence[Token]) -> str:
    """The tokens with the spacing of the text ("5TH", "12-kilogram", not "5 TH", "12 - kilogram")."""
    return "".join(token.text if k == 0 or token.start == span[k - 1].end else " " + token.text
                   for k, token in enumerate(span))


def _forward(tokens: Sequence[Token], words: Sequence[str], start: int, lang: str) -> ClaimHolder | None:
    """The holder that follows a cue: "menurut Kapolres X, ...", "kata Kabid Humas Polda, Kombes X"."""
    stops = cue_words(lang, "holder_stops")
    last = start - 1
    position = start
    while position < len(tokens) and position - start < MAX_HOLDER_TOKENS:
        word = words[position]
        if word in stops or word in {".", ";", ":", "(", ")"} or tokens[position].text in QUOTES:
            break
        if word == ",":
            nxt = tokens[position + 1] if position + 1 < len(tokens) else None
            # "Kabid Humas Polda Jawa Timur, Kombes Budi Hartono": a comma inside a title + name
            if nxt is None or not _is_name_like(nxt) or words[position + 1] in stops:
                break
        else:
            last = position
        position += 1
    holder = _holder(tokens, start, last, lang) if last >= start else None
    if holder is None:
        return None
    frame = last
    while frame + 1 < len(tokens) and words[frame + 1] not in {",", ".", ";"} \
            and tokens[frame + 1].text not in QUOTES:
        frame += 1
    return ClaimHolder(holder.start, holder.end, holder.text, tokens[frame].end)


def _backward(tokens: Sequence[Token], words: Sequence[str], end: int, lang: str) -> ClaimHolder | None:
    """The holder before a cue: "Tentara Myanmar mengumumkan ...", "Police spokesman X said"."""
    first = end + 1
    position = end
    back_stops = cue_words(lang, "holder_back_stops")
    while position >= 0 and end - position < MAX_HOLDER_TOKENS:
        word = words[position]
        if word in {".", ";", ":", ",", "(", ")"} or tokens[position].text in QUOTES:
            break
        if word in back_stops and position < end:
            break
        first = position
        position -= 1
    return _holder(tokens, first, end, lang) if first <= end else None


def find_claim_holders(tokens: Sequence[Token], lang: str) -> list[ClaimHolder]:
    """Claim holders in one sentence, in order."""
    words = normalise_words(tokens)
    before, after, inverted = _claim_indexes(lang)
    holders: list[ClaimHolder] = []
    for hit in before.find(words):
        holder = _forward(tokens, words, hit.last + 1, lang)
        if holder:
            holders.append(holder)
    for hit in after.find(words):
        holder = _backward(tokens, words, hit.first - 1, lang)
        if holder and (holder.text[:1].isupper() or len(holder.text.split()) <= 4):
            holders.append(holder)
    for hit in inverted.find(words):
        # Inverted attribution follows a quote or a comma: '..., kata X' / '"...," said X'.
        previous = tokens[hit.first - 1].text if hit.first > 0 else ""
        if previous in QUOTES or previous == ",":
            holder = _forward(tokens, words, hit.last + 1, lang)
            if holder:
                holders.append(holder)
    unique: dict[tuple[int, int], ClaimHolder] = {(h.start, h.end): h for h in holders}
    return sorted(unique.values(), key=lambda h: h.start)


STATEMENT_REACH = 45  # characters: "X pada Selasa (22/11) mengatakan" / "kata X di Padang, Minggu (12/11)"


def _speaker_stretch_start(tokens: Sequence[Token], words: Sequence[str], cue: int, lang: str) -> int:
    """Where the comma-separated stretch of speaker, title and time before a speech verb begins
    ("Kapolda X, Irjen Y, Senin (3/4), mengatakan"); a segment that tells an act ("the fighting
    ended on Saturday, officials said") is not part of it."""
    acts = [hit.first for hit in trigger_index(lang).find(words[:cue])]
    start = cue
    while start > 0:
        position = start - 1
        while position >= 0 and tokens[position].text not in {",", ";", ":", ".", '"', "“", "”"}:
            position -= 1
        if any(position < act < start for act in acts):
            break  # this segment tells the act: the stretch begins after it
        if position < 0 or tokens[position].text != ",":
            start = position + 1
            break
        start = position
    return tokens[min(start, len(tokens) - 1)].start


def statement_zones(tokens: Sequence[Token], lang: str) -> list[tuple[int, int]]:
    """Character ranges where a time dates the statement, not the act it reports."""
    if not tokens:
        return []
    words = normalise_words(tokens)
    _, after, inverted = _claim_indexes(lang)
    zones = []
    for hit in after.find(words):
        cue_start = tokens[hit.first].start
        # "X pada Selasa (22/11) mengatakan": the time between speaker and verb; not one across a
        # comma before the speaker ("the fighting ended on Saturday, officials said")
        speaker = _speaker_stretch_start(tokens, words, hit.first, lang)
        start = max(tokens[0].start, cue_start - STATEMENT_REACH, speaker)
        zones.append((start, tokens[hit.last].end))
    for hit in inverted.find(words):
        cue_end = tokens[hit.last].end
        zones.append((tokens[hit.first].start, min(tokens[-1].end, cue_end + STATEMENT_REACH)))
    return zones


def speaker_spans(tokens: Sequence[Token], lang: str) -> list[tuple[int, int, int]]:
    """(start, end, cue token) of what stands before a speech verb ("Pernyataan komando di Kabul,
    Minggu, menyebut ..."): where and when the speaker spoke, unless an act is told there too."""
    if not tokens:
        return []
    words = normalise_words(tokens)
    _, after, _ = _claim_indexes(lang)
    return [(tokens[0].start, tokens[hit.last].end, hit.first) for hit in after.find(words)]
