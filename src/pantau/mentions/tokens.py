"""A light word tokenizer with character offsets, shared by the rule-based mention finders."""

from __future__ import annotations

import re
from dataclasses import dataclass

# Words keep inner hyphens and apostrophes ("serangan-serangan", "al-Assad", "don't"),
# numbers keep separators ("1.000", "3,5", "20/10"); any other visible character is a token.
TOKEN_RE = re.compile(r"\d+(?:[.,/:]\d+)*|[^\W_]+(?:[-'’][^\W_]+)*|[^\w\s]")


@dataclass(frozen=True)
class Token:
    start: int
    end: int
    text: str

    @property
    def lower(self) -> str:
        return self.text.lower()

    @property
    def is_word(self) -> bool:
        return self.text[0].isalnum()


def tokenize(text: str, offset: int = 0) -> list[Token]:
    """Tokens of ``text``; offsets are shifted by ``offset`` (the sentence's start in the article)."""
    return [Token(m.start() + offset, m.end() + offset, m.group()) for m in TOKEN_RE.finditer(text)]


def split_reduplication(word: str) -> str:
    """The base of a plural reduplication: "serangan-serangan" -> "serangan". Other doubled
    forms keep their own sense ("bulan-bulanan", "tembak-menembak") and stay whole."""
    head, _, tail = word.partition("-")
    return head if tail and tail == head else word
