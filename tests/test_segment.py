"""Sentence segmentation, including repair of machine-translation fragments."""

from __future__ import annotations

import pytest

from pantau.segment import dateline_span, split_sentences


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("id", "Polisi tiba di lokasi. Warga sudah berkumpul.", ["Polisi tiba di lokasi.", "Warga sudah berkumpul."]),
        ("id", "Kantornya di Jl. Merdeka No. 4, Kab. Sleman. Ia pulang.",
         ["Kantornya di Jl. Merdeka No. 4, Kab. Sleman.", "Ia pulang."]),
        ("id", "Massa bergerak menuju kantor gubernur. Gedung Sate.",
         ["Massa bergerak menuju kantor gubernur. Gedung Sate."]),
        ("id", "Serangan itu diklaim kelompok tersebut. KKB.", ["Serangan itu diklaim kelompok tersebut. KKB."]),
        ("id", "Judul Berita Tanpa Titik\nIsi berita dimulai di sini.",
         ["Judul Berita Tanpa Titik", "Isi berita dimulai di sini."]),
        ("id", "Warga panik . Polisi datang .", ["Warga panik .", "Polisi datang ."]),
        ("id", "\"Kami sudah siaga,\" kata Kapolres AKBP H. Sutrisno. Ia menambahkan bahwa situasi aman.",
         ["\"Kami sudah siaga,\" kata Kapolres AKBP H. Sutrisno.", "Ia menambahkan bahwa situasi aman."]),
        ("en", "Mr. Smith arrived in the U.S. on Monday. He left.", ["Mr. Smith arrived in the U.S. on Monday.", "He left."]),
        ("en", "Troops entered the town. Central Square.", ["Troops entered the town. Central Square."]),
        ("en", "The army withdrew. The rebels advanced.", ["The army withdrew.", "The rebels advanced."]),
    ],
)
def test_sentences(lang: str, text: str, expected: list[str]) -> None:
    assert [s.text for s in split_sentences(text, lang)] == expected


def test_offsets_index_the_article() -> None:
    text = "Baris pertama.\n\nBaris kedua di sini. Lalu ketiga."
    for sentence in split_sentences(text, "id"):
        assert text[sentence.start:sentence.end] == sentence.text


def test_empty_text_has_no_sentences() -> None:
    assert split_sentences("", "id") == []


def test_a_related_story_link_is_not_a_sentence() -> None:
    text = ("Polisi membubarkan massa di Medan, Senin (3/4).\n"
            "Baca juga: Lima Orang Tewas dalam Bentrokan di Kota Lain\n"
            "Massa kembali berkumpul sore harinya.")
    sentences = split_sentences(text, "id")
    assert [s.text for s in sentences] == ["Polisi membubarkan massa di Medan, Senin (3/4).",
                                          "Massa kembali berkumpul sore harinya."]
    assert all(text[s.start:s.end] == s.text for s in sentences)


@pytest.mark.parametrize(
    ("text", "dateline"),
    [
        ("KABUL, 3 Mei (Reuters) - Dua bom meledak.", "KABUL, 3 Mei (Reuters) - "),
        ("Two Bombs Hit Kabul\nKABUL -- Two bombs exploded on Monday.", "KABUL -- "),
        ("Polisi menangkap dua orang di Solo, Senin.\nSOLO -- Keduanya diperiksa.", ""),
    ],
)
def test_dateline_opens_the_report_or_follows_its_headline(text: str, dateline: str) -> None:
    start, end = dateline_span(text)
    assert text[start:end] == dateline
