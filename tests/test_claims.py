"""Claim holders: who reports or claims an event."""

from __future__ import annotations

import pytest

from pantau.mentions.claims import find_claim_holders, statement_zones
from pantau.mentions.tokens import tokenize


@pytest.mark.parametrize(
    ("lang", "text", "holders"),
    [
        ("id", "Menurut Kepala Dinas Kesehatan Provinsi, korban dibawa ke rumah sakit.",
         ["Kepala Dinas Kesehatan Provinsi"]),
        ("id", "Juru bicara Polda Jawa Tengah mengatakan pelaku sudah ditangkap.", ["Juru bicara Polda Jawa Tengah"]),
        ("id", "\"Situasi sudah terkendali,\" kata Kapolres Sleman AKBP Budi Santoso di Yogyakarta, Senin.",
         ["Kapolres Sleman AKBP Budi Santoso"]),
        ("id", "Serangan itu menewaskan dua orang, seperti dikutip dari Reuters.", ["Reuters"]),
        ("id", "Ia mengatakan situasi aman.", []),
        ("en", "According to the provincial governor, the bomb went off at noon.", ["the provincial governor"]),
        ("en", "Police spokesman Ali Khan said four men were detained.", ["Police spokesman Ali Khan"]),
        ("en", "He said the attack was over.", []),
    ],
)
def test_claim_holders(lang: str, text: str, holders: list[str]) -> None:
    assert [h.text for h in find_claim_holders(tokenize(text), lang)] == holders


def test_inverted_claim_frame_covers_where_it_was_said() -> None:
    text = "\"Dua pelaku ditembak,\" ujar Kapolda di Makassar, Selasa."
    holder = find_claim_holders(tokenize(text), "id")[0]
    assert text[holder.start:holder.frame_end] == "Kapolda di Makassar"


@pytest.mark.parametrize(
    ("lang", "text", "time", "dates_statement"),
    [
        # the time between the speaker and the verb dates the statement
        ("id", "Kapolda Papua, Irjen Budi, Senin (3/4), mengatakan dua orang tewas.", "Senin", True),
        ("en", "Police on Monday said two people died.", "Monday", True),
        # a time in the clause that tells the act, before the speaker, dates the act
        ("en", "The fighting ended on Saturday with nine dead, officials said.", "Saturday", False),
    ],
)
def test_statement_zones(lang: str, text: str, time: str, dates_statement: bool) -> None:
    start = text.index(time)
    zones = statement_zones(tokenize(text), lang)
    assert any(s <= start < e for s, e in zones) is dates_statement


def test_a_speaker_is_written_as_in_the_text() -> None:
    text = "Troops killed four rebels on Monday, said spokesmen for the 5TH Brigade."
    assert [h.text for h in find_claim_holders(tokenize(text), "en")] == ["spokesmen for the 5TH Brigade"]
