"""Split Indonesian clitics off a surface token, the way UD Indonesian (GSD/CSUI) does.

Enclitics: pronouns -nya/-ku/-mu and particles -lah/-kah (outermost first, "rumahnyalah");
proclitics ku-/kau- ("kubawa").  A split is made only when the whole word is not itself a
known word ("hanya", "adalah", "berlaku") and the remaining stem is known, so the lexicon
decides and the rules stay small.  Pure functions, no I/O.
"""

from __future__ import annotations

from collections.abc import Callable

PARTICLES: tuple[str, ...] = ("lah", "kah")
PRONOUNS: tuple[str, ...] = ("nya", "ku", "mu")
PROCLITICS: tuple[str, ...] = ("kau", "ku")
MIN_STEM = 3


def _is_word(text: str) -> bool:
    return text.replace("-", "").isalpha() and not text.startswith("-") and not text.endswith("-")


def split_clitics(
    token: str, known: Callable[[str], bool], stem_known: Callable[[str], bool] | None = None
) -> list[str]:
    """Return the syntactic words of `token` (the token itself when nothing splits).

    `known(lowercased_word)` says whether a string is a word in its own right (never split);
    `stem_known` (default: `known`) whether what is left after removing a clitic is a word.
    """
    stem_ok = stem_known or known
    lower = token.lower()
    if len(lower) <= MIN_STEM + 1 or not _is_word(lower) or known(lower) or _redup_known(lower, known):
        return [token]
    tail: list[str] = []
    stem = token
    for group in (PARTICLES, PRONOUNS):
        low = stem.lower()
        for clitic in group:
            rest = low[: -len(clitic)]
            stem_is_word = stem_ok(rest) or _redup_known(rest, stem_ok)
            if low.endswith(clitic) and len(rest) >= MIN_STEM and stem_is_word:
                tail.insert(0, stem[len(rest) :])
                stem = stem[: len(rest)]
                break
        if tail and known(stem.lower()):
            break
    head: list[str] = []
    if not tail:
        low = stem.lower()
        for clitic in PROCLITICS:
            rest = low[len(clitic) :]
            if low.startswith(clitic) and len(rest) >= MIN_STEM + 1 and stem_ok(rest):
                head = [stem[: len(clitic)]]
                stem = stem[len(clitic) :]
                break
    if not tail and not head:
        return [token]
    return [*head, stem, *tail]


def _redup_known(word: str, known: Callable[[str], bool]) -> bool:
    """Reduplicated forms ("anak-anak", "tulisan-tulisan") are known when their parts are."""
    parts = word.split("-")
    return len(parts) > 1 and all(part and known(part) for part in parts)
