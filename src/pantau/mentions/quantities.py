"""Casualty counts: how many were killed or injured, as low/best/high estimates.

"puluhan orang tewas" -> killed (10, 10, 99); "menewaskan sedikitnya 7 orang" -> killed (7, 7, 7);
"lima polisi terluka" -> injured. Injuries are reported separately and never count as deaths.
Vague words follow the table in ``lang/<lang>/numbers.yaml`` (ACLED's conservative convention).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from pantau.lang import LexiconError, load_yaml
from pantau.mentions.lexicon import PhraseIndex, cue_index, cue_words, normalise_words
from pantau.mentions.tokens import Token

# Tokens between a count and its "killed" word: "19 orang, termasuk enam anak, tewas"; English
# noun phrases run longer ("three officers of the provincial border police ... were killed").
WINDOW_AFTER = {"id": 9, "en": 14}
WINDOW_BEFORE = 4  # tokens between "menewaskan"/"killing" and its count


@dataclass(frozen=True)
class Casualties:
    kind: str  # "killed" | "injured"
    low: int
    best: int
    high: int
    start: int
    end: int
    text: str
    phrase_end: int = 0  # end of the outcome word: "9 orang, termasuk tiga anak, tewas" is one phrase


@dataclass(frozen=True)
class _Count:
    low: int
    best: int
    high: int
    first: int
    last: int


@dataclass(frozen=True)
class NumberWords:
    units: dict[str, int]
    multipliers: dict[str, int]
    vague: dict[str, tuple[int, int, int]]


@cache
def number_words(lang: str) -> NumberWords:
    data = load_yaml(lang, "numbers")
    try:
        vague = {str(k): (int(v[0]), int(v[1]), int(v[2])) for k, v in data.get("vague", {}).items()}
        return NumberWords(
            {str(k): int(v) for k, v in data.get("units", {}).items()},
            {str(k): int(v) for k, v in data.get("multipliers", {}).items()},
            vague,
        )
    except (TypeError, ValueError, IndexError) as error:
        raise LexiconError(f"lang/{lang}/numbers.yaml: malformed entry ({error})") from error


def _digits(word: str) -> int | None:
    """A count written in digits; Indonesian "1.000" and English "1,000" are thousands."""
    if re.fullmatch(r"\d{1,3}([.,]\d{3})+", word):
        return int(re.sub(r"[.,]", "", word))
    if re.fullmatch(r"\d+", word):
        return int(word)
    return None


def _read_count(words: Sequence[str], index: int, lang: str) -> _Count | None:
    """The count that starts at ``words[index]``, if any."""
    if index >= len(words):
        return None
    table = number_words(lang)
    word = words[index]
    value = _digits(word)
    if value is not None:
        if 1900 <= value <= 2100 and len(word) == 4:
            return None  # a year
        last = index
        if index + 1 < len(words) and words[index + 1] in table.multipliers:
            value *= table.multipliers[words[index + 1]]
            last += 1
        return _Count(value, value, value, index, last)
    if word in table.vague:
        low, best, high = table.vague[word]
        return _Count(low, best, high, index, index)
    two = " ".join(words[index:index + 2])
    if two in table.vague:
        low, best, high = table.vague[two]
        return _Count(low, best, high, index, index + 1)
    if word not in table.units:
        return None
    total, current, last = 0, table.units[word], index
    position = index + 1
    while position < len(words):
        nxt = words[position]
        if nxt == "belas" and current < 10:
            current += 10
        elif nxt in table.multipliers:
            current *= table.multipliers[nxt]
            if table.multipliers[nxt] >= 1000:
                total, current = total + current, 0
        elif nxt in table.units and table.units[nxt] < 10 and current % 10 == 0 and current:
            current += table.units[nxt]
        else:
            break
        last = position
        position += 1
    total += current
    if word in {"a", "an", "se"} and last == index:
        return None  # an article alone is not a count
    return _Count(total, total, total, index, last)


@cache
def _indexes(lang: str) -> tuple[PhraseIndex, PhraseIndex, frozenset[str]]:
    outcome = cue_index(lang, "death", "injury")
    causative = cue_index(lang, "death_causative")
    return outcome, causative, cue_words(lang, "negation")


def find_casualties(tokens: Sequence[Token], lang: str) -> list[Casualties]:
    """Counts of killed and injured people in one sentence's tokens."""
    words = normalise_words(tokens)
    outcome, causative, negation = _indexes(lang)
    found: list[Casualties] = []
    index = 0
    while index < len(words):
        count = _read_count(words, index, lang)
        if count is None or _in_parentheses(tokens, count) or _is_subset(words, count) or _is_age_or_span(
                words, count):
            index += 1 if count is None else count.last + 1
            continue
        count = _add_coordinated(words, count, lang)
        if _causative_right_before(words, count.first, causative):
            kind, outcome_at = "killed", count.last  # "has killed 9 guards ... and wounded 31"
        else:
            kind, outcome_at = _outcome_after(words, count.last + 1, outcome, negation, WINDOW_AFTER[lang], lang)
        if kind is None and _causative_before(words, count.first, causative):
            kind, outcome_at = "killed", count.last
        if kind is None and _toll_update(words, count.first, lang):
            kind, outcome_at = "killed", count.last  # "korban jiwa ... bertambah menjadi tiga orang"
        if kind is not None:
            start, end = tokens[count.first].start, tokens[count.last].end
            found.append(Casualties(kind, count.low, count.best, count.high, start, end,
                                    " ".join(t.text for t in tokens[count.first:count.last + 1]),
                                    tokens[outcome_at].end))
        index = count.last + 1
    return found


