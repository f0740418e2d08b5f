"""write_events: one entry point for every output format, chosen by name."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TextIO

from rich.console import Console

from pantau.model import Event
from pantau.output.table import render_table
from pantau.output.writers import write_csv, write_geojson, write_jsonl

FORMATS: tuple[str, ...] = ("table", "jsonl", "csv", "geojson")
FILE_TABLE_WIDTH = 160  # a table written to a file or pipe is not squeezed to 80 columns


def write_events(events: Sequence[Event], fmt: str, out: TextIO) -> int:
    """Write the events in format ``fmt`` (one of ``FORMATS``); returns how many were written."""
    if fmt == "table":
        render_table(events, Console(file=out, width=None if out.isatty() else FILE_TABLE_WIDTH))
        return len(events)
    if fmt == "jsonl":
        return write_jsonl(events, out)
    if fmt == "csv":
        return write_csv(events, out)
    if fmt == "geojson":
        return write_geojson(events, out)
    raise ValueError(f"unknown output format {fmt!r}; choose one of: {', '.join(FORMATS)}")
