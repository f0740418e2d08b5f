"""Pantau stage: output. Events as a table, JSON Lines, CSV or GeoJSON."""

from __future__ import annotations

from pantau.output.formats import FORMATS, write_events
from pantau.output.table import render_table
from pantau.output.writers import CSV_COLUMNS, write_csv, write_geojson, write_jsonl

__all__ = [
    "CSV_COLUMNS", "FORMATS", "render_table", "write_csv", "write_events", "write_geojson", "write_jsonl",
]