# "berusia 20 tahunan", "aged 20", "20 tahun", "three years": an age or a span, not a count.
AGE_BEFORE = {"berusia", "usia", "umur", "aged", "age"}
SPAN_AFTER = {"tahun", "tahunan", "bulan", "hari", "minggu", "pekan", "jam", "menit", "year", "years", "month",
              "months", "day", "days", "hour", "hours", "year-old", "years-old", "km", "kilometer", "meter", "persen",
              "percent", "%"}


def _is_age_or_span(words: Sequence[str], count: _Count) -> bool:
    before = words[count.first - 1] if count.first > 0 else ""
    after = words[count.last + 1] if count.last + 1 < len(words) else ""
    return before in AGE_BEFORE or after in SPAN_AFTER


SUBSET_BEFORE = {"termasuk", "including", "antaranya", "among", "diantaranya"}
SUBSET_AFTER = ("di antaranya", "diantaranya", "of them", "of whom", "among them")


def _is_subset(words: Sequence[str], count: _Count) -> bool:
    """"termasuk enam anak-anak", "enam di antaranya": part of a total told beside it."""
    before = words[max(0, count.first - 2):count.first]
    after = " ".join(words[count.last + 1:count.last + 4])
    return any(w in SUBSET_BEFORE for w in before) or after.startswith(SUBSET_AFTER)


def _add_coordinated(words: Sequence[str], count: _Count, lang: str) -> _Count:
    """"17 militan dan dua polisi tewas": coordinated counts of one outcome add up."""
    outcome = _indexes(lang)[0]
    position = count.last + 1
    while position < len(words) and position - count.last <= 4:
        if outcome.match_at(words, position):
            return count  # "14 killed and 30 wounded": the next count has an outcome of its own
        if words[position] in cue_words(lang, "coordinators"):
            nxt = _read_count(words, position + 1, lang)
            if nxt is not None and not _is_subset(words, nxt):
                merged = _Count(count.low + nxt.low, count.best + nxt.best, count.high + nxt.high,
                                count.first, nxt.last)
                return _add_coordinated(words, merged, lang)
            return count
        if _digits(words[position]) is not None or words[position] in {".", ";", ":"}:
            return count
        position += 1
    return count


