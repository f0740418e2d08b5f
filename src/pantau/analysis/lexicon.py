"""The Indonesian word lexicon shared by the tokenizer (clitic splitting) and the lemmatizer.

A lexicon is a mapping form -> lemma (root); roots map to themselves.  It is built by
`scripts/nlp_convert.py` from the nlp-id root-word list and lemma dictionary (MIT, kumparan),
pruned to forms seen in the training corpora, and saved inside the model as TSV.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from .affixes import find_root
from .clitics import PARTICLES, PRONOUNS


class Lexicon:
    """Form -> lemma table with affix-rule fallback; `known()` answers "is this a word by itself?"."""

    def __init__(self, lemmas: Mapping[str, str] | None = None, never_split: frozenset[str] = frozenset()):
        self.lemmas: dict[str, str] = dict(lemmas or {})
        self.roots: frozenset[str] = frozenset(self.lemmas.values())
        self.never_split = never_split
        self.always_split: frozenset[str] = frozenset()

    def __len__(self) -> int:
        return len(self.lemmas)

    def known(self, word: str) -> bool:
        """True if `word` (lowercase) is a word in its own right and must not lose a clitic."""
        if word in self.never_split:
            return True
        if word in self.always_split:
            return False
        if word in self.roots:
            return True
        if word in self.lemmas:
            return not self._clitic_form(word)
        return False

    def stem_known(self, word: str) -> bool:
        """Looser test for a stem left after removing a clitic: listed, or reduces to a root."""
        return word in self.lemmas or find_root(word, self.roots) is not None

    def _clitic_form(self, word: str) -> bool:
        for clitic in (*PARTICLES, *PRONOUNS):
            stem = word[: -len(clitic)]
            if word.endswith(clitic) and len(stem) >= 3 and stem in self.lemmas:
                return True
        return False

    def lemma(self, word: str) -> str | None:
        """Root of `word` from the table, else by affix stripping; None if unknown."""
        lower = word.lower()
        if lower in self.lemmas:
            return self.lemmas[lower]
        return find_root(lower, self.roots)

    def to_disk(self, path: Path) -> None:
        path.mkdir(parents=True, exist_ok=True)
        with (path / "lemmas.tsv").open("w", encoding="utf-8") as out:
            out.write("# form\tlemma. Derived from nlp-id (c) 2025 kumparan.com, MIT licence.\n")
            for form in sorted(self.lemmas):
                out.write(f"{form}\t{self.lemmas[form]}\n")
        (path / "never_split.txt").write_text("\n".join(sorted(self.never_split)) + "\n", encoding="utf-8")
        (path / "always_split.txt").write_text("\n".join(sorted(self.always_split)) + "\n", encoding="utf-8")

    @classmethod
    def from_disk(cls, path: Path) -> Lexicon:
        table = path / "lemmas.tsv"
        if not table.is_file():
            raise FileNotFoundError(f"lexicon table missing: {table}")
        lemmas: dict[str, str] = {}
        with table.open(encoding="utf-8") as handle:
            for line in handle:
                if line.startswith("#"):
                    continue
                form, _, lemma = line.rstrip("\n").partition("\t")
                if form and lemma:
                    lemmas[form] = lemma
        never = path / "never_split.txt"
        words = frozenset(never.read_text(encoding="utf-8").split()) if never.is_file() else frozenset()
        lexicon = cls(lemmas, words)
        always = path / "always_split.txt"
        if always.is_file():
            lexicon.always_split = frozenset(always.read_text(encoding="utf-8").split())
        return lexicon
