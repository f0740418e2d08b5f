"""Pure-function tables for the language core (no model needed)."""

from __future__ import annotations

import pytest

from pantau.analysis.affixes import find_root
from pantau.analysis.bio import map_tag, repair_bio, spans
from pantau.analysis.clitics import split_clitics
from pantau.analysis.conllu import Sentence, Word
from pantau.analysis.lexicon import Lexicon
from pantau.analysis.morph import features
from pantau.analysis.scoring import EntityCounts, word_offsets
from pantau.analysis.ud_remap import LearnedRemap, parallel_pairs, remap_legacy

ROOTS = frozenset(
    [
        "tembak", "bakar", "aman", "bangun", "rusuh", "jalan", "jadi", "serang", "pukul", "datang",
        "damai", "sekolah", "rumah", "buku", "bawa", "ujar", "semua", "adalah", "hanya", "apa", "anak",
        "desa", "milik", "jual", "perintah", "tanya"
    ]
)
LEXICON = Lexicon({**{r: r for r in ROOTS}, "penjualan": "jual", "pemerintah": "perintah"})


@pytest.mark.parametrize(
    ("word", "root"),
    [
        ("penembakan", "tembak"),
        ("dibakar", "bakar"),
        ("mengamankan", "aman"),
        ("pembangunan", "bangun"),
        ("kerusuhan", "rusuh"),
        ("berjalan", "jalan"),
        ("terjadi", "jadi"),
        ("menyerang", "serang"),
        ("memukul", "pukul"),
        ("didatangi", "datang"),
        ("perdamaian", "damai"),
        ("kursi", None),
    ],
)
def test_find_root(word: str, root: str | None) -> None:
    assert find_root(word, ROOTS) == root


@pytest.mark.parametrize(
    ("token", "words"),
    [
        ("rumahnya", ["rumah", "nya"]),
        ("Bukunya", ["Buku", "nya"]),
        ("penjualannya", ["penjualan", "nya"]),
        ("apakah", ["apa", "kah"]),
        ("milikmu", ["milik", "mu"]),
        ("kubawa", ["ku", "bawa"]),
        ("anak-anaknya", ["anak-anak", "nya"]),
        ("hanya", ["hanya"]),
        ("adalah", ["adalah"]),
        ("sekolah", ["sekolah"]),
        ("desa-desa", ["desa-desa"]),
        ("Kapolda", ["Kapolda"]),
    ],
)
def test_split_clitics(token: str, words: list[str]) -> None:
    assert split_clitics(token, LEXICON.known, LEXICON.stem_known) == words


@pytest.mark.parametrize(
    ("form", "upos", "feats"),
    [
        ("desa-desa", "NOUN", "Number=Plur"),
        ("desa", "NOUN", "Number=Sing"),
        ("dibakar", "VERB", "Voice=Pass"),
        ("membakar", "VERB", "Voice=Act"),
        ("tidak", "PART", "Polarity=Neg"),
        ("mereka", "PRON", "Number=Plur|Person=3|PronType=Prs"),
        ("Jakarta", "PROPN", ""),
    ],
)
def test_features(form: str, upos: str, feats: str) -> None:
    assert features(form, upos) == feats


def test_bio_mapping_and_spans() -> None:
    assert map_tag("B-PLACE") == "B-LOC"
    assert map_tag("I-IND") == "I-ORG"
    assert map_tag("B-FNB") == "O"
    with pytest.raises(ValueError, match="unknown NER tag"):
        map_tag("B-WEAPON")
    tags = repair_bio(["I-PER", "I-PER", "O", "B-LOC", "I-ORG"])
    assert tags == ("B-PER", "I-PER", "O", "B-LOC", "B-ORG")
    assert spans(tags) == {(0, 2, "PER"), (3, 4, "LOC"), (4, 5, "ORG")}


def test_entity_counts_micro_and_macro() -> None:
    counts = EntityCounts()
    counts.add({(0, 5, "PER"), (10, 15, "LOC")}, {(0, 5, "PER"), (10, 14, "LOC")})
    scores = counts.scores()
    assert scores["f1"] == pytest.approx(0.5)
    assert scores["macro_f1"] == pytest.approx(0.5)
    assert scores["f1_PER"] == 1.0


