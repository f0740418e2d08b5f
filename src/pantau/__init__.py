"""Pantau: conflict event data (ACLED-style) from Indonesian and English news reports."""

from __future__ import annotations

import logging

from pantau.model import Article, Event, Evidence

logging.getLogger(__name__).addHandler(logging.NullHandler())

__all__ = ["Article", "Event", "Evidence"]
