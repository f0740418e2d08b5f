"""Convert ../shared/data corpora into spaCy training files under training/corpus/.

Writes (all git-ignored, never shipped):
  lexicon/            form->lemma table + never/always-split lists (tokenizer and lemmatizer)
  id_ud_train.spacy   CSUI train + current GSD dev + remapped GSD 2017 train (minus test overlap)
  id_ud_plus/         id_ud_train + a sample of the nlp-id news corpus with UPOS only (scripts/nlp_nlpid.py)
  id_ud_dev.spacy     held-out slice of CSUI train + GSD dev (model selection only)
  id_ner_train.spacy  NERGrit + NERP + idner-news-2k train splits, labels mapped (bio.LABEL_MAP)
  id_ner_dev.spacy    the three valid/dev splits
  id_ner_all.spacy    train + dev splits (the shipped NER, trained for the step count chosen on dev)
  en_ud_train.spacy / en_ud_dev.spacy   UD-EWT dev (train on 90 %, select on 10 %)
  en_ud_all.spacy     all of UD-EWT dev (the shipped English model, trained for the selected steps)
  vectors_text.txt    one tokenised sentence a line (IndoSum + nlp-id + NER train) for vectors
  pretrain_text.jsonl the same sentences as {"text": ...} lines, for pretraining the NER encoder

Usage: python scripts/nlp_convert.py [--data ../shared/data] [--out training/corpus]
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

import spacy
from spacy.tokens import Doc, DocBin
from spacy.vocab import Vocab

from pantau.actors.countries import DATA_DIR as ACTOR_DATA
from pantau.actors.loader import read_actor_file
from pantau.actors.records import Actor
from pantau.analysis.bio import NerSentence, read_bio
from pantau.analysis.clitics import PARTICLES, PRONOUNS, split_clitics
from pantau.analysis.conllu import Sentence, read_conllu
from pantau.analysis.lexicon import Lexicon
from pantau.analysis.ud_remap import LearnedRemap, harmonize_upos, parallel_pairs, remap_legacy
from pantau.places.gazetteer import Gazetteer

sys.path.insert(0, str(Path(__file__).resolve().parent))
from nlp_nlpid import nlpid_docs, ud_lexicon

REPO = Path(__file__).resolve().parents[1]
DEV_EVERY = 10  # every 10th sentence of the UD training files is held out for model selection
NLPID_SENTENCES = 6000  # nlp-id sample size: about as many tokens as the UD training data
NER_CASED_WEIGHT = 1  # 2 (cased corpora repeated) was tried: NER dev F1 0.755 vs 0.757, not kept
PRETRAIN_MIN_TOKENS, PRETRAIN_MAX_TOKENS = 3, 80  # headlines and run-on lines are left out
CURRENT_WEIGHT = 2  # current-guideline sentences (CSUI, GSD dev) are repeated: they match the test set
# one-word names of places this big (or of countries and divisions) are guarded against clitic splits
NAME_MIN_POPULATION = 5_000


def ud_doc(vocab: Vocab, sent: Sentence) -> Doc:
    words = [w.form for w in sent.words]
    heads = [(w.head - 1) if w.head else i for i, w in enumerate(sent.words)]
    deps = [w.deprel if w.deprel not in {"_", ""} else "dep" for w in sent.words]
    return Doc(
        vocab, words=words, spaces=[w.space_after for w in sent.words],
        pos=[w.upos for w in sent.words], heads=heads, deps=deps,
    )  # fmt: skip


def ner_doc(vocab: Vocab, sent: NerSentence) -> Doc:
    return Doc(vocab, words=list(sent.tokens), ents=list(sent.tags))


def news_tokens(data: Path) -> Iterator[list[str]]:
    """Tokenised sentences of unlabelled news: IndoSum dev folds and the nlp-id corpus."""
    seen: set[str] = set()
    for fold in sorted((data / "indosum-dev").glob("dev.*.jsonl.gz")):
        with gzip.open(fold, "rt", encoding="utf-8") as handle:
            for line in handle:
                art = json.loads(line)
                if art["id"] in seen:
                    continue
                seen.add(art["id"])
                for para in art["paragraphs"]:
                    yield from para
    with gzip.open(data / "nlp-id-kumparan" / "dataset_postag.txt.gz", "rt", encoding="utf-8") as handle:
        sent: list[str] = []
        for line in handle:
            token = line.split("\t")[0].strip()
            if token:
                sent.append(token)
            elif sent:
                yield sent
                sent = []


def build_lexicon(
    data: Path, vocab_words: set[str], ud_train: list[Sentence], lemma_sources: list[list[Sentence]]
) -> Lexicon:
    """nlp-id roots + lemma table, overridden by UD lemmas (later sources in `lemma_sources` win)."""
    nlpid = data / "nlp-id-kumparan"
    roots = set((nlpid / "root-word.txt").read_text(encoding="utf-8").split())
    with gzip.open(nlpid / "lemma_dict.json.gz", "rt", encoding="utf-8") as handle:
        table: dict[str, str] = json.load(handle)
    lemmas = {root: root for root in roots}
    lemmas.update({form: lemma for form, lemma in table.items() if form in vocab_words})
    for source in lemma_sources:  # the UD convention wins where UD has seen the word (GSD last)
        lemmas.update(ud_lemmas(source))
    # discourse adverbs that keep their -nya in UD ("akhirnya", "misalnya"), per nlp-id's list
    never = set((nlpid / "non_clitics.txt").read_text(encoding="utf-8").split())
    for sent in ud_train:
        for word in sent.words:
            low = word.form.lower()
            if any(low.endswith(c) for c in (*PARTICLES, *PRONOUNS)) and low.isalpha():
                never.add(low)
    lexicon = Lexicon(lemmas, frozenset(never))
    lexicon.always_split = frozenset(_mwt_forms(ud_train, lexicon))
    return lexicon


def known_names(gazetteer: Gazetteer, actors: Iterable[Actor]) -> set[str]:
    """Lowercased one-word names: notable places of the shipped gazetteer, words of actor names."""
    names: set[str] = set()
    for key in gazetteer.name_keys():
        if " " in key or not key.isalpha():
            continue
        places = [gazetteer.entry(row).place for row in gazetteer.row_ids(key)]
        if any(p.kind in ("country", "admin1", "admin2", "admin3") or p.population >= NAME_MIN_POPULATION
               for p in places):  # fmt: skip
            names.add(key)
    for actor in actors:
        for name in (actor.name, *actor.aliases):
            names |= {word.lower() for word in name.split() if word[:1].isupper() and word.isalpha()}
    return names


def guarded_names(lexicon: Lexicon, names: Iterable[str], cased_text: Iterable[list[str]]) -> set[str]:
    """Names the clitic splitter would cut ("mekkah" -> mek + kah, "daulah" -> dau + lah) and
    that the news writes capitalised more often than in lowercase (so not "isinya", a place
    name but mostly isi + nya).  UD's own splits (`always_split`) are left alone."""
    candidates = {
        name for name in names
        if name not in lexicon.always_split and len(split_clitics(name, lexicon.known, lexicon.stem_known)) > 1
    }  # fmt: skip
    lower: Counter[str] = Counter()
    capitalised: Counter[str] = Counter()
    for sent in cased_text:
        for token in sent:
            folded = token.lower()
            if folded in candidates:
                (lower if token == folded else capitalised)[folded] += 1
    return {name for name in candidates if lower[name] < capitalised[name]}


