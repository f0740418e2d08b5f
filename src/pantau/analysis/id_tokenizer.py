"""Indonesian news tokenizer: spaCy's Indonesian rules + news abbreviations + clitic splitting.

Registered as `pantau.id_tokenizer.v1` (config `[nlp.tokenizer]`).  The base tokenizer is
spaCy's `id` tokenizer with two changes: slashed numbers stay whole ("(29/11)" -> "(", "29/11",
")"), as in UD, and news abbreviations (Jl., Kab., Kec., ...) are exceptions.  Each token is then
split into UD syntactic words by `clitics.split_clitics` using the lexicon, which enters in
`initialize()` and travels with the model via `to_disk`/`from_disk`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc
from spacy.util import compile_infix_regex, compile_prefix_regex, ensure_path
from spacy.vocab import Vocab

from .clitics import split_clitics
from .lexicon import Lexicon

# Abbreviations common in Indonesian news (addresses, ranks, titles, company forms).
ABBREVIATIONS: tuple[str, ...] = (
    "Jl.", "Jln.", "Kab.", "Kec.", "Kel.", "Ds.", "Prov.", "Kota.", "No.", "RT.", "RW.", "Gg.",
    "dr.", "Dr.", "drg.", "H.", "Hj.", "Ir.", "Prof.", "Drs.", "Dra.", "St.", "Sdr.", "Bpk.", "Ny.", "Tn.",
    "Nn.", "KH.", "Kol.", "Letkol.", "Mayjen.", "Brigjen.", "Kapt.", "Bripka.", "Aipda.", "Ipda.",
    "Iptu.", "Serda.", "Sertu.", "Pratu.", "Kompol.", "PT.", "CV.", "Tbk.", "Ltd.", "Inc.", "Co.",
    "Pte.", "dkk.", "dll.", "dsb.", "dst.", "tsb.", "a.n.", "u.p.", "s.d.", "Jr.", "Mr.", "Ms.", "Mrs.",
)  # fmt: skip


# Kept whole, as in UD: hyphenated words incl. reduplication ("anak-anaknya", "wi-fi"), "ke-18",
# decades ("1990-an").
WHOLE_TOKEN = re.compile(r"(?i)^(?:[a-z]+(?:-[a-z]+)+|ke-\d+|\d+-an)$")
SLASH_BETWEEN_DIGITS = r"(?<=[0-9])[\\/]"
# TeX-style opening quote, one token in UD (spaCy's rules would split it into two backticks)
DOUBLE_BACKTICK = "``"


def _infixes(nlp: Language) -> list[str]:
    """spaCy's Indonesian infixes minus the rule that splits '/' between digits."""
    return [rule for rule in nlp.Defaults.infixes or [] if not rule.startswith(SLASH_BETWEEN_DIGITS)]


def base_tokenizer(vocab: Vocab) -> Tokenizer:
    """spaCy's Indonesian tokenizer with the news abbreviations and whole slashed numbers."""
    nlp = spacy.blank("id", vocab=vocab)
    tok = nlp.tokenizer
    tok.infix_finditer = compile_infix_regex(_infixes(nlp)).finditer
    tok.prefix_search = compile_prefix_regex([DOUBLE_BACKTICK, *(nlp.Defaults.prefixes or [])]).search
    tok.token_match = WHOLE_TOKEN.match
    for abbr in ABBREVIATIONS:
        tok.add_special_case(abbr, [{"ORTH": abbr}])
    return tok


class NewsTokenizer:
    """Callable tokenizer: base spaCy tokens, then clitics split into words (no space between)."""

    def __init__(self, vocab: Vocab, lexicon: Lexicon | None = None):
        self.vocab = vocab
        self.base = base_tokenizer(vocab)
        self.lexicon = lexicon or Lexicon()

    def __call__(self, text: str) -> Doc:
        doc = self.base(text)
        if not len(self.lexicon):
            return doc
        words: list[str] = []
        spaces: list[bool] = []
        changed = False
        for token in doc:
            parts = split_clitics(token.text, self.lexicon.known, self.lexicon.stem_known)
            changed = changed or len(parts) > 1
            words.extend(parts)
            spaces.extend([False] * (len(parts) - 1) + [bool(token.whitespace_)])
        if not changed:
            return doc
        return Doc(self.vocab, words=words, spaces=spaces)

    def pipe(self, texts: Iterable[str], batch_size: int = 1000) -> Iterator[Doc]:
        for text in texts:
            yield self(text)

    def initialize(
        self, get_examples: Callable[[], Iterable[Any]] | None = None, *, nlp: Language | None = None,
        lexicon_path: str | None = None,
    ) -> None:
        """Load the lexicon folder written by scripts/nlp_convert.py (config `[initialize.tokenizer]`)."""
        if lexicon_path is not None:
            self.lexicon = Lexicon.from_disk(Path(lexicon_path))

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        self.lexicon.to_disk(ensure_path(path))

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> NewsTokenizer:
        self.lexicon = Lexicon.from_disk(ensure_path(path))
        return self

    def to_bytes(self, *, exclude: Iterable[str] = ()) -> bytes:
        raise NotImplementedError("NewsTokenizer serialises to disk only (to_disk/from_disk)")

    def from_bytes(self, data: bytes, *, exclude: Iterable[str] = ()) -> NewsTokenizer:
        raise NotImplementedError("NewsTokenizer serialises to disk only (to_disk/from_disk)")


@spacy.registry.tokenizers("pantau.id_tokenizer.v1")
def create_news_tokenizer() -> Callable[[Language], NewsTokenizer]:
    def make(nlp: Language) -> NewsTokenizer:
        return NewsTokenizer(nlp.vocab)

    return make
