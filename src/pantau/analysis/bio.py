"""Read the Indonesian NER corpora (BIO, one token a line) and map their labels to Pantau's.

Pantau entity types: PER, ORG, LOC (places incl. geo-political entities) and EVT (named events,
NERP only).  Food-and-beverage (NERP FNB) is dropped.  The mapping is the one place where the
corpora's label sets meet; evaluation scores each corpus only on the types it annotates.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

LABEL_MAP: dict[str, str | None] = {
    # NERGrit (IndoNLU)
    "PERSON": "PER", "PLACE": "LOC", "ORGANISATION": "ORG",
    # NERP (IndoNLU, Prosa)
    "PPL": "PER", "PLC": "LOC", "IND": "ORG", "EVT": "EVT", "FNB": None,
    # idner-news-2k and IndoLEM
    "PER": "PER", "LOC": "LOC", "ORG": "ORG", "PERSON_": "PER",
}  # fmt: skip

CORPUS_TYPES: dict[str, frozenset[str]] = {
    "nergrit": frozenset({"PER", "ORG", "LOC"}),
    "nerp": frozenset({"PER", "ORG", "LOC", "EVT"}),
    "idner": frozenset({"PER", "ORG", "LOC"}),
}


@dataclass(frozen=True)
class NerSentence:
    """Tokens with BIO tags already mapped to Pantau labels ("B-PER", "O", ...)."""

    tokens: tuple[str, ...]
    tags: tuple[str, ...]


def map_tag(tag: str) -> str:
    """Map a corpus BIO tag to a Pantau BIO tag; unknown labels raise ValueError."""
    if tag == "O":
        return "O"
    prefix, _, label = tag.partition("-")
    if prefix not in {"B", "I"} or label not in LABEL_MAP:
        raise ValueError(f"unknown NER tag {tag!r}; known labels: {sorted(LABEL_MAP)}")
    target = LABEL_MAP[label]
    return "O" if target is None else f"{prefix}-{target}"


def read_bio(path: str | Path) -> Iterator[NerSentence]:
    """Yield sentences from a BIO file: `token<TAB>tag` or `token POS tag` lines, blank between."""
    path = Path(path)
    if not path.is_file():
        raise FileNotFoundError(f"NER file not found: {path}")
    tokens: list[str] = []
    tags: list[str] = []
    with path.open(encoding="utf-8") as handle:
        for lineno, raw in enumerate(handle, start=1):
            line = raw.rstrip("\r\n")
            if not line.strip():
                if tokens:
                    yield NerSentence(tuple(tokens), repair_bio(tags))
                tokens, tags = [], []
                continue
            cols = line.split("\t") if "\t" in line else line.split(" ")
            if len(cols) < 2:
                raise ValueError(f"{path}:{lineno}: expected token and tag, got {line!r}")
            tokens.append(cols[0])
            tags.append(map_tag(cols[-1]))
    if tokens:
        yield NerSentence(tuple(tokens), repair_bio(tags))


def repair_bio(tags: list[str]) -> tuple[str, ...]:
    """Turn an I- tag that does not continue a span of the same label into B-."""
    fixed: list[str] = []
    prev = "O"
    for tag in tags:
        if tag.startswith("I-") and prev[2:] != tag[2:]:
            tag = "B-" + tag[2:]
        fixed.append(tag)
        prev = tag
    return tuple(fixed)


def spans(tags: tuple[str, ...] | list[str]) -> set[tuple[int, int, str]]:
    """BIO tags -> set of (start, end, label) token spans; a stray I- opens a new span."""
    found: set[tuple[int, int, str]] = set()
    start, label = -1, ""
    for i, tag in enumerate([*tags, "O"]):
        if tag == "O" or tag.startswith("B-") or (tag.startswith("I-") and tag[2:] != label):
            if start >= 0:
                found.add((start, i, label))
            start, label = (i, tag[2:]) if tag != "O" else (-1, "")
    return found
