"""Language identification, decided once per document.

lingua is restricted to the languages we handle plus the ones news text is most often in, so
that a report in another language is recognised and refused rather than misread. Malay is
folded into Indonesian: lingua calls short Indonesian sentences Malay, and the two are read
alike here, which is why the decision is made on the whole document, never per sentence.
"""

from __future__ import annotations

from functools import cache

from lingua import Language, LanguageDetector, LanguageDetectorBuilder

__all__ = ["UnsupportedLanguageError", "detect_language"]

HANDLED = {Language.INDONESIAN: "id", Language.MALAY: "id", Language.ENGLISH: "en"}
# Other languages are listed only so that their text is not forced into id/en.
OTHERS = (Language.FRENCH, Language.GERMAN, Language.SPANISH, Language.PORTUGUESE, Language.DUTCH,
          Language.ITALIAN, Language.TAGALOG, Language.ARABIC, Language.CHINESE, Language.JAPANESE,
          Language.RUSSIAN, Language.TURKISH, Language.VIETNAMESE, Language.KOREAN, Language.THAI,
          Language.HINDI, Language.PERSIAN, Language.URDU, Language.SWAHILI, Language.SOMALI)
SAMPLE_CHARS = 5000  # the start of a report is enough and keeps detection fast


class UnsupportedLanguageError(ValueError):
    """The text is in a language Pantau does not read."""


@cache
def _detector() -> LanguageDetector:
    return LanguageDetectorBuilder.from_languages(*HANDLED, *OTHERS).build()


def detect_language(text: str) -> str:
    """"id" or "en" for the whole document; raise UnsupportedLanguageError otherwise."""
    sample = text[:SAMPLE_CHARS]
    if not any(ch.isalpha() for ch in sample):
        raise UnsupportedLanguageError("no letters to identify a language from")
    language = _detector().detect_language_of(sample)
    if language is None:
        raise UnsupportedLanguageError("the language could not be identified")
    if language not in HANDLED:
        raise UnsupportedLanguageError(
            f"the report is in {language.name.title()}; Pantau reads Indonesian (id) and English (en)"
        )
    return HANDLED[language]
