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

from collections import Counter
from collections.abc import Callable, Iterable

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


def _context(words: list[Word]) -> list[tuple[str, str, str, bool]]:
    """Per word: lowercased form, head UPOS ("ROOT" for the root), direction, whether a "yang" child hangs on it."""
    yang_parents = {w.head for w in words if w.form.lower() == "yang"}
    out = []
    for idx, word in enumerate(words, start=1):
        head_upos = words[word.head - 1].upos if word.head else "ROOT"
        direction = "L" if word.head > idx else "R"
        out.append((word.form.lower(), head_upos, direction, idx in yang_parents))
    return out


BRACKETS = frozenset("\"'()[]“”‘’")


def _constituent_head(words: list[Word], start: int, step: int, punct: int) -> int | None:
    """Top of the phrase next to `punct`: from the first word at `start` (going `step`), its highest
    ancestor that stays on that side of the punctuation mark."""
    idx = start
    while 1 <= idx <= len(words) and words[idx - 1].upos == "PUNCT":
        idx += step
    if not 1 <= idx <= len(words):
        return None
    seen: set[int] = set()
    while words[idx - 1].head and (words[idx - 1].head - punct) * step > 0 and idx not in seen:
        seen.add(idx)
        idx = words[idx - 1].head
    return idx


def _punct_attachments(words: list[Word]) -> dict[int, tuple[tuple, dict[str, int | None]]]:
    """Inner punctuation (not brackets or quotes, not the closing run) with a context key and the
    heads each convention would give it: the phrase after it, the phrase before it, or as it was."""
    out: dict[int, tuple[tuple, dict[str, int | None]]] = {}
    has_children = {w.head for w in words}
    last_word = max((i for i, w in enumerate(words, start=1) if w.upos != "PUNCT"), default=0)
    for idx, word in enumerate(words, start=1):
        if word.upos != "PUNCT" or word.form in BRACKETS or idx > last_word or idx in has_children:
            continue
        nxt = words[idx] if idx < len(words) else None
        key = (word.form, nxt.upos if nxt else "", nxt.deprel if nxt else "")
        heads = {
            "after": _constituent_head(words, idx + 1, 1, idx),
            "before": _constituent_head(words, idx - 1, -1, idx),
            "old": word.head,
        }
        out[idx] = (key, heads)
    return out


class LearnedRemap:
    """Label conversion learned from sentences annotated under both conventions.

    The 2017 GSD dev file and the current GSD dev file annotate the same sentences, so the hand
    rules above can be completed by counting: for each word of the old (already remapped) tree
    with the same head as in the new tree, which new deprel / UPOS it got, in contexts that back
    off from specific (word form, head UPOS, ...) to general (old deprel + UPOS).  A context
    decides only when it was seen `min_count` times; otherwise the more general one decides, and
    the old label stays where nothing was learned.  Inner punctuation is re-attached the same way:
    to the phrase after it, the phrase before it or where it was, as the new file does in that
    context (the punctuation mark, the next word's UPOS and deprel).  No other head changes.

    With `labels=False` and `punct_choices=("after", "before")`, fitted on pairs of one tree with
    itself, it learns only a treebank's punctuation convention, to carry it over to another one.
    """

    def __init__(
        self, min_count: int = 3, *, labels: bool = True, punct_choices: tuple[str, ...] = ("after", "before", "old")
    ) -> None:
        self.min_count = min_count
        self.labels = labels
        self.punct_choices = punct_choices
        self.deprel_tables: list[dict[tuple, Counter[str]]] = [{}, {}, {}]
        self.upos_tables: list[dict[tuple, Counter[str]]] = [{}, {}]
        self.punct_tables: list[dict[tuple, Counter[str]]] = [{}, {}, {}]

    @staticmethod
    def _deprel_keys(word: Word, ctx: tuple[str, str, str, bool]) -> list[tuple]:
        form, head_upos, direction, yang = ctx
        general = (word.deprel, word.upos)
        return [(*general, head_upos, direction, yang, form), (*general, head_upos, direction, yang), general]

    @staticmethod
    def _upos_keys(word: Word, ctx: tuple[str, str, str, bool]) -> list[tuple]:
        form, head_upos, _, _ = ctx
        return [(word.upos, word.deprel, head_upos, form), (word.upos, form)]

    @staticmethod
    def _punct_keys(key: tuple) -> list[tuple]:
        return [key, key[:2], ()]

    def fit(self, pairs: Iterable[tuple[Sentence, Sentence]]) -> LearnedRemap:
        """Count conversions over (old, new) pairs; pairs whose words differ are skipped."""
        for old, new in pairs:
            if [w.form for w in old.words] != [w.form for w in new.words]:
                continue
            for idx, (key, heads) in _punct_attachments(old.words).items():
                right = [n for n in self.punct_choices if heads[n] == new.words[idx - 1].head]
                for table, k in zip(self.punct_tables, self._punct_keys(key), strict=True):
                    table.setdefault(k, Counter()).update(right)
            if not self.labels:
                continue
            for word, ctx, target in zip(old.words, _context(old.words), new.words, strict=True):
                for table, key in zip(self.upos_tables, self._upos_keys(word, ctx), strict=True):
                    table.setdefault(key, Counter())[target.upos] += 1
                if word.head != target.head:
                    continue
                for table, key in zip(self.deprel_tables, self._deprel_keys(word, ctx), strict=True):
                    table.setdefault(key, Counter())[target.deprel] += 1
        return self

    def _decide(self, tables: list[dict[tuple, Counter[str]]], keys: list[tuple], old: str) -> str:
        for table, key in zip(tables, keys, strict=True):
            counts = table.get(key)
            if counts and sum(counts.values()) >= self.min_count:
                return counts.most_common(1)[0][0]
        return old

    def apply(self, sent: Sentence) -> Sentence:
        """A copy of `sent` with learned labels (contexts are read from the old tree)."""
        contexts = _context(sent.words)
        punct = _punct_attachments(sent.words)
        words = []
        for idx, (word, ctx) in enumerate(zip(sent.words, contexts, strict=True), start=1):
            deprel = self._decide(self.deprel_tables, self._deprel_keys(word, ctx), word.deprel)
            upos = self._decide(self.upos_tables, self._upos_keys(word, ctx), word.upos)
            head = word.head
            if idx in punct:
                key, heads = punct[idx]
                head = heads.get(self._decide(self.punct_tables, self._punct_keys(key), "old")) or word.head
            words.append(Word(word.form, word.lemma, upos, word.feats, head, deprel, word.space_after))
        return Sentence(sent.sent_id, sent.text, words)


def parallel_pairs(old: Iterable[Sentence], new: Iterable[Sentence]) -> list[tuple[Sentence, Sentence]]:
    """Pairs of the same sentence under two annotations, matched on their letters (spaces ignored)."""

    def letters(sent: Sentence) -> str:
        return "".join("".join(w.form for w in sent.words).split()).lower()

    by_letters = {letters(s): s for s in new}
    return [(s, by_letters[letters(s)]) for s in old if letters(s) in by_letters]
