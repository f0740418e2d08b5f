"""Indonesian affixation and English inflection of trigger roots."""

from __future__ import annotations

import pytest

from pantau.mentions.morphology import english_forms, indonesian_forms, nasal_prefix


@pytest.mark.parametrize(
    ("root", "base", "expected"),
    [
        ("tembak", "me", "menembak"), ("serang", "me", "menyerang"), ("pukul", "me", "memukul"),
        ("kepung", "me", "mengepung"), ("bakar", "me", "membakar"), ("culik", "me", "menculik"),
        ("gerebek", "me", "menggerebek"), ("ledak", "me", "meledak"), ("rampas", "me", "merampas"),
        ("amuk", "me", "mengamuk"), ("bom", "me", "mengebom"), ("protes", "me", "memprotes"),
        ("klaim", "me", "mengklaim"), ("tembak", "pe", "penembak"), ("serang", "pe", "penyerang"),
        ("bunuh", "pe", "pembunuh"), ("tangkap", "pe", "penangkap"), ("bom", "pe", "pengebom"),
    ],
)
def test_nasal_prefix(root: str, base: str, expected: str) -> None:
    assert nasal_prefix(root, base) == expected


@pytest.mark.parametrize(
    ("root", "form", "voice"),
    [
        ("tembak", "ditembak", "passive"), ("tembak", "tertembak", "passive"), ("tembak", "penembakan", "nominal"),
        ("tembak", "tembakan", "nominal"), ("tembak", "menembaki", "active"), ("serang", "serangan-serangan", "nominal"),
        ("bentrok", "bentrokan", "nominal"), ("bentrok", "berbentrokan", "intransitive"), ("rusuh", "kerusuhan", "nominal"),
        ("bakar", "pembakarannya", "nominal"), ("culik", "diculik", "passive"), ("rebut", "merebut", "active"),
    ],
)
def test_indonesian_forms(root: str, form: str, voice: str) -> None:
    forms = {f.form: f.voice for f in indonesian_forms(root)}
    assert forms.get(form) == voice


@pytest.mark.parametrize(
    ("root", "forms"),
    [("attack", {"attacks", "attacked", "attacking"}), ("stab", {"stabbed", "stabbing"}),
     ("seize", {"seized", "seizes", "seizing"}), ("clash", {"clashes", "clashed"})],
)
def test_english_forms(root: str, forms: set[str]) -> None:
    assert forms <= {f.form for f in english_forms(root)}