def _in_parentheses(tokens: Sequence[Token], count: _Count) -> bool:
    """"Eka (24)" is an age, not a count."""
    before = tokens[count.first - 1].text if count.first > 0 else ""
    after = tokens[count.last + 1].text if count.last + 1 < len(tokens) else ""
    return before == "(" and after == ")"


def _outcome_after(words: Sequence[str], start: int, outcome: PhraseIndex,
                   negation: frozenset[str], window: int, lang: str) -> tuple[str | None, int]:
    """("killed" | "injured" | None, index of the outcome word) for a count ending before ``start``."""
    end = min(start + window, len(words))
    position = start
    while position < end:
        skipped = _inclusion_list(words, position, lang)
        if skipped:  # "9 orang, termasuk dua anak-anak, tewas": the list breaks down the count
            position += skipped
            end = min(end + skipped, len(words))
            continue
        age = position + 1 < len(words) and words[position + 1] in SPAN_AFTER  # "remaja 18 tahun tewas"
        if (_digits(words[position]) is not None and not age) or words[position] in {".", ";", ":"}:
            return None, start
        hit = outcome.match_at(words, position)
        if hit:
            if any(words[p] in negation for p in range(max(start, position - 2), position)):
                return None, start
            return ("killed" if hit.concept == "death" else "injured"), hit.last
        position += 1
    return None, start


INCLUSION_REACH = 12  # words a breakdown of a count may run to before its closing comma


def _inclusion_list(words: Sequence[str], position: int, lang: str) -> int:
    """Words to skip for a breakdown ", termasuk lima anak-anak," / ", including two children,"
    starting at ``position``; 0 when none starts there."""
    if words[position] != "," or position + 1 >= len(words) or not cue_index(lang, "inclusion_leads").match_at(
            words, position + 1):
        return 0
    for offset in range(2, min(INCLUSION_REACH, len(words) - position)):
        if words[position + offset] in {",", ".", ";", ":"}:
            return offset + 1 if words[position + offset] == "," else 0
    return 0


HEDGES = {"at", "least", "more", "than", "over", "about", "around", "nearly", "almost", "some", "sedikitnya",
          "setidaknya", "sekitar", "lebih", "dari", "hampir", "kurang", "paling", "sedikit", "sebanyak"}


def _causative_right_before(words: Sequence[str], first: int, causative: PhraseIndex) -> bool:
    """"menewaskan sedikitnya 7", "has killed 9": the causative governs the count next to it."""
    position = first - 1
    while position >= 0 and words[position] in HEDGES:
        position -= 1
    for start in range(max(0, position - 3), position + 1):
        hit = causative.match_at(words, start)
        if hit and hit.last == position:
            return True
    return False


def _toll_update(words: Sequence[str], first: int, lang: str) -> bool:
    """A count right after "bertambah menjadi"/"rose to", in a sentence that names the death toll."""
    update = cue_index(lang, "toll_update")
    ends_here = False
    for position in range(max(0, first - 3), first):
        hit = update.match_at(words, position)
        if hit is not None and hit.last == first - 1:
            ends_here = True
    if not ends_here:
        return False
    return any(hit.first < first for hit in cue_index(lang, "death_causative").find(words))


def _causative_before(words: Sequence[str], first: int, causative: PhraseIndex, reach: int = WINDOW_BEFORE) -> bool:
    for position in range(max(0, first - reach), first):
        hit = causative.match_at(words, position)
        if hit and hit.last < first:
            return True
    return False


def fatalities_of(casualties: Sequence[Casualties]) -> tuple[int, int, int]:
    """(low, best, high) over several mentions of the same deaths: the largest report wins."""
    killed = [c for c in casualties if c.kind == "killed"]
    if not killed:
        return 0, 0, 0
    top = max(killed, key=lambda c: (c.best, c.high))
    return top.low, top.best, top.high