def test_entity_f1_interval_bootstraps_over_sentences() -> None:
    assert EntityCounts().f1_interval() == (0.0, 0.0)
    same = EntityCounts()
    for offset in range(0, 200, 10):  # every sentence scores the same: nothing to resample
        same.add({(offset, offset + 5, "PER"), (offset + 6, offset + 9, "LOC")}, {(offset, offset + 5, "PER")})
    assert same.f1_interval() == pytest.approx((2 / 3, 2 / 3))
    mixed = EntityCounts()
    for offset in range(0, 400, 10):  # half the sentences right, half wrong
        pred_label = "PER" if offset % 20 else "ORG"
        mixed.add({(offset, offset + 5, "PER")}, {(offset, offset + 5, pred_label)})
    low, high = mixed.f1_interval(samples=500, seed=1)
    assert low < mixed.scores()["f1"] == 0.5 < high
    assert low > 0.25 and high < 0.75  # 40 sentences: about +-0.16 at 95 %
    assert mixed.f1_interval(samples=500, seed=1) == (low, high)  # seeded: the report is repeatable
    assert mixed.f1_interval(samples=500, level=0.5, seed=1)[0] > low  # a lower level is narrower


def test_word_offsets_locate_clitic_words() -> None:
    words = [Word("Rumah", "", "NOUN", "", 0, "root", False), Word("nya", "", "PRON", "", 1, "nmod:poss")]
    assert word_offsets(Sentence("s1", "Rumahnya", words)) == [(0, 5), (5, 8)]


def test_remap_legacy_splits_clitic_and_relabels() -> None:
    sent = Sentence(
        "s1",
        "Joko Widodo membaca bukunya",
        [
            Word("Joko", "", "PROPN", "", 3, "nsubj"),
            Word("Widodo", "", "PROPN", "", 1, "flat"),
            Word("membaca", "", "VERB", "", 0, "root"),
            Word("bukunya", "", "NOUN", "", 3, "obj"),
        ],
    )
    out = remap_legacy(sent, lambda t: split_clitics(t, LEXICON.known, LEXICON.stem_known))
    assert [w.form for w in out.words] == ["Joko", "Widodo", "membaca", "buku", "nya"]
    assert [(w.head, w.deprel) for w in out.words] == [
        (3, "nsubj"), (1, "flat:name"), (0, "root"), (3, "obj"), (4, "nmod:poss"),
    ]  # fmt: skip


def _sent(text: str, rows: list[tuple[str, str, int, str]]) -> Sentence:
    return Sentence("s", text, [Word(form, "", upos, "", head, rel) for form, upos, head, rel in rows])


# the same sentences under an old and a new convention: a town under a common noun was `flat:name`,
# is now `nmod`; "ketiga" was NUM, is now ADJ; a comma hung on the phrase before it, now on the one after
OLD_NEW = [
    (
        _sent("warga kota Sleman tiba", [
            ("warga", "NOUN", 4, "nsubj"), ("kota", "NOUN", 1, "nmod"),
            ("Sleman", "PROPN", 2, "flat:name"), ("tiba", "VERB", 0, "root"),
        ]),
        _sent("warga kota Sleman tiba", [
            ("warga", "NOUN", 4, "nsubj"), ("kota", "NOUN", 1, "nmod"),
            ("Sleman", "PROPN", 2, "nmod"), ("tiba", "VERB", 0, "root"),
        ]),
    ),
    (
        _sent("hari ketiga , pasar kota Bantul buka", [
            ("hari", "NOUN", 7, "obl"), ("ketiga", "NUM", 1, "nummod"), (",", "PUNCT", 1, "punct"),
            ("pasar", "NOUN", 7, "nsubj"), ("kota", "NOUN", 4, "nmod"),
            ("Bantul", "PROPN", 5, "flat:name"), ("buka", "VERB", 0, "root"),
        ]),
        _sent("hari ketiga , pasar kota Bantul buka", [
            ("hari", "NOUN", 7, "obl"), ("ketiga", "ADJ", 1, "amod"), (",", "PUNCT", 7, "punct"),
            ("pasar", "NOUN", 7, "nsubj"), ("kota", "NOUN", 4, "nmod"),
            ("Bantul", "PROPN", 5, "nmod"), ("buka", "VERB", 0, "root"),
        ]),
    ),
]
SAME_NAMES = _sent("Budi Santoso tiba", [
    ("Budi", "PROPN", 3, "nsubj"), ("Santoso", "PROPN", 1, "flat:name"), ("tiba", "VERB", 0, "root"),
])  # fmt: skip


def test_learned_remap_converts_labels_seen_often_enough() -> None:
    remap = LearnedRemap(min_count=2).fit([*OLD_NEW * 2, (SAME_NAMES, SAME_NAMES), (SAME_NAMES, SAME_NAMES)])
    unseen = _sent("toko desa Godean , tutup", [
        ("toko", "NOUN", 5, "nsubj"), ("desa", "NOUN", 1, "nmod"), ("Godean", "PROPN", 2, "flat:name"),
        (",", "PUNCT", 1, "punct"), ("tutup", "VERB", 0, "root"),
    ])  # fmt: skip
    out = remap.apply(unseen)
    assert out.words[2].deprel == "nmod"  # PROPN under a common noun, as the new file has it
    assert out.words[3].head == 5  # comma now on the phrase after it
    assert [w.deprel for w in unseen.words][2] == "flat:name"  # the input is not changed
    # a name under a name kept its label in the new file: that narrower context wins over
    # the general "flat:name became nmod"
    names = _sent("Ani Lestari pulang", [
        ("Ani", "PROPN", 3, "nsubj"), ("Lestari", "PROPN", 1, "flat:name"), ("pulang", "VERB", 0, "root"),
    ])  # fmt: skip
    assert remap.apply(names).words[1].deprel == "flat:name"
    assert LearnedRemap(min_count=2).fit(OLD_NEW * 2).apply(names).words[1].deprel == "nmod"


