"""Decide the role a place name plays in its sentence from the cue words around it.

"nationality" (tentara AS, warga Suriah, Russian jets, American troops), "base" (berbasis di X,
X-based), "origin" (asal X, dari X, from X), "street" (Jalan X), "destination" (dilarikan ke rumah sakit di X, taken to
hospital in X), "locative" (di X, in X, Kabupaten X) or "mention".
"""

from __future__ import annotations

import re

from pantau.places.lexicon import Cues
from pantau.places.normalize import Token
from pantau.places.recognize import Found

_BASED_AFTER = re.compile(r"\s?[-‐–]\s?based\b", re.IGNORECASE)
_ORIGIN_WORDS = frozenset({"dari", "from"})


def _ends_with(words: list[str], phrases: frozenset[str]) -> str | None:
    """The longest phrase of ``phrases`` that ``words`` ends with."""
    for k in range(len(words), 0, -1):
        phrase = " ".join(words[-k:])
        if phrase in phrases:
            return phrase
    return None


def _words_after(text: str, tokens: list[Token], j: int, limit: int = 2) -> list[str]:
    """Folded words after token j-1 in the same clause, skipping a possessive "'s"."""
    words: list[str] = []
    while j < len(tokens) and len(words) < limit:
        gap = text[tokens[j - 1].end:tokens[j].start]
        if re.search(r"[.,;:!?()\n]", gap):
            break
        if tokens[j].norm == "s" and gap in ("'", "’"):
            j += 1
            continue
        words.append(tokens[j].norm)
        j += 1
    return words


def _moved_to(before: list[str], phrases: frozenset[str]) -> bool:
    """Where the wounded or a suspect were taken after the act: the cue may stand a few words
    before the name ("dibawa ke sebuah rumah sakit swasta di X"), so look for it anywhere."""
    joined = f" {' '.join(before)} "
    return any(f" {phrase} " in joined for phrase in phrases)


def is_relative(before: list[str], cues: Cues) -> bool:
    """"sekitar 100 kilometer utara Baghdad", "30 miles north of Kabul": a place that only anchors a
    direction or a distance."""
    return _ends_with(before, cues.relative_before) is not None


def is_near(before: list[str], cues: Cues) -> bool:
    """"di dekat Damaskus", "near Kabul": the place is a reference point."""
    return _ends_with(before, cues.near_before) is not None


def role_of(found: Found, text: str, tokens: list[Token], before: list[str], cues: Cues,
            is_country: bool) -> str:
    """The role of one recognised place; ``before`` = folded words preceding its span."""
    if any(a.kind == "demonym" for a in found.alias):
        return "nationality"
    if _ends_with(before, cues.role_before["base"]) or _BASED_AFTER.match(text, found.end):
        return "base"
    after = _words_after(text, tokens, found.last)
    if is_country and after and (after[0] in cues.nationality_after or " ".join(after) in
                                 cues.nationality_after):
        return "nationality"
    if is_country and found.level is None and _ends_with(before, cues.role_before["nationality"]):
        return "nationality"
    if before and _ends_with(before[-2:], cues.role_before["street"]):
        return "street"  # "Jalan Medan Merdeka": a street named after a town
    if _moved_to(before, cues.role_before["destination"]):
        return "destination"
    origin = _ends_with(before, cues.role_before["origin"])
    if origin is not None:
        if origin in _ORIGIN_WORDS:
            head = before[:-1]
            if _ends_with(head, cues.locative_dari_heads) or any(w.isdigit() for w in head[-2:]):
                return "locative"  # "10 km dari X", "miles away from X"
        return "origin"
    if _ends_with(before, cues.role_before["locative"]) or found.level or found.facility:
        return "locative"
    return "mention"
