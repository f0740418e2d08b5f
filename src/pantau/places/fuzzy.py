"""Towns spelled otherwise than the gazetteer spells them ("Bandipora" for Bandipura).

Only where the text itself says a settlement is named ("di kota X", "desa X", "the town of X")
and no other reading exists, a capitalised name is compared with the gazetteer's names that
share its first letters, and taken when it is nearly the same word and lies in a country the
report already speaks of. The bar is high on purpose: a wrong town is worse than none.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from functools import cache

from rapidfuzz import fuzz

from pantau.places.gazetteer import Gazetteer
from pantau.places.model import PlaceMention
from pantau.places.normalize import normalize_name

MIN_SIMILARITY = 88.0
PREFIX = 3
SETTLEMENT_CUES = {
    "id": r"(?:di |ke |dari )?(?:kota|desa|distrik|kecamatan|kampung|dusun|kelurahan)",
    "en": r"(?:the )?(?:town|city|village|district) of",
}
NAME_RE = r"([A-Z][a-z'’-]{3,}(?: [A-Z][a-z'’-]{3,})?)"


@cache
def _keys_by_prefix(gazetteer: Gazetteer) -> dict[str, list[str]]:
    index: dict[str, list[str]] = defaultdict(list)
    for key in gazetteer.name_keys():
        if len(key) > PREFIX:
            index[key[:PREFIX]].append(key)
    return index


def fuzzy_places(text: str, lang: str, gazetteer: Gazetteer, known: Sequence[PlaceMention]) -> list[PlaceMention]:
    """Settlements named after a settlement word that the exact recognizer did not find."""
    countries = {m.place.country_code for m in known if m.place.country_code}
    if not countries:
        return []
    found = []
    for match in re.finditer(rf"\b{SETTLEMENT_CUES[lang]} {NAME_RE}", text, flags=re.IGNORECASE):
        start, end = match.span(1)
        surface = match.group(1)
        if not surface[0].isupper() or any(m.start < end and start < m.end for m in known):
            continue
        key = normalize_name(surface)
        if gazetteer.has_name(key):
            continue  # the exact recognizer already judged this name
        best = _closest(gazetteer, key, countries)
        if best is not None:
            found.append(PlaceMention(start=start, end=end, text=surface, place=best, role="locative", score=0.5))
    return found


def _closest(gazetteer: Gazetteer, key: str, countries: set[str]):
    best, best_score = None, MIN_SIMILARITY
    for other in _keys_by_prefix(gazetteer).get(key[:PREFIX], ()):
        score = fuzz.ratio(key, other)
        if score < best_score:
            continue
        for entry in gazetteer.lookup_key(other):
            if entry.place.kind == "populated" and entry.place.country_code in countries:
                best, best_score = entry.place, score
                break
    return best
