"""`pantau eval-nlp`: score the shipped Indonesian and English pipelines on held-out test splits.

Reports UD-GSD test tokenisation F1, UPOS, lemma, UAS, LAS (from raw text and with gold tokens),
UD-PUD UPOS/LAS, NER entity-level micro and macro F1 on NERGrit, NERP and idner-news-2k test
on the corpora's own tokens, as conlleval scores them (with a 95 % bootstrap interval of the
micro F1 over the test sentences; `*_raw_f1` re-tokenises the text instead),
UD-EWT test UPOS/LAS, and words per second on one core for the full Indonesian pipeline.
None of these files is used for training (see scripts/nlp_convert.py).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections.abc import Iterable
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from pantau.analysis.bio import CORPUS_TYPES, read_bio, spans
from pantau.analysis.conllu import Sentence, read_conllu
from pantau.analysis.pipeline import load_pipeline
from pantau.analysis.scoring import EntityCounts, UdCounts

DEFAULT_DATA = Path(__file__).resolve().parents[3].parent / "shared" / "data"
NER_TESTS: dict[str, str] = {
    "nergrit": "indonlu-nergrit/test.tsv",
    "nerp": "indonlu-nerp/test.tsv",
    "idner": "idner-news-2k/test.txt",
}


def _gold_text(sent: Sentence) -> str:
    return "".join(w.form + (" " if w.space_after else "") for w in sent.words)


def score_ud(nlp: Language, sents: list[Sentence], *, gold_tokens: bool = False) -> dict[str, float]:
    """UD scores of `nlp` on `sents`, tokenising the raw text or reusing the gold words."""
    counts = UdCounts()
    if gold_tokens:
        docs: Iterable[Doc] = nlp.pipe(
            Doc(nlp.vocab, words=[w.form for w in s.words], spaces=[w.space_after for w in s.words])
            for s in sents
        )
        sents = [Sentence(s.sent_id, _gold_text(s), s.words) for s in sents]
    else:
        docs = nlp.pipe(s.text for s in sents)
    for sent, doc in zip(sents, docs, strict=True):
        counts.add(sent, doc)
    return counts.scores()


def score_ner(nlp: Language, path: Path, types: frozenset[str], *, gold_tokens: bool = True) -> dict[str, float]:
    """Entity-level scores on a BIO test file, over the entity types that corpus annotates.

    With gold tokens (the default) the pipeline tags the corpus's own tokens and entities match
    as token spans: conlleval's and seqeval's measure, the one IndoNLU reports.  From raw text it
    re-tokenises the space-joined sentence and entities match as character spans; a corpus token
    such as idner-news-2k's "(BEI)" then never matches the "BEI" our tokenizer cuts out of it.
    """
    counts = EntityCounts()
    sents = list(read_bio(path))
    if gold_tokens:
        docs = nlp.pipe(Doc(nlp.vocab, words=list(s.tokens)) for s in sents)
        for sent, doc in zip(sents, docs, strict=True):
            pred = {(e.start, e.end, e.label_) for e in doc.ents if e.label_ in types}
            counts.add(spans(sent.tags), pred)
    else:
        for sent, doc in zip(sents, nlp.pipe(" ".join(s.tokens) for s in sents), strict=True):
            starts: list[int] = []
            offset = 0
            for token in sent.tokens:
                starts.append(offset)
                offset += len(token) + 1
            gold = {(starts[a], starts[b - 1] + len(sent.tokens[b - 1]), lab) for a, b, lab in spans(sent.tags)}
            pred = {(e.start_char, e.end_char, e.label_) for e in doc.ents if e.label_ in types}
            counts.add(gold, pred)
    low, high = counts.f1_interval()
    return {**counts.scores(), "f1_ci95_low": low, "f1_ci95_high": high}


def words_per_second(nlp: Language, texts: list[str]) -> float:
    """Throughput of the whole pipeline on one core: words per CPU-second of this (single-threaded)
    process, so that other jobs on a shared machine do not distort it (wall-clock: benchmarks/)."""
    start = time.process_time()
    words = sum(len(doc) for doc in nlp.pipe(texts, batch_size=64))
    return words / (time.process_time() - start)


def evaluate(data: Path) -> dict[str, float]:
    """Run every evaluation; keys are stable (see module docstring)."""
    results: dict[str, float] = {}
    nlp_id = load_pipeline("id")
    gsd = list(read_conllu(data / "ud-indonesian-gsd" / "id_gsd-ud-test.conllu"))
    raw = score_ud(nlp_id, gsd)
    results["gsd_tokens_f1"] = raw["tokens_f1"]
    for key in ("upos", "lemma", "uas", "las"):
        results[f"gsd_{key}"] = raw[key]
    gold = score_ud(nlp_id, gsd, gold_tokens=True)
    for key in ("upos", "lemma", "uas", "las"):
        results[f"gsd_gold_tok_{key}"] = gold[key]
    pud = list(read_conllu(data / "ud-indonesian-pud" / "id_pud-ud-test.conllu"))
    pud_scores = score_ud(nlp_id, pud)
    results.update({"pud_tokens_f1": pud_scores["tokens_f1"], "pud_upos": pud_scores["upos"]})
    results.update({"pud_uas": pud_scores["uas"], "pud_las": pud_scores["las"]})
    for name, rel in NER_TESTS.items():
        ner = score_ner(nlp_id, data / rel, CORPUS_TYPES[name])
        results[f"{name}_f1"] = ner["f1"]
        results[f"{name}_f1_ci95_low"] = ner["f1_ci95_low"]
        results[f"{name}_f1_ci95_high"] = ner["f1_ci95_high"]
        results[f"{name}_macro_f1"] = ner["macro_f1"]
        results[f"{name}_precision"] = ner["precision"]
        results[f"{name}_recall"] = ner["recall"]
        results[f"{name}_raw_f1"] = score_ner(nlp_id, data / rel, CORPUS_TYPES[name], gold_tokens=False)["f1"]
    ewt = list(read_conllu(data / "ud-english-ewt" / "en_ewt-ud-test.conllu.gz"))
    ewt_scores = score_ud(load_pipeline("en"), ewt)
    results.update({"ewt_tokens_f1": ewt_scores["tokens_f1"], "ewt_upos": ewt_scores["upos"]})
    results.update({"ewt_uas": ewt_scores["uas"], "ewt_las": ewt_scores["las"]})
    results["words_per_s"] = words_per_second(nlp_id, [s.text for s in gsd + pud])
    return results


def _table(results: dict[str, float]) -> str:
    lines = [f"{'metric':<24} value"]
    for key, value in results.items():
        shown = f"{value:,.0f}" if key == "words_per_s" else f"{value:.4f}"
        lines.append(f"{key:<24} {shown}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """CLI: `pantau eval-nlp [--json] [--data DIR]`; returns the process exit status."""
    parser = argparse.ArgumentParser(prog="pantau eval-nlp", description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print one JSON object instead of a table")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="shared data folder")
    args = parser.parse_args(argv)
    if not args.data.is_dir():
        print(f"error: data folder not found: {args.data} (pass --data)", file=sys.stderr)
        return 2
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    results = evaluate(args.data)
    print(json.dumps(results, indent=2) if args.json else _table(results))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
