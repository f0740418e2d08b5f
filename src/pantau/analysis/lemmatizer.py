"""Indonesian lemmatizer: lexicon lookup, then affix stripping to a known root (`pantau_id_lemmatizer`).

UD Indonesian lemmas are lowercase roots ("penembakan" -> "tembak", "desa-desa" -> "desa").
Proper nouns, numbers, punctuation and symbols keep their (lowercased) form.  The lexicon
(nlp-id, MIT) enters in `initialize(lexicon_path=...)` and travels with the model on disk.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import ensure_path

from .lexicon import Lexicon

KEEP_FORM = frozenset({"PROPN", "NUM", "PUNCT", "SYM", "X"})


def lemmatize(form: str, upos: str, lexicon: Lexicon) -> str:
    """UD-style lemma of one word; pure."""
    low = form.lower()
    if upos in KEEP_FORM or not low.replace("-", "").isalpha():
        return low
    head, sep, tail = low.partition("-")
    if sep and tail.startswith(head):  # reduplication: lemma of the first half
        low = head
    return lexicon.lemma(low) or low


class IndonesianLemmatizer:
    """Sets `token.lemma_` on every token from its form and UPOS."""

    def __init__(self, lexicon: Lexicon | None = None):
        self.lexicon = lexicon or Lexicon()

    def __call__(self, doc: Doc) -> Doc:
        for token in doc:
            token.lemma_ = lemmatize(token.text, token.pos_, self.lexicon)
        return doc

    def initialize(
        self, get_examples: Callable[[], Iterable[Any]] | None = None, *, nlp: Language | None = None,
        lexicon_path: str | None = None,
    ) -> None:
        if lexicon_path is None:
            raise ValueError("pantau_id_lemmatizer.initialize needs lexicon_path (training/corpus/lexicon)")
        self.lexicon = Lexicon.from_disk(Path(lexicon_path))

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        self.lexicon.to_disk(ensure_path(path))

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> IndonesianLemmatizer:
        self.lexicon = Lexicon.from_disk(ensure_path(path))
        return self


@Language.factory("pantau_id_lemmatizer", assigns=["token.lemma"], requires=["token.pos"])
def make_id_lemmatizer(nlp: Language, name: str) -> IndonesianLemmatizer:
    return IndonesianLemmatizer()
