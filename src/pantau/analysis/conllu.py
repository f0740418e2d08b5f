"""Read CoNLL-U files (UD) into plain sentence records; no spaCy here.

Used by the training-data converters (`scripts/nlp_convert.py`) and by `pantau eval-nlp`.
Multi-word tokens ("penjualannya" = "penjualan" + "nya") are kept: each word knows the
surface token it belongs to, so tokenisation can be scored against the surface text.
"""

from __future__ import annotations

import gzip
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class Word:
    """One syntactic word of a UD sentence (1-based `head`, 0 = root)."""

    form: str
    lemma: str
    upos: str
    feats: str
    head: int
    deprel: str
    space_after: bool = True


@dataclass
class Sentence:
    """A UD sentence: its raw text (may be empty) and its syntactic words."""

    sent_id: str
    text: str
    words: list[Word] = field(default_factory=list)


def _open(path: Path) -> Iterator[str]:
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as handle:  # type: ignore[operator]
        yield from handle


def read_conllu(path: str | Path) -> Iterator[Sentence]:
    """Yield the sentences of a CoNLL-U file (plain or .gz); raises ValueError on a malformed line."""
    path = Path(path)
    if not path.is_file():
        raise FileNotFoundError(f"CoNLL-U file not found: {path}")
    sent = Sentence("", "")
    mwt_end = 0
    mwt_space = True
    for lineno, raw in enumerate(_open(path), start=1):
        line = raw.rstrip("\r\n")
        if not line:
            if sent.words:
                yield sent
            sent, mwt_end = Sentence("", ""), 0
            continue
        if line.startswith("#"):
            key, _, value = line[1:].partition("=")
            if key.strip() == "sent_id":
                sent.sent_id = value.strip()
            elif key.strip() == "text":
                sent.text = value.strip()
            continue
        cols = line.split("\t")
        if len(cols) != 10:
            raise ValueError(f"{path}:{lineno}: expected 10 columns, got {len(cols)}")
        if "." in cols[0]:  # empty node (enhanced graphs only)
            continue
        misc = cols[9]
        space = "SpaceAfter=No" not in misc
        if "-" in cols[0]:
            mwt_end = int(cols[0].split("-")[1])
            mwt_space = space
            continue
        idx = int(cols[0])
        in_mwt = idx <= mwt_end
        word_space = (mwt_space if idx == mwt_end else False) if in_mwt else space
        head = int(cols[6]) if cols[6].isdigit() else 0
        sent.words.append(Word(cols[1], cols[2], cols[3], cols[5], head, cols[7], word_space))
    if sent.words:
        yield sent
