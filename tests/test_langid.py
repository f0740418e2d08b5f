"""Document-level language identification."""

from __future__ import annotations

import pytest

from pantau.langid import UnsupportedLanguageError, detect_language


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Polisi menangkap tiga orang yang diduga terlibat pembakaran kantor desa.", "id"),
        ("Askar menembak mati dua lelaki di sempadan semalam.", "id"),  # Malay is read as Indonesian
        ("Police arrested three men suspected of setting fire to the village office.", "en"),
    ],
)
def test_detects_handled_languages(text: str, expected: str) -> None:
    assert detect_language(text) == expected


@pytest.mark.parametrize("text", ["La police a arrêté trois hommes soupçonnés d'avoir incendié la mairie.",
                                  "12345 67890 !!!", ""])
def test_refuses_other_languages(text: str) -> None:
    with pytest.raises(UnsupportedLanguageError):
        detect_language(text)
