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
from pantau.analysis.ud_remap import remap_legacy

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


def test_eval_nlp_reports_missing_data_folder(tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    from pantau.evaluation.nlp import main

    assert main(["--data", str(tmp_path / "nowhere")]) == 2
    assert "data folder not found" in capsys.readouterr().err


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
