"""Name normalisation and tokenisation shared by the gazetteer build and the recogniser.

A name and a stretch of text match when their token sequences, each folded to lowercase ASCII
without accents, are equal. Keeping the folding per token lets the recogniser map every match
back to exact character offsets in the original text.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

# Letters and digits; apostrophes inside a word are dropped rather than splitting it
# ("Ta'izz" -> "taizz"), except a possessive "'s" ("Syria's" -> "syria"); hyphens and dots split
# ("Bab al-Hawa" -> "bab al hawa", "U.S." -> "u s").
_TOKEN = re.compile(r"[^\W_]+(?:['’](?![sS]\b)[^\W_]+)*")


@dataclass(frozen=True)
class Token:
    start: int
    end: int
    text: str  # as written
    norm: str  # folded


@lru_cache(maxsize=65536)
def fold(word: str) -> str:
    """Lowercase ASCII form of one word: accents and apostrophes removed."""
    decomposed = unicodedata.normalize("NFKD", word)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return stripped.replace("'", "").replace("’", "").lower()


def tokenize(text: str) -> list[Token]:
    """Word tokens of ``text`` with their offsets and folded forms."""
    return [Token(m.start(), m.end(), m.group(), fold(m.group())) for m in _TOKEN.finditer(text)]


def normalize_name(name: str) -> str:
    """The lookup key of a name: its folded tokens joined by single spaces."""
    return " ".join(fold(m.group()) for m in _TOKEN.finditer(name))


def is_latin(name: str) -> bool:
    """True when every letter of ``name`` is Latin script (other scripts never occur in our texts)."""
    return all(unicodedata.name(ch, "").startswith("LATIN") for ch in name if ch.isalpha())


def ascii_name(name: str) -> str:
    """``name`` without accents, case kept ("Kandahār" -> "Kandahar"), as ACLED writes places."""
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))
