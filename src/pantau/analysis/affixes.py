"""Indonesian affix stripping: map a derived word to its root ("penembakan" -> "tembak").

Rules follow the standard confix/prefix/suffix inventory (meN-, di-, ber-, ter-, pe(N)-,
per-, ke-, se-; -kan, -i, -an; ke-an, per-an, pe(N)-an) with the nasal alternations of meN-/peN-
(mem-p, men-t, meng-k, meny-s).  A candidate only counts when it is in the supplied root set,
so the rules never invent a lemma.  Pure functions, no I/O.
"""

from __future__ import annotations

from collections.abc import Iterable, Set

SUFFIXES: tuple[str, ...] = ("kan", "an", "i")
# (prefix, replacement-options) — replacement restores the initial consonant eaten by the nasal.
PREFIXES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("memper", ("",)),
    ("diper", ("",)),
    ("menge", ("",)),
    ("penge", ("",)),
    ("meng", ("", "k")),
    ("peng", ("", "k")),
    ("meny", ("s",)),
    ("peny", ("s",)),
    ("mem", ("p", "")),
    ("pem", ("p", "")),
    ("men", ("t", "")),
    ("pen", ("t", "")),
    ("per", ("",)),
    ("ber", ("",)),
    ("ter", ("",)),
    ("me", ("",)),
    ("pe", ("",)),
    ("be", ("",)),
    ("di", ("",)),
    ("ke", ("",)),
    ("se", ("",)),
)
MIN_ROOT = 3


def _strip_prefix(word: str) -> Iterable[str]:
    for prefix, restores in PREFIXES:
        if word.startswith(prefix) and len(word) - len(prefix) >= MIN_ROOT - 1:
            rest = word[len(prefix) :]
            for head in restores:
                yield head + rest


def _strip_suffix(word: str) -> Iterable[str]:
    for suffix in SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= MIN_ROOT:
            yield word[: -len(suffix)]


def root_candidates(word: str) -> list[str]:
    """All strings reachable by removing up to one suffix and up to two prefixes, nearest first."""
    word = word.lower()
    seen: list[str] = []
    level = [word]
    for stem in list(_strip_suffix(word)):
        level.append(stem)
    for _ in range(2):
        nxt: list[str] = []
        for form in level:
            if form not in seen:
                seen.append(form)
            nxt.extend(_strip_prefix(form))
        level = nxt
    for form in level:
        if form not in seen:
            seen.append(form)
    return seen


def find_root(word: str, roots: Set[str]) -> str | None:
    """Return the root of `word` if affix stripping reaches a word in `roots`, else None.

    Candidates are tried in rule order (suffix first, then the longest matching prefix).
    """
    lower = word.lower()
    if lower in roots:
        return lower
    for cand in root_candidates(lower)[1:]:
        if len(cand) >= MIN_ROOT and cand in roots:
            return cand
    return None