def ud_lemmas(sents: Iterable[Sentence]) -> dict[str, str]:
    """Lowercased form -> its most frequent lowercased lemma in UD files that have lemmas."""
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for sent in sents:
        for word in sent.words:
            if word.lemma not in {"", "_"} and word.upos not in {"PROPN", "PUNCT", "NUM", "SYM", "X"}:
                counts[word.form.lower()][word.lemma.lower()] += 1
    return {form: c.most_common(1)[0][0] for form, c in counts.items()}


def _mwt_forms(sents: Iterable[Sentence], lexicon: Lexicon) -> set[str]:
    """Surface forms UD splits (host word without space + clitic) that the lexicon calls known."""
    forms: set[str] = set()
    for sent in sents:
        for a, b in zip(sent.words, sent.words[1:], strict=False):
            if not a.space_after and b.form.lower() in {*PARTICLES, *PRONOUNS} and a.form.isalpha():
                whole = (a.form + b.form).lower()
                if lexicon.known(whole):
                    forms.add(whole)
    return forms


def hand_remapped(
    legacy: Iterable[Sentence], split: Callable[[str], list[str]], current_upos: dict[str, str]
) -> list[Sentence]:
    """2017 GSD trees after the hand rules: current labels, clitics split, function-word UPOS."""
    return [harmonize_upos(remap_legacy(s, split), current_upos) for s in legacy]


