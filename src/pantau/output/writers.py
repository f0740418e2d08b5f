"""Events as JSON Lines, CSV (ACLED's columns first) or GeoJSON, written to a text stream."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from typing import Any, TextIO

from pantau.model import ACLED_COLUMNS, PANTAU_COLUMNS, Event

CSV_COLUMNS: tuple[str, ...] = ACLED_COLUMNS + PANTAU_COLUMNS


def write_jsonl(events: Iterable[Event], out: TextIO) -> int:
    """One JSON object per event per line (the scorer's prediction format); returns the count."""
    count = 0
    for event in events:
        out.write(_json(event.to_dict()) + "\n")
        count += 1
    return count


def write_csv(events: Iterable[Event], out: TextIO) -> int:
    """ACLED's columns in ACLED's order, then Pantau's; evidence as compact JSON in one cell."""
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    count = 0
    for event in events:
        record = event.to_dict()
        writer.writerow(_csv_cell(name, record[name]) for name in CSV_COLUMNS)
        count += 1
    return count


def write_geojson(events: Iterable[Event], out: TextIO) -> int:
    """A FeatureCollection of Points ``[longitude, latitude]``; no coordinates -> geometry null.

    Written feature by feature, so a long stream of events is never held as one document.
    """
    out.write('{"type": "FeatureCollection", "features": [')
    count = 0
    for event in events:
        feature = {"type": "Feature", "geometry": _point(event), "properties": event.to_dict()}
        out.write(("\n" if count == 0 else ",\n") + _json(feature))
        count += 1
    out.write("\n]}\n")
    return count


def _point(event: Event) -> dict[str, Any] | None:
    if event.latitude is None or event.longitude is None:
        return None
    return {"type": "Point", "coordinates": [event.longitude, event.latitude]}


def _json(data: Any) -> str:
    # NaN is not JSON: refuse it here rather than write a file other tools cannot read.
    return json.dumps(data, ensure_ascii=False, allow_nan=False)


def _csv_cell(name: str, value: Any) -> str:
    if value is None:
        return ""
    if name == "evidence":
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)
