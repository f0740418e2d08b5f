"""Pantau stage: analysis — the Indonesian and English language core (spaCy pipelines).

`load_pipeline(lang)` returns the shipped, cached spaCy pipeline ("id" or "en"); `analyse(texts, lang)`
streams analysed `Doc`s (tokens, UPOS, features, lemmas, dependencies, sentences, entities).
"""

from __future__ import annotations

from .pipeline import ModelNotFoundError, analyse, load_pipeline

__all__ = ["ModelNotFoundError", "analyse", "load_pipeline"]
