"""Pantau stage: ingest. Files, folders and stdin become ``Article`` records (or ``Skipped``)."""

from __future__ import annotations

from pantau.ingest.reader import STDIN, SUPPORTED_SUFFIXES, read_inputs
from pantau.ingest.skipped import Skipped

__all__ = ["STDIN", "SUPPORTED_SUFFIXES", "Skipped", "read_inputs"]