def write(docs: Iterable[Doc], path: Path) -> int:
    bin_ = DocBin(store_user_data=False)
    count = 0
    for doc in docs:
        bin_.add(doc)
        count += 1
    bin_.to_disk(path)
    print(f"wrote {path} ({count} docs)", file=sys.stderr)
    return count


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data")
    parser.add_argument("--out", type=Path, default=REPO / "training" / "corpus")
    args = parser.parse_args(argv)
    data: Path = args.data
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    vocab = spacy.blank("id").vocab

    gsd = data / "ud-indonesian-gsd"
    test_texts = {s.text for s in read_conllu(gsd / "id_gsd-ud-test.conllu")}
    test_texts |= {s.text for s in read_conllu(data / "ud-indonesian-pud" / "id_pud-ud-test.conllu")}
    csui = list(read_conllu(data / "ud-indonesian-csui" / "id_csui-ud-train.conllu"))
    gsd_dev = [s for s in read_conllu(gsd / "id_gsd-ud-dev.conllu") if s.text not in test_texts]
    current = csui + gsd_dev
    legacy = [
        s for s in read_conllu(gsd / "legacy-v2.0-2017" / "id-ud-train.conllu.gz") if s.text not in test_texts
    ]

    news = list(news_tokens(data))
    # the cased corpora (NERGrit, idner-news-2k) are repeated NER_CASED_WEIGHT times in all
    nergrit = list(read_bio(data / "indonlu-nergrit" / "train.tsv"))
    idner = list(read_bio(data / "idner-news-2k" / "train.txt"))
    ner_train = [*nergrit, *read_bio(data / "indonlu-nerp" / "train.tsv"), *idner]
    ner_train += (nergrit + idner) * (NER_CASED_WEIGHT - 1)
    vocab_words = {t.lower() for sent in news for t in sent}
    vocab_words |= {t.lower() for s in ner_train for t in s.tokens}
    vocab_words |= {w.form.lower() for s in current + legacy for w in s.words}
    lexicon = build_lexicon(data, vocab_words, current, [csui, gsd_dev])
    actors = [record.actor for record in read_actor_file(ACTOR_DATA / "named.yaml")]
    names = guarded_names(lexicon, known_names(Gazetteer(), actors), news)
    lexicon.never_split = lexicon.never_split | names
    lexicon.to_disk(out / "lexicon")
    print(f"lexicon: {len(lexicon)} forms, {len(lexicon.always_split)} always-split, {len(names)} guarded names",
          file=sys.stderr)  # fmt: skip

    def split(token: str) -> list[str]:
        return split_clitics(token, lexicon.known, lexicon.stem_known)

    current_upos = ud_lexicon(current)
    legacy = hand_remapped(legacy, split, current_upos)
    dev = [s for i, s in enumerate(current) if not i % DEV_EVERY]
    # the 2017 dev file annotates the current dev sentences: learn the rest of the conversion
    # from those pairs (never from the held-out slice) and apply it to the 2017 train file
    held_out = {s.text for s in dev}
    legacy_dev = hand_remapped(read_conllu(gsd / "legacy-v2.0-2017" / "id-ud-dev.conllu"), split, current_upos)
    gsd_train = [s for s in gsd_dev if s.text not in held_out]
    remap = LearnedRemap().fit(parallel_pairs(legacy_dev, gsd_train))
    legacy = [remap.apply(s) for s in legacy]
    # CSUI hangs inner commas on the phrase before them about as often as after; GSD (the test's
    # treebank) mostly after: CSUI training trees take GSD's punctuation convention
    gsd_punct = LearnedRemap(labels=False, punct_choices=("after", "before")).fit((s, s) for s in gsd_train)
    current_train = [  # `current` is CSUI first, then GSD dev
        gsd_punct.apply(s) if i < len(csui) else s for i, s in enumerate(current) if i % DEV_EVERY
    ]
    train = current_train * CURRENT_WEIGHT + legacy
    write((ud_doc(vocab, s) for s in train), out / "id_ud_train.spacy")
    write((ud_doc(vocab, s) for s in dev), out / "id_ud_dev.spacy")
    (out / "id_ud_plus").mkdir(exist_ok=True)
    write((ud_doc(vocab, s) for s in train), out / "id_ud_plus" / "ud.spacy")
    nlpid_path = data / "nlp-id-kumparan" / "dataset_postag.txt.gz"
    write(nlpid_docs(vocab, nlpid_path, current, NLPID_SENTENCES), out / "id_ud_plus" / "nlpid.spacy")

    write((ner_doc(vocab, s) for s in ner_train), out / "id_ner_train.spacy")
    ner_dev = [
        *read_bio(data / "indonlu-nergrit" / "valid.tsv"),
        *list(read_bio(data / "indonlu-nerp" / "valid.tsv"))[:300],
        *read_bio(data / "idner-news-2k" / "dev.txt"),
    ]
    write((ner_doc(vocab, s) for s in ner_dev), out / "id_ner_dev.spacy")
    # the shipped NER: train and dev splits together, for the step count chosen on dev
    write((ner_doc(vocab, s) for s in [*ner_train, *ner_dev]), out / "id_ner_all.spacy")

    en_vocab = spacy.blank("en").vocab
    ewt = list(read_conllu(data / "ud-english-ewt" / "en_ewt-ud-dev.conllu.gz"))
    write((ud_doc(en_vocab, s) for i, s in enumerate(ewt) if i % DEV_EVERY), out / "en_ud_train.spacy")
    write((ud_doc(en_vocab, s) for i, s in enumerate(ewt) if not i % DEV_EVERY), out / "en_ud_dev.spacy")
    # the shipped English model: all of EWT dev, for the step count chosen on the 90/10 split
    write((ud_doc(en_vocab, s) for s in ewt), out / "en_ud_all.spacy")

    sentences = [*news, *(list(s.tokens) for s in dict.fromkeys(ner_train))]  # each NER sentence once
    with (out / "vectors_text.txt").open("w", encoding="utf-8") as handle:
        for sent in sentences:
            handle.write(" ".join(sent) + "\n")
    # the same lines, cased, for pretraining the NER encoder (spaCy's JSONL corpus), read back as
    # text so that stray carriage returns inside corpus tokens end a line here too
    with (out / "vectors_text.txt").open(encoding="utf-8") as lines, \
            (out / "pretrain_text.jsonl").open("w", encoding="utf-8") as handle:  # fmt: skip
        for line in lines:
            words = line.split()
            if PRETRAIN_MIN_TOKENS <= len(words) <= PRETRAIN_MAX_TOKENS:
                handle.write(json.dumps({"text": " ".join(words)}, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
