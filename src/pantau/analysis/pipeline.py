"""Runtime entry points: load the shipped spaCy pipelines and run them over texts.

Models live in `pantau/models/<lang>_pantau/` (built by `scripts/train_models.py`).  Each is loaded
once per process and cached.  Importing this module registers Pantau's tokenizer and components.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from . import en_ner, id_tokenizer, lemmatizer, morph  # noqa: F401  (registers factories)

LANGUAGES: tuple[str, ...] = ("id", "en")
MODELS_DIR = Path(__file__).resolve().parents[1] / "models"


class ModelNotFoundError(FileNotFoundError):
    """The shipped model for a language is missing (run `make train`)."""


def model_path(lang: str) -> Path:
    """Directory of the shipped pipeline for `lang`; raises ValueError for an unknown language."""
    if lang not in LANGUAGES:
        raise ValueError(f"unsupported language {lang!r}; choose one of {', '.join(LANGUAGES)}")
    return MODELS_DIR / f"{lang}_pantau"


@lru_cache(maxsize=len(LANGUAGES))
def load_pipeline(lang: str) -> Language:
    """Load (once per process) the shipped spaCy pipeline for "id" or "en"."""
    path = model_path(lang)
    if not (path / "config.cfg").is_file():
        raise ModelNotFoundError(
            f"no trained {lang!r} model at {path}; rebuild it with `make train` (scripts/train_models.py)"
        )
    return spacy.load(path)


def analyse(
    texts: Iterable[str], lang: str, *, batch_size: int = 64, n_process: int = 1
) -> Iterator[Doc]:
    """Tokenise, tag, parse and NER-label `texts` with the `lang` pipeline, lazily, in input order."""
    if batch_size < 1 or n_process < 1:
        raise ValueError(f"batch_size and n_process must be >= 1, got {batch_size} and {n_process}")
    nlp = load_pipeline(lang)
    yield from nlp.pipe(texts, batch_size=batch_size, n_process=n_process)
