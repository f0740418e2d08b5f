"""Bring UD Indonesian-GSD 2017 (v2.0) annotation in line with current UD-GSD conventions.

The 2017 release predates the 2021 revision: no clitic split ("ayahnya" one word), `flat` for
names, bare `acl` for relative clauses, `compound:plur` for reduplication, no `nmod:poss`.
`remap_legacy` rewrites a sentence so that a model trained on it together with the current
files learns one label set:

- flat -> flat:name on nominal dependents; acl -> acl:relcl when the clause has its own "yang";
  compound:plur -> compound; nmod with a pronoun dependent and no case marker -> nmod:poss;
- function-word UPOS follows the current files (`harmonize_upos`: "akan" ADV -> AUX);
- clitics are split with the same rules as the runtime tokenizer; the clitic attaches to its
  host as nmod:poss (nominal host), obj / obl:agent (active / di- passive verb host), det
  (other hosts) or advmod:emph (particles -lah/-kah).
"""

from __future__ import annotations

from collections.abc import Callable

from .conllu import Sentence, Word

FUNCTION_UPOS = frozenset({"AUX", "SCONJ", "ADP", "DET", "PRON", "PART", "CCONJ", "ADV", "NUM"})
NOMINAL = frozenset({"NOUN", "PROPN", "NUM", "PRON"})
PARTICLE_CLITICS = frozenset({"lah", "kah"})


def _relabel(words: list[Word]) -> None:
    children: dict[int, list[Word]] = {}
    for word in words:
        children.setdefault(word.head, []).append(word)
    for idx, word in enumerate(words, start=1):
        kids = children.get(idx, [])
        if word.deprel == "flat" and word.upos in {"PROPN", "NOUN"}:
            word.deprel = "flat:name"
        elif word.deprel == "acl" and any(kid.form.lower() == "yang" for kid in kids):
            word.deprel = "acl:relcl"
        elif word.deprel == "compound:plur":
            word.deprel = "compound"
        elif word.deprel == "nmod" and word.upos == "PRON" and not any(k.deprel == "case" for k in kids):
            word.deprel = "nmod:poss"


def _clitic_word(host: Word, clitic: str, host_idx: int) -> Word:
    low = clitic.lower()
    if low in PARTICLE_CLITICS:
        return Word(clitic, low, "PART", "", host_idx, "advmod:emph")
    if host.upos in NOMINAL:
        return Word(clitic, low, "PRON", "", host_idx, "nmod:poss")
    if host.upos == "VERB":
        rel = "obl:agent" if host.form.lower().startswith("di") else "obj"
        return Word(clitic, low, "PRON", "", host_idx, rel)
    return Word(clitic, low, "DET", "", host_idx, "det")


def remap_legacy(sent: Sentence, split: Callable[[str], list[str]]) -> Sentence:
    """Return a new sentence with current-UD labels and clitics split by `split(token)`."""
    words = [Word(w.form, w.lemma, w.upos, w.feats, w.head, w.deprel, w.space_after) for w in sent.words]
    _relabel(words)
    # new index of each old word (1-based); clitics are appended right after their host
    pieces: list[list[str]] = []
    for word in words:
        parts = split(word.form) if word.upos not in {"PROPN", "PUNCT", "NUM", "X"} else [word.form]
        # only enclitics are split here; a proclitic ("kubawa") keeps the word whole
        if len(parts) > 1 and parts[0].lower() in {"ku", "kau"}:
            parts = [word.form]
        pieces.append(parts)
    new_index: list[int] = [0]
    pos = 0
    for parts in pieces:
        new_index.append(pos + 1)
        pos += len(parts)
    out: list[Word] = []
    for old_idx, (word, parts) in enumerate(zip(words, pieces, strict=True), start=1):
        host_new = new_index[old_idx]
        head = new_index[word.head] if word.head else 0
        host = Word(parts[0], word.lemma, word.upos, word.feats, head, word.deprel, word.space_after)
        if len(parts) > 1:
            host.space_after = False
        out.append(host)
        for n, clitic in enumerate(parts[1:], start=1):
            extra = _clitic_word(word, clitic, host_new)
            extra.space_after = word.space_after if n == len(parts) - 1 else False
            out.append(extra)
    return Sentence(sent.sent_id, sent.text, out)


def harmonize_upos(sent: Sentence, current_upos: dict[str, str]) -> Sentence:
    """Give function words the UPOS the current guidelines use ("akan" ADV -> AUX, "setelah" ADP -> SCONJ).

    `current_upos` maps lowercased words to their dominant UPOS in the current UD files; only words
    whose old and new tags are both function classes change, so NOUN/PROPN ambiguity is untouched.
    """
    for word in sent.words:
        new = current_upos.get(word.form.lower())
        if new and new != word.upos and new in FUNCTION_UPOS and word.upos in FUNCTION_UPOS:
            word.upos = new
    return sent
