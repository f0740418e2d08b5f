"""Whether a trigger reports an act that happened: vetoes, negation, modality, scope, domains."""

from __future__ import annotations

import pytest

from pantau.events.context import domains_in, is_blocked, is_descriptive, is_stative, is_vetoed, political_markers
from pantau.events.resolve import when_clause_pattern
from pantau.mentions.lexicon import normalise_words, trigger_index
from pantau.mentions.tokens import tokenize


def _last_trigger(text: str, lang: str):
    words = normalise_words(tokenize(text))
    hits = trigger_index(lang).find(words)
    assert hits, f"no trigger in {text!r}"
    return words, hits[-1]


@pytest.mark.parametrize(
    ("lang", "text", "reason"),
    [
        ("id", "Bom rakitan itu tidak meledak.", "negated"),
        ("id", "Kelompok itu berencana menyerang pos polisi.", "modality"),
        ("id", "Jika massa membakar kantor itu, polisi akan bertindak.", "hypothetical"),
        ("id", "Mereka datang untuk menyerang markas tentara.", "purpose"),
        ("id", "Juru bicara militer membantah menembak warga.", "denial"),
        ("id", "Beredar hoaks bahwa warga diculik di pasar.", None),
        ("id", "Pasukan menembak dua militan di perbatasan.", None),
        ("en", "The group threatened to attack the embassy.", "modality"),
        ("en", "Militants did not attack the convoy.", "negated"),
        ("en", "Gunmen attacked a checkpoint on Sunday.", None),
    ],
)
def test_blocked(lang: str, text: str, reason: str | None) -> None:
    words, trigger = _last_trigger(text, lang)
    assert is_blocked(words, trigger, lang) == reason


@pytest.mark.parametrize(
    ("lang", "text", "vetoed"),
    [
        ("id", "Ayahnya meninggal karena serangan jantung.", True),
        ("id", "Persib melancarkan serangan balik cepat.", True),
        ("id", "Militan melancarkan serangan ke pos jaga.", False),
        ("en", "He suffered a heart attack at home.", True),
        ("en", "Rebels launched an attack on the base.", False),
    ],
)
def test_vetoes(lang: str, text: str, vetoed: bool) -> None:
    words, trigger = _last_trigger(text, lang)
    assert is_vetoed(words, trigger, lang) is vetoed


def test_stative_and_descriptive() -> None:
    words, trigger = _last_trigger("Kota yang dikuasai pemberontak itu sepi.", "id")
    assert is_stative(words, trigger, "id")
    words, trigger = _last_trigger("Ledakan itu merupakan serangan terbesar tahun ini.", "id")
    hits = trigger_index("id").find(words)
    assert is_descriptive(words, hits[-1], "id")


@pytest.mark.parametrize(
    ("lang", "text", "domain"),
    [
        ("id", "Gol kedua tercipta pada babak kedua pertandingan.", "sport"),
        ("id", "Peretas melumpuhkan situs pemerintah.", "cyber"),
        ("id", "Bus itu mengalami kecelakaan di jalan tol.", "accident"),
        ("id", "Suami itu membacok istrinya karena cemburu.", "private"),
        ("en", "The earthquake destroyed hundreds of homes.", "disaster"),
    ],
)
def test_domains(lang: str, text: str, domain: str) -> None:
    assert domain in domains_in(normalise_words(tokenize(text)), lang)


def test_negated_political_marker_does_not_count() -> None:
    assert political_markers(normalise_words(tokenize("Polisi memastikan ini bukan terorisme.")), "id") == 0
    assert political_markers(normalise_words(tokenize("Polisi memburu kelompok teroris itu.")), "id") == 1


@pytest.mark.parametrize(
    ("lang", "between", "dated_by_it"),
    [
        ("id", ", ketika kelompok itu merebut ", True),
        ("id", ", yakni saat milisi menyerbu ", True),
        ("id", ", pasukan pemerintah merebut ", False),
        ("id", ". Ketika pasukan tiba, ", False),
        ("en", ", when the group seized ", True),
        ("en", ", the army seized ", False),
    ],
)
def test_a_when_clause_after_a_time_is_dated_by_it(lang: str, between: str, dated_by_it: bool) -> None:
    assert bool(when_clause_pattern(lang).match(between)) is dated_by_it
