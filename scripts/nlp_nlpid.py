"""Convert the nlp-id (kumparan, MIT) POS corpus into partially annotated UD training docs.

nlp-id has its own 16-tag set.  Each token gets a UPOS from:
  1. UD itself, for words seen >= MIN_SEEN times in the UD training files with one dominant UPOS
     (share >= DOMINANT) — this settles function words (AUX "adalah", DET "nya", ...);
  2. else the tag's default (TAG_TO_UPOS) when the tag maps to one UPOS;
  3. else nothing: the token is left unannotated (spaCy treats it as missing, no loss).
Docs carry no dependencies, so only the tagger (and the shared tok2vec) learn from them: this is
how the 560k-token news corpus widens the tagger's vocabulary.  Used by scripts/nlp_convert.py.
"""

from __future__ import annotations

import gzip
import random
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from pathlib import Path

from spacy.tokens import Doc
from spacy.vocab import Vocab

from pantau.analysis.conllu import Sentence

TAG_TO_UPOS: dict[str, str] = {
    "NN": "NOUN", "NNP": "PROPN", "VB": "VERB", "JJ": "ADJ", "ADV": "ADV", "IN": "ADP",
    "SC": "SCONJ", "CC": "CCONJ", "PR": "PRON", "DT": "DET", "NUM": "NUM", "NEG": "PART",
    "RP": "PART", "UH": "INTJ", "FW": "X",
}  # fmt: skip
PUNCT_CHARS = frozenset(".,;:!?\"'()[]{}-/…“”‘’`")
MIN_SEEN = 3
DOMINANT = 0.9


def ud_lexicon(sents: Iterable[Sentence]) -> dict[str, str]:
    """Lowercased word -> its dominant UPOS in UD (only words with a clear majority)."""
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for sent in sents:
        for word in sent.words:
            counts[word.form.lower()][word.upos] += 1
    result: dict[str, str] = {}
    for form, counter in counts.items():
        upos, top = counter.most_common(1)[0]
        total = sum(counter.values())
        if total >= MIN_SEEN and top / total >= DOMINANT:
            result[form] = upos
    return result


def upos_for(token: str, tag: str, ud: dict[str, str]) -> str:
    """UPOS for one nlp-id token ("" = leave unannotated)."""
    low = token.lower()
    if low in ud:
        return ud[low]
    if tag.upper() == "SYM":
        return "PUNCT" if all(ch in PUNCT_CHARS for ch in token) else "SYM"
    return TAG_TO_UPOS.get(tag.upper(), "")


def read_nlpid(path: Path) -> Iterator[list[tuple[str, str]]]:
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        sent: list[tuple[str, str]] = []
        for line in handle:
            token, _, tag = line.rstrip("\n").partition("\t")
            if token.strip():
                sent.append((token.strip(), tag.strip()))
            elif sent:
                yield sent
                sent = []
        if sent:
            yield sent


def nlpid_docs(vocab: Vocab, path: Path, ud_sents: list[Sentence], limit: int, seed: int = 0) -> list[Doc]:
    """A seeded random sample of `limit` nlp-id sentences as docs with (partial) UPOS only.

    `ud_sents` should follow the current UD guidelines (CSUI, current GSD).
    """
    ud = ud_lexicon(ud_sents)
    sents = list(read_nlpid(path))
    random.Random(seed).shuffle(sents)
    docs = []
    for sent in sents[:limit]:
        words = [tok for tok, _ in sent]
        docs.append(Doc(vocab, words=words, pos=[upos_for(tok, tag, ud) for tok, tag in sent]))
    return docs
