"""Scoring helpers for the language core: align predicted tokens to gold words by character span.

Used by `pantau eval-nlp` (`pantau.evaluation.nlp`).  Scores from raw text follow the CoNLL 2018
idea: a gold word counts as correct only if a predicted token has exactly its character span and
the right label (for LAS, also a head with the gold head's span); denominators are gold words.
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from spacy.tokens import Doc

from .conllu import Sentence


def word_offsets(sent: Sentence) -> list[tuple[int, int]]:
    """Character span of each gold word in `sent.text` (MWT parts are located inside the token)."""
    spans: list[tuple[int, int]] = []
    cursor = 0
    text = sent.text
    for word in sent.words:
        found = text.find(word.form, cursor)
        if found < 0 or text[cursor:found].strip():
            # form not on the surface (e.g. an MWT part that changes spelling): a zero-width placeholder
            spans.append((cursor, cursor))
            continue
        spans.append((found, found + len(word.form)))
        cursor = found + len(word.form)
    return spans


@dataclass
class UdCounts:
    """Running counts for tokenisation F1, UPOS, lemma, UAS and LAS."""

    gold_words: int = 0
    pred_tokens: int = 0
    matched: int = 0
    upos: int = 0
    lemma: int = 0
    uas: int = 0
    las: int = 0

    def add(self, sent: Sentence, doc: Doc) -> None:
        gold = word_offsets(sent)
        pred = {(t.idx, t.idx + len(t.text)): t for t in doc}
        self.gold_words += len(gold)
        self.pred_tokens += len(doc)
        for word, span in zip(sent.words, gold, strict=True):
            token = pred.get(span)
            if token is None or span[0] == span[1]:
                continue
            self.matched += 1
            self.upos += token.pos_ == word.upos
            self.lemma += token.lemma_.lower() == word.lemma.lower()
            gold_head = gold[word.head - 1] if word.head else span
            pred_head = (token.head.idx, token.head.idx + len(token.head.text))
            if pred_head == gold_head:
                self.uas += 1
                self.las += token.dep_.lower() == word.deprel.lower() or (
                    word.head == 0 and token.dep_.lower() == "root"
                )

    def scores(self) -> dict[str, float]:
        def ratio(num: int, den: int) -> float:
            return num / den if den else 0.0

        precision = ratio(self.matched, self.pred_tokens)
        recall = ratio(self.matched, self.gold_words)
        token_f1 = ratio(2 * precision * recall, precision + recall) if precision + recall else 0.0
        return {
            "tokens_f1": token_f1,
            "upos": ratio(self.upos, self.gold_words),
            "lemma": ratio(self.lemma, self.gold_words),
            "uas": ratio(self.uas, self.gold_words),
            "las": ratio(self.las, self.gold_words),
        }


@dataclass
class EntityCounts:
    """Entity-level true/false positives and false negatives, per type."""

    tp: Counter[str] = field(default_factory=Counter)
    fp: Counter[str] = field(default_factory=Counter)
    fn: Counter[str] = field(default_factory=Counter)
    # (tp, fp, fn) of each sentence added, for resampling the test set
    per_sentence: list[tuple[int, int, int]] = field(default_factory=list)

    def add(self, gold: Iterable[tuple[int, int, str]], pred: Iterable[tuple[int, int, str]]) -> None:
        gold_set, pred_set = set(gold), set(pred)
        for item in pred_set & gold_set:
            self.tp[item[2]] += 1
        for item in pred_set - gold_set:
            self.fp[item[2]] += 1
        for item in gold_set - pred_set:
            self.fn[item[2]] += 1
        self.per_sentence.append(
            (len(pred_set & gold_set), len(pred_set - gold_set), len(gold_set - pred_set))
        )

    def f1_interval(self, samples: int = 2000, level: float = 0.95, seed: int = 0) -> tuple[float, float]:
        """Percentile bootstrap interval of micro F1 over the sentences added: how much the score
        would move on another test set of the same size from the same source."""
        if not self.per_sentence:
            return 0.0, 0.0
        rng = random.Random(seed)
        values = []
        for _ in range(samples):
            sample = rng.choices(self.per_sentence, k=len(self.per_sentence))
            tp, fp, fn = (sum(counts[i] for counts in sample) for i in range(3))
            values.append(self._f1(tp, fp, fn))
        values.sort()
        tail = (1 - level) / 2
        return values[int(tail * samples)], values[min(samples - 1, int((1 - tail) * samples))]

    @staticmethod
    def _f1(tp: int, fp: int, fn: int) -> float:
        return 2 * tp / (2 * tp + fp + fn) if tp else 0.0

    def scores(self) -> dict[str, float]:
        types = sorted(set(self.tp) | set(self.fn))
        per_type = {t: self._f1(self.tp[t], self.fp[t], self.fn[t]) for t in types}
        tp, fp, fn = sum(self.tp.values()), sum(self.fp.values()), sum(self.fn.values())
        result = {
            "f1": self._f1(tp, fp, fn),
            "precision": tp / (tp + fp) if tp + fp else 0.0,
            "recall": tp / (tp + fn) if tp + fn else 0.0,
            "macro_f1": sum(per_type.values()) / len(per_type) if per_type else 0.0,
        }
        result.update({f"f1_{t}": v for t, v in per_type.items()})
        return result
