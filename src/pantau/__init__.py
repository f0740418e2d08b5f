"""Pantau: conflict event data (ACLED-style) from Indonesian and English news reports.

    >>> import pantau
    >>> events = pantau.extract(text, published="2024-11-30")   # list of pantau.Event

The pipeline is imported on first use, so that ``import pantau`` stays cheap for tools that
only need the record types.
"""

from __future__ import annotations

import logging
from typing import Any

from pantau.model import Article, Event, Evidence

logging.getLogger(__name__).addHandler(logging.NullHandler())

__all__ = ["Article", "Event", "Evidence", "extract", "extract_many", "load"]


def __getattr__(name: str) -> Any:
    if name in {"extract", "extract_many", "load"}:
        from pantau import pipeline

        return getattr(pipeline, name)
    raise AttributeError(f"module 'pantau' has no attribute {name!r}")
