"""Casualty counts: killed versus injured, numbers in digits and words, vague quantities."""

from __future__ import annotations

import pytest

from pantau.mentions.quantities import fatalities_of, find_casualties
from pantau.mentions.tokens import tokenize


@pytest.mark.parametrize(
    ("lang", "text", "killed", "injured"),
    [
        ("id", "Ledakan itu menewaskan tujuh orang dan melukai 20 lainnya.", (7, 7, 7), None),
        ("id", "Sedikitnya 12 warga sipil tewas dalam serangan itu.", (12, 12, 12), None),
        ("id", "Puluhan tentara tewas dalam pertempuran.", (10, 10, 99), None),
        ("id", "Belasan orang meninggal dunia.", (11, 11, 19), None),
        ("id", "Dua puluh tiga orang tewas.", (23, 23, 23), None),
        ("id", "Lima polisi terluka akibat lemparan batu.", None, 5),
        ("id", "Pelaku, Budi (24), ditangkap di rumahnya.", None, None),
        ("id", "Korban tewas mencapai 1.200 orang.", (1200, 1200, 1200), None),
        ("id", "Tiga orang tidak meninggal dalam kejadian itu.", None, None),
        ("en", "At least 14 people were killed and 30 wounded.", (14, 14, 14), 30),
        ("en", "Dozens of soldiers died in the fighting.", (12, 12, 99), None),
        ("en", "The blast killed three policemen.", (3, 3, 3), None),
        ("en", "Four officers were injured.", None, 4),
        ("en", "The 2016 attack was recalled.", None, None),
        # a breakdown between the count and its outcome word belongs to the count
        ("id", "Sebanyak 9 orang, termasuk dua anak-anak dan seorang guru, tewas dalam serangan itu.", (9, 9, 9), None),
        ("en", "Eleven people, including four children, were killed in the raid.", (11, 11, 11), None),
    ],
)
def test_casualties(lang: str, text: str, killed: tuple[int, int, int] | None, injured: int | None) -> None:
    found = find_casualties(tokenize(text), lang)
    killed_found = [(c.low, c.best, c.high) for c in found if c.kind == "killed"]
    injured_found = [c.best for c in found if c.kind == "injured"]
    assert killed_found == ([killed] if killed else [])
    assert injured_found == ([injured] if injured else [])


def test_largest_report_wins() -> None:
    found = find_casualties(tokenize("Dua orang tewas. Kemudian jumlah korban tewas menjadi lima orang."), "id")
    assert fatalities_of(found) == (5, 5, 5)


@pytest.mark.parametrize(
    ("lang", "text", "best"),
    [
        ("en", "Seventeen militants and two police officers were killed in the fighting.", 19),
        ("id", "Sedikitnya 19 orang, termasuk enam anak-anak, tewas dalam serangan itu.", 19),
        ("id", "Serangan itu menewaskan 19 orang, enam di antaranya anak-anak.", 19),
        ("id", "Tiga tentara dan empat militan tewas dalam kontak senjata.", 7),
    ],
)
def test_totals_add_coordinated_counts_and_skip_subsets(lang: str, text: str, best: int) -> None:
    assert fatalities_of(find_casualties(tokenize(text), lang))[1] == best


@pytest.mark.parametrize(
    ("lang", "text", "best"),
    [
        ("id", "Pengunjuk rasa berusia 20 tahunan itu tewas di rumah sakit.", 0),
        ("en", "A truck bomb has killed 9 guards at the gate and wounded 31 others.", 9),
        ("id", "Konflik selama 30 tahun itu menewaskan warga.", 0),
    ],
)
def test_ages_and_spans_are_not_counts(lang: str, text: str, best: int) -> None:
    assert fatalities_of(find_casualties(tokenize(text), lang))[1] == best


def test_a_count_at_the_end_of_a_sentence_is_read_safely() -> None:
    assert find_casualties(tokenize("Dua orang luka dan"), "id")[0].kind == "injured"
    assert fatalities_of(find_casualties(tokenize("Jumlah korban tewas 7 ,"), "id"))[1] == 7
    assert find_casualties(tokenize("Sebanyak 3 warga ,"), "id") == []  # a comma that ends the text


@pytest.mark.parametrize(
    ("lang", "text", "best"),
    [
        ("id", "Korban jiwa dalam ledakan di pasar itu bertambah menjadi lima orang.", 5),
        ("en", "The death toll from the blast rose to 14 on Tuesday.", 14),
        ("id", "Jumlah pengungsi bertambah menjadi lima ribu orang.", 0),
    ],
)
def test_tolls_that_grow(lang: str, text: str, best: int) -> None:
    assert fatalities_of(find_casualties(tokenize(text), lang))[1] == best