def test_learned_remap_needs_min_count_and_learns_word_upos() -> None:
    once = LearnedRemap(min_count=3).fit(OLD_NEW[1:])
    sent = OLD_NEW[1][0]
    assert [w.upos for w in once.apply(sent).words] == [w.upos for w in sent.words]
    often = LearnedRemap(min_count=3).fit(OLD_NEW[1:] * 3)
    assert often.apply(sent).words[1].upos == "ADJ"


def test_learned_remap_skips_pairs_whose_words_differ() -> None:
    old, new = OLD_NEW[0]
    shifted = _sent("warga kota Sleman pun tiba", [*[(w.form, w.upos, w.head, w.deprel) for w in new.words[:3]],
                    ("pun", "PART", 5, "advmod"), ("tiba", "VERB", 0, "root")])  # fmt: skip
    remap = LearnedRemap(min_count=1).fit([(old, shifted)])
    assert remap.apply(old).words[2].deprel == "flat:name"


def test_punctuation_convention_carries_over_between_treebanks() -> None:
    # the target treebank hangs a comma on the phrase after it; labels are left alone
    target = OLD_NEW[1][1]
    convention = LearnedRemap(min_count=1, labels=False, punct_choices=("after", "before")).fit([(target, target)])
    other = _sent("kemarin , warga pulang", [
        ("kemarin", "NOUN", 4, "obl:tmod"), (",", "PUNCT", 1, "punct"),
        ("warga", "NOUN", 4, "nsubj"), ("pulang", "VERB", 0, "root"),
    ])  # fmt: skip
    out = convention.apply(other)
    assert [w.head for w in out.words] == [4, 4, 4, 0]
    assert [w.deprel for w in out.words] == [w.deprel for w in other.words]


def test_parallel_pairs_match_sentences_ignoring_spaces() -> None:
    old = _sent("rumah nya", [("rumahnya", "NOUN", 0, "root")])
    new = _sent("rumahnya", [("rumah", "NOUN", 0, "root"), ("nya", "PRON", 1, "nmod:poss")])
    other = _sent("jalan", [("jalan", "NOUN", 0, "root")])
    assert parallel_pairs([old, other], [new]) == [(old, new)]


def test_eval_nlp_reports_missing_data_folder(tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    from pantau.evaluation.nlp import main

    assert main(["--data", str(tmp_path / "nowhere")]) == 2
    assert "data folder not found" in capsys.readouterr().err


def test_ner_scores_on_corpus_tokens_and_on_raw_text(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import spacy

    from pantau.evaluation.nlp import score_ner

    # a corpus token with its brackets attached, as idner-news-2k writes abbreviations
    (tmp_path / "test.txt").write_text("Saham\tO\n(BKPM)\tB-ORG\nnaik\tO\n\n", encoding="utf-8")
    nlp = spacy.blank("id")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns([{"label": "ORG", "pattern": [{"TEXT": {"IN": ["(BKPM)", "BKPM"]}}]}])
    types = frozenset({"ORG"})
    assert score_ner(nlp, tmp_path / "test.txt", types)["f1"] == 1.0  # the corpus token, as conlleval
    # re-tokenised, "BKPM" loses its brackets and no longer matches the gold characters
    assert score_ner(nlp, tmp_path / "test.txt", types, gold_tokens=False)["f1"] == 0.0


def test_ud_counts_score_clitic_split_against_gold() -> None:
    import spacy

    from pantau.analysis.scoring import UdCounts

    nlp = spacy.blank("id")
    words = [Word("Rumah", "rumah", "NOUN", "", 0, "root", False), Word("nya", "dia", "PRON", "", 1, "nmod:poss")]
    sent = Sentence("s1", "Rumahnya", words)
    doc = spacy.tokens.Doc(nlp.vocab, words=["Rumah", "nya"], spaces=[False, False], pos=["NOUN", "PRON"])
    counts = UdCounts()
    counts.add(sent, doc)
    scores = counts.scores()
    assert scores["tokens_f1"] == 1.0
    assert scores["upos"] == 1.0
    unsplit = UdCounts()
    unsplit.add(sent, spacy.tokens.Doc(nlp.vocab, words=["Rumahnya"], spaces=[False]))
    assert unsplit.scores()["tokens_f1"] == 0.0
